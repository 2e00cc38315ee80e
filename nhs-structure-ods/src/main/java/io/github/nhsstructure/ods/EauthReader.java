package io.github.nhsstructure.ods;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads ODS {@code eauth.csv}: no header, 27 quoted fields of the ODS standard layout (column 1 code, 2 name, 3
 * national grouping, 11 open date, 12 close date, the last day open). The other columns are not returned.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EauthReader {

    private static final FixedLayout<EauthRecord> LAYOUT = new FixedLayout<>(StandardColumns.FIELDS,
            "ODS eauth layout", EauthReader::record);

    private EauthReader() {
    }

    /**
     * Reads a file.
     *
     * @param path  the file, not null
     * @param name  the name used in messages, such as {@code ods-2017-openprescribing/eauth.csv}, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file cannot be read or a row is malformed
     */
    public static List<EauthRecord> read(Path path, String name) {
        return LAYOUT.read(path, name);
    }

    /**
     * Reads a file of an extract folder or zip.
     *
     * @param file  the file, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file is not UTF-8 or a row is malformed
     */
    public static List<EauthRecord> read(ExtractFile file) {
        return LAYOUT.read(file);
    }

    /**
     * Parses the text of a file.
     *
     * @param name  the name used in messages, not null
     * @param text  the content, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if a row is malformed
     */
    public static List<EauthRecord> parse(String name, String text) {
        return LAYOUT.parse(name, text);
    }

    private static EauthRecord record(OdsCsv.Row r) {
        StandardColumns c = StandardColumns.of(r, true);
        return new EauthRecord(r.where(), c.code(), c.name(), c.nationalGrouping(), c.openDate(), c.closeDate());
    }
}
