package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.code;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.whopays.PatientContext.Country;
import org.junit.jupiter.api.Test;

class CrossBorderStepTest {

    private static final CrossBorderStep STEP = new CrossBorderStep();

    @Test
    void aWelshResidentRegisteredInEnglandFollowsThePractice() {
        Determination d = decide(STEP, "2016-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001").residenceCountry(Country.WALES));
        assertThat(code(d.commissioner())).isEqualTo("90A");
        assertThat(d.ruleId()).isEqualTo("WP2013-14");
    }

    @Test
    void aScottishResidentRegisteredInEnglandIsUnresolved() {
        assertThat(decide(STEP, "2016-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001").residenceCountry(Country.SCOTLAND)).status())
                .isEqualTo(Determination.Status.UNRESOLVED);
    }

    @Test
    void englishResidentsAndThePctEraGoOn() {
        assertThat(apply(STEP, "2016-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001").residenceCountry(Country.ENGLAND))).isEmpty();
        assertThat(apply(STEP, "2010-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.residenceCountry(Country.WALES).unregistered(true))).isEmpty();
    }

    @Test
    void anEnglishResidentRegisteredInWalesIsTheResponsibilityOfTheResidence() {
        Determination d = decide(STEP, "2016-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("W90001").usualResidence("90A"));
        assertThat(code(d.commissioner())).isEqualTo("90A");
        assertThat(decide(STEP, "2016-01-01", ServiceCategory.ACUTE_PLANNED, b -> b.registeredPractice("W90001"))
                .missingInputs()).containsExactly("usualResidence");
    }

    @Test
    void registrationInWalesBefore2013OrByAWelshResidentIsUnresolved() {
        assertThat(decide(STEP, "2012-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("W90001").usualResidence("9P1")).status())
                .isEqualTo(Determination.Status.UNRESOLVED);
        assertThat(decide(STEP, "2016-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("W90001").residenceCountry(Country.WALES)).status())
                .isEqualTo(Determination.Status.UNRESOLVED);
    }
}
