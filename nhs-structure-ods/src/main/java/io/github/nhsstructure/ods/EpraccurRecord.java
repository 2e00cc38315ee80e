package io.github.nhsstructure.ods;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One row of an ODS {@code epraccur.csv}: a GP practice or another prescribing cost centre, with its commissioner.
 * Both layouts ({@link EpraccurReader}, {@link Epraccur2026Reader}) give this record.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param where  the file and line, not null
 * @param code  the organisation code (column 1), not blank
 * @param name  the name (column 2), not null
 * @param nationalGrouping  column 3: the NHS England region, {@code W00} for Wales in older files, or blank, not null
 * @param highLevelHealthGeography  column 4: the ICB (earlier STP, local office or area team) or blank, not null
 * @param openDate  column 11, not null
 * @param closeDate  column 12: the last day open, if closed
 * @param status  column 13, not null
 * @param subType  column 14, the organisation sub-type ({@code B} or {@code Z}), not null
 * @param commissioner  column 15: the parent (PCT, CCG, sub-ICB location, hub or Welsh health board), if any
 * @param joinedCommissioner  column 16: the day the organisation joined the commissioner, if given
 * @param leftCommissioner  column 17: the last day in the commissioner, if it left
 * @param setting  column 26: the prescribing setting, if given
 * @param extraRoles  role codes of column 26 besides the setting (2026 layout: {@code RO268} medicine supplier),
 *     not null
 * @since 0.1.0
 */
public record EpraccurRecord(SourceLine where, String code, String name, String nationalGrouping,
        String highLevelHealthGeography, LocalDate openDate, Optional<LocalDate> closeDate, EpraccurStatus status,
        String subType, Optional<String> commissioner, Optional<LocalDate> joinedCommissioner,
        Optional<LocalDate> leftCommissioner, Optional<PrescribingSetting> setting, Set<String> extraRoles) {

    /**
     * Checks the fields.
     *
     * @param where  the file and line, not null
     * @param code  the organisation code (column 1), not blank
     * @param name  the name (column 2), not null
     * @param nationalGrouping  column 3: the NHS England region, {@code W00} for Wales in older files, or blank,
     *     not null
     * @param highLevelHealthGeography  column 4: the ICB (earlier STP, local office or area team) or blank, not null
     * @param openDate  column 11, not null
     * @param closeDate  column 12: the last day open, if closed
     * @param status  column 13, not null
     * @param subType  column 14, the organisation sub-type ({@code B} or {@code Z}), not null
     * @param commissioner  column 15: the parent (PCT, CCG, sub-ICB location, hub or Welsh health board), if any
     * @param joinedCommissioner  column 16: the day the organisation joined the commissioner, if given
     * @param leftCommissioner  column 17: the last day in the commissioner, if it left
     * @param setting  column 26: the prescribing setting, if given
     * @param extraRoles  role codes of column 26 besides the setting (2026 layout: {@code RO268} medicine
     *     supplier), not null
     * @throws IllegalArgumentException if the code is blank or the close date is before the open date
     */
    public EpraccurRecord {
        Objects.requireNonNull(where, "where");
        if (code.isBlank()) {
            throw new IllegalArgumentException("blank code");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nationalGrouping, "nationalGrouping");
        Objects.requireNonNull(highLevelHealthGeography, "highLevelHealthGeography");
        StandardColumns.checkDates(code, openDate, closeDate);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(subType, "subType");
        Objects.requireNonNull(commissioner, "commissioner");
        Objects.requireNonNull(joinedCommissioner, "joinedCommissioner");
        Objects.requireNonNull(leftCommissioner, "leftCommissioner");
        Objects.requireNonNull(setting, "setting");
        extraRoles = Set.copyOf(extraRoles);
    }

    /**
     * Returns the first day the organisation was no longer open: the close date plus one day.
     *
     * @return the exclusive end, or empty if still open
     */
    public Optional<LocalDate> endExclusive() {
        return closeDate.map(d -> d.plusDays(1));
    }

    /**
     * Whether the row is a GP practice ({@link PrescribingSetting#GP_PRACTICE}).
     *
     * @return true for a GP practice
     */
    public boolean isGpPractice() {
        return setting.equals(Optional.of(PrescribingSetting.GP_PRACTICE));
    }
}
