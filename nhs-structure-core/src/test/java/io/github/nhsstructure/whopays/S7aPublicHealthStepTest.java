package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.whopays.Steps.apply;
import static io.github.nhsstructure.whopays.Steps.code;
import static io.github.nhsstructure.whopays.Steps.decide;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import org.junit.jupiter.api.Test;

class S7aPublicHealthStepTest {

    private static final S7aPublicHealthStep STEP = new S7aPublicHealthStep();

    @Test
    void from2019TheUnitIsThePracticesRegion() {
        Determination d = decide(STEP, "2019-06-01", ServiceCategory.SCREENING_AND_IMMUNISATION,
                b -> b.registeredPractice("Z90001"));
        assertThat(d.commissionerType()).isEqualTo(CommissionerType.NHS_ENGLAND);
        assertThat(code(d.commissioner())).isEqualTo("Y90");
        assertThat(d.ruleId()).isEqualTo("WP2013-2");
    }

    @Test
    void healthVisitingWasNhsEnglandsUntilSeptember2015() {
        Determination d = decide(STEP, "2014-06-01", ServiceCategory.HEALTH_VISITING, b -> b.usualResidence("90A"));
        assertThat(d.commissionerType()).isEqualTo(CommissionerType.NHS_ENGLAND);
        assertThat(d.inputsUsed()).contains(new Determination.UsedInput("usualResidence", "90A"));
    }

    @Test
    void withoutAPlaceTheTypeIsGiven() {
        Determination d = decide(STEP, "2019-06-01", ServiceCategory.SCREENING_AND_IMMUNISATION, b -> b);
        assertThat(d.commissioner()).isEmpty();
        assertThat(d.status()).isEqualTo(Determination.Status.RESOLVED);
    }

    @Test
    void thePlannedDelegationOf2026NamesTheIcbOfThePractice() {
        Determination d = decide(STEP, "2026-06-01", ServiceCategory.SCREENING_AND_IMMUNISATION,
                b -> b.registeredPractice("Z90001"));
        assertThat(d.arrangement()).isEqualTo(Arrangement.DELEGATED);
        assertThat(code(d.delegate())).isEqualTo("Q90");
        Determination missing = decide(STEP, "2026-06-01", ServiceCategory.SCREENING_AND_IMMUNISATION, b -> b);
        assertThat(missing.missingInputs()).containsExactly("registeredPractice");
    }

    @Test
    void beforeNhsEnglandTheRuleGoesOn() {
        assertThat(apply(STEP, "2010-06-01", ServiceCategory.SCREENING_AND_IMMUNISATION, b -> b)).isEmpty();
    }

    @Test
    void theUnitIsTheAreaTeamUntil2015AndTheLocalOfficeUntil2019() {
        assertThat(code(decide(STEP, "2015-03-31", ServiceCategory.SCREENING_AND_IMMUNISATION,
                b -> b.registeredPractice("Z90002")).commissioner())).isEqualTo("Q9A");
        assertThat(code(decide(STEP, "2015-04-01", ServiceCategory.SCREENING_AND_IMMUNISATION,
                b -> b.registeredPractice("Z90002")).commissioner())).isEqualTo("Q9B");
        assertThat(code(decide(STEP, "2019-03-31", ServiceCategory.SCREENING_AND_IMMUNISATION,
                b -> b.usualResidence("90B")).commissioner())).isEqualTo("Q9B");
        assertThat(code(decide(STEP, "2019-04-01", ServiceCategory.SCREENING_AND_IMMUNISATION,
                b -> b.usualResidence("90B")).commissioner())).isEqualTo("Y90");
    }

    @Test
    void aDetaineesUnitIsThePrisonsParentAndAVisitorsTheRegionWherePresent() {
        assertThat(code(decide(STEP, "2016-06-01", ServiceCategory.S7A_OTHER,
                b -> b.detentionEstablishment("Y90101")).commissioner())).isEqualTo("9H1");
        Determination visitor = decide(STEP, "2026-06-01", ServiceCategory.SCREENING_AND_IMMUNISATION,
                b -> b.overseasVisitor(true).presentIn("90D"));
        assertThat(visitor.ruleId()).isEqualTo("WP2024-13");
        assertThat(visitor.arrangement()).isEqualTo(Arrangement.DIRECT);
        assertThat(code(visitor.commissioner())).isEqualTo("Y90");
    }
}
