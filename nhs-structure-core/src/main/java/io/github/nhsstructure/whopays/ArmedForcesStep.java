package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.provenance.Certainty;
import java.util.Optional;

/**
 * Rule 4: serving armed forces, mobilised reservists and families registered with a Defence Medical Services
 * practice. Primary care is Defence Medical Services' (not NHS); secondary and community care is NHS England's from
 * 2013-04-01 and, before, the PCT in whose area the DMS medical centre is. Other statuses (veterans, reservists not
 * mobilised, families with NHS GPs) go on to the general rules.
 */
final class ArmedForcesStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        if (e.p.armedForces().isEmpty()) {
            return Optional.empty();
        }
        PatientContext.ArmedForcesStatus status = e.p.armedForces().get();
        e.use("armedForces", status);
        if (!status.isDms()) {
            e.why("Rule 4 does not apply to " + status + ": general rules.");
            return Optional.empty();
        }
        ServiceCategory cat = e.p.service();
        if (cat == ServiceCategory.GP_PRIMARY_MEDICAL || cat == ServiceCategory.ARMED_FORCES_PRIMARY) {
            e.why("Primary care for serving personnel and DMS-registered families is Defence Medical"
                    + " Services (not NHS).");
            return e.direct(WhoPaysRule.ARMED_FORCES, CommissionerType.MOD_DMS, Optional.empty());
        }
        if (!e.d.isBefore(Evaluation.CCG_ERA)) {
            e.why("NHS England (armed forces commissioning) for secondary and community care; its unit is the"
                    + " ODS parent of the DMS practice (type only here).");
            return e.direct(WhoPaysRule.ARMED_FORCES, CommissionerType.NHS_ENGLAND, Optional.empty());
        }
        e.weaken(Certainty.MEDIUM);
        Optional<OdsCode> practice = e.p.registration().practice();
        if (practice.isEmpty()) {
            return e.incomplete(WhoPaysRule.ARMED_FORCES, CommissionerType.PCT, "registeredPractice",
                    "before 2013 the PCT in whose area the DMS medical centre is (its practice's parent PCT).");
        }
        e.use("registeredPractice", practice.get());
        e.why("The PCT in whose area the DMS medical centre is, for standard-pathway NHS care.");
        return e.direct(WhoPaysRule.ARMED_FORCES, CommissionerType.PCT,
                e.body(CommissionerType.PCT, practice.get(), e.d));
    }
}
