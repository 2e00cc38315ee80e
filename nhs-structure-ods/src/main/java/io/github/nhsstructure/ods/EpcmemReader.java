package io.github.nhsstructure.ods;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads ODS {@code epcmem.csv}: no header, 6 fields (practice code, parent code, parent type, join date, leave date,
 * amended flag), dates {@code YYYYMMDD}, the leave date being the last day of the membership.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EpcmemReader {

    private static final FixedLayout<EpcmemRecord> LAYOUT = new FixedLayout<>(6, "epcmem layout",
            EpcmemReader::record);

    private EpcmemReader() {
    }

    /**
     * Reads a file.
     *
     * @param path  the file, not null
     * @param name  the name used in messages, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file cannot be read or a row is malformed
     */
    public static List<EpcmemRecord> read(Path path, String name) {
        return LAYOUT.read(path, name);
    }

    /**
     * Reads a file of an extract folder or zip.
     *
     * @param file  the file, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file is not UTF-8 or a row is malformed
     */
    public static List<EpcmemRecord> read(ExtractFile file) {
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
    public static List<EpcmemRecord> parse(String name, String text) {
        return LAYOUT.parse(name, text);
    }

    private static EpcmemRecord record(OdsCsv.Row r) {
        String code = r.code(1, "practice code (column 1)");
        String parent = r.code(2, "parent code (column 2)");
        var joined = r.requiredDate(r.column(4), "join date (column 4)");
        var left = r.date(r.column(5), "leave date (column 5)");
        r.notBefore(left, joined, "leave date (column 5)");
        return new EpcmemRecord(r.where(), code, parent, r.column(3), joined, left);
    }
}
