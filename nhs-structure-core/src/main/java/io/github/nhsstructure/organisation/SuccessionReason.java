package io.github.nhsstructure.organisation;

/**
 * Why one organisation succeeded another, as recorded by the source.
 *
 * <p>The ODS successor file ({@code succ.csv}) carries a reason code that is blank in every published row seen so
 * far; such rows are {@link #UNSPECIFIED}. Whether a succession was a merger or a split follows from the shape of
 * the successions on a date, not from this reason.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum SuccessionReason {
    /** ODS reason {@code F}: a change of code made for the Financial Management Return. */
    CODE_CHANGE,
    /** ODS reason {@code O}: the organisation changed type and was given a new code. */
    TYPE_CHANGE,
    /** ODS reason {@code R}: a reconfiguration (merger, split, transfer of functions). */
    RECONFIGURATION,
    /** A succession established by law or official announcement rather than by ODS (curated data). */
    STATUTORY,
    /** The source gives no reason. */
    UNSPECIFIED
}
