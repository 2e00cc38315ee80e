package io.github.nhsstructure.commissioning;

import io.github.nhsstructure.exception.NhsStructureException;
import java.time.LocalDate;

/**
 * Thrown when no rule answers a question for a date: no commissioning rule row covers the service category on the
 * date, or the date lies before the first Who Pays? rules.
 *
 * @since 0.1.0
 */
public class NoRuleException extends NhsStructureException {
    private static final long serialVersionUID = 1L;

    /** The date asked for. */
    private final LocalDate date;

    /**
     * Creates the exception.
     *
     * @param date  the date asked for, not null
     * @param message  what has no rule and what is covered, not null
     */
    public NoRuleException(LocalDate date, String message) {
        super(message);
        this.date = date;
    }

    /**
     * Returns the date asked for.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }
}
