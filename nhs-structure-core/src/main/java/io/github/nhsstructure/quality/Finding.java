package io.github.nhsstructure.quality;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.time.DateRange;
import java.util.Objects;

/**
 * One thing the data lacks or contradicts, found by {@link StructureChecks}: a known data issue, shipped and
 * listed rather than hidden.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code  the organisation concerned, not null
 * @param type  what sort of issue it is, not null
 * @param period  the dates affected, not empty, not null
 * @param detail  a sentence for a person, not null
 * @since 0.1.0
 */
public record Finding(OdsCode code, FindingType type, DateRange period, String detail) implements Comparable<Finding> {

    /**
     * Validates.
     *
     * @param code  the organisation concerned, not null
     * @param type  what sort of issue it is, not null
     * @param period  the dates affected, not empty, not null
     * @param detail  a sentence for a person, not null
     * @throws IllegalArgumentException if the period is empty
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(detail, "detail");
        if (period.isEmpty()) {
            throw new IllegalArgumentException("empty period for " + code + " " + type);
        }
    }

    /**
     * Orders by code, type and period.
     *
     * @param other  the other finding, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(Finding other) {
        int c = code.compareTo(other.code);
        if (c == 0) {
            c = type.compareTo(other.type);
        }
        return c != 0 ? c : period.compareTo(other.period);
    }

    /**
     * Outputs as {@code CODE<TAB>TYPE<TAB>PERIOD<TAB>DETAIL}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return code + "\t" + type + "\t" + period + "\t" + detail;
    }
}
