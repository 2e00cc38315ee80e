package io.github.nhsstructure.rebase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a time series keyed by organisation: the input of {@link Rebaser}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param line  where the row came from (a line number), for reports; 0 if not from a file
 * @param code  the organisation code as given, not null
 * @param date  the date the value is for, which is also the date the code is read on, not null
 * @param value  the value, at most 38 digits before the decimal point and 18 after, not null
 * @since 0.1.0
 */
public record SeriesRow(long line, String code, LocalDate date, BigDecimal value) {

    /**
     * Validates.
     *
     * @param line  where the row came from (a line number), for reports; 0 if not from a file
     * @param code  the organisation code as given, not null
     * @param date  the date the value is for, which is also the date the code is read on, not null
     * @param value  the value, at most 38 digits before the decimal point and 18 after, not null
     * @throws IllegalArgumentException if the value is out of range
     */
    public SeriesRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        if (new SeriesText().accept(value) == SeriesText.BEYOND_LIMITS) {
            throw new IllegalArgumentException("value " + value + " " + SeriesText.OUT_OF_RANGE);
        }
    }
}
