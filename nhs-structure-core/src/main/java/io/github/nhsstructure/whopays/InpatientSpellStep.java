package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rule 10: an in-patient spell admitted on or after 2020-09-01 is paid for by the commissioner responsible at
 * admission (the general rules on the admission date, carried to a successor); admitted earlier, the general rule
 * on the service date applies (uncertain). Not for continuing healthcare or categories outside the general types.
 */
final class InpatientSpellStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        Optional<LocalDate> admission = e.p.admission().date();
        if (admission.isEmpty() || !Evaluation.isGeneralType(e.row.type())
                || e.p.service() == ServiceCategory.CONTINUING_HEALTHCARE) {
            return Optional.empty();
        }
        LocalDate admitted = admission.get();
        e.use("admissionDate", admitted);
        if (admitted.isBefore(Evaluation.WP2020)) {
            e.why("Admitted before 2020-09-01: no spell rule was found; the general rule on the service date"
                    + " applies (uncertain).");
            e.weaken(Certainty.UNCERTAIN);
            return Optional.empty();
        }
        e.why("Rule 10: the commissioner responsible at admission pays for the whole spell; give the practice"
                + " (or residence) at admission.");
        Evaluation.General g = e.general(admitted);
        if (g.missing() != null) {
            return e.incomplete(WhoPaysRule.INPATIENT_SPELL, Evaluation.eraType(e.d), g.missing(),
                    "the general rule at admission is needed.");
        }
        return e.direct(WhoPaysRule.INPATIENT_SPELL, Evaluation.eraType(e.d), e.carry(g.body(), e.d));
    }
}
