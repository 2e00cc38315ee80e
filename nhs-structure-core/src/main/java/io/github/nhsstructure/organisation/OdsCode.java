package io.github.nhsstructure.organisation;

import java.util.Objects;

/**
 * An Organisation Data Service (ODS) code, the identifier of an NHS organisation.
 *
 * <p>ODS codes are 2 to 10 upper-case letters and digits: {@code Y56} (a region), {@code 00C} (a CCG),
 * {@code QHM} (an ICB), {@code RNK} (a trust), {@code A81001} (a GP practice), {@code U12345} (a PCN),
 * {@code S1Y5D} (a 2026 ICB). {@link #of(String)} trims and upper-cases its input; the canonical constructor
 * accepts only the canonical form.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value  the code in canonical form, not null
 * @since 0.1.0
 */
public record OdsCode(String value) implements Comparable<OdsCode> {


    /**
     * Validates the canonical form.
     *
     * @param value  the code in canonical form, not null
     * @throws IllegalArgumentException if the value is not 2 to 10 upper-case letters and digits
     */
    public OdsCode {
        Objects.requireNonNull(value, "value");
        if (!isCanonical(value)) {
            throw new IllegalArgumentException(
                    "invalid ODS code '" + value + "': expected 2 to 10 letters and digits, such as 00C or Y56");
        }
    }

    /**
     * Obtains a code from text, trimming white space and upper-casing.
     *
     * @param text  the code, such as {@code "qhm"} or {@code " 00C "}, not null
     * @return the code, not null
     * @throws IllegalArgumentException if the text is not a valid ODS code
     */
    public static OdsCode of(String text) {
        return new OdsCode(CodeText.normalise(Objects.requireNonNull(text, "text")));
    }

    /** Checks for 2 to 10 of {@code [A-Z0-9]}; a loop, because codes are checked for every row loaded. */
    private static boolean isCanonical(String s) {
        int n = s.length();
        if (n < 2 || n > 10) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks whether text is a valid ODS code after trimming and upper-casing.
     *
     * @param text  the text, not null
     * @return true if {@link #of(String)} would accept it
     */
    public static boolean isValid(String text) {
        return isCanonical(CodeText.normalise(text));
    }

    /**
     * Compares codes as text.
     *
     * @param other  the other code, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(OdsCode other) {
        return value.compareTo(other.value);
    }

    /**
     * Checks whether another object is the same code.
     *
     * <p>Written out, as is {@link #hashCode()}, rather than generated: a record's generated methods are linked
     * through {@code invokedynamic} on first use, which costs tens of milliseconds at the start of a program, and
     * codes are compared on the start path of the command line.
     *
     * @param other  the other object, null returns false
     * @return true if it is an {@code OdsCode} with the same value
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof OdsCode code && value.equals(code.value);
    }

    /**
     * Returns a hash code for the code.
     *
     * @return the hash code of the value
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the code itself, such as {@code 00C}.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
