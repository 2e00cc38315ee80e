package io.github.nhsstructure.provenance;

import java.util.List;
import java.util.Objects;

/**
 * Where one fact of the dataset comes from, and how sure the dataset is of it.
 *
 * <p>Source ids refer to {@link Source#id()}; a fact may rest on several sources.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sourceIds  the ids of the sources stating the fact, not empty, not null
 * @param certainty  how sure the dataset is of the fact, not null
 * @since 0.1.0
 */
public record Provenance(List<String> sourceIds, Certainty certainty) {

    /**
     * Validates and copies.
     *
     * @param sourceIds  the ids of the sources stating the fact, not empty, not null
     * @param certainty  how sure the dataset is of the fact, not null
     * @throws IllegalArgumentException if there is no source id or one is blank
     */
    public Provenance {
        sourceIds = List.copyOf(sourceIds);
        Objects.requireNonNull(certainty, "certainty");
        if (sourceIds.isEmpty()) {
            throw new IllegalArgumentException("a fact needs at least one source id");
        }
        for (String id : sourceIds) {
            if (id.isBlank()) {
                throw new IllegalArgumentException("blank source id in " + sourceIds);
            }
        }
    }

    /**
     * Obtains a provenance resting on one source.
     *
     * @param sourceId  the source id, not blank
     * @param certainty  the certainty, not null
     * @return the provenance, not null
     */
    public static Provenance of(String sourceId, Certainty certainty) {
        return new Provenance(List.of(sourceId), certainty);
    }

    /**
     * Checks whether the fact is marked {@link Certainty#UNCERTAIN}.
     *
     * @return true if uncertain
     */
    public boolean isUncertain() {
        return certainty == Certainty.UNCERTAIN;
    }

    /**
     * Outputs as {@code source1;source2 (CERTAINTY)}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return String.join(";", sourceIds) + " (" + certainty + ")";
    }
}
