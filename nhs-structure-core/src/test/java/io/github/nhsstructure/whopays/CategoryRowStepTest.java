package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import org.junit.jupiter.api.Test;

class CategoryRowStepTest {

    private static final CategoryRowStep STEP = new CategoryRowStep();

    @Test
    void aServiceNotYetCommissionedIsDecidedByItsRow() {
        Determination d = decide(STEP, "2010-01-01", ServiceCategory.NHS_111, b -> b);
        assertThat(d.commissionerType()).isEqualTo(CommissionerType.NOT_COMMISSIONED);
        assertThat(d.status()).isEqualTo(Determination.Status.RESOLVED);
        assertThat(d.ruleId()).isEqualTo("WP-PCT-S2");
    }

    @Test
    void aRowWithoutACommissionerIsUnresolved() {
        Determination d = decide(STEP, "2010-01-01", ServiceCategory.HEALTH_PROTECTION, b -> b);
        assertThat(d.status()).isEqualTo(Determination.Status.UNRESOLVED);
        assertThat(d.commissionerType()).isEqualTo(CommissionerType.UNKNOWN);
        assertThat(d.explanation()).contains("The sources give no commissioner for HEALTH_PROTECTION on 2010-01-01.");
    }

    @Test
    void aRowNamingABodyGoesOn() {
        assertThat(apply(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED, b -> b)).isEmpty();
    }
}
