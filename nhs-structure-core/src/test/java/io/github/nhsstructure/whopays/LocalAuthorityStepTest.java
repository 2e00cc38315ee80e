package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import org.junit.jupiter.api.Test;

class LocalAuthorityStepTest {

    private static final LocalAuthorityStep STEP = new LocalAuthorityStep();

    @Test
    void openAccessServicesAreForTheAreaWhereThePatientIsPresent() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.PUBLIC_HEALTH_LOCAL,
                b -> b.presentIn("90A").usualResidence("90B"));
        assertThat(d.commissionerType()).isEqualTo(CommissionerType.LOCAL_AUTHORITY);
        assertThat(d.ruleId()).isEqualTo("WP2013-1");
        assertThat(d.inputsUsed()).contains(new Determination.UsedInput("presentIn", "90A"))
                .doesNotContain(new Determination.UsedInput("usualResidence", "90B"));
    }

    @Test
    void healthVisitingIsForTheAreaWhereThePatientLives() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.HEALTH_VISITING,
                b -> b.presentIn("90A").usualResidence("90B"));
        assertThat(d.inputsUsed()).contains(new Determination.UsedInput("usualResidence", "90B"))
                .doesNotContain(new Determination.UsedInput("presentIn", "90A"));
    }

    @Test
    void beforeTheLocalAuthoritiesTookPublicHealthTheRuleGoesOn() {
        assertThat(apply(STEP, "2010-06-01", ServiceCategory.PUBLIC_HEALTH_LOCAL, b -> b.presentIn("90A")))
                .isEmpty();
        // Health visiting stayed with NHS England until 2015-09-30 (rule 2).
        assertThat(apply(STEP, "2014-06-01", ServiceCategory.HEALTH_VISITING, b -> b.usualResidence("90A")))
                .isEmpty();
    }
}
