package io.github.nhsstructure.organisation;

import io.github.nhsstructure.provenance.Provenance;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated succession: {@code successor} took over all or part of {@code predecessor} from {@code effectiveDate}.
 *
 * <p>The effective date is the first day the new structure applies, so it equals the end (exclusive) of the
 * predecessor's operational period when the predecessor closed. A merger is several successions with one
 * successor; a split is several with one predecessor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param predecessor  the organisation succeeded, not null
 * @param successor  the organisation that took over, not the predecessor, not null
 * @param effectiveDate  the first day the successor is responsible, not null
 * @param reason  the reason recorded by the source, not null
 * @param provenance  where the fact comes from, not null
 * @since 0.1.0
 */
public record Succession(
        OdsCode predecessor, OdsCode successor, LocalDate effectiveDate, SuccessionReason reason,
        Provenance provenance) implements Comparable<Succession> {

    /**
     * Validates.
     *
     * @param predecessor  the organisation succeeded, not null
     * @param successor  the organisation that took over, not the predecessor, not null
     * @param effectiveDate  the first day the successor is responsible, not null
     * @param reason  the reason recorded by the source, not null
     * @param provenance  where the fact comes from, not null
     * @throws IllegalArgumentException if predecessor and successor are the same code
     */
    public Succession {
        Objects.requireNonNull(predecessor, "predecessor");
        Objects.requireNonNull(successor, "successor");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(provenance, "provenance");
        if (predecessor.equals(successor)) {
            throw new IllegalArgumentException(predecessor + " cannot succeed itself");
        }
    }

    /**
     * Orders by effective date, then predecessor, then successor.
     *
     * @param other  the other succession, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(Succession other) {
        int c = effectiveDate.compareTo(other.effectiveDate);
        if (c == 0) {
            c = predecessor.compareTo(other.predecessor);
        }
        return c != 0 ? c : successor.compareTo(other.successor);
    }

    /**
     * Outputs as {@code 00F -> 13T on 2015-04-01}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return predecessor + " -> " + successor + " on " + effectiveDate;
    }
}
