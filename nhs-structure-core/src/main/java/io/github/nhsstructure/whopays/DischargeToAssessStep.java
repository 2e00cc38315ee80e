package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import java.util.Optional;

/**
 * Rule 11: discharge to assess (from 2020-09-01): the placing CCG pays; the rule after 2022-06-30 is not in the
 * sources (unresolved).
 */
final class DischargeToAssessStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        Optional<OdsCode> placer = e.p.admission().dischargeToAssessPlacer();
        if (placer.isEmpty() || e.d.isBefore(Evaluation.WP2020)) {
            return Optional.empty();
        }
        e.use("dischargeToAssessPlacer", placer.get());
        if (!e.d.isBefore(Evaluation.ICB_ERA)) {
            return e.unresolved(WhoPaysRule.DISCHARGE_TO_ASSESS, Evaluation.eraType(e.d),
                    "The discharge-to-assess payment rule after 2022-06-30 is not in the sources (U).");
        }
        Optional<Organisation> body = e.carry(e.fixed(CommissionerType.CCG, placer.get(), e.d), e.d);
        return e.direct(WhoPaysRule.DISCHARGE_TO_ASSESS, CommissionerType.CCG, body);
    }
}
