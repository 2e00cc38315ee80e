package io.github.nhsstructure.exception;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when an extract laid over a dataset ({@link io.github.nhsstructure.NhsStructure#overlay(java.nio.file.Path)}) cannot be read or
 * used: a missing or unreadable file, a file of no known format, malformed CSV, a byte that is not UTF-8, a field
 * that does not parse, or no reader of extracts on the class path or module path.
 *
 * <p>The message starts with the place, as {@link DatasetException}'s: {@code file:line: field: problem}, for
 * example {@code extracts/etr.csv:17: close date (column 12): '20261340' is not a date (YYYYMMDD)}. Nothing is
 * skipped: a row that cannot be used fails the whole overlay, and no partial structure is returned.
 *
 * <p>This class is not thread-safe (as any exception).
 *
 * @since 0.1.0
 */
public class ExtractException extends DatasetException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for a problem at a place in an extract file.
     *
     * @param file  the file name as the caller gave it, or null if not about one file
     * @param line  the 1-based line number, or 0 if not about one line
     * @param field  the field (column) name, or null if not about one field
     * @param problem  what is wrong, not null
     */
    public ExtractException(@Nullable String file, long line, @Nullable String field, String problem) {
        super(file, line, field, problem);
    }
}
