package io.github.nhsstructure.whopays;

import io.github.nhsstructure.organisation.OdsCode;
import java.util.Optional;

/**
 * Rule 14: cross-border patients (from 2013-04-01). A Welsh resident registered with an English practice follows
 * the practice (England-Wales cross-border protocol); a resident of Scotland or Northern Ireland registered in
 * England is unresolved (not in the sources).
 */
final class CrossBorderStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        Optional<PatientContext.Country> country = e.p.residence().country();
        Optional<OdsCode> practice = e.p.registration().practice();
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
}
