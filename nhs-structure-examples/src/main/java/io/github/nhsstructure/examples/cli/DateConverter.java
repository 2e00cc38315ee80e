package io.github.nhsstructure.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a command-line value to a {@link LocalDate}: ISO {@code yyyy-MM-dd} only, strictly (no
 * {@code 2021-02-30}), with a message saying which of the two was wrong.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DateConverter implements ITypeConverter<LocalDate> {

    /**
     * Creates the converter; picocli calls this.
     */
    public DateConverter() {
    }

    /**
     * Parses a date.
     *
     * @param value  the text, such as {@code 2022-07-01}, not null
     * @return the date, not null
     * @throws TypeConversionException if the text is not of the form yyyy-MM-dd or is not a real date
     */
    @Override
    public LocalDate convert(String value) {
        String text = value.strip();
        // Read by hand rather than with a pattern and a formatter, which would cost start-up time; the same
        // strict ISO reading (LocalDate.of rejects what DateTimeFormatter.ISO_LOCAL_DATE rejects, in the same words).
        if (!isIsoShape(text)) {
            throw new TypeConversionException("'" + value + "' is not a date of the form yyyy-MM-dd");
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException e) {
            // Says what is wrong with the fields, such as "Invalid date 'FEBRUARY 30'".
            throw new TypeConversionException("'" + value + "' is not a valid date: " + e.getMessage());
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
