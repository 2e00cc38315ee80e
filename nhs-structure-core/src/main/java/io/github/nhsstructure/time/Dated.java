package io.github.nhsstructure.time;

import io.github.nhsstructure.provenance.Provenance;
import java.util.Objects;

/**
 * A value that holds during a period, with the provenance of that fact: one entry of a {@link Timeline}.
 *
 * <p>This class is immutable and thread-safe if the value is.
 *
 * @param <T>  the type of the value
 * @param period  the period during which the value holds, not empty, not null
 * @param value  the value, not null
 * @param provenance  where the fact comes from, not null
 * @since 0.1.0
 */
public record Dated<T>(DateRange period, T value, Provenance provenance) {

    /**
     * Validates.
     *
     * @param period  the period during which the value holds, not empty, not null
     * @param value  the value, not null
     * @param provenance  where the fact comes from, not null
     * @throws IllegalArgumentException if the period is empty
     */
    public Dated {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
        if (period.isEmpty()) {
            throw new IllegalArgumentException("empty period " + period + " for " + value);
        }
    }

    /**
     * Outputs as {@code period=value}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return period + "=" + value;
    }
}
