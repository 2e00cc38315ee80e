package io.github.nhsstructure.ods;

import java.util.Objects;

/**
 * One file of an extract folder or zip ({@link ExtractFolder}): its name for messages, its format and its bytes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ExtractFile {

    private final String name;
    private final OdsFormat format;
    private final byte[] content;

    private ExtractFile(String name, OdsFormat format, byte[] content) {
        this.name = name;
        this.format = format;
        this.content = content;
    }

    /**
     * Obtains a file from its bytes.
     *
     * @param name  the name used in messages, such as {@code extracts/epraccur.csv} or
     *     {@code extracts.zip!epraccur.csv}, not blank
     * @param format  the format, not null
     * @param content  the bytes, copied, not null
     * @return the file, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static ExtractFile of(String name, OdsFormat format, byte[] content) {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("blank file name");
        }
        return new ExtractFile(name, Objects.requireNonNull(format, "format"), content.clone());
    }

    /**
     * Returns the name used in messages.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the format.
     *
     * @return the format, not null
     */
    public OdsFormat format() {
        return format;
    }

    /**
     * Returns the size in bytes.
     *
     * @return the size
     */
    public int size() {
        return content.length;
    }

    /**
     * Decodes the content as UTF-8 text; a byte order mark is kept (the readers drop it).
     *
     * @return the text, not null
     * @throws OdsFileException naming the line and the byte if the content is not UTF-8
     */
    public String text() {
        return OdsCsv.decode(name, content);
    }

    /**
     * Outputs the name and format.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return name + " (" + format + ", " + content.length + " bytes)";
    }
}
