package io.github.nhsstructure.ods;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One primary care network of the ODS {@code ePCN} workbook (sheet {@code PCNDetails}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param where  the file and line, not null
 * @param code  the PCN code, not blank
 * @param name  the name, not blank
 * @param parent  the current parent at the extract (a CCG before July 2022, then a sub-ICB location), not blank
 * @param openDate  the open date, not null
 * @param closeDate  the last day open, if closed
 * @since 0.1.0
 */
public record PcnRecord(SourceLine where, String code, String name, String parent, LocalDate openDate,
        Optional<LocalDate> closeDate) {

    /**
     * Checks the fields.
     *
     * @param where  the file and line, not null
     * @param code  the PCN code, not blank
     * @param name  the name, not blank
     * @param parent  the current parent at the extract (a CCG before July 2022, then a sub-ICB location), not blank
     * @param openDate  the open date, not null
     * @param closeDate  the last day open, if closed
     * @throws IllegalArgumentException if a field is blank or the PCN closes before it opens
     */
    public PcnRecord {
        Objects.requireNonNull(where, "where");
        if (code.isBlank() || name.isBlank() || parent.isBlank()) {
            throw new IllegalArgumentException("blank field");
        }
        StandardColumns.checkDates(code, openDate, closeDate);
    }

    /**
     * Returns the first day the PCN was no longer open.
     *
     * @return the close date plus one day, or empty if open
     */
    public Optional<LocalDate> endExclusive() {
        return closeDate.map(d -> d.plusDays(1));
    }
}
