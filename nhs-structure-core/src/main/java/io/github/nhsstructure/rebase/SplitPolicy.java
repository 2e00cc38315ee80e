package io.github.nhsstructure.rebase;

import io.github.nhsstructure.organisation.OdsCode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What {@link Rebaser} does with a value whose organisation was split between several successors.
 *
 * <p>This interface is sealed: {@link #FAIL}, {@link #EQUAL} or {@link Weights}. Implementations are immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface SplitPolicy permits SplitPolicy.Fixed, SplitPolicy.Weights {

    /** Do not share a split value: report the row as unmapped. */
    SplitPolicy FAIL = new Fixed("fail");

    /** Share a split value equally between the successors. */
    SplitPolicy EQUAL = new Fixed("equal");

    /**
     * Shares a split value in proportion to caller-supplied weights of the successors, such as their list sizes.
     *
     * @return the policy, not null
     * @param weights  a positive weight for each successor code, not null
     */
    static SplitPolicy weights(Map<OdsCode, BigDecimal> weights) {
        return new Weights(weights);
    }

    /**
     * The policies without parameters.
     *
     * @param name  the policy's name, as the command line spells it, not null
     * @since 0.1.0
     */
    record Fixed(String name) implements SplitPolicy {
        /**
         * Validates.
         *
         * @param name  the policy's name, as the command line spells it, not null
         */
        public Fixed {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Shares in proportion to a weight per successor code.
     *
     * @param weights  a positive weight for each successor code, not null
     * @since 0.1.0
     */
    record Weights(Map<OdsCode, BigDecimal> weights) implements SplitPolicy {
        /**
         * Validates and copies.
         *
         * @param weights  a positive weight for each successor code, not null
         * @throws IllegalArgumentException if a weight is not positive
         */
        public Weights {
            weights = java.util.Collections.unmodifiableMap(new TreeMap<>(weights));
            for (Map.Entry<OdsCode, BigDecimal> e : weights.entrySet()) {
                if (e.getValue().signum() <= 0) {
                    throw new IllegalArgumentException("weight of " + e.getKey() + " must be positive: "
                            + e.getValue());
                }
            }
        }
    }
}
