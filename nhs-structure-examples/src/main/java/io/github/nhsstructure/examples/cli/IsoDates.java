package io.github.nhsstructure.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a date given on the command line: ISO {@code yyyy-MM-dd} only, strictly, with a message saying which of
 * the two was wrong; {@link DateConverter} for picocli, {@link QuickPath} directly.
 *
 * <p>Read by hand rather than with a pattern and {@code DateTimeFormatter.ISO_LOCAL_DATE}, which would cost
 * start-up time, and apart from the converter, whose picocli interface cannot be stored in a class-data-sharing
 * archive (picocli is compiled for Java 5). The reading is the same: {@link LocalDate#of(int, int, int)} rejects
 * what the formatter rejects, in the same words (a test compares them).
 *
 * <p>This class is a static utility.
 */
final class IsoDates {

    private IsoDates() {
    }

    /**
     * Reads a date.
     *
     * @param value  the text, such as {@code 2022-07-01}, surrounding white space ignored, not null
     * @return the date, not null
     * @throws IllegalArgumentException if the text is not of the form yyyy-MM-dd or is not a real date; the
     *     message quotes the text and says which
     */
    static LocalDate parse(String value) {
        String text = value.strip();
        if (!isIsoShape(text)) {
            throw new IllegalArgumentException("'" + value + "' is not a date of the form yyyy-MM-dd");
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException e) {
            // Says what is wrong with the fields, such as "Invalid date 'FEBRUARY 30'".
            throw new IllegalArgumentException("'" + value + "' is not a valid date: " + e.getMessage(), e);
        }
    }

    /** Whether the text is four digits, '-', two digits, '-', two digits (ASCII digits only). */
    private static boolean isIsoShape(String text) {
        if (text.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }
}
