package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.provenance.Certainty;
import java.util.Optional;

/**
 * Rule 7: emergency ambulance and A&amp;E-type care, from 2013-04-01, is commissioned by the CCG or ICB for the
 * area where the patient is present; from 2020-09-01 the paying body may differ (direction not read, so the host is
 * reported, uncertain). Before 2013 the PCT-era rule defers to the general rules.
 */
final class EmergencyStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        if (e.p.service().group() != ServiceCategory.Group.EMERGENCY || e.d.isBefore(Evaluation.CCG_ERA)) {
            return Optional.empty();
        }
        CommissionerType type = Evaluation.eraType(e.d);
        if (e.p.residence().presentIn().isEmpty()) {
            return e.incomplete(WhoPaysRule.EMERGENCY, type, "presentIn",
                    "emergency ambulance and A&E-type care are commissioned where the patient is present.");
        }
        e.use("presentIn", e.p.residence().presentIn().get());
        e.why("The registration/residence rule is disapplied for these services (SI 2013/350 reg.2(3)(a)):"
                + " the body for the area where the patient is present.");
        if (!e.d.isBefore(Evaluation.WP2020)) {
            e.why("From 2020-09-01 the paying body may differ from the commissioner (WP2020 A&E exception);"
                    + " its direction was not read, so the host is reported (uncertain).");
            e.weaken(Certainty.UNCERTAIN);
        }
        return e.direct(WhoPaysRule.EMERGENCY, type, e.body(type, e.p.residence().presentIn().get(), e.d));
    }
}
