package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rule 8: Mental Health Act detention and s.117 aftercare (non-secure mental health). The body is fixed at an
 * earlier date (rule 0a) and carried to its successor (rule 0b): from 2022-07-01 the ICB with core responsibility
 * when the application was made; 2020-09-01 to 2022-06-30 the originating CCG; before, by the date aftercare began
 * (PCT of residence, the general-rule CCG with the 2016 transitional saving, or the CCG of residence before
 * detention). Transitional rules that were not read are unresolved.
 */
final class MentalHealthActStep implements WhoPaysRuleStep {

    static final LocalDate S117_AMENDMENT = LocalDate.of(2016, 4, 1);

    @Override
    public Optional<Determination> apply(Evaluation e) {
        if (e.p.mentalHealthAct().isEmpty() || e.p.service() != ServiceCategory.MENTAL_HEALTH) {
            return Optional.empty();
        }
        PatientContext.MentalHealthAct mha = e.p.mentalHealthAct().get();
        LocalDate d = e.d;
        e.use("mentalHealthAct", mha.status());
        if (!d.isBefore(Evaluation.ICB_ERA)) {
            if (mha.applicationDate().isEmpty()) {
                return e.incomplete(WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.ICB, "mhaApplicationDate",
                        "from 2022-07-01 the ICB with core responsibility when the application for detention was"
                                + " made keeps the detention and aftercare.");
            }
            LocalDate app = mha.applicationDate().get();
            e.use("mhaApplicationDate", app);
            if (app.isBefore(Evaluation.ICB_ERA)) {
                return e.unresolved(WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.ICB, "The application was"
                        + " made before 2022-07-01: the WP2022 transitional rules were not read (U).");
            }
            return beforeDetention(e, mha, app, CommissionerType.ICB,
                    "the ICB with core responsibility when the application was made (SI 2022/635 regs 5, 7)");
        }
        if (!d.isBefore(Evaluation.WP2020)) {
            if (mha.applicationDate().isEmpty()) {
                return e.incomplete(WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.CCG, "mhaApplicationDate",
                        "from 2020-09-01 the originating CCG (immediately before detention) pays.");
            }
            LocalDate app = mha.applicationDate().get();
            e.use("mhaApplicationDate", app);
            if (app.isBefore(Evaluation.WP2020)) {
                return e.unresolved(WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.CCG, "The detention began"
                        + " before 2020-09-01: the WP2020 transitional arrangements were not read (U).");
            }
            return beforeDetention(e, mha, app.minusDays(1), CommissionerType.CCG,
                    "the originating CCG: the general-rule CCG immediately before detention (WP2020)");
        }
        if (mha.status() == PatientContext.MentalHealthAct.Status.DETAINED) {
            e.why("Before 2020-09-01 payment for the detention itself follows the general rule.");
            return Optional.empty();
        }
        if (mha.aftercareStart().isEmpty()) {
            return e.incomplete(WhoPaysRule.MENTAL_HEALTH_ACT, Evaluation.eraType(d), "aftercareStart",
                    "before 2020-09-01 the body depends on when s.117 aftercare began.");
        }
        LocalDate start = mha.aftercareStart().get();
        e.use("aftercareStart", start);
        if (start.isBefore(Evaluation.CCG_ERA)) {
            if (!d.isBefore(Evaluation.CCG_ERA)) {
                return e.unresolved(WhoPaysRule.MENTAL_HEALTH_ACT, Evaluation.eraType(d), "Aftercare began under a"
                        + " PCT, which was abolished on 2013-04-01; the body that inherited it is not in the sources"
                        + " (U).");
            }
            e.weaken(Certainty.MEDIUM);
            return residenceBefore(e, mha, start, CommissionerType.PCT,
                    "the PCT for the area where the patient was resident before detention (MHA s.117(3))");
        }
        if (start.isBefore(S117_AMENDMENT)) {
            LocalDate at = d.isBefore(S117_AMENDMENT) ? d : S117_AMENDMENT.minusDays(1);
            e.why(d.isBefore(S117_AMENDMENT)
                    ? "Aftercare begun 2013-04-01..2016-03-31: the general-rule CCG at the time of the aftercare"
                            + " (SI 2012/2996 reg.14(2)(a))."
                    : "Transitional saving of SI 2016/293: the CCG that held the duty on 2016-03-31 keeps it.");
            Evaluation.General g = e.general(at);
            if (g.missing() != null) {
                return e.incomplete(WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.CCG, g.missing(),
                        "the general-rule CCG is needed.");
            }
            e.weaken(Certainty.MEDIUM);
            return e.direct(WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.CCG, e.carry(g.body(), d));
        }
        e.weaken(Certainty.MEDIUM);
        return residenceBefore(e, mha, mha.applicationDate().orElse(start), CommissionerType.CCG,
                "the CCG for the area where the patient was ordinarily resident immediately before detention"
                        + " (MHA s.117(3) as amended; fixed then, rule 0b after)");
    }

    /** The body from the practice (else residence) immediately before detention. */
    private static Optional<Determination> beforeDetention(Evaluation e, PatientContext.MentalHealthAct mha,
            LocalDate at, CommissionerType type, String what) {
        e.why("Rule 8: " + what + ".");
        Optional<OdsCode> practice = mha.practiceBeforeDetention();
        if (practice.isPresent()) {
            e.use("practiceBeforeDetention", practice.get());
            return e.direct(WhoPaysRule.MENTAL_HEALTH_ACT, type,
                    e.carry(e.fixed(Evaluation.eraType(at), practice.get(), at), e.d));
        }
        if (mha.residenceBeforeDetention().isPresent()) {
            e.use("residenceBeforeDetention", mha.residenceBeforeDetention().get());
            return e.direct(WhoPaysRule.MENTAL_HEALTH_ACT, type,
                    e.carry(e.fixed(Evaluation.eraType(at), mha.residenceBeforeDetention().get(), at), e.d));
        }
        return e.incomplete(WhoPaysRule.MENTAL_HEALTH_ACT, type, "practiceBeforeDetention", "the practice (or, if"
                + " none, the residence) immediately before detention fixes the body.");
    }

    private static Optional<Determination> residenceBefore(Evaluation e, PatientContext.MentalHealthAct mha,
            LocalDate at, CommissionerType type, String what) {
        e.why("Rule 8: " + what + ".");
        if (mha.residenceBeforeDetention().isEmpty()) {
            return e.incomplete(WhoPaysRule.MENTAL_HEALTH_ACT, type, "residenceBeforeDetention",
                    "the residence immediately before detention fixes the body.");
        }
        e.use("residenceBeforeDetention", mha.residenceBeforeDetention().get());
        mha.applicationDate().ifPresent(a -> e.use("mhaApplicationDate", a));
        return e.direct(WhoPaysRule.MENTAL_HEALTH_ACT, type,
                e.carry(e.fixed(Evaluation.eraType(at), mha.residenceBeforeDetention().get(), at), e.d));
    }
}
