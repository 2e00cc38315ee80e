package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioner.DelegationStatus;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.whopays.PatientContext.Detention.Setting;
import org.junit.jupiter.api.Test;

class DetainedStepTest {

    private static final DetainedStep STEP = new DetainedStep();

    @Test
    void theCommissionerOfPrisonHealthCareChangedThroughThePctEra() {
        assertThat(decide(STEP, "2002-06-01", ServiceCategory.HEALTH_AND_JUSTICE, b -> b.detention(Setting.PRISON))
                .commissionerType()).isEqualTo(CommissionerType.HM_PRISON_SERVICE);
        assertThat(decide(STEP, "2003-06-01", ServiceCategory.ACUTE_PLANNED, b -> b.detention(Setting.PRISON))
                .commissionerType()).isEqualTo(CommissionerType.DEPARTMENT_OF_HEALTH);
        Determination waves = decide(STEP, "2005-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.detention(Setting.PRISON));
        assertThat(waves.commissionerType()).isEqualTo(CommissionerType.DEPARTMENT_OF_HEALTH);
        assertThat(waves.delegationStatus()).isEqualTo(DelegationStatus.UNKNOWN);
        assertThat(waves.certainty()).isEqualTo(Certainty.UNCERTAIN);
        Determination host = decide(STEP, "2008-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.detention(Setting.PRISON));
        assertThat(host.missingInputs()).containsExactly("detentionEstablishment");
        assertThat(host.commissionerType()).isEqualTo(CommissionerType.PCT);
    }

    @Test
    void from2013NhsEnglandHealthAndJustice() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED, b -> b.detention(Setting.PRISON));
        assertThat(d.commissionerType()).isEqualTo(CommissionerType.NHS_ENGLAND);
        assertThat(d.ruleId()).isEqualTo("WP2013-3");
    }

    @Test
    void emergencyCareAndSecureTrainingCentresBefore2014GoOn() {
        Evaluation e = Steps.start("2016-06-01", ServiceCategory.AMBULANCE, b -> b.detention(Setting.PRISON));
        assertThat(STEP.apply(e)).isEmpty();
        assertThat(e.certainty()).isEqualTo(Certainty.UNCERTAIN);
        assertThat(apply(STEP, "2013-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.detention(Setting.SECURE_TRAINING_CENTRE))).isEmpty();
        assertThat(apply(STEP, "2014-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.detention(Setting.SECURE_TRAINING_CENTRE))).isPresent();
    }

    @Test
    void aPatientNotDetainedGoesOn() {
        assertThat(apply(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED, b -> b.registeredPractice("Z90001")))
                .isEmpty();
    }

    @Test
    void theUnitIsTheParentOfTheEstablishmentOnTheDate() {
        assertThat(Steps.code(decide(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.detention(Setting.PRISON).detentionEstablishment("Y90101")).commissioner())).isEqualTo("9H1");
        assertThat(Steps.code(decide(STEP, "2022-07-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.detentionEstablishment("Y90101")).commissioner())).isEqualTo("9H2");
        Determination gap = decide(STEP, "2014-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.detentionEstablishment("Y90101"));
        assertThat(gap.commissioner()).isEmpty();
        assertThat(gap.typeOnlyReason()).hasValueSatisfying(r -> assertThat(r).contains("no ODS parent"));
        assertThat(decide(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED, b -> b.detention(Setting.PRISON))
                .typeOnlyReason()).hasValueSatisfying(r -> assertThat(r).startsWith("No establishment given"));
    }

    @Test
    void aPracticeThatIsASecureSettingMeansDetentionThere() {
        Determination d = decide(STEP, "2010-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Y90101"));
        assertThat(d.commissionerType()).isEqualTo(CommissionerType.PCT);
        assertThat(Steps.code(d.commissioner())).isEqualTo("9P1");
        assertThat(d.inputsUsed()).contains(new Determination.UsedInput("registeredPractice", "Y90101"));
    }
}
