package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.code;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlacementStepTest {

    private static final PlacementStep STEP = new PlacementStep();

    private static Placement by(String code, String start, Placement.Setting setting) {
        return new Placement(OdsCode.of(code), LocalDate.parse(start), setting);
    }

    @Test
    void thePlacingCcgStaysResponsibleThroughItsMerger() {
        Determination d = decide(STEP, "2021-01-01", ServiceCategory.CONTINUING_HEALTHCARE,
                b -> b.registeredPractice("Z90001").placement(by("90C", "2018-01-01", Placement.Setting.CARE_HOME)));
        assertThat(code(d.commissioner())).isEqualTo("90D");
        assertThat(d.ruleId()).isEqualTo("WP2020-9");
    }

    @Test
    void aCcgPlacementRunningIntoTheIcbEraPassesToTheIcbUncertainly() {
        Determination d = decide(STEP, "2023-01-01", ServiceCategory.CONTINUING_HEALTHCARE,
                b -> b.placement(by("90D", "2021-01-01", Placement.Setting.INDEPENDENT_HOSPITAL)));
        assertThat(code(d.commissioner())).isEqualTo("Q90");
        assertThat(d.certainty()).isEqualTo(Certainty.UNCERTAIN);
    }

    @Test
    void aPctPlacementStillRunningIn2016IsUnresolved() {
        Determination d = decide(STEP, "2016-01-01", ServiceCategory.CONTINUING_HEALTHCARE,
                b -> b.placement(by("9P1", "2012-01-01", Placement.Setting.CARE_HOME)));
        assertThat(d.status()).isEqualTo(Determination.Status.UNRESOLVED);
    }

    @Test
    void supportedLivingAndOtherServicesGoOn() {
        // A placement starting after the service date is refused when the context is built (InputCheckTest).
        assertThat(apply(STEP, "2019-01-01", ServiceCategory.CONTINUING_HEALTHCARE,
                b -> b.placement(by("90C", "2018-01-01", Placement.Setting.SUPPORTED_LIVING)))).isEmpty();
        assertThat(apply(STEP, "2019-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.placement(by("90C", "2018-01-01", Placement.Setting.CARE_HOME)))).isEmpty();
    }
}
