package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import java.util.Optional;

/**
 * Rule 4: serving armed forces, mobilised reservists and families registered with a Defence Medical Services
 * practice (a status given, or a registered practice that is a DMS medical centre). Primary care is Defence Medical
 * Services' (not NHS); secondary and community care is NHS England's from 2013-04-01, its unit being the ODS parent
 * of the DMS centre on the date (rule 0c), and, before, the PCT in whose area the DMS medical centre is. Other
 * statuses (veterans, reservists not mobilised, families with NHS GPs) go on to the general rules.
 */
final class ArmedForcesStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        Optional<OdsCode> practice = e.p.registration().practice();
        boolean dmsPractice = practice.isPresent()
                && e.isOfKind(practice.get(), OrganisationKind.DEFENCE_MEDICAL_CENTRE);
        if (e.p.armedForces().isEmpty() && !dmsPractice) {
            return Optional.empty();
        }
        if (e.p.armedForces().isPresent()) {
            PatientContext.ArmedForcesStatus status = e.p.armedForces().get();
            e.use("armedForces", status);
            if (!status.isDms()) {
                e.why("Rule 4 does not apply to " + status + ": general rules.");
                return Optional.empty();
            }
        } else {
            e.use("registeredPractice", practice.get());
            e.why("Rule 4: the registered practice " + practice.get() + " is a Defence Medical Services centre, so"
                    + " the patient is serving, a mobilised reservist or a DMS-registered family member.");
        }
        ServiceCategory cat = e.p.service();
        if (cat == ServiceCategory.GP_PRIMARY_MEDICAL || cat == ServiceCategory.ARMED_FORCES_PRIMARY) {
            e.why("Primary care for serving personnel and DMS-registered families is Defence Medical"
                    + " Services (not NHS).");
            return e.direct(WhoPaysRule.ARMED_FORCES, CommissionerType.MOD_DMS, Optional.empty());
        }
        if (!e.d.isBefore(Evaluation.CCG_ERA)) {
            e.why("NHS England (armed forces commissioning) for secondary and community care; its unit is the ODS"
                    + " parent of the DMS practice on the date (docs/domain.md 3.2 rule 0c).");
            Optional<Organisation> unit = Optional.empty();
            if (dmsPractice) {
                e.use("registeredPractice", practice.get());
                unit = e.body(CommissionerType.NHS_ENGLAND, practice.get(), e.d);
            } else if (practice.isPresent()) {
                e.use("registeredPractice", practice.get());
                e.typeOnly("The registered practice " + practice.get() + " is not a Defence Medical Services centre,"
                        + " so NHS England's armed forces unit cannot be named: type only.");
            } else {
                e.typeOnly("No DMS medical centre given, so NHS England's armed forces unit cannot be named: type"
                        + " only. Give the DMS centre's code as the registered practice to name it.");
            }
            return e.direct(WhoPaysRule.ARMED_FORCES, CommissionerType.NHS_ENGLAND, unit);
        }
        e.weaken(Certainty.MEDIUM);
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
