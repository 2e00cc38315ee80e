package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.code;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.whopays.PatientContext.MentalHealthAct.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MentalHealthActStepTest {

    private static final MentalHealthActStep STEP = new MentalHealthActStep();

    @Test
    void from2022TheIcbAtTheApplicationKeepsTheDetention() {
        Determination d = decide(STEP, "2023-06-01", ServiceCategory.MENTAL_HEALTH,
                b -> b.mentalHealthAct(Status.DETAINED).mhaApplicationDate(LocalDate.of(2022, 9, 1))
                        .residenceBeforeDetention("90D"));
        assertThat(code(d.commissioner())).isEqualTo("Q90");
        assertThat(d.ruleId()).isEqualTo("WP2022-8");
        Determination transitional = decide(STEP, "2023-06-01", ServiceCategory.MENTAL_HEALTH,
                b -> b.mentalHealthAct(Status.DETAINED).mhaApplicationDate(LocalDate.of(2022, 1, 1)));
        assertThat(transitional.status()).isEqualTo(Determination.Status.UNRESOLVED);
    }

    @Test
    void from2020TheOriginatingCcgIsFixedTheDayBeforeTheApplication() {
        Determination d = decide(STEP, "2021-06-01", ServiceCategory.MENTAL_HEALTH,
                b -> b.mentalHealthAct(Status.DETAINED).mhaApplicationDate(LocalDate.of(2021, 2, 1))
                        .practiceBeforeDetention("Z90002"));
        assertThat(code(d.commissioner())).isEqualTo("90D");
        assertThat(d.explanation()).contains("Rule 0a: the body is fixed on 2021-01-31, with the organisation data"
                + " of that date.");
        assertThat(decide(STEP, "2021-06-01", ServiceCategory.MENTAL_HEALTH,
                b -> b.mentalHealthAct(Status.DETAINED)).missingInputs()).containsExactly("mhaApplicationDate");
    }

    @Test
    void aftercareBegunIn2017IsTheCcgOfResidenceBeforeDetentionCarriedToItsSuccessor() {
        Determination d = decide(STEP, "2020-06-01", ServiceCategory.MENTAL_HEALTH,
                b -> b.mentalHealthAct(Status.AFTERCARE).aftercareStart(LocalDate.of(2017, 1, 1))
                        .mhaApplicationDate(LocalDate.of(2016, 12, 1)).residenceBeforeDetention("90C"));
        assertThat(code(d.commissioner())).isEqualTo("90D");
        assertThat(d.explanation()).anyMatch(l -> l.startsWith("Rule 0b: 90C was dissolved by 2020-06-01"));
    }

    @Test
    void aftercareBegunIn2014KeepsTheGeneralRuleCcgOfMarch2016() {
        Determination d = decide(STEP, "2018-06-01", ServiceCategory.MENTAL_HEALTH,
                b -> b.mentalHealthAct(Status.AFTERCARE).aftercareStart(LocalDate.of(2014, 1, 1))
                        .registeredPractice("Z90002"));
        assertThat(code(d.commissioner())).isEqualTo("90B");
        assertThat(d.explanation()).contains("Rule 16: the Clinical Commissioning Group of the patient's practice"
                + " Z90002 on 2016-03-31.");
    }

    @Test
    void aDetentionBefore2020AndOtherServicesGoOn() {
        assertThat(apply(STEP, "2018-06-01", ServiceCategory.MENTAL_HEALTH, b -> b.mentalHealthAct(Status.DETAINED)))
                .isEmpty();
        assertThat(apply(STEP, "2018-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.mentalHealthAct(Status.AFTERCARE))).isEmpty();
    }
}
