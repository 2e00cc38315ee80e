package io.github.nhsstructure.overlay;

/**
 * The sorts of difference an extract laid over a dataset makes ({@link DiffEntry#type()}).
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum DiffType {
    /** An organisation the dataset does not have, added from the extract. */
    ADDED,
    /** An organisation the dataset has open, closed by the extract. */
    CLOSED,
    /** An organisation the dataset closes after the last day it speaks for, still open in the extract. */
    REOPENED,
    /** A new name from the extract. */
    RENAMED,
    /** A new kind from the extract (an NHS trust that became a foundation trust). */
    RETYPED,
    /** A new target of a parent link (commissioner, ICB, PCN, region) from the extract. */
    MOVED,
    /** A succession the dataset does not have, added from the extract. */
    SUCCEEDED,
    /**
     * The extract says something else about a date the dataset speaks for: the dataset's fact is kept and both
     * sources are named.
     */
    CONTRADICTED,
    /** A fact of the extract that cannot be laid over, such as a link to a code that is no organisation. */
    UNRESOLVED
}
