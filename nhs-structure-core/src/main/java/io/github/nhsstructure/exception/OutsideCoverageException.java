package io.github.nhsstructure.exception;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a question is asked for a date the dataset does not speak for, overall or for one kind of
 * organisation; the dataset never answers such a question silently.
 *
 * @since 0.1.0
 */
public class OutsideCoverageException extends NhsStructureException {
    private static final long serialVersionUID = 1L;

    /** The date asked for. */
    private final LocalDate date;
    /** The kind asked for, or null for the whole dataset. */
    private final @Nullable OrganisationKind kind;
    /** The coverage, or null if the kind is not covered at all. */
    private final @Nullable DateRange coverage;

    /**
     * Creates the exception.
     *
     * @param date  the date asked for, not null
     * @param kind  the kind asked for, or null for the dataset as a whole
     * @param coverage  the period covered, or null if the kind is not covered at all
     */
    public OutsideCoverageException(LocalDate date, @Nullable OrganisationKind kind, @Nullable DateRange coverage) {
        super(message(date, kind, coverage));
        this.date = date;
        this.kind = kind;
        this.coverage = coverage;
    }

    private static String message(LocalDate date, @Nullable OrganisationKind kind, @Nullable DateRange coverage) {
        String what = kind == null ? "the dataset" : "kind " + kind;
        if (coverage == null) {
            return "the dataset does not cover " + (kind == null ? "any date" : "kind " + kind);
        }
        String covered = coverage.isUnboundedEnd()
                ? "covered from " + coverage.start()
                : "covered from " + coverage.start() + " to " + coverage.endInclusive() + " inclusive";
        return date + " is outside the coverage of " + what + ": " + covered;
    }

    /**
     * Returns the date asked for.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the kind asked for.
     *
     * @return the kind, or empty if the question was about the whole dataset, not null
     */
    public Optional<OrganisationKind> kind() {
        return Optional.ofNullable(kind);
    }

    /**
     * Returns the period covered.
     *
     * @return the coverage, or empty if the kind is not covered at all, not null
     */
    public Optional<DateRange> coverage() {
        return Optional.ofNullable(coverage);
    }
}
