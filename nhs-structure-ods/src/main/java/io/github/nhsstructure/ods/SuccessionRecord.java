package io.github.nhsstructure.ods;

import io.github.nhsstructure.organisation.SuccessionReason;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of ODS {@code succ.csv}: a successor took over (all or part of) a predecessor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param where  the file and line, not null
 * @param predecessor  the old code (column 1), not blank
 * @param successor  the new code (column 2), not blank
 * @param reason  the reason (column 3), not null
 * @param effectiveDate  the first day of the succession (column 4), not null
 * @param furtherSuccession  column 5: whether the successor has itself been succeeded
 * @since 0.1.0
 */
public record SuccessionRecord(SourceLine where, String predecessor, String successor, SuccessionReason reason,
        LocalDate effectiveDate, boolean furtherSuccession) {

    /**
     * Checks the fields.
     *
     * @param where  the file and line, not null
     * @param predecessor  the old code (column 1), not blank
     * @param successor  the new code (column 2), not blank
     * @param reason  the reason (column 3), not null
     * @param effectiveDate  the first day of the succession (column 4), not null
     * @param furtherSuccession  column 5: whether the successor has itself been succeeded
     * @throws IllegalArgumentException if a code is blank
     */
    public SuccessionRecord {
        Objects.requireNonNull(where, "where");
        if (predecessor.isBlank() || successor.isBlank()) {
            throw new IllegalArgumentException("blank code");
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }
}
