package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import java.time.LocalDate;

/**
 * Resolves an organisation code given on the command line before it reaches an engine that takes ODS codes: an
 * ONS (GSS) code becomes the ODS code of the organisation that bore it on the date the option is about; any other
 * text (an ODS code, or a local authority's GSS code, which is its key) is passed on unchanged, for the library to
 * accept or reject as before.
 *
 * <p>Every command that passes codes to the Who Pays? and commissioning engines, or reads them from a file, uses
 * this one step, so that all options take ONS codes the same way (ADR 8).
 *
 * <p>This class is immutable and thread-safe.
 */
final class OrganisationCodes {

    private OrganisationCodes() {
    }

    /**
     * Returns the ODS code a code names on a date.
     *
     * @param structure  the structure, not null
     * @param code  the code as given, not null
     * @param date  the date on which an ONS code is resolved, not null
     * @return the ODS code of the organisation that bore an ONS code on the date, else the code as given, not null
     * @throws UnknownOrganisationException if the code is an ONS code no organisation bore on the date; the message
     *     says who bore it and when
     */
    static String odsCodeOn(NhsStructure structure, String code, LocalDate date) {
        if (!OnsCode.isValid(code) || structure.organisation(OdsCode.of(code)).isPresent()) {
            return code;
        }
        return structure.require(code, date).code().value();
    }
}
