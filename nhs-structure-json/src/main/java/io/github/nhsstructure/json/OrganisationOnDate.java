package io.github.nhsstructure.json;

import io.github.nhsstructure.organisation.Organisation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An organisation as it was on a date, written as {@code {"odsCode", "onsCode", "name", "kind"}}: its codes, name
 * and kind on that date. Used by documents that list organisations on one date (the command line's {@code list},
 * {@code org}); written only, since the date is not part of the JSON.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param organisation  the organisation, not null
 * @param date  the date its ONS code, name and kind are taken on, not null
 * @since 0.1.0
 */
public record OrganisationOnDate(Organisation organisation, LocalDate date) {

    /**
     * Validates.
     *
     * @param organisation  the organisation, not null
     * @param date  the date, not null
     */
    public OrganisationOnDate {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(date, "date");
    }
}
