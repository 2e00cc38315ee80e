package io.github.nhsstructure.restructure;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Provenance;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A named national restructure, such as the 2013 go-live of the Health and Social Care Act 2012 or the April 2020
 * CCG mergers: curated data that groups the individual changes of one effective date for some kinds of
 * organisation, or announces a change that is only planned.
 *
 * <p>An {@link RestructureStatus#ENACTED} event names the changes the data records on its date for its kinds
 * ({@code NhsStructure.restructure(event)}); a {@link RestructureStatus#PLANNED} one is not a fact and no change of
 * the data depends on it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  a short stable id, such as {@code ccg-mergers-2020}, not blank
 * @param name  the event's name, not blank
 * @param effectiveDate  the first day of the new structure (for a planned event, the planned day), not null
 * @param status  enacted or planned, not null
 * @param kinds  the kinds of organisation whose changes belong to the event, not empty, not null
 * @param reference  where the curated fact is documented, such as {@code docs/domain.md T52; S58}, not null
 * @param provenance  the source and certainty of the event (of its date), not null
 * @since 0.1.0
 */
public record RestructureEvent(String id, String name, LocalDate effectiveDate, RestructureStatus status,
        Set<OrganisationKind> kinds, String reference, Provenance provenance)
        implements Comparable<RestructureEvent> {

    /**
     * Validates and copies.
     *
     * @param id  a short stable id, such as {@code ccg-mergers-2020}, not blank
     * @param name  the event's name, not blank
     * @param effectiveDate  the first day of the new structure (for a planned event, the planned day), not null
     * @param status  enacted or planned, not null
     * @param kinds  the kinds of organisation whose changes belong to the event, not empty, not null
     * @param reference  where the curated fact is documented, such as {@code docs/domain.md T52; S58}, not null
     * @param provenance  the source and certainty of the event (of its date), not null
     * @throws IllegalArgumentException if the id or name is blank or no kind is given
     */
    public RestructureEvent {
        if (Objects.requireNonNull(id, "id").isBlank() || Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("an event needs an id and a name");
        }
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(status, "status");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " names no kind of organisation");
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * Checks whether the event is only planned.
     *
     * @return true if planned
     */
    public boolean isPlanned() {
        return status == RestructureStatus.PLANNED;
    }

    /**
     * Orders by effective date, then id.
     *
     * @param other  the other event, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(RestructureEvent other) {
        int c = effectiveDate.compareTo(other.effectiveDate);
        return c != 0 ? c : id.compareTo(other.id);
    }
}
