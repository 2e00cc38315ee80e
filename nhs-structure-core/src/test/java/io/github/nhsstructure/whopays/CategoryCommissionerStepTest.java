package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import org.junit.jupiter.api.Test;

class CategoryCommissionerStepTest {

    private static final CategoryCommissionerStep STEP = new CategoryCommissionerStep();

    @Test
    void aCommissionerTheSameForEveryPatientDecides() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.HEALTH_PROTECTION, b -> b);
        assertThat(d.commissionerType()).isEqualTo(CommissionerType.PHE);
        assertThat(d.ruleId()).isEqualTo("WP2013-S2");
        assertThat(decide(STEP, "2022-06-01", ServiceCategory.HEALTH_PROTECTION, b -> b).commissionerType())
                .isEqualTo(CommissionerType.UKHSA);
    }

    @Test
    void theGeneralTypesGoOn() {
        assertThat(apply(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED, b -> b)).isEmpty();
    }

    @Test
    void nhsEnglandForEveryPatientSaysWhyItsUnitIsNotNamed() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.HEALTH_AND_JUSTICE, b -> b);
        assertThat(d.commissionerType()).isEqualTo(CommissionerType.NHS_ENGLAND);
        assertThat(d.typeOnlyReason()).hasValueSatisfying(r -> assertThat(r).contains("rule 3"));
        assertThat(decide(STEP, "2016-06-01", ServiceCategory.HEALTH_PROTECTION, b -> b).typeOnlyReason())
                .hasValueSatisfying(r -> assertThat(r).startsWith("Public Health England is a single national body"));
    }
}
