package io.github.nhsstructure.exception;

import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;

/**
 * Thrown when an organisation that exists in the dataset is asked for on a date it was not open.
 *
 * <p>The message says when it was open, for example
 * {@code 00C (NHS DARLINGTON CCG) was not open on 2021-01-01: open 2013-04-01 to 2020-03-31}, and, when the dataset
 * is not sure of those dates ({@link Certainty#UNCERTAIN}), says so: {@code RHY (NHS trust RHY (name not in sources))
 * was not open on 1990-01-01: open 1991-04-01 to 2006-06-30 (dates UNCERTAIN)}.
 *
 * @since 0.1.0
 */
public class OrganisationNotOpenException extends NhsStructureException {
    private static final long serialVersionUID = 1L;

    /** The organisation. */
    private final transient Organisation organisation;
    /** The date asked for. */
    private final LocalDate date;

    /**
     * Creates the exception.
     *
     * @param organisation  the organisation, not null
     * @param date  the date it was not open on, not null
     */
    public OrganisationNotOpenException(Organisation organisation, LocalDate date) {
        super(organisation.code() + " (" + organisation.name() + ") was not open on " + date + ": open "
                + organisation.operationalPeriod().start() + " to "
                + (organisation.operationalPeriod().isUnboundedEnd()
                        ? "now" : organisation.operationalPeriod().endInclusive().toString())
                + (organisation.provenance().certainty() == Certainty.UNCERTAIN ? " (dates UNCERTAIN)" : ""));
        this.organisation = organisation;
        this.date = date;
    }

    /**
     * Returns the organisation.
     *
     * @return the organisation, not null
     */
    public Organisation organisation() {
        return organisation;
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
