package io.github.nhsstructure.exception;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a dataset cannot be loaded: a resource is missing, malformed or fails validation.
 *
 * <p>The message starts with the place: {@code file:line: field: problem}, for example
 * {@code organisations.csv:1042: end_exclusive: '2013-02-30' is not a date (yyyy-MM-dd)}. Nothing in a dataset
 * is ever skipped silently: any row that cannot be used fails the load.
 *
 * @since 0.1.0
 */
public class DatasetException extends NhsStructureException {
    private static final long serialVersionUID = 1L;

    /** The file, or null. */
    private final @Nullable String file;
    /** The line, or 0. */
    private final long line;
    /** The field, or null. */
    private final @Nullable String field;

    /**
     * Creates an exception for a problem at a place in a file.
     *
     * @param file  the file name, or null if not about one file
     * @param line  the 1-based line number, or 0 if not about one line
     * @param field  the field (column) name, or null if not about one field
     * @param problem  what is wrong, not null
     */
    public DatasetException(@Nullable String file, long line, @Nullable String field, String problem) {
        super(place(file, line, field) + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /**
     * Creates an exception for a problem with a cause.
     *
     * @param message  the full message, not null
     * @param cause  the cause, not null
     */
    public DatasetException(String message, Throwable cause) {
        super(message, cause);
        this.file = null;
        this.line = 0;
        this.field = null;
    }

    private static String place(@Nullable String file, long line, @Nullable String field) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file);
            if (line > 0) {
                b.append(':').append(line);
            }
            b.append(": ");
        }
        if (field != null) {
            b.append(field).append(": ");
        }
        return b.toString();
    }

    /**
     * Returns the file concerned.
     *
     * @return the file name, or empty, not null
     */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Returns the 1-based line concerned.
     *
     * @return the line, or 0 if not about one line
     */
    public long line() {
        return line;
    }

    /**
     * Returns the field concerned.
     *
     * @return the field name, or empty, not null
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
