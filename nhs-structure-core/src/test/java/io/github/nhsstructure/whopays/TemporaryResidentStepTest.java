package io.github.nhsstructure.whopays;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.ServiceCategory;
import org.junit.jupiter.api.Test;

class TemporaryResidentStepTest {

    private static final TemporaryResidentStep STEP = new TemporaryResidentStep();

    @Test
    void aTemporaryRegistrationIsNotedButNeverDecides() {
        Evaluation e = Steps.start("2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001").temporaryResident(true));
        assertThat(STEP.apply(e)).isEmpty();
        assertThat(e.used).contains(new Determination.UsedInput("temporaryResident", "true"));
        assertThat(e.why).anyMatch(l -> l.startsWith("Rule 15:"));
        assertThat(e.sources).contains("C12");
    }

    @Test
    void withoutOneNothingIsAdded() {
        Evaluation e = Steps.start("2016-06-01", ServiceCategory.ACUTE_PLANNED, b -> b.registeredPractice("Z90001"));
        int lines = e.why.size();
        assertThat(STEP.apply(e)).isEmpty();
        assertThat(e.why).hasSize(lines);
    }
}
