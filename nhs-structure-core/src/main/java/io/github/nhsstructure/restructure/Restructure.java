package io.github.nhsstructure.restructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The changes to the structure that took effect on one date, as one value: the nhs-structure counterpart of
 * {@code java.time.zone.ZoneOffsetTransition}.
 *
 * <p>The effective date is the first day the new structure applies. An {@link RestructureStatus#ENACTED}
 * restructure holds at least one change (the factory rejects a no-op); a {@link RestructureStatus#PLANNED} one
 * holds none, since nothing in the data depends on it yet.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param effectiveDate  the first day of the new structure, not null
 * @param name  a name, such as {@code "Changes effective 2020-04-01"} or a named national event, not blank
 * @param status  enacted or planned, not null
 * @param changes  the changes, in order, not null
 * @since 0.1.0
 */
public record Restructure(LocalDate effectiveDate, String name, RestructureStatus status, List<Change> changes)
        implements Comparable<Restructure> {

    /**
     * Validates and copies.
     *
     * @param effectiveDate  the first day of the new structure, not null
     * @param name  a name, such as {@code "Changes effective 2020-04-01"} or a named national event, not blank
     * @param status  enacted or planned, not null
     * @param changes  the changes, in order, not null
     * @throws IllegalArgumentException if an enacted restructure has no change, a planned one has changes, or a
     *     change has another effective date
     */
    public Restructure {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(status, "status");
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("a restructure needs a name");
        }
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(null);
        changes = List.copyOf(sorted);
        if (status == RestructureStatus.ENACTED && changes.isEmpty()) {
            throw new IllegalArgumentException("no-op restructure on " + effectiveDate + ": no change");
        }
        if (status == RestructureStatus.PLANNED && !changes.isEmpty()) {
            throw new IllegalArgumentException("a planned restructure cannot hold changes of the data");
        }
        for (Change c : changes) {
            if (!c.effectiveDate().equals(effectiveDate)) {
                throw new IllegalArgumentException(c + " is not effective on " + effectiveDate);
            }
        }
    }

    /**
     * Obtains the enacted restructure of a date from its changes, with the default name.
     *
     * @param effectiveDate  the date, not null
     * @param changes  the changes of that date, at least one, not null
     * @return the restructure, not null
     * @throws IllegalArgumentException if there is no change
     */
    public static Restructure of(LocalDate effectiveDate, List<Change> changes) {
        return new Restructure(effectiveDate, "Changes effective " + effectiveDate, RestructureStatus.ENACTED,
                changes);
    }

    /**
     * Counts the changes of one type.
     *
     * @param type  the type, not null
     * @return the number of changes of that type
     */
    public int count(ChangeType type) {
        int n = 0;
        for (Change c : changes) {
            if (c.type() == type) {
                n++;
            }
        }
        return n;
    }

    /**
     * Orders by effective date, then name.
     *
     * @param other  the other restructure, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(Restructure other) {
        int c = effectiveDate.compareTo(other.effectiveDate);
        return c != 0 ? c : name.compareTo(other.name);
    }

    /**
     * Outputs as {@code Changes effective 2020-04-01 (ENACTED, 231 changes)}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return name + " (" + status + ", " + changes.size() + " changes)";
    }
}
