package io.github.nhsstructure.whopays;

import io.github.nhsstructure.exception.UnknownOrganisationException;

/**
 * Thrown when a code given in a {@link PatientContext} is not an organisation of the structure. Every code given is
 * checked before any rule is evaluated, whether or not the deciding rule reads it. The message names the input,
 * such as {@code registeredPractice: unknown organisation code 'ZZ9999' (not in dataset 2026.1)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class UnknownInputCodeException extends UnknownOrganisationException {

    private static final long serialVersionUID = 1L;

    /** The name of the input that held the code. */
    private final String input;

    /**
     * Creates the exception.
     *
     * @param input  the name of the input, such as {@code registeredPractice}, not null
     * @param code  the code given, not null
     * @param dataVersion  the version of the dataset searched, not null
     */
    public UnknownInputCodeException(String input, String code, String dataVersion) {
        super(code, dataVersion);
        this.input = input;
    }

    /**
     * Returns the name of the input that held the code, as {@link Determination#inputsUsed()} names inputs.
     *
     * @return the input's name, not null
     */
    public String input() {
        return input;
    }

    @Override
    public String getMessage() {
        return input + ": " + super.getMessage();
    }
}
