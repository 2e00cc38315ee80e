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

    @Test
    void aLocalAuthorityCodeNamesTheAuthorityAndItsSuccessor() {
        assertThat(Steps.code(decide(STEP, "2016-06-01", ServiceCategory.PUBLIC_HEALTH_LOCAL,
                b -> b.presentIn("E08000901")).responsible())).isEqualTo("E08000901");
        Determination d = decide(STEP, "2024-06-01", ServiceCategory.HEALTH_VISITING,
                b -> b.usualResidence("E10000901"));
        assertThat(Steps.code(d.commissioner())).isEqualTo("E06000902");
        assertThat(d.typeOnlyReason()).isEmpty();
    }

    @Test
    void anNhsAreaOrAPracticeGivesTheTypeAndSaysHowToNameTheAuthority() {
        Determination area = decide(STEP, "2016-06-01", ServiceCategory.HEALTH_VISITING, b -> b.usualResidence("90A"));
        assertThat(area.commissioner()).isEmpty();
        assertThat(area.typeOnlyReason()).hasValueSatisfying(r -> assertThat(r)
                .contains("not linked to clinical commissioning groups").contains("E08000035"));
        Determination practice = decide(STEP, "2016-06-01", ServiceCategory.HEALTH_VISITING,
                b -> b.registeredPractice("Z90001"));
        assertThat(practice.typeOnlyReason()).hasValueSatisfying(r -> assertThat(r)
                .startsWith("Practices are not linked to local authorities").contains("usual residence"));
        assertThat(decide(STEP, "2016-06-01", ServiceCategory.PUBLIC_HEALTH_LOCAL, b -> b).typeOnlyReason())
                .hasValueSatisfying(r -> assertThat(r).startsWith("No place of presence or residence given"));
    }
}
