package io.github.nhsstructure.whopays;

import java.util.Optional;

/**
 * Rule 13: an overseas visitor not registered with a practice (from 2013-04-01) is the responsibility of the CCG
 * or ICB where present.
 */
final class OverseasVisitorStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        if (!e.p.residence().overseasVisitor() || e.p.registration().practice().isPresent()
                || e.d.isBefore(Evaluation.CCG_ERA)) {
            return Optional.empty();
        }
        e.use("overseasVisitor", true);
        if (e.p.residence().presentIn().isEmpty()) {
            return e.incomplete(WhoPaysRule.OVERSEAS_VISITOR, Evaluation.eraType(e.d), "presentIn",
                    "an unregistered overseas visitor is the responsibility of the body where present.");
        }
        e.use("presentIn", e.p.residence().presentIn().get());
        return e.direct(WhoPaysRule.OVERSEAS_VISITOR, Evaluation.eraType(e.d),
                e.body(Evaluation.eraType(e.d), e.p.residence().presentIn().get(), e.d));
    }
}
