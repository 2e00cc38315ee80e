package io.github.nhsstructure.internal.text;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the first byte of a text that is not UTF-8 stands: its line, its byte offset, its value, and, read as CSV,
 * the field it is in and that field's name in the first line.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line  the 1-based line, positive
 * @param offset  the 0-based byte offset in the whole text, not negative
 * @param value  the byte, 0 to 255
 * @param field  the 0-based index of the field (read as CSV, from the start of the line) the byte is in, if it
 *     can be told
 * @param header  the name the first line gives that field (without a byte order mark, stripped), if the byte is
 *     after the first line and the first line has that many fields
 */
public record Utf8Fault(long line, long offset, int value, OptionalInt field, Optional<String> header) {

    /**
     * Checks the fields.
     *
     * @param line  the 1-based line, positive
     * @param offset  the 0-based byte offset in the whole text, not negative
     * @param value  the byte, 0 to 255
     * @param field  the 0-based index of the field the byte is in, if it can be told, not null
     * @param header  the name the first line gives that field, if any, not null
     * @throws IllegalArgumentException if a number is out of range
     */
    public Utf8Fault {
        if (line < 1 || offset < 0 || value < 0 || value > 255) {
            throw new IllegalArgumentException("line " + line + ", offset " + offset + ", value " + value);
        }
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(header, "header");
    }

    /**
     * Names the column the byte is in: the first line's name for it, else {@code column N} (1-based).
     *
     * @return the column, or empty if the field cannot be told
     */
    public Optional<String> column() {
        return header.isPresent() ? header : field.isPresent() ? Optional.of("column " + (field.getAsInt() + 1))
                : Optional.empty();
    }

    /**
     * Says what is wrong, such as {@code byte 0xE9 (offset 32) is not UTF-8 text: save the file as UTF-8}.
     *
     * @return the problem in words, without the file, line or column, not null
     */
    public String problem() {
        return String.format(Locale.ROOT, "byte 0x%02X (offset %d) is not UTF-8 text: save the file as UTF-8", value,
                offset);
    }
}
