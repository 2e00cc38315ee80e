package io.github.nhsstructure.whopays;

import io.github.nhsstructure.organisation.OdsCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A placement of the patient by a commissioner (Who Pays? rule 9).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param placedBy  the code of the placing PCT, CCG, sub-ICB location or ICB, not null
 * @param start  the first day of the placement, the date that fixes the placing body (rule 0a), not null
 * @param setting  the kind of setting, not null
 * @since 0.1.0
 */
public record Placement(OdsCode placedBy, LocalDate start, Setting setting) {

    /**
     * The setting of a placement.
     *
     * @since 0.1.0
     */
    public enum Setting {
        /** A care home, with at least one planned NHS service. */
        CARE_HOME,
        /** An independent hospital. */
        INDEPENDENT_HOSPITAL,
        /** A residential placement of a child (looked after, EHC/SEN, or continuing care). */
        CHILD_RESIDENTIAL,
        /** Supported living: outside the placement regulation, so the general rules apply. */
        SUPPORTED_LIVING
    }

    /**
     * Validates.
     *
     * @param placedBy  the code of the placing PCT, CCG, sub-ICB location or ICB, not null
     * @param start  the first day of the placement, the date that fixes the placing body (rule 0a), not null
     * @param setting  the kind of setting, not null
     */
    public Placement {
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(setting, "setting");
    }
}
