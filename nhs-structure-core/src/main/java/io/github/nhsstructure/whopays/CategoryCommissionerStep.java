package io.github.nhsstructure.whopays;

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
        return e.done(Determination.Status.RESOLVED, WhoPaysRule.CATEGORY, e.row.type(), Optional.empty(),
                e.row.arrangement(), e.row.delegate(), Optional.empty(), Evaluation.categoryStatus(e.row));
    }
}
