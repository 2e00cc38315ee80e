package io.github.nhsstructure.whopays;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OrganisationKind;
import java.util.Optional;

/**
 * Rule 14: cross-border patients (from 2013-04-01). A patient registered with a practice in Wales who lives in
 * England is not registered with a member of any CCG or ICB, so the body for the usual residence is responsible
 * (NHS Act 2006 s.3(1A)(b)); a Welsh resident registered with an English practice follows the practice (England-Wales
 * cross-border protocol); a resident of Scotland or Northern Ireland registered in England, a Welsh resident
 * registered in Wales and any patient registered in Wales before 2013-04-01 are unresolved (not in the sources).
 */
final class CrossBorderStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        Optional<PatientContext.Country> country = e.p.residence().country();
        Optional<OdsCode> practice = e.p.registration().practice();
        if (practice.isPresent() && e.isOfKind(practice.get(), OrganisationKind.WELSH_GP_PRACTICE)) {
            return registeredInWales(e, practice.get(), country);
        }
        if (country.isEmpty() || country.get() == PatientContext.Country.ENGLAND
                || country.get() == PatientContext.Country.OVERSEAS || e.d.isBefore(Evaluation.CCG_ERA)
                || practice.isEmpty()) {
            return Optional.empty();
        }
        PatientContext.Country c = country.get();
        e.use("residenceCountry", c);
        if (c == PatientContext.Country.WALES) {
            e.why("A Welsh resident registered with an English practice: under the England-Wales"
                    + " cross-border protocol commissioning follows GP registration.");
            Evaluation.General g = e.general(e.d, practice, Optional.empty(), false);
            return e.direct(WhoPaysRule.CROSS_BORDER, Evaluation.eraType(e.d), g.body());
        }
        return e.unresolved(WhoPaysRule.CROSS_BORDER, Evaluation.eraType(e.d), "A resident of " + c + " registered"
                + " with an English practice is outside the CCG/ICB core responsibility; the commissioner per case"
                + " is not in the sources (U).");
    }

    private static Optional<Determination> registeredInWales(Evaluation e, OdsCode practice,
            Optional<PatientContext.Country> country) {
        e.use("registeredPractice", practice);
        country.ifPresent(c -> e.use("residenceCountry", c));
        if (country.isPresent() && country.get() == PatientContext.Country.WALES) {
            return e.unresolved(WhoPaysRule.CROSS_BORDER, Evaluation.eraType(e.d), "A Welsh resident registered with"
                    + " the practice in Wales " + practice + " is NHS Wales's patient, outside the English rules.");
        }
        if (e.d.isBefore(Evaluation.CCG_ERA)) {
            return e.unresolved(WhoPaysRule.CROSS_BORDER, Evaluation.eraType(e.d), "The practice " + practice
                    + " is in Wales; which PCT was responsible for an English resident registered in Wales is not in"
                    + " the sources (U).");
        }
        Evaluation.General g = e.general(e.d);
        if (g.missing() != null) {
            return e.incomplete(WhoPaysRule.CROSS_BORDER, Evaluation.eraType(e.d), g.missing(), "a patient"
                    + " registered in Wales is the responsibility of the body for the usual residence in England.");
        }
        return e.direct(WhoPaysRule.CROSS_BORDER, Evaluation.eraType(e.d), g.body());
    }
}
