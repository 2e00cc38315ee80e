package io.github.nhsstructure.ods;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of ODS {@code etr.csv}: an NHS trust or foundation trust.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param where  the file and line, not null
 * @param code  the trust code (column 1), not blank
 * @param name  the name (column 2), not null
 * @param nationalGrouping  column 3: the NHS England region, or blank, not null
 * @param highLevelHealthGeography  column 4: the ICB (earlier the STP or local office), or blank, not null
 * @param openDate  column 11, not null
 * @param closeDate  column 12: the last day open, if closed
 * @since 0.1.0
 */
public record EtrRecord(SourceLine where, String code, String name, String nationalGrouping,
        String highLevelHealthGeography, LocalDate openDate, Optional<LocalDate> closeDate) {

    /**
     * Checks the fields.
     *
     * @param where  the file and line, not null
     * @param code  the trust code (column 1), not blank
     * @param name  the name (column 2), not null
     * @param nationalGrouping  column 3: the NHS England region, or blank, not null
     * @param highLevelHealthGeography  column 4: the ICB (earlier the STP or local office), or blank, not null
     * @param openDate  column 11, not null
     * @param closeDate  column 12: the last day open, if closed
     * @throws IllegalArgumentException if the code is blank or the trust closes before it opens
     */
    public EtrRecord {
        Objects.requireNonNull(where, "where");
        if (code.isBlank()) {
            throw new IllegalArgumentException("blank code");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nationalGrouping, "nationalGrouping");
        Objects.requireNonNull(highLevelHealthGeography, "highLevelHealthGeography");
        StandardColumns.checkDates(code, openDate, closeDate);
    }

    /**
     * Returns the first day the trust was no longer open: the close date plus one day.
     *
     * @return the exclusive end, or empty if still open
     */
    public Optional<LocalDate> endExclusive() {
        return closeDate.map(d -> d.plusDays(1));
    }
}
