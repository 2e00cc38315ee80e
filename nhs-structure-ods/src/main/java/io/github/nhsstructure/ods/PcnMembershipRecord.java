package io.github.nhsstructure.ods;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One practice-to-PCN relationship of the ODS {@code ePCN} workbook (sheet {@code PCN Core Partner Details}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param where  the file and line, not null
 * @param practice  the partner organisation (practice) code, not blank
 * @param pcn  the PCN code, not blank
 * @param start  the first day of the relationship, not null
 * @param end  the last day of the relationship, if it ended
 * @since 0.1.0
 */
public record PcnMembershipRecord(SourceLine where, String practice, String pcn, LocalDate start,
        Optional<LocalDate> end) {

    /**
     * Checks the fields.
     *
     * @param where  the file and line, not null
     * @param practice  the partner organisation (practice) code, not blank
     * @param pcn  the PCN code, not blank
     * @param start  the first day of the relationship, not null
     * @param end  the last day of the relationship, if it ended
     * @throws IllegalArgumentException if a code is blank or the relationship ends before it starts
     */
    public PcnMembershipRecord {
        Objects.requireNonNull(where, "where");
        if (practice.isBlank() || pcn.isBlank()) {
            throw new IllegalArgumentException("blank code");
        }
        Objects.requireNonNull(start, "start");
        if (end.isPresent() && end.get().isBefore(start)) {
            throw new IllegalArgumentException(practice + ": end " + end.get() + " before " + start);
        }
    }

    /**
     * Returns the first day after the relationship.
     *
     * @return the end date plus one day, or empty if open
     */
    public Optional<LocalDate> endExclusive() {
        return end.map(d -> d.plusDays(1));
    }
}
