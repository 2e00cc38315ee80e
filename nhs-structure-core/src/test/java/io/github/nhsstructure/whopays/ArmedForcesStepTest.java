package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.whopays.PatientContext.ArmedForcesStatus;
import org.junit.jupiter.api.Test;

class ArmedForcesStepTest {

    private static final ArmedForcesStep STEP = new ArmedForcesStep();

    @Test
    void primaryCareForServingPersonnelIsDefenceMedicalServices() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.ARMED_FORCES_PRIMARY,
                b -> b.armedForces(ArmedForcesStatus.SERVING));
        assertThat(d.commissionerType()).isEqualTo(CommissionerType.MOD_DMS);
        assertThat(d.ruleId()).isEqualTo("WP2013-4");
    }

    @Test
    void secondaryCareIsNhsEnglandFrom2013AndThePctOfTheMedicalCentreBefore() {
        assertThat(decide(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.armedForces(ArmedForcesStatus.MOBILISED_RESERVIST)).commissionerType())
                .isEqualTo(CommissionerType.NHS_ENGLAND);
        Determination before = decide(STEP, "2010-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.armedForces(ArmedForcesStatus.SERVING));
        assertThat(before.commissionerType()).isEqualTo(CommissionerType.PCT);
        assertThat(before.missingInputs()).containsExactly("registeredPractice");
    }

    @Test
    void veteransGoOnToTheGeneralRules() {
        Evaluation e = Steps.start("2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.armedForces(ArmedForcesStatus.VETERAN));
        assertThat(STEP.apply(e)).isEmpty();
        assertThat(e.why).contains("Rule 4 does not apply to VETERAN: general rules.");
        assertThat(apply(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED, b -> b)).isEmpty();
    }

    @Test
    void aPracticeThatIsADefenceMedicalCentreBringsTheRuleAndNamesItsHub() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90301"));
        assertThat(Steps.code(d.commissioner())).isEqualTo("9H0");
        assertThat(decide(STEP, "2016-06-01", ServiceCategory.GP_PRIMARY_MEDICAL,
                b -> b.registeredPractice("Z90301")).commissionerType()).isEqualTo(CommissionerType.MOD_DMS);
        assertThat(Steps.code(decide(STEP, "2012-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90301")).commissioner())).isEqualTo("9P1");
    }

    @Test
    void withoutTheMedicalCentreTheTypeIsGivenWithTheReason() {
        assertThat(decide(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.armedForces(ArmedForcesStatus.SERVING)).typeOnlyReason())
                .hasValueSatisfying(r -> assertThat(r).startsWith("No DMS medical centre given"));
        assertThat(decide(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.armedForces(ArmedForcesStatus.DMS_REGISTERED_FAMILY).registeredPractice("Z90001"))
                .typeOnlyReason()).hasValueSatisfying(r -> assertThat(r).contains("is not a Defence Medical"));
    }
}
