package io.github.nhsstructure.ods;

import java.util.Objects;

/**
 * Where a record was read: the file (as the caller named it) and the 1-based line.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file  the file name used in messages, such as {@code ods-2026-02-epraccur/epraccur.csv}, not null
 * @param line  the 1-based line number, positive
 * @since 0.1.0
 */
public record SourceLine(String file, long line) {

    /**
     * Checks the fields.
     *
     * @param file  the file name used in messages, such as {@code ods-2026-02-epraccur/epraccur.csv}, not null
     * @param line  the 1-based line number, positive
     * @throws IllegalArgumentException if the line is not positive
     */
    public SourceLine {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be positive: " + line);
        }
    }

    /**
     * Returns {@code file:line}.
     *
     * @return the location, not null
     */
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
