package io.github.nhsstructure.quality;

/**
 * The sorts of data issue {@link StructureChecks} looks for.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum FindingType {
    /** The organisation's only recorded name for a period is marked uncertain (for example a placeholder). */
    UNCERTAIN_NAME,
    /**
     * The organisation was open, of a kind that normally has a parent of some link type, but the data gives it no
     * such parent for a period.
     */
    MISSING_PARENT,
    /** A link points at an organisation that was not open for part of the link's period. */
    PARENT_NOT_OPEN,
    /** The organisation stayed open after a successor took it over, without being recorded as split. */
    OPEN_AFTER_SUCCESSION
}
