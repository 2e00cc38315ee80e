package io.github.nhsstructure.restructure;

/**
 * The kind of one {@link Change}.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ChangeType {
    /** An organisation opened. */
    CREATED,
    /** An organisation closed. */
    CLOSED,
    /** Several organisations were succeeded by one (successions with one successor). */
    MERGED,
    /** One organisation was succeeded by several (successions with one predecessor). */
    SPLIT,
    /** One organisation was succeeded by one other (a new code, a takeover or a change of type with new code). */
    SUCCEEDED,
    /** Several organisations were succeeded by several others in one connected reconfiguration. */
    RECONFIGURED,
    /** An organisation changed name, keeping its code. */
    RENAMED,
    /** An organisation changed kind, keeping its code (an STP became an ICB; a CCG a sub-ICB location). */
    RETYPED,
    /** An organisation moved from one parent to another of the same link type. */
    MOVED,
    /** Functions moved between organisations without a succession (curated events only). */
    FUNCTION_TRANSFERRED
}
