package io.github.nhsstructure.ods;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of ODS {@code epcmem.csv}: a practice's (or other prescribing cost centre's) membership of a parent (a
 * PCG, PCT, CCG or hub) for a period.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param where  the file and line, not null
 * @param code  the practice or cost centre (column 1), not blank
 * @param parent  the parent (column 2), not blank
 * @param parentType  the parent's type letter (column 3), not null
 * @param joined  the first day of the membership (column 4), not null
 * @param left  the last day of the membership (column 5), if it ended
 * @since 0.1.0
 */
public record EpcmemRecord(SourceLine where, String code, String parent, String parentType, LocalDate joined,
        Optional<LocalDate> left) {

    /**
     * Checks the fields.
     *
     * @param where  the file and line, not null
     * @param code  the practice or cost centre (column 1), not blank
     * @param parent  the parent (column 2), not blank
     * @param parentType  the parent's type letter (column 3), not null
     * @param joined  the first day of the membership (column 4), not null
     * @param left  the last day of the membership (column 5), if it ended
     * @throws IllegalArgumentException if a code is blank or the membership ends before it starts
     */
    public EpcmemRecord {
        Objects.requireNonNull(where, "where");
        if (code.isBlank() || parent.isBlank()) {
            throw new IllegalArgumentException("blank code");
        }
        Objects.requireNonNull(parentType, "parentType");
        Objects.requireNonNull(joined, "joined");
        if (left.isPresent() && left.get().isBefore(joined)) {
            throw new IllegalArgumentException(code + ": left " + left.get() + " before joining " + joined);
        }
    }

    /**
     * Returns the first day after the membership: the leave date plus one day.
     *
     * @return the exclusive end, or empty if the membership is open
     */
    public Optional<LocalDate> endExclusive() {
        return left.map(d -> d.plusDays(1));
    }
}
