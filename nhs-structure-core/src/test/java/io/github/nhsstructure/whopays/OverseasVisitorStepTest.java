package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.code;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.ServiceCategory;
import org.junit.jupiter.api.Test;

class OverseasVisitorStepTest {

    private static final OverseasVisitorStep STEP = new OverseasVisitorStep();

    @Test
    void anUnregisteredVisitorIsForTheBodyWherePresent() {
        Determination d = decide(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.overseasVisitor(true).presentIn("90C"));
        assertThat(code(d.commissioner())).isEqualTo("90C");
        assertThat(d.ruleId()).isEqualTo("WP2013-13");
        assertThat(decide(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED, b -> b.overseasVisitor(true))
                .missingInputs()).containsExactly("presentIn");
    }

    @Test
    void aRegisteredVisitorAndThePctEraGoOn() {
        assertThat(apply(STEP, "2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.overseasVisitor(true).registeredPractice("Z90001").presentIn("90C"))).isEmpty();
        assertThat(apply(STEP, "2010-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.overseasVisitor(true).presentIn("90C"))).isEmpty();
    }
}
