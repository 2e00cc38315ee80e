package io.github.nhsstructure.chart;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.time.DateRange;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation's parent in organisation charts during a period, as {@link ChartRules} decide it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param parent  the parent's ODS code, not null
 * @param link  the type of the link in the data that places the organisation there, or empty if it is placed under
 *     the government department by its kind, the data holding no link up for it, not null
 * @param period  the period during which this is the parent (half-open), not empty, not null
 * @since 0.1.0
 */
public record ChartParent(OdsCode parent, Optional<RelationshipType> link, DateRange period) {

    /**
     * Validates.
     *
     * @param parent  the parent's ODS code, not null
     * @param link  the link type that places the organisation there, or empty if placed by kind, not null
     * @param period  the period during which this is the parent, not empty, not null
     * @throws IllegalArgumentException if the period is empty
     */
    public ChartParent {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(period, "period");
        if (period.isEmpty()) {
            throw new IllegalArgumentException("empty period for chart parent " + parent);
        }
    }
}
