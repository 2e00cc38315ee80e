package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.code;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioner.DelegationStatus;
import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import org.junit.jupiter.api.Test;

class SpecialisedStepTest {

    private static final SpecialisedStep STEP = new SpecialisedStep();

    @Test
    void directSpecialisedCommissioningNamesNoUnit() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.SPECIALISED_RETAINED, b -> b);
        assertThat(d.commissionerType()).isEqualTo(CommissionerType.NHS_ENGLAND);
        assertThat(d.commissioner()).isEmpty();
        assertThat(d.explanation()).anyMatch(l -> l.contains("follows the provider's contract"));
    }

    @Test
    void in2023JointCommitteesAreNotDelegation() {
        Determination d = decide(STEP, "2023-06-01", ServiceCategory.SPECIALISED_DELEGABLE, b -> b);
        assertThat(d.arrangement()).isEqualTo(Arrangement.JOINT);
        assertThat(d.delegationStatus()).isEqualTo(DelegationStatus.JOINT);
    }

    @Test
    void in2024DelegationDependsOnTheRegionOfThePatientsIcb() {
        // Q90 is in the fictional region Y90, not one of the three regions with delegation in 2024/25.
        Determination d = decide(STEP, "2024-06-01", ServiceCategory.SPECIALISED_DELEGABLE,
                b -> b.registeredPractice("Z90001"));
        assertThat(d.delegationStatus()).isEqualTo(DelegationStatus.NOT_DELEGATED_HERE);
        assertThat(d.delegate()).isEmpty();
        Determination all = decide(STEP, "2025-06-01", ServiceCategory.SPECIALISED_DELEGABLE,
                b -> b.registeredPractice("Z90001"));
        assertThat(all.delegationStatus()).isEqualTo(DelegationStatus.DELEGATED);
        assertThat(code(all.delegate())).isEqualTo("Q90");
        assertThat(decide(STEP, "2025-06-01", ServiceCategory.SPECIALISED_DELEGABLE, b -> b).missingInputs())
                .containsExactly("registeredPractice");
    }

    @Test
    void beforeNhsEnglandTheRuleGoesOn() {
        assertThat(apply(STEP, "2010-06-01", ServiceCategory.SPECIALISED_RETAINED, b -> b)).isEmpty();
        assertThat(apply(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED, b -> b)).isEmpty();
    }

    @Test
    void anUnregisteredOverseasVisitorNeedsNoResidence() {
        Determination d = decide(STEP, "2025-06-01", ServiceCategory.SPECIALISED_DELEGABLE,
                b -> b.overseasVisitor(true).presentIn("90D"));
        assertThat(d.status()).isEqualTo(Determination.Status.RESOLVED);
        assertThat(d.ruleId()).isEqualTo("WP2024-13");
        assertThat(d.responsible()).isEmpty();
        assertThat(d.typeOnlyReason()).contains(SpecialisedStep.NO_UNIT);
    }

    @Test
    void everyTypeOnlyAnswerSaysWhy() {
        assertThat(decide(STEP, "2016-06-01", ServiceCategory.SPECIALISED_RETAINED, b -> b).typeOnlyReason())
                .contains(SpecialisedStep.NO_UNIT);
        assertThat(decide(STEP, "2023-06-01", ServiceCategory.SPECIALISED_DELEGABLE, b -> b).typeOnlyReason())
                .contains(SpecialisedStep.NO_UNIT);
        assertThat(decide(STEP, "2025-06-01", ServiceCategory.SPECIALISED_DELEGABLE,
                b -> b.registeredPractice("Z90001")).typeOnlyReason()).isEmpty();
    }
}
