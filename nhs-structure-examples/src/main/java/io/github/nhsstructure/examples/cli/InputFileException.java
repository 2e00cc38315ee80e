package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.exception.NhsStructureException;

/**
 * Thrown when a file the user gave the command line cannot be read or is malformed, or a file or folder to write
 * cannot be written; the message names the file, line and field, such as
 * {@code series.csv:17: value: 'x' is not a number}, or the option, such as {@code --out f: is a file, not a folder}.
 *
 * @since 0.1.0
 */
public final class InputFileException extends NhsStructureException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message  the message, starting with the place, not null
     */
    public InputFileException(String message) {
        super(message);
    }
}
