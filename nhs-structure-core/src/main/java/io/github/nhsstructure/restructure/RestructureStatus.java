package io.github.nhsstructure.restructure;

/**
 * Whether a restructure has happened or is only planned.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum RestructureStatus {
    /** In force from its effective date: the data records it. */
    ENACTED,
    /** Announced or planned but not (yet) in force: not a fact, and no change of the data depends on it. */
    PLANNED
}
