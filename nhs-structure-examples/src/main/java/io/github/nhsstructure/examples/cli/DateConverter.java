package io.github.nhsstructure.examples.cli;

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
        try {
            return IsoDates.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
