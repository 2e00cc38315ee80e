package io.github.nhsstructure.commissioner;

/**
 * Whether a delegation applies to the body asked about, as far as the data can say.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum DelegationStatus {
    /** The arrangement is direct: nothing is delegated. */
    NOT_DELEGATED,
    /** The function is exercised jointly (joint committees); the responsible body keeps it. */
    JOINT,
    /** The function is delegated to the delegate named. */
    DELEGATED,
    /** The function is delegated elsewhere, but not in the place asked about (e.g. another region in 2024/25). */
    NOT_DELEGATED_HERE,
    /** No place was given and the delegation covers only some places. */
    VARIES_BY_PLACE,
    /** The sources do not say whether this body held the delegation (e.g. level 3 co-commissioning 2015-2021). */
    UNKNOWN,
    /** The row's type is not a body, so there is no arrangement. */
    NOT_APPLICABLE
}
