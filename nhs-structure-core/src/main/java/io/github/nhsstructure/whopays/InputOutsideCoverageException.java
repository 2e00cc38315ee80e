package io.github.nhsstructure.whopays;

import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when a date given in a {@link PatientContext} (the first day of a placement, the date of the application
 * for detention, the first day of aftercare, an admission date) is one the dataset does not speak for. Every input
 * is checked before any rule is evaluated. The message names the input, such as
 * {@code placementStart: 0001-01-01 is outside the coverage of the dataset: covered from 1989-01-01}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class InputOutsideCoverageException extends OutsideCoverageException {

    private static final long serialVersionUID = 1L;

    /** The name of the input that held the date. */
    private final String input;

    /**
     * Creates the exception.
     *
     * @param input  the name of the input, such as {@code placementStart}, not null
     * @param date  the date asked for, not null
     * @param coverage  the period the dataset covers, not null
     */
    public InputOutsideCoverageException(String input, LocalDate date, DateRange coverage) {
        super(date, null, Objects.requireNonNull(coverage, "coverage"));
        this.input = Objects.requireNonNull(input, "input");
    }

    /**
     * Returns the name of the input that held the date, as {@link Determination#inputsUsed()} names
     * inputs.
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
