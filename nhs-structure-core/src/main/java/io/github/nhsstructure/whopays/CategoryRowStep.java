package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.CommissionerType;
import java.util.Optional;

/**
 * First of all: a category whose section 2 row names no body ({@link CommissionerType#NOT_COMMISSIONED} or
 * {@link CommissionerType#UNKNOWN}) is decided by the row ({@link WhoPaysRule#CATEGORY}), before any patient input
 * is read.
 */
final class CategoryRowStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        CommissionerType type = e.row.type();
        if (type.isBody()) {
            return Optional.empty();
        }
        if (type == CommissionerType.NOT_COMMISSIONED) {
            return e.direct(WhoPaysRule.CATEGORY, type, Optional.empty());
        }
        return e.unresolved(WhoPaysRule.CATEGORY, type, "The sources give no commissioner for " + e.p.service()
                + " on " + e.d + ".");
    }
}
