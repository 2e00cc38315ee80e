package io.github.nhsstructure.ods;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An ODS or NHS Digital file cannot be read as its format says: a missing or unreadable file, malformed CSV, a
 * missing column, a blank required field, a date or code that does not parse. The message names the file, the line
 * and the field, such as {@code ods-2026-02-epraccur/epraccur.csv:17: close date (column 12): '20261340' is not a
 * date (YYYYMMDD)}.
 *
 * <p>This class is not thread-safe (as any exception).
 *
 * @since 0.1.0
 */
public final class OdsFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file. */
    private final String file;
    /** The line, or 0 when the problem is not on one line. */
    private final long line;
    /** The field, or null when the problem is not in one field. */
    private final @Nullable String field;

    /**
     * Creates an exception for one field of one line.
     *
     * @param file  the file name used in messages, not null
     * @param line  the 1-based line, or 0 if the problem is not on one line
     * @param field  the field, or null if the problem is not in one field
     * @param problem  what is wrong, not null
     */
    public OdsFileException(String file, long line, @Nullable String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (field == null ? "" : field + ": ") + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /**
     * Creates an exception with a cause, for a problem with the whole file.
     *
     * @param file  the file name used in messages, not null
     * @param problem  what is wrong, not null
     * @param cause  the cause, not null
     */
    public OdsFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.line = 0;
        this.field = null;
    }

    /**
     * Returns the file.
     *
     * @return the file name as the caller gave it, not null
     */
    public String file() {
        return file;
    }

    /**
     * Returns the line.
     *
     * @return the 1-based line, or 0 if the problem is not on one line
     */
    public long line() {
        return line;
    }

    /**
     * Returns the field.
     *
     * @return the field, or empty if the problem is not in one field
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
