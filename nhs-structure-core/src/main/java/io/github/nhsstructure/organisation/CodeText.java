package io.github.nhsstructure.organisation;

import java.util.Locale;

/**
 * What {@link OdsCode#of(String)} and {@link OnsCode#of(String)} do alike to the text they are given before they
 * check it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CodeText {

    private CodeText() {
    }

    /**
     * Trims and upper-cases ASCII letters only, so that no other character can turn into a valid code (text with a
     * character beyond ASCII is only trimmed, and then fails the check).
     *
     * @param text  the text, not null
     * @return the text to check, not null
     */
    static String normalise(String text) {
        String s = text.strip();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return s;
            }
        }
        return s.toUpperCase(Locale.ROOT);
    }
}
