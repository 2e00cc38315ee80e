package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.code;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.ServiceCategory;
import org.junit.jupiter.api.Test;

class DischargeToAssessStepTest {

    private static final DischargeToAssessStep STEP = new DischargeToAssessStep();

    @Test
    void thePlacingCcgPays() {
        Determination d = decide(STEP, "2021-06-01", ServiceCategory.CONTINUING_HEALTHCARE,
                b -> b.dischargeToAssessPlacer("90D"));
        assertThat(code(d.commissioner())).isEqualTo("90D");
        assertThat(d.ruleId()).isEqualTo("WP2020-11");
    }

    @Test
    void theRuleAfterJune2022IsNotInTheSources() {
        assertThat(decide(STEP, "2023-06-01", ServiceCategory.CONTINUING_HEALTHCARE,
                b -> b.dischargeToAssessPlacer("90D")).status()).isEqualTo(Determination.Status.UNRESOLVED);
    }

    @Test
    void beforeSeptember2020TheRuleGoesOn() {
        assertThat(apply(STEP, "2019-06-01", ServiceCategory.CONTINUING_HEALTHCARE,
                b -> b.dischargeToAssessPlacer("90A"))).isEmpty();
    }
}
