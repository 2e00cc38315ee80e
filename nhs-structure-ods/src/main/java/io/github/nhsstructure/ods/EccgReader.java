package io.github.nhsstructure.ods;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads ODS {@code eccg.csv}: no header, 27 quoted fields of the ODS standard layout (column 1 code, 2 name, 3
 * national grouping, 4 high level health geography, 11 open date, 12 close date, the last day open, 14 the extra
 * role codes separated by {@code |}). The other columns (address, telephone) are not returned.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EccgReader {

    private static final FixedLayout<EccgRecord> LAYOUT = new FixedLayout<>(StandardColumns.FIELDS,
            "ODS eccg layout", EccgReader::record);

    private EccgReader() {
    }

    /**
     * Reads a file.
     *
     * @param path  the file, not null
     * @param name  the name used in messages, such as {@code ods-2025-nhs-spend/eccg.csv}, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file cannot be read or a row is malformed
     */
    public static List<EccgRecord> read(Path path, String name) {
        return LAYOUT.read(path, name);
    }

    /**
     * Reads a file of an extract folder or zip.
     *
     * @param file  the file, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file is not UTF-8 or a row is malformed
     */
    public static List<EccgRecord> read(ExtractFile file) {
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
    public static List<EccgRecord> parse(String name, String text) {
        return LAYOUT.parse(name, text);
    }

    private static EccgRecord record(OdsCsv.Row r) {
        StandardColumns c = StandardColumns.of(r, true);
        Set<String> roles = new LinkedHashSet<>();
        for (String role : r.column(14).split("\\|", -1)) {
            if (!role.isBlank()) {
                roles.add(role.strip());
            }
        }
        return new EccgRecord(r.where(), c.code(), c.name(), c.nationalGrouping(), c.highLevelHealthGeography(),
                c.openDate(), c.closeDate(), roles);
    }
}
