package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.code;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.provenance.Certainty;
import org.junit.jupiter.api.Test;

class EmergencyStepTest {

    private static final EmergencyStep STEP = new EmergencyStep();

    @Test
    void theHostWhereThePatientIsPresentNotTheHome() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.URGENT_AND_EMERGENCY,
                b -> b.registeredPractice("Z90001").presentIn("90B"));
        assertThat(code(d.commissioner())).isEqualTo("90B");
        assertThat(d.ruleId()).isEqualTo("WP2013-7");
    }

    @Test
    void withoutThePresenceItIsIncomplete() {
        assertThat(decide(STEP, "2016-06-01", ServiceCategory.AMBULANCE, b -> b).missingInputs())
                .containsExactly("presentIn");
    }

    @Test
    void from2020ThePayerMayDifferSoTheAnswerIsUncertain() {
        Determination d = decide(STEP, "2023-06-01", ServiceCategory.URGENT_AND_EMERGENCY, b -> b.presentIn("90D"));
        assertThat(code(d.commissioner())).isEqualTo("Q90");
        assertThat(d.certainty()).isEqualTo(Certainty.UNCERTAIN);
    }

    @Test
    void beforeTheCcgsTheRuleGoesOn() {
        assertThat(apply(STEP, "2010-06-01", ServiceCategory.URGENT_AND_EMERGENCY, b -> b.presentIn("90B")))
                .isEmpty();
    }
}
