package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.DelegationStatus;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import java.util.Optional;

/**
 * Rule 2: an s.7A public health service (and health visiting while NHS England held it, 2013-04-01 to 2015-09-30)
 * is NHS England's, with its unit for the patient's practice, else residence (rule 0c); from 2026-04-01 the planned
 * delegation of vaccination and most screening names the ICB responsible for the patient as the delegate.
 */
final class S7aPublicHealthStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        ServiceCategory cat = e.p.service();
        if ((cat.group() != ServiceCategory.Group.S7A_PUBLIC_HEALTH && cat != ServiceCategory.HEALTH_VISITING)
                || e.row.type() != CommissionerType.NHS_ENGLAND) {
            return Optional.empty();
        }
        if (e.row.arrangement() == Arrangement.DELEGATED) {
            e.why("From 2026-04-01 vaccination and most screening were planned to be delegated to the ICB"
                    + " responsible for the patient; whether this took effect is uncertain.");
            Evaluation.General g = e.general(e.d);
            if (g.missing() != null) {
                return e.incomplete(WhoPaysRule.S7A_PUBLIC_HEALTH, CommissionerType.NHS_ENGLAND, g.missing(),
                        "the delegate ICB follows rules 16-17.");
            }
            return e.done(Determination.Status.RESOLVED, WhoPaysRule.S7A_PUBLIC_HEALTH, CommissionerType.NHS_ENGLAND,
                    Optional.empty(), Arrangement.DELEGATED, Optional.of(CommissionerType.ICB), g.body(),
                    DelegationStatus.DELEGATED);
        }
        Optional<OdsCode> practice = e.p.registration().practice();
        Optional<OdsCode> place = practice.isPresent() ? practice : e.p.residence().usual();
        Optional<Organisation> unit = Optional.empty();
        if (place.isPresent()) {
            e.use(practice.isPresent() ? "registeredPractice" : "usualResidence", place.get());
            unit = e.body(CommissionerType.NHS_ENGLAND, place.get(), e.d);
        } else {
            e.why("No practice or residence given: NHS England's unit is not named (type only).");
        }
        return e.direct(WhoPaysRule.S7A_PUBLIC_HEALTH, CommissionerType.NHS_ENGLAND, unit);
    }
}
