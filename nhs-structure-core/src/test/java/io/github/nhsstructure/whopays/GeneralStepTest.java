package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.code;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import org.junit.jupiter.api.Test;

class GeneralStepTest {

    private static final GeneralStep STEP = new GeneralStep();

    @Test
    void rule16ThePractice() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED, b -> b.registeredPractice("Z90002"));
        assertThat(code(d.commissioner())).isEqualTo("90B");
        assertThat(d.ruleId()).isEqualTo("WP2013-16");
        assertThat(code(decide(STEP, "2023-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001")).commissioner())).isEqualTo("Q90");
    }

    @Test
    void rule17TheResidenceOfAnUnregisteredPatient() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.unregistered(true).usualResidence("90C"));
        assertThat(code(d.commissioner())).isEqualTo("90C");
        assertThat(d.ruleId()).isEqualTo("WP2013-17");
        assertThat(decide(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED, b -> b.unregistered(true))
                .missingInputs()).containsExactly("usualResidence");
    }

    @Test
    void withoutARegistrationThePracticeIsMissing() {
        assertThat(decide(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED, b -> b).missingInputs())
                .containsExactly("registeredPractice");
    }

    @Test
    void beforeTheCcgsPublicHealthDefersToThePctUnderItsOwnRule() {
        Determination d = decide(STEP, "2010-06-01", ServiceCategory.PUBLIC_HEALTH_LOCAL, b -> b);
        assertThat(d.ruleId()).isEqualTo("WP-PCT-1");
        assertThat(d.commissionerType()).isEqualTo(CommissionerType.PCT);
        assertThat(d.explanation()).contains("Before 2013-04-01 rule 1 defers to the PCT responsible for the"
                + " patient under rules 16-17.");
    }

    @Test
    void aPracticeThatClosedBeforeTheDateNamesNoBodyAndSaysWhy() {
        Determination d = decide(STEP, "2010-06-01", ServiceCategory.ACUTE_PLANNED, b -> b.registeredPractice("Z90001"));
        assertThat(d.commissioner()).isEmpty();
        assertThat(d.typeOnlyReason()).hasValueSatisfying(r -> assertThat(r).contains("was not open on 2010-06-01"));
    }
}
