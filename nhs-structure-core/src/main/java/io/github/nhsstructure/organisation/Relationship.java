package io.github.nhsstructure.organisation;

import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated, typed link from one organisation to another, such as "sub-ICB location 02P is part of ICB QF7 from
 * 2022-07-01".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source  the organisation the link is from, not null
 * @param type  the type of link, not null
 * @param target  the organisation the link points to, not the source, not null
 * @param period  the period during which the link holds, not empty, not null
 * @param provenance  where the fact comes from, not null
 * @since 0.1.0
 */
public record Relationship(
        OdsCode source, RelationshipType type, OdsCode target, DateRange period, Provenance provenance) {

    /**
     * Validates.
     *
     * @param source  the organisation the link is from, not null
     * @param type  the type of link, not null
     * @param target  the organisation the link points to, not the source, not null
     * @param period  the period during which the link holds, not empty, not null
     * @param provenance  where the fact comes from, not null
     * @throws IllegalArgumentException if the source is the target or the period is empty
     */
    public Relationship {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(provenance, "provenance");
        if (source.equals(target)) {
            throw new IllegalArgumentException(source + " cannot be " + type + " itself");
        }
        if (period.isEmpty()) {
            throw new IllegalArgumentException("empty period " + period + " for " + source + " " + type + " " + target);
        }
    }

    /**
     * Checks whether the link holds on a date.
     *
     * @param date  the date, not null
     * @return true if the period contains the date
     */
    public boolean holdsOn(LocalDate date) {
        return period.contains(date);
    }

    /**
     * Outputs as {@code 02P PART_OF QF7 2022-07-01/..}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return source + " " + type + " " + target + " " + period;
    }
}
