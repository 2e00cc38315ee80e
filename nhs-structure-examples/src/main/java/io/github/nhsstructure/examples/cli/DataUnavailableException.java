package io.github.nhsstructure.examples.cli;

/**
 * Thrown by the command-line program when its dataset cannot be loaded, so that this failure, unlike the errors
 * of a question the dataset rejects, exits with {@link NhsStructureCli#EXIT_DATA}.
 *
 * <p>The message is the message of the cause: the data module's own messages name file, line and field.
 *
 * @since 0.1.0
 */
final class DataUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param cause  why the dataset could not be loaded, not null
     */
    DataUnavailableException(Throwable cause) {
        super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
    }
}
