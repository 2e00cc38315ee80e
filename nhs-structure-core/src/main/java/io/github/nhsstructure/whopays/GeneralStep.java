package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.provenance.Certainty;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rules 16 and 17, the general rules, which always decide: the PCT, CCG or ICB of the patient's practice, else
 * (declared unregistered) of the usual residence. Before 2013-04-01 rules 1, 2, 6 and 7 defer to them and decide
 * under their own ids.
 */
final class GeneralStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        WhoPaysRule decider = e.d.isBefore(Evaluation.CCG_ERA) ? pctEraDecider(e, e.p.service().group()) : null;
        if (decider != null) {
            e.why("Before 2013-04-01 rule " + decider.id() + " defers to the PCT responsible for the patient"
                    + " under rules 16-17.");
        }
        Evaluation.General g = e.general(e.d);
        WhoPaysRule rule = decider != null ? decider : g.rule();
        if (g.missing() != null) {
            return e.incomplete(rule, Evaluation.eraType(e.d), g.missing(), "rules 16-17 need the registered"
                    + " practice, or for a patient declared unregistered, the usual residence.");
        }
        return e.direct(rule, Evaluation.eraType(e.d), g.body());
    }

    private static @Nullable WhoPaysRule pctEraDecider(Evaluation e, ServiceCategory.Group group) {
        switch (group) {
            case LOCAL_PUBLIC_HEALTH:
                return WhoPaysRule.LOCAL_AUTHORITY_PUBLIC_HEALTH;
            case S7A_PUBLIC_HEALTH:
                return WhoPaysRule.S7A_PUBLIC_HEALTH;
            case SPECIALISED:
                return WhoPaysRule.SPECIALISED;
            case EMERGENCY:
                e.weaken(Certainty.MEDIUM);
                return WhoPaysRule.EMERGENCY;
            default:
                return null;
        }
    }
}
