package io.github.nhsstructure.whopays;

import java.util.Optional;

/**
 * Rule 15: a temporary-resident registration elsewhere does not move responsibility; it is noted in the
 * explanation and never decides.
 */
final class TemporaryResidentStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        if (e.p.registration().temporaryResident()) {
            e.use("temporaryResident", true);
            e.why("Rule 15: a temporary-resident registration does not move responsibility; the permanent"
                    + " registration counts (SI 2013/350 reg.2(2)(d)).");
            e.sources.add("C12");
        }
        return Optional.empty();
    }
}
