package io.github.nhsstructure.ods;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One row of ODS {@code eccg.csv}: a clinical commissioning group, sub-ICB location, commissioning hub or sub-ICB
 * reporting entity.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param where  the file and line, not null
 * @param code  the organisation code (column 1), not blank
 * @param name  the name at the extract or at close (column 2), not blank
 * @param nationalGrouping  column 3: the NHS England region, or blank, not null
 * @param highLevelHealthGeography  column 4: the ICB of a sub-ICB location or reporting entity, or blank, not null
 * @param openDate  column 11, not null
 * @param closeDate  column 12: the last day open, if closed
 * @param roles  column 14: the extra ODS role codes ({@code RO319} sub-ICB location, {@code RO218} commissioning
 *     hub, {@code RO327} sub-ICB reporting entity; none for a CCG that closed before July 2022), not null
 * @since 0.1.0
 */
public record EccgRecord(SourceLine where, String code, String name, String nationalGrouping,
        String highLevelHealthGeography, LocalDate openDate, Optional<LocalDate> closeDate, Set<String> roles) {

    /** The extra role of a CCG that became a sub-ICB location on 2022-07-01. */
    public static final String SUB_ICB_LOCATION_ROLE = "RO319";
    /** The extra role of an NHS England commissioning hub. */
    public static final String COMMISSIONING_HUB_ROLE = "RO218";
    /** The extra role of a sub-ICB reporting entity. */
    public static final String REPORTING_ENTITY_ROLE = "RO327";

    /**
     * Checks the fields.
     *
     * @param where  the file and line, not null
     * @param code  the organisation code (column 1), not blank
     * @param name  the name (column 2), not blank
     * @param nationalGrouping  column 3, not null
     * @param highLevelHealthGeography  column 4, not null
     * @param openDate  column 11, not null
     * @param closeDate  column 12, if closed
     * @param roles  column 14, not null
     * @throws IllegalArgumentException if the code or name is blank or the close date is before the open date
     */
    public EccgRecord {
        Objects.requireNonNull(where, "where");
        if (code.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("blank code or name");
        }
        Objects.requireNonNull(nationalGrouping, "nationalGrouping");
        Objects.requireNonNull(highLevelHealthGeography, "highLevelHealthGeography");
        StandardColumns.checkDates(code, openDate, closeDate);
        roles = Set.copyOf(roles);
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
