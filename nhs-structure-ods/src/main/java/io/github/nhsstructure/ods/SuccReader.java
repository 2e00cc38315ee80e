package io.github.nhsstructure.ods;

import io.github.nhsstructure.organisation.SuccessionReason;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads ODS {@code succ.csv}: no header, 5 fields (predecessor, successor, reason, effective date {@code YYYYMMDD},
 * further-succession flag). The effective date is already the first day of the new structure. Reasons: blank (not
 * given), {@code F} code change, {@code O} type change, {@code R} reconfiguration; the flag is {@code 1} / {@code 0}
 * (older extracts: {@code F} / {@code X} / blank).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SuccReader {

    private static final FixedLayout<SuccessionRecord> LAYOUT = new FixedLayout<>(5, "succ layout",
            SuccReader::record);

    private SuccReader() {
    }

    /**
     * Reads a file.
     *
     * @param path  the file, not null
     * @param name  the name used in messages, such as {@code ods-succ-2026/succ.csv}, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file cannot be read or a row is malformed
     */
    public static List<SuccessionRecord> read(Path path, String name) {
        return LAYOUT.read(path, name);
    }

    /**
     * Reads a file of an extract folder or zip.
     *
     * @param file  the file, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file is not UTF-8 or a row is malformed
     */
    public static List<SuccessionRecord> read(ExtractFile file) {
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
    public static List<SuccessionRecord> parse(String name, String text) {
        return LAYOUT.parse(name, text);
    }

    private static SuccessionRecord record(OdsCsv.Row r) {
        String predecessor = r.code(1, "predecessor (column 1)");
        String successor = r.code(2, "successor (column 2)");
        if (successor.equals(predecessor)) {
            throw r.error("successor (column 2)", successor + " cannot succeed itself");
        }
        String letter = r.column(3);
        SuccessionReason reason = switch (letter) {
            case "" -> SuccessionReason.UNSPECIFIED;
            case "F" -> SuccessionReason.CODE_CHANGE;
            case "O" -> SuccessionReason.TYPE_CHANGE;
            case "R" -> SuccessionReason.RECONFIGURATION;
            default -> throw r.error("reason (column 3)", "'" + letter + "' is not F, O, R or blank");
        };
        var effective = r.requiredDate(r.column(4), "effective date (column 4)");
        String flag = r.column(5);
        boolean further = switch (flag) {
            case "1", "F" -> true;
            case "0", "X", "" -> false;
            default -> throw r.error("further succession (column 5)", "'" + flag + "' is not 0, 1, F, X or blank");
        };
        return new SuccessionRecord(r.where(), predecessor, successor, reason, effective, further);
    }
}
