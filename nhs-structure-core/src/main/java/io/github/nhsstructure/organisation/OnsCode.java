package io.github.nhsstructure.organisation;

import java.util.Objects;

/**
 * An Office for National Statistics Government Statistical Service (GSS) code, the statistical identifier of an
 * area or body: one letter and eight digits, such as {@code E38000123}.
 *
 * <p>The first three characters name the entity type: {@code E16} primary care trusts, {@code E18} strategic health
 * authorities, {@code E38} clinical commissioning groups and sub-ICB locations, {@code E39} NHS England area teams
 * and local offices, {@code E40} NHS England regions, {@code E54} STPs and integrated care boards, {@code E06} to
 * {@code E10} local authorities. Unlike an {@link OdsCode}, an ONS code is a dated identifier: ONS issues a new code
 * when a body's boundary changes while its ODS code stays, so one organisation may bear several ONS codes over
 * time ({@link Organisation#onsCodes()}).
 *
 * <p>{@link #of(String)} trims and upper-cases its input; the canonical constructor accepts only the canonical form.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value  the code in canonical form, not null
 * @since 0.1.0
 */
public record OnsCode(String value) implements Comparable<OnsCode> {

    /** The length of every ONS code. */
    private static final int LENGTH = 9;

    /**
     * Validates the canonical form.
     *
     * @param value  the code in canonical form, not null
     * @throws IllegalArgumentException if the value is not one upper-case letter followed by eight digits
     */
    public OnsCode {
        Objects.requireNonNull(value, "value");
        if (!isCanonical(value)) {
            throw new IllegalArgumentException(
                    "invalid ONS code '" + value + "': expected a letter and 8 digits, such as E38000123");
        }
    }

    /**
     * Obtains a code from text, trimming white space and upper-casing.
     *
     * @param text  the code, such as {@code "e38000123"} or {@code " E54000066 "}, not null
     * @return the code, not null
     * @throws IllegalArgumentException if the text is not a valid ONS code
     */
    public static OnsCode of(String text) {
        return new OnsCode(CodeText.normalise(Objects.requireNonNull(text, "text")));
    }

    /**
     * Checks whether text is a valid ONS code after trimming and upper-casing.
     *
     * @param text  the text, not null
     * @return true if {@link #of(String)} would accept it
     */
    public static boolean isValid(String text) {
        return isCanonical(CodeText.normalise(text));
    }

    /** Checks for {@code [A-Z][0-9]{8}}; a loop, because codes are checked for every row loaded. */
    private static boolean isCanonical(String s) {
        if (s.length() != LENGTH) {
            return false;
        }
        char first = s.charAt(0);
        if (first < 'A' || first > 'Z') {
            return false;
        }
        for (int i = 1; i < LENGTH; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the entity type: the first three characters, such as {@code E38}.
     *
     * @return the entity type, not null
     */
    public String entity() {
        return value.substring(0, 3);
    }

    /**
     * Compares codes as text.
     *
     * @param other  the other code, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(OnsCode other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the code itself, such as {@code E38000123}.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
