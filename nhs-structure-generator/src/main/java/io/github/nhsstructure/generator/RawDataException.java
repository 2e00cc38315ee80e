package io.github.nhsstructure.generator;

import org.jspecify.annotations.Nullable;

/**
 * A raw input file is missing, malformed or contradicts what the generator relies on. The message names the file
 * (relative to the raw folder), the line and the field, such as
 * {@code ods-2025-nhs-spend/eccg.csv:17: close date (column 12): '20201340' is not a date (YYYYMMDD)}.
 *
 * <p>This class is not thread-safe (as any exception).
 *
 * @since 0.1.0
 */
public final class RawDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for one field of one line of a raw file.
     *
     * @param file  the file, relative to the raw folder, not null
     * @param line  the line number, 1-based, or 0 if the problem is not on one line
     * @param field  the field, or null if the problem is not in one field
     * @param problem  what is wrong, not null
     */
    public RawDataException(String file, long line, @Nullable String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (field == null ? "" : field + ": ") + problem);
    }

    /**
     * Creates an exception with a complete message and a cause.
     *
     * @param message  the message, naming the file, not null
     * @param cause  the cause, not null
     */
    public RawDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
