package io.github.nhsstructure.ods;

import io.github.nhsstructure.exception.ExtractException;
import org.jspecify.annotations.Nullable;

/**
 * An ODS or NHS Digital file cannot be read as its format says: a missing or unreadable file, malformed CSV, a
 * missing column, a blank required field, a date or code that does not parse. The message names the file, the line
 * and the field, such as {@code ods-2026-02-epraccur/epraccur.csv:17: close date (column 12): '20261340' is not a
 * date (YYYYMMDD)}; {@link #file()}, {@link #line()} and {@link #field()} give them apart.
 *
 * <p>It is an {@link ExtractException}, so a caller of {@code NhsStructure.overlay(Path)} catches one type whatever
 * reads the extract.
 *
 * <p>This class is not thread-safe (as any exception).
 *
 * @since 0.1.0
 */
public final class OdsFileException extends ExtractException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for one field of one line.
     *
     * @param file  the file name used in messages, not null
     * @param line  the 1-based line, or 0 if the problem is not on one line
     * @param field  the field, or null if the problem is not in one field
     * @param problem  what is wrong, not null
     */
    public OdsFileException(String file, long line, @Nullable String field, String problem) {
        super(file, line, field, problem);
    }
}
