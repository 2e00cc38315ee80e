package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.code;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InpatientSpellStepTest {

    private static final InpatientSpellStep STEP = new InpatientSpellStep();

    @Test
    void theCommissionerAtAdmissionPaysForTheWholeSpell() {
        // Z90002 was with 90D at admission; the spell runs into the ICB era, where 90D is a sub-ICB location of Q90.
        Determination d = decide(STEP, "2022-08-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.admissionDate(LocalDate.of(2020, 10, 1)).registeredPractice("Z90002"));
        assertThat(code(d.commissioner())).isEqualTo("Q90");
        assertThat(d.ruleId()).isEqualTo("WP2022-10");
        assertThat(d.explanation()).contains("Rule 16: the Clinical Commissioning Group of the patient's practice"
                + " Z90002 on 2020-10-01.");
    }

    @Test
    void admittedBeforeSeptember2020TheGeneralRuleOnTheServiceDateApplies() {
        Evaluation e = Steps.start("2021-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.admissionDate(LocalDate.of(2020, 6, 1)).registeredPractice("Z90001"));
        assertThat(STEP.apply(e)).isEmpty();
        assertThat(e.certainty()).isEqualTo(Certainty.UNCERTAIN);
    }

    @Test
    void continuingHealthcareGoesOn() {
        // An admission after the service date is refused when the context is built (InputCheckTest).
        assertThat(apply(STEP, "2021-01-01", ServiceCategory.CONTINUING_HEALTHCARE,
                b -> b.admissionDate(LocalDate.of(2020, 10, 1)).registeredPractice("Z90001"))).isEmpty();
    }
}
