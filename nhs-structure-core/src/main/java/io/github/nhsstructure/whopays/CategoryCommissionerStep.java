package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.CommissionerType;
import java.util.Optional;

/**
 * The section 2 row decides ({@link WhoPaysRule#CATEGORY}) where its commissioner type is the same for every
 * patient (not a PCT, CCG or ICB), such as UKHSA for health protection, once the patient-specific rules before it
 * have not applied.
 */
final class CategoryCommissionerStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        if (Evaluation.isGeneralType(e.row.type())) {
            return Optional.empty();
        }
        e.why("The category's commissioner is the same for every patient on " + e.d + ".");
        if (e.row.type() == CommissionerType.NHS_ENGLAND) {
            e.typeOnly("NHS England's unit is named through the rule that places the patient (a detention with its"
                    + " establishment, rule 3; a Defence Medical Services centre, rule 4), which the inputs given do"
                    + " not bring in: type only.");
        }
        return e.done(Determination.Status.RESOLVED, WhoPaysRule.CATEGORY, e.row.type(), Optional.empty(),
                e.row.arrangement(), e.row.delegate(), Optional.empty(), Evaluation.categoryStatus(e.row));
    }
}
