package io.github.nhsstructure.generator;

import io.github.nhsstructure.ods.SourceLine;
import io.github.nhsstructure.ods.SuccReader;
import io.github.nhsstructure.ods.SuccessionRecord;
import io.github.nhsstructure.organisation.SuccessionReason;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ODS successor file {@code succ.csv}, read by {@link SuccReader}: predecessor, successor, reason, effective date
 * (already the first day of the new structure) and further-succession flag of every row.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SuccessionFile {

    /**
     * One row.
     *
     * @param row  where the row is, not null
     * @param predecessor  the old code, not null
     * @param successor  the new code, not null
     * @param reason  the reason, mapped from the ODS letter, not null
     * @param effectiveDate  the first day of the succession, not null
     * @param furtherSuccession  the flag of column 5 ({@code 1}: the successor has itself been succeeded)
     */
    record Row(SourceLine row, String predecessor, String successor, SuccessionReason reason, LocalDate effectiveDate,
            boolean furtherSuccession) {
    }

    private final List<Row> rows;

    private SuccessionFile(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static SuccessionFile read(Path rawDir) {
        return of(SuccReader.read(rawDir.resolve(Sources.SUCC_FILE), Sources.SUCC_FILE));
    }

    /** The rows of a successor file read by {@link SuccReader}. */
    static SuccessionFile of(List<SuccessionRecord> records) {
        List<Row> rows = new ArrayList<>();
        for (SuccessionRecord r : records) {
            rows.add(new Row(r.where(), r.predecessor(), r.successor(), r.reason(), r.effectiveDate(),
                    r.furtherSuccession()));
        }
        return new SuccessionFile(rows);
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
