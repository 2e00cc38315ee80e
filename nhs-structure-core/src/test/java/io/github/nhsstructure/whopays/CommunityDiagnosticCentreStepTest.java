package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.ServiceCategory;
import org.junit.jupiter.api.Test;

class CommunityDiagnosticCentreStepTest {

    private static final CommunityDiagnosticCentreStep STEP = new CommunityDiagnosticCentreStep();

    @Test
    void theWp2024RuleWasNotReadSoItIsUnresolved() {
        Determination d = decide(STEP, "2024-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.communityDiagnosticCentre(true).registeredPractice("Z90001"));
        assertThat(d.status()).isEqualTo(Determination.Status.UNRESOLVED);
        assertThat(d.ruleId()).isEqualTo("WP2024-12");
    }

    @Test
    void beforeApril2024TheRuleGoesOn() {
        assertThat(apply(STEP, "2023-06-01", ServiceCategory.ACUTE_PLANNED, b -> b.communityDiagnosticCentre(true)))
                .isEmpty();
    }
}
