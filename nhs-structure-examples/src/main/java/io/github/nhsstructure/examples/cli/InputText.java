package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.internal.text.StrictUtf8;
import java.nio.file.Path;

/**
 * Strict UTF-8 for the small CSV files the command line reads itself (a weights file): a byte that is not UTF-8 is
 * named with its line, column and value, never replaced, and never reported as "Input length = 1".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
final class InputText {

    private InputText() {
    }

    /**
     * Decodes a file's bytes as UTF-8.
     *
     * @param file  the file, for messages, not null
     * @param bytes  its bytes, not null
     * @return the text, not null
     * @throws InputFileException naming the line, column and byte if a byte is not UTF-8
     */
    static String decode(Path file, byte[] bytes) {
        return StrictUtf8.decode(bytes, fault -> new InputFileException(file + ":" + fault.line() + ": "
                + fault.column().map(c -> c + ": ").orElse("") + fault.problem()));
    }
}
