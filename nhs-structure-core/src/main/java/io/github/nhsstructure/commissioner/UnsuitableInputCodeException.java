package io.github.nhsstructure.commissioner;

import io.github.nhsstructure.organisation.OrganisationKind;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Thrown when a code given as an input is an organisation that makes no sense for the input: one of a kind the input
 * does not accept (a CCG as a Who Pays? registered practice, a practice as a placing body, an NHS trust as the place
 * of {@link Commissioning#whoCommissions(io.github.nhsstructure.commissioning.ServiceCategory, java.time.LocalDate,
 * String)}), one that was not open on the date the input speaks of (a CCG as the body that placed a patient before
 * CCGs existed), or one that contradicts another input. Every code of a
 * {@link io.github.nhsstructure.whopays.PatientContext} is checked before any rule is evaluated, whether or not the
 * deciding rule reads it. The message starts with the input's name and the code, and says what was expected, such
 * as {@code placedBy 06N was not open on 2005-01-01 (the first day of the placement): open 2013-04-01 to now}.
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
     * @param message  the message, starting with the input's name and the code and saying what was expected, not
     *         null
     */
    public UnsuitableInputCodeException(String input, String code, Set<OrganisationKind> expected, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.input = Objects.requireNonNull(input, "input");
        this.code = Objects.requireNonNull(code, "code");
        this.expected = Set.copyOf(expected);
    }

    /**
     * Obtains the exception for a code of a kind the input does not accept, with the message
     * {@code input code is a KIND, not a KIND, KIND or KIND}.
     *
     * @param input  the name of the input, such as {@code registeredPractice}, not null
     * @param code  the code given, not null
     * @param kind  the code's kind (on the date of the question, or its last), not null
     * @param expected  the kinds the input accepts, not empty, not null
     * @return the exception, not null
     */
    public static UnsuitableInputCodeException ofKind(String input, String code, OrganisationKind kind,
            Set<OrganisationKind> expected) {
        String is = label(kind);
        String not = labels(expected);
        return new UnsuitableInputCodeException(input, code, expected, input + " " + code + " is " + article(is) + is
                + ", not " + article(not) + not);
    }

    /**
     * Returns the name of the input that held the code, as a Who Pays? determination's inputs used name inputs
     * ({@code place} for the place of a who-commissions question).
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

    /** A kind's label inside a sentence: "clinical commissioning group", but "GP practice", "NHS trust". */
    private static String label(OrganisationKind kind) {
        String l = kind.label();
        return l.length() > 1 && Character.isUpperCase(l.charAt(1)) ? l
                : l.substring(0, 1).toLowerCase(Locale.ROOT) + l.substring(1);
    }

    /** Kinds' labels inside a sentence, in the order of the kinds, joined by commas and a final "or". */
    private static String labels(Set<OrganisationKind> kinds) {
        String all = kinds.stream().sorted().map(UnsuitableInputCodeException::label)
                .collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }

    /** The indefinite article of a phrase: "an" before a vowel or "NHS", else "a". */
    private static String article(String phrase) {
        return "aeiou".indexOf(phrase.charAt(0)) >= 0 || phrase.startsWith("NHS") ? "an " : "a ";
    }
}
