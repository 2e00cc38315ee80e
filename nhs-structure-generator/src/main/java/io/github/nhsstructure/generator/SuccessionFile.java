package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.SuccessionReason;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ODS successor file {@code succ.csv}: no header, 5 columns (predecessor, successor, reason, effective date
 * {@code YYYYMMDD}, further-succession flag). The effective date is already the first day of the new structure.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SuccessionFile {

    /**
     * One row.
     *
     * @param row  the raw row, not null
     * @param predecessor  the old code, not null
     * @param successor  the new code, not null
     * @param reason  the reason, mapped from the ODS letter, not null
     * @param effectiveDate  the first day of the succession, not null
     * @param furtherSuccession  the flag of column 5 ({@code 1}: the successor has itself been succeeded)
     */
    record Row(RawRow row, String predecessor, String successor, SuccessionReason reason, LocalDate effectiveDate,
            boolean furtherSuccession) {
    }

    private static final int COLUMNS = 5;

    private final List<Row> rows;

    private SuccessionFile(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static SuccessionFile read(Path rawDir) {
        return parse(RawCsv.headerless(rawDir, Sources.SUCC_FILE));
    }

    /**
     * Parses the rows of a successor file.
     *
     * @throws RawDataException naming file, line and field for a malformed row
     */
    static SuccessionFile parse(List<RawRow> raw) {
        List<Row> rows = new ArrayList<>();
        for (RawRow r : raw) {
            if (r.values().size() != COLUMNS) {
                throw r.error(null, "expected " + COLUMNS + " fields but found " + r.values().size());
            }
            String predecessor = code(r, 1, "predecessor (column 1)");
            String successor = code(r, 2, "successor (column 2)");
            SuccessionReason reason = reason(r, r.column(3).strip());
            LocalDate effective = OdsRecord.parseDate(r, r.column(4), "effective date (column 4)")
                    .orElseThrow(() -> r.error("effective date (column 4)", "must not be blank"));
            String flag = r.column(5).strip();
            // This extract uses 1/0; older ODS documentation used F / X / blank (SOURCES.md).
            boolean further = switch (flag) {
                case "1", "F" -> true;
                case "0", "X", "" -> false;
                default -> throw r.error("further succession (column 5)", "'" + flag + "' is not 0, 1, F, X or blank");
            };
            rows.add(new Row(r, predecessor, successor, reason, effective, further));
        }
        return new SuccessionFile(rows);
    }

    /** ODS succession reasons: F FMR code change, O type change, R reconfiguration, blank not given. */
    static SuccessionReason reason(RawRow row, String letter) {
        return switch (letter) {
            case "" -> SuccessionReason.UNSPECIFIED;
            case "F" -> SuccessionReason.CODE_CHANGE;
            case "O" -> SuccessionReason.TYPE_CHANGE;
            case "R" -> SuccessionReason.RECONFIGURATION;
            default -> throw row.error("reason (column 3)", "'" + letter + "' is not F, O, R or blank");
        };
    }

    private static String code(RawRow row, int column, String field) {
        String code = row.column(column).strip();
        if (code.isEmpty()) {
            throw row.error(field, "must not be blank");
        }
        return code;
    }

    List<Row> rows() {
        return rows;
    }

    /** The rows naming a code as predecessor. */
    List<Row> asPredecessor(String code) {
        List<Row> found = new ArrayList<>();
        for (Row r : rows) {
            if (r.predecessor().equals(code)) {
                found.add(r);
            }
        }
        return found;
    }

    /** The rows naming a code as successor. */
    List<Row> asSuccessor(String code) {
        List<Row> found = new ArrayList<>();
        for (Row r : rows) {
            if (r.successor().equals(code)) {
                found.add(r);
            }
        }
        return found;
    }
}
