package io.github.nhsstructure.ods;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of ODS {@code eauth.csv}: a government office region, an NHS England commissioning region, area team or
 * local office, or another authority ODS lists there.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param where  the file and line, not null
 * @param code  the organisation code (column 1), not blank
 * @param name  the name at the extract or at close (column 2), not blank
 * @param nationalGrouping  column 3: the commissioning region of a local office, or blank, not null
 * @param openDate  column 11, not null
 * @param closeDate  column 12: the last day open, if closed
 * @since 0.1.0
 */
public record EauthRecord(SourceLine where, String code, String name, String nationalGrouping, LocalDate openDate,
        Optional<LocalDate> closeDate) {

    /**
     * Checks the fields.
     *
     * @param where  the file and line, not null
     * @param code  the organisation code (column 1), not blank
     * @param name  the name (column 2), not blank
     * @param nationalGrouping  column 3, not null
     * @param openDate  column 11, not null
     * @param closeDate  column 12, if closed
     * @throws IllegalArgumentException if the code or name is blank or the close date is before the open date
     */
    public EauthRecord {
        Objects.requireNonNull(where, "where");
        if (code.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("blank code or name");
        }
        Objects.requireNonNull(nationalGrouping, "nationalGrouping");
        StandardColumns.checkDates(code, openDate, closeDate);
    }

    /**
     * Returns the first day the organisation was no longer open: the close date plus one day.
     *
     * @return the exclusive end, or empty if still open
     */
    public Optional<LocalDate> endExclusive() {
        return closeDate.map(d -> d.plusDays(1));
    }
}
