package io.github.nhsstructure.ods;

import java.nio.file.Path;
import java.util.ArrayList;
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

    private static final int COLUMNS = 6;

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
        return parse(name, OdsCsv.text(path, name));
    }

    /**
     * Reads a file of an extract folder or zip.
     *
     * @param file  the file, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file is not UTF-8 or a row is malformed
     */
    public static List<EpcmemRecord> read(ExtractFile file) {
        return parse(file.name(), file.text());
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
        List<EpcmemRecord> out = new ArrayList<>();
        for (OdsCsv.Row r : OdsCsv.parse(name, text, false, List.of())) {
            r.expectFields(COLUMNS, "epcmem layout");
            String code = r.code(1, "practice code (column 1)");
            String parent = r.code(2, "parent code (column 2)");
            var joined = r.requiredDate(r.column(4), "join date (column 4)");
            var left = r.date(r.column(5), "leave date (column 5)");
            r.notBefore(left, joined, "leave date (column 5)");
            out.add(new EpcmemRecord(r.where(), code, parent, r.column(3), joined, left));
        }
        return out;
    }
}
