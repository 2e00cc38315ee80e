package io.github.nhsstructure.provenance;

/**
 * How sure the dataset is of one fact.
 *
 * <p>Uncertain facts are shipped, marked, rather than dropped or asserted. The letters used in the project's
 * {@code docs/domain.md} map as H, M and U.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Certainty {
    /** Stated by a primary source (ODS, ONS, legislation, official guidance), or two independent sources agree. */
    HIGH,
    /** One good secondary source, or a value inferred mechanically from a primary source. */
    MEDIUM,
    /** A hypothesis: inferred, derived arithmetic, sources disagree, or not verified in a primary source. */
    UNCERTAIN
}
