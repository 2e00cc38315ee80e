package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.code;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioner.DelegationStatus;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.provenance.Certainty;
import org.junit.jupiter.api.Test;

class PrimaryCareContractStepTest {

    private static final PrimaryCareContractStep STEP = new PrimaryCareContractStep();

    @Test
    void aGpContractNeedsThePractice() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.GP_PRIMARY_MEDICAL, b -> b);
        assertThat(d.missingInputs()).containsExactly("registeredPractice");
        assertThat(d.commissionerType()).isEqualTo(CommissionerType.NHS_ENGLAND);
    }

    @Test
    void aGpContractIn2016MayBeDelegatedToThePracticesCcg() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.GP_PRIMARY_MEDICAL,
                b -> b.registeredPractice("Z90001"));
        assertThat(code(d.delegate())).isEqualTo("90A");
        assertThat(d.delegationStatus()).isEqualTo(DelegationStatus.UNKNOWN);
        assertThat(d.certainty()).isEqualTo(Certainty.UNCERTAIN);
    }

    @Test
    void aGpContractIn2023IsDelegatedToThePracticesIcb() {
        Determination d = decide(STEP, "2023-06-01", ServiceCategory.GP_PRIMARY_MEDICAL,
                b -> b.registeredPractice("Z90001"));
        assertThat(code(d.delegate())).isEqualTo("Q90");
        assertThat(d.delegationStatus()).isEqualTo(DelegationStatus.DELEGATED);
    }

    @Test
    void aDentalContractIsForTheAreaWhereTheContractorIs() {
        Determination d = decide(STEP, "2019-06-01", ServiceCategory.DENTAL, b -> b.presentIn("90A"));
        assertThat(code(d.commissioner())).isEqualTo("Y90");
        assertThat(d.inputsUsed()).contains(new Determination.UsedInput("presentIn", "90A"));
    }

    @Test
    void otherServicesGoOn() {
        assertThat(apply(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED, b -> b.registeredPractice("Z90001")))
                .isEmpty();
    }

    @Test
    void theGpContractOfAPracticeInWalesIsOutsideTheEnglishRules() {
        assertThat(decide(STEP, "2016-06-01", ServiceCategory.GP_PRIMARY_MEDICAL,
                b -> b.registeredPractice("W90001")).status()).isEqualTo(Determination.Status.UNRESOLVED);
    }

    @Test
    void nhsEnglandsUnitForAContractIsTheAreaTeamThenTheLocalOffice() {
        assertThat(code(decide(STEP, "2014-06-01", ServiceCategory.GP_PRIMARY_MEDICAL,
                b -> b.registeredPractice("Z90002")).commissioner())).isEqualTo("Q9A");
        Determination gap = decide(STEP, "2016-06-01", ServiceCategory.OPTOMETRY, b -> b.presentIn("90C"));
        assertThat(gap.commissioner()).isEmpty();
        assertThat(gap.typeOnlyReason()).hasValueSatisfying(r -> assertThat(r).contains("local office for 90C"));
    }
}
