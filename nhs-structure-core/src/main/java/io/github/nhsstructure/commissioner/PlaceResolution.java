package io.github.nhsstructure.commissioner;

import io.github.nhsstructure.organisation.Organisation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisation of one commissioner type found for a place on a date, with how it was found.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param organisation  the body, or empty if the data cannot name it, not null
 * @param steps  how it was found or why not, in order, not null
 * @param uncertain  true if a step rests on an uncertain assumption (e.g. a statutory transfer scheme)
 * @since 0.1.0
 */
public record PlaceResolution(Optional<Organisation> organisation, List<String> steps, boolean uncertain) {

    /**
     * Copies the steps.
     *
     * @param organisation  the body, or empty if the data cannot name it, not null
     * @param steps  how it was found or why not, in order, not null
     * @param uncertain  true if a step rests on an uncertain assumption (e.g. a statutory transfer scheme)
     */
    public PlaceResolution {
        Objects.requireNonNull(organisation, "organisation");
        steps = List.copyOf(steps);
    }
}
