package io.github.nhsstructure.lookup;

import io.github.nhsstructure.commissioning.CommissioningRules;
import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.exception.AmbiguousCodeException;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCodeUse;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.restructure.SuccessorResolution;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The narrow view of a structure's data through which the engines (re-basing, commissioning, Who Pays?, data
 * quality, charts) read it: organisations by code, successors, coverage, the commissioning rules and the data
 * version, and nothing else.
 *
 * <p>{@link io.github.nhsstructure.NhsStructure} implements it, so a structure is passed wherever a lookup is
 * asked for ({@code WhoPays.of(nhs)}). The engines depend on this interface rather than on the structure itself,
 * which keeps the packages of the library in layers: facts below, engines above them, the structure on top
 * (docs/adr/0014-layered-core.md).
 *
 * <p>Implementations must be immutable and thread-safe, and every method answers from the same dataset.
 *
 * @since 0.1.0
 */
public interface StructureLookup {

    /**
     * Returns the dataset version, such as {@code 2026.1}.
     *
     * @return the version, not null
     */
    String dataVersion();

    /**
     * Returns the dates the data speaks for, overall and per kind.
     *
     * @return the coverage, not null
     */
    Coverage coverage();

    /**
     * Returns every organisation, ordered by code.
     *
     * @return the organisations, immutable, not null
     */
    List<Organisation> organisations();

    /**
     * Returns every organisation that was of a kind at any time, ordered by code.
     *
     * @param kind  the kind, not null
     * @return the organisations, immutable, not null
     */
    List<Organisation> organisationsEverOfKind(OrganisationKind kind);

    /**
     * Finds an organisation by code, whenever it existed.
     *
     * @param code  the code, not null
     * @return the organisation, or empty if the dataset has no such code, not null
     */
    Optional<Organisation> organisation(OdsCode code);

    /**
     * Returns the organisation with a code.
     *
     * @param code  the code, not null
     * @return the organisation, not null
     * @throws UnknownOrganisationException if the dataset has no such code
     */
    Organisation require(OdsCode code);

    /**
     * Returns the organisation with a code given as text, trimmed and case-insensitive: an ODS code, or an ONS
     * code that one organisation alone ever bore.
     *
     * @param code  the code, not null
     * @return the organisation, not null
     * @throws UnknownOrganisationException if the text is not a valid code or the dataset has no such code
     * @throws AmbiguousCodeException if the text is an ONS code that several organisations bore at different
     *     times
     */
    Organisation require(String code);

    /**
     * Returns the organisation a code named on a date: an ODS code (whatever the date), or an ONS code borne on
     * that date.
     *
     * @param code  the code, trimmed and case-insensitive, not null
     * @param date  the date on which an ONS code is resolved, not null
     * @return the organisation, not null
     * @throws UnknownOrganisationException if the text names no organisation on that date; for an ONS code borne
     *     at other times, the message says by whom and when
     */
    Organisation require(String code, LocalDate date);

    /**
     * Resolves where an organisation's responsibilities were on a date: itself if it was open, else its
     * successors followed transitively.
     *
     * @param code  the code, not null
     * @param date  the target date, not null
     * @return the resolution, not null
     * @throws UnknownOrganisationException if the code is unknown
     */
    SuccessorResolution successors(OdsCode code, LocalDate date);

    /**
     * Returns every use of an ONS code by an organisation of the dataset, ordered by ONS code then start date.
     *
     * @return the uses, immutable, not null
     */
    List<OnsCodeUse> onsCodeUses();

    /**
     * Returns the commissioning rules of the dataset: which type of body commissioned each service category over
     * time.
     *
     * @return the rules, possibly empty, not null
     */
    CommissioningRules commissioningRules();
}
