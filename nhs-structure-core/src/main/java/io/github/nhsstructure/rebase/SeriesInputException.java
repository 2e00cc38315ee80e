package io.github.nhsstructure.rebase;

import io.github.nhsstructure.exception.NhsStructureException;
import java.util.Objects;

/**
 * A series given to {@link Rebaser} cannot be read: a malformed row, a missing column or an unreadable value.
 *
 * <p>The message names the source, the line and the field, such as
 * {@code series.csv:42: value: '1e999999999' is out of range (at most 38 digits before the decimal point and 18
 * after)}; the accessors give them one by one. A re-base stops at the first such row: nothing is skipped
 * silently.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SeriesInputException extends NhsStructureException {

    private static final long serialVersionUID = 1L;

    /** The file or other source the row came from. */
    private final String source;
    /** The line number of the row at fault. */
    private final long line;
    /** The field at fault, empty if the whole row is. */
    private final String field;

    /**
     * Creates an exception.
     *
     * @param source  the file or other source the row came from, not null
     * @param line  the line number, 1 for the header
     * @param field  the field (column) at fault, empty if the whole row is, not null
     * @param problem  what is wrong, for a person, not null
     */
    public SeriesInputException(String source, long line, String field, String problem) {
        super(source + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * Returns the file or other source the row came from.
     *
     * @return the source, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns the line number of the row at fault; 1 is the header.
     *
     * @return the line number
     */
    public long line() {
        return line;
    }

    /**
     * Returns the field (column name) at fault.
     *
     * @return the field, empty if the whole row is at fault, not null
     */
    public String field() {
        return field;
    }
}
