package io.github.nhsstructure.exception;

/**
 * The base class of every exception nhs-structure throws for a reason of its own domain.
 *
 * <p>Catch this to handle all of them; catch a subclass to handle one reason. Each carries a message meant for a
 * person: it names the code, date, file, line or field concerned.
 *
 * @since 0.1.0
 */
public class NhsStructureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message  the message, not null
     */
    public NhsStructureException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message  the message, not null
     * @param cause  the cause, not null
     */
    public NhsStructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
