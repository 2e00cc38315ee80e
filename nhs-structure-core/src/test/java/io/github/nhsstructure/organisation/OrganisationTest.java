package io.github.nhsstructure.organisation;

import static io.github.nhsstructure.organisation.OrganisationKind.CCG;
import static io.github.nhsstructure.organisation.OrganisationKind.SUB_ICB_LOCATION;
import static io.github.nhsstructure.organisation.RelationshipType.COMMISSIONED_BY;
import static io.github.nhsstructure.organisation.RelationshipType.IN_REGION;
import static io.github.nhsstructure.organisation.RelationshipType.MEMBER_OF;
import static io.github.nhsstructure.organisation.RelationshipType.PART_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import io.github.nhsstructure.internal.HotPaths;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static final Provenance ODS = Provenance.of("fixture-ods", Certainty.HIGH);
    private static final Provenance CURATED = Provenance.of("fixture-curated", Certainty.UNCERTAIN);
    private static final LocalDate MERGER = LocalDate.of(2020, 4, 1);
    private static final LocalDate ICBS = LocalDate.of(2022, 7, 1);
    private static final OdsCode D = OdsCode.of("90D");
    private static final OdsCode Q90 = OdsCode.of("Q90");
    private static final OdsCode Y90 = OdsCode.of("Y90");
    private static final OdsCode Y91 = OdsCode.of("Y91");
    private static final Succession FROM_A = succession("90A", "90D", MERGER);
    private static final Succession FROM_B = succession("90B", "90D", MERGER);

    private static <T> Dated<T> dated(String period, T value) {
        return new Dated<>(DateRange.parse(period), value, ODS);
    }

    private static Succession succession(String predecessor, String successor, LocalDate date) {
        return new Succession(OdsCode.of(predecessor), OdsCode.of(successor), date,
                SuccessionReason.RECONFIGURATION, ODS);
    }

    /** A fictional merged CCG that became a sub-ICB location. */
    private static Organisation.Builder delta() {
        return Organisation.builder(D, DateRange.from(MERGER), ODS)
                .name(dated("2020-04-01/2022-07-01", "NHS DELTA CCG"))
                .name(dated("2022-07-01/..", "NHS FICTIONAL ICB - 90D"))
                .kind(dated("2020-04-01/2022-07-01", CCG))
                .kind(new Dated<>(DateRange.from(ICBS), SUB_ICB_LOCATION, CURATED))
                .link(IN_REGION, dated("2020-04-01/2021-04-01", Y91))
                .link(IN_REGION, dated("2021-04-01/..", Y90))
                .link(MEMBER_OF, dated("2020-04-01/2022-07-01", Q90))
                .link(PART_OF, dated("2022-07-01/..", Q90))
                .succession(FROM_B)
                .succession(FROM_A);
    }

    private static Organisation.Builder alpha() {
        return Organisation.builder(OdsCode.of("90A"), DateRange.parse("2013-04-01/2020-04-01"), ODS)
                .name(dated("2013-04-01/2020-04-01", "NHS ALPHA CCG"))
                .kind(dated("2013-04-01/2020-04-01", CCG));
    }

    @Test
    void basicFacts() {
        Organisation d = delta().build();
        assertThat(d.code()).isEqualTo(D);
        assertThat(d.operationalPeriod()).isEqualTo(DateRange.from(MERGER));
        assertThat(d.provenance()).isEqualTo(ODS);
        assertThat(d.isOpenOn(MERGER.minusDays(1))).isFalse();
        assertThat(d.isOpenOn(MERGER)).isTrue();
        assertThat(d.isOpenOn(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(d).hasToString("90D NHS FICTIONAL ICB - 90D [SUB_ICB_LOCATION 2020-04-01/..]");
    }

    @Test
    void kindOnFollowsTheDatedKinds() {
        Organisation d = delta().build();
        assertThat(d.kindOn(MERGER.minusDays(1))).isEmpty();
        assertThat(d.kindOn(MERGER)).contains(CCG);
        assertThat(d.kindOn(ICBS.minusDays(1))).contains(CCG);
        assertThat(d.kindOn(ICBS)).contains(SUB_ICB_LOCATION);
        assertThat(d.kind()).isEqualTo(SUB_ICB_LOCATION);
        assertThat(d.everOfKind(CCG)).isTrue();
        assertThat(d.everOfKind(SUB_ICB_LOCATION)).isTrue();
        assertThat(d.everOfKind(OrganisationKind.ICB)).isFalse();
        assertThat(d.kinds().entryAt(ICBS).orElseThrow().provenance()).isEqualTo(CURATED);
    }

    @Test
    void nameOnFollowsTheDatedNames() {
        Organisation d = delta().build();
        assertThat(d.nameOn(MERGER.minusDays(1))).isEmpty();
        assertThat(d.nameOn(MERGER)).contains("NHS DELTA CCG");
        assertThat(d.nameOn(ICBS.minusDays(1))).contains("NHS DELTA CCG");
        assertThat(d.nameOn(ICBS)).contains("NHS FICTIONAL ICB - 90D");
        assertThat(d.name()).isEqualTo("NHS FICTIONAL ICB - 90D");
        assertThat(d.names().entries()).hasSize(2);
    }

    @Test
    void targetFollowsTheDatedLinksOfEachType() {
        Organisation d = delta().build();
        assertThat(d.target(IN_REGION, MERGER)).contains(Y91);
        assertThat(d.target(IN_REGION, LocalDate.of(2021, 3, 31))).contains(Y91);
        assertThat(d.target(IN_REGION, LocalDate.of(2021, 4, 1))).contains(Y90);
        assertThat(d.target(PART_OF, ICBS.minusDays(1))).isEmpty();
        assertThat(d.target(PART_OF, ICBS)).contains(Q90);
        assertThat(d.target(MEMBER_OF, ICBS.minusDays(1))).contains(Q90);
        assertThat(d.target(MEMBER_OF, ICBS)).isEmpty();
        assertThat(d.target(COMMISSIONED_BY, ICBS)).isEmpty();
        assertThat(HotPaths.target(d, PART_OF, ICBS.toEpochDay())).isEqualTo(Q90);
        assertThat(HotPaths.target(d, PART_OF, ICBS.toEpochDay() - 1)).isNull();
        assertThat(d.links(IN_REGION).entries()).hasSize(2);
        assertThat(d.links(COMMISSIONED_BY).isEmpty()).isTrue();
    }

    @Test
    void relationshipsAreOrderedByTypeThenStart() {
        Organisation d = delta().build();
        assertThat(d.relationships()).containsExactly(
                new Relationship(D, PART_OF, Q90, DateRange.from(ICBS), ODS),
                new Relationship(D, IN_REGION, Y91, DateRange.parse("2020-04-01/2021-04-01"), ODS),
                new Relationship(D, IN_REGION, Y90, DateRange.parse("2021-04-01/.."), ODS),
                new Relationship(D, MEMBER_OF, Q90, DateRange.parse("2020-04-01/2022-07-01"), ODS));
        assertThat(d.relationships().get(0)).hasToString("90D PART_OF Q90 2022-07-01/..");
        assertThat(alpha().build().relationships()).isEmpty();
    }

    @Test
    void successionsAreFiledByRoleAndSorted() {
        Organisation d = delta().build();
        assertThat(d.predecessors()).containsExactly(FROM_A, FROM_B);
        assertThat(d.successors()).isEmpty();
        Organisation a = alpha().succession(FROM_A).build();
        assertThat(a.successors()).containsExactly(FROM_A);
        assertThat(a.predecessors()).isEmpty();
    }

    @Test
    void aSuccessionNotInvolvingTheOrganisationIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> alpha().succession(FROM_B))
                .withMessageContaining("90B -> 90D").withMessageContaining("90A");
    }

    @Test
    void namesKindsAndLinksMustLieInTheOperationalPeriod() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> alpha().name(dated("2013-04-01/2020-04-02", "NHS ALPHA CCG")))
                .withMessageContaining("90A").withMessageContaining("NHS ALPHA CCG")
                .withMessageContaining("2013-04-01/2020-04-02")
                .withMessageContaining("outside the operational period 2013-04-01/2020-04-01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> alpha().kind(dated("2013-03-31/2014-01-01", CCG)))
                .withMessageContaining("kind CCG").withMessageContaining("outside");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> alpha().link(IN_REGION, dated("2019-01-01/..", Y90)))
                .withMessageContaining("IN_REGION Y90").withMessageContaining("2019-01-01/..")
                .withMessageContaining("outside");
    }

    @Test
    void factsOnTheEdgesOfTheOperationalPeriodAreAccepted() {
        Organisation a = alpha().link(IN_REGION, dated("2013-04-01/2020-04-01", Y90)).build();
        assertThat(a.target(IN_REGION, LocalDate.of(2020, 3, 31))).contains(Y90);
        assertThat(a.target(IN_REGION, LocalDate.of(2020, 4, 1))).isEmpty();
    }

    @Test
    void overlappingNamesAreRejectedNamingBoth() {
        Organisation.Builder b = alpha().name(dated("2019-01-01/2020-04-01", "NHS ALPHA AND BETA CCG"));
        assertThatIllegalArgumentException().isThrownBy(b::build)
                .withMessageStartingWith("90A names: ")
                .withMessageContaining("2013-04-01/2020-04-01=NHS ALPHA CCG")
                .withMessageContaining("2019-01-01/2020-04-01=NHS ALPHA AND BETA CCG");
    }

    @Test
    void overlappingKindsAreRejectedNamingBoth() {
        Organisation.Builder b = alpha().kind(dated("2015-01-01/2016-01-01", OrganisationKind.CSU));
        assertThatIllegalArgumentException().isThrownBy(b::build)
                .withMessageStartingWith("90A kinds: ")
                .withMessageContaining("=CCG").withMessageContaining("=CSU");
    }

    @Test
    void overlappingLinksOfOneTypeAreRejectedButOtherTypesMayCoincide() {
        Organisation.Builder b = alpha()
                .link(IN_REGION, dated("2013-04-01/2016-01-01", Y90))
                .link(IN_REGION, dated("2015-01-01/2020-04-01", Y91));
        assertThatIllegalArgumentException().isThrownBy(b::build)
                .withMessageContaining("90A IN_REGION")
                .withMessageContaining("=Y90").withMessageContaining("=Y91");
        Organisation ok = alpha()
                .link(IN_REGION, dated("2013-04-01/2020-04-01", Y90))
                .link(MEMBER_OF, dated("2016-04-01/2020-04-01", Q90))
                .build();
        assertThat(ok.relationships()).hasSize(2);
    }

    @Test
    void aNameAndAKindAreRequired() {
        DateRange period = DateRange.parse("2013-04-01/2020-04-01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Organisation.builder(OdsCode.of("90A"), period, ODS)
                        .kind(dated("2013-04-01/2020-04-01", CCG)).build())
                .withMessage("90A: no name");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Organisation.builder(OdsCode.of("90A"), period, ODS)
                        .name(dated("2013-04-01/2020-04-01", "NHS ALPHA CCG")).build())
                .withMessage("90A: no kind");
    }

    @Test
    void blankNamesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> alpha().name(dated("2013-04-01/2014-04-01", "  ")))
                .withMessageContaining("90A: blank name");
    }

    @Test
    void anOrganisationCannotLinkToItself() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> alpha().link(PART_OF, dated("2013-04-01/2020-04-01", OdsCode.of("90A"))))
                .withMessage("90A cannot be PART_OF itself");
    }

    @Test
    void theOperationalPeriodMustNotBeEmpty() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Organisation.builder(D, DateRange.of(MERGER, MERGER), ODS))
                .withMessageContaining("90D: empty operational period");
    }

    @Test
    void ordersByCode() {
        assertThat(alpha().build().compareTo(delta().build())).isNegative();
        assertThat(delta().build().compareTo(alpha().build())).isPositive();
    }

    @Test
    void equalsComparesEveryFact() {
        new EqualsTester()
                .addEqualityGroup(delta().build(), delta().build())
                .addEqualityGroup(alpha().build(), alpha().build())
                .addEqualityGroup(alpha().succession(FROM_A).build())
                .addEqualityGroup(alpha().link(IN_REGION, dated("2013-04-01/2020-04-01", Y90)).build())
                .addEqualityGroup(Organisation.builder(OdsCode.of("90A"), DateRange.parse("2013-04-01/2020-04-01"), ODS)
                        .name(dated("2013-04-01/2020-04-01", "NHS ALPHA CLINICAL COMMISSIONING GROUP"))
                        .kind(dated("2013-04-01/2020-04-01", CCG)).build())
                .testEquals();
    }
}
