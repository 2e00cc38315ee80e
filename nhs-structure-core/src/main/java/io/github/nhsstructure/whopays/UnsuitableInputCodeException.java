package io.github.nhsstructure.whopays;

import io.github.nhsstructure.organisation.OrganisationKind;
import java.util.Set;

/**
 * Thrown when a code given in a {@link PatientContext} is an organisation of a kind that makes no sense for its
 * input: a CCG as the registered practice, a practice as the placing body, a code that contradicts another input.
 * Every code given is checked before any rule is evaluated, whether or not the deciding rule reads it. The message
 * names the input, the code, its kind and the kinds expected.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class UnsuitableInputCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The name of the input that held the code. */
    private final String input;
    /** The code given. */
    private final String code;
    /** The kinds the input accepts. */
    private final Set<OrganisationKind> expected;

    /**
     * Creates the exception.
     *
     * @param input  the name of the input, such as {@code registeredPractice}, not null
     * @param code  the code given, not null
     * @param expected  the kinds the input accepts, not null
     * @param message  the message, naming the input, the code and what was expected, not null
     */
    public UnsuitableInputCodeException(String input, String code, Set<OrganisationKind> expected, String message) {
        super(message);
        this.input = input;
        this.code = code;
        this.expected = Set.copyOf(expected);
    }

    /**
     * Returns the name of the input that held the code, as {@link Determination#inputsUsed()} names inputs.
     *
     * @return the input's name, not null
     */
    public String input() {
        return input;
    }

    /**
     * Returns the code given.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the kinds of organisation the input accepts.
     *
     * @return the kinds, immutable, not null
     */
    public Set<OrganisationKind> expectedKinds() {
        return expected;
    }
}
