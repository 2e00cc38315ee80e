package io.github.nhsstructure;

import static io.github.nhsstructure.Fixture.ICBS;
import static io.github.nhsstructure.Fixture.MERGER;
import static io.github.nhsstructure.Fixture.Z90002_CLOSED;
import static io.github.nhsstructure.StructureViewAssert.assertThat;
import static io.github.nhsstructure.organisation.OrganisationKind.CCG;
import static io.github.nhsstructure.organisation.OrganisationKind.GP_PRACTICE;
import static io.github.nhsstructure.organisation.OrganisationKind.ICB;
import static io.github.nhsstructure.organisation.OrganisationKind.PCN;
import static io.github.nhsstructure.organisation.OrganisationKind.REGION;
import static io.github.nhsstructure.organisation.OrganisationKind.STP;
import static io.github.nhsstructure.organisation.OrganisationKind.SUB_ICB_LOCATION;
import static io.github.nhsstructure.organisation.RelationshipType.ACCOUNTABLE_TO;
import static io.github.nhsstructure.organisation.RelationshipType.COMMISSIONED_BY;
import static io.github.nhsstructure.organisation.RelationshipType.IN_REGION;
import static io.github.nhsstructure.organisation.RelationshipType.MEMBER_OF;
import static io.github.nhsstructure.organisation.RelationshipType.PART_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.exception.OrganisationNotOpenException;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Point-in-time questions ({@link StructureView}) over the fictional fixture (see {@code fixture/README.md}). */
class StructureViewTest {

    private static final LocalDate Y2019 = LocalDate.of(2019, 6, 1);
    private static final LocalDate Y2021 = LocalDate.of(2021, 1, 1);
    private static final LocalDate Y2023 = LocalDate.of(2023, 1, 1);

    private static NhsStructure nhs;

    @BeforeAll
    static void load() {
        nhs = Fixture.structure();
    }

    private static List<String> codes(List<Organisation> organisations) {
        return organisations.stream().map(o -> o.code().value()).toList();
    }

    /** Golden table: date, kind, the organisations of that kind open on that date, in code order. */
    static Stream<Arguments> organisationsByKindAndDate() {
        return Stream.of(
                Arguments.of("2013-04-01", REGION, List.of("Y90", "Y91")),
                Arguments.of("2013-04-01", CCG, List.of("90A", "90B", "90C")),
                Arguments.of("2013-04-01", GP_PRACTICE, List.of("Z90001", "Z90002")),
                Arguments.of("2016-03-31", CCG, List.of("90A", "90B", "90C")),
                Arguments.of("2016-04-01", STP, List.of("Q90")),
                Arguments.of("2020-03-31", REGION, List.of("Y90", "Y91")),
                Arguments.of("2020-03-31", CCG, List.of("90A", "90B", "90C")),
                Arguments.of("2020-04-01", REGION, List.of("Y90", "Y92", "Y93")),
                Arguments.of("2020-04-01", CCG, List.of("90D")),
                Arguments.of("2020-04-01", STP, List.of("Q90")),
                Arguments.of("2021-09-30", GP_PRACTICE, List.of("Z90001", "Z90002")),
                Arguments.of("2021-10-01", GP_PRACTICE, List.of("Z90001")),
                Arguments.of("2022-06-30", CCG, List.of("90D")),
                Arguments.of("2022-06-30", STP, List.of("Q90")),
                Arguments.of("2022-07-01", ICB, List.of("Q90")),
                Arguments.of("2022-07-01", SUB_ICB_LOCATION, List.of("90D")),
                Arguments.of("2022-07-01", REGION, List.of("Y90", "Y92", "Y93")),
                Arguments.of("2030-01-01", ICB, List.of("Q90")));
    }

    @ParameterizedTest(name = "{1} on {0}: {2}")
    @MethodSource
    void organisationsByKindAndDate(String date, OrganisationKind kind, List<String> expected) {
        StructureView view = nhs.asOf(LocalDate.parse(date));
        assertThat(view).hasOrganisations(kind, expected.toArray(String[]::new))
                .hasCount(kind, expected.size());
    }

    @Test
    void countsGivesEveryCoveredKind() {
        assertThat(nhs.asOf(Y2019).counts()).containsExactlyInAnyOrderEntriesOf(
                Map.of(REGION, 2, CCG, 3, STP, 1, GP_PRACTICE, 2));
        // in kind (enum) order
        assertThat(nhs.asOf(Y2019).counts().keySet()).containsExactly(REGION, CCG, STP, GP_PRACTICE);
        assertThat(nhs.asOf(Y2023).counts()).containsExactlyInAnyOrderEntriesOf(
                Map.of(REGION, 3, ICB, 1, SUB_ICB_LOCATION, 1, GP_PRACTICE, 1));
        assertThat(nhs.asOf(Y2023).counts().keySet()).containsExactly(REGION, ICB, SUB_ICB_LOCATION, GP_PRACTICE);
        assertThat(nhs.asOf(LocalDate.of(2014, 1, 1)).counts()).doesNotContainKey(STP);
    }

    @Test
    void aKindIsCountedOnlyWhileTheOrganisationHasIt() {
        // Q90 is open throughout but an STP only until 2022-06-30
        assertThat(nhs.asOf(ICBS.minusDays(1))).hasCount(STP, 1);
        assertThat(nhs.asOf(ICBS)).hasCount(ICB, 1);
        assertThatThrownBy(() -> nhs.asOf(ICBS).count(STP)).isInstanceOf(OutsideCoverageException.class);
    }

    @Test
    void asOfBeforeTheCoverageIsRefused() {
        LocalDate before = LocalDate.of(2013, 3, 31);
        assertThatThrownBy(() -> nhs.asOf(before))
                .isInstanceOfSatisfying(OutsideCoverageException.class, e -> {
                    assertThat(e.date()).isEqualTo(before);
                    assertThat(e.kind()).isEmpty();
                    assertThat(e.coverage()).contains(DateRange.from(LocalDate.of(2013, 4, 1)));
                })
                .hasMessage("2013-03-31 is outside the coverage of the dataset: covered from 2013-04-01");
        assertThat(nhs.asOf(LocalDate.of(2013, 4, 1)).date()).isEqualTo(LocalDate.of(2013, 4, 1));
    }

    @Test
    void aKindOutsideItsCoverageIsRefusedNotCountedAsZero() {
        assertThatThrownBy(() -> nhs.asOf(ICBS).count(CCG))
                .isInstanceOfSatisfying(OutsideCoverageException.class, e -> {
                    assertThat(e.kind()).contains(CCG);
                    assertThat(e.date()).isEqualTo(ICBS);
                    assertThat(e.coverage()).contains(DateRange.parse("2013-04-01/2022-07-01"));
                })
                .hasMessage("2022-07-01 is outside the coverage of kind CCG: covered from 2013-04-01 to 2022-06-30 inclusive");
        assertThatThrownBy(() -> nhs.asOf(Y2019).organisations(ICB))
                .isInstanceOfSatisfying(OutsideCoverageException.class,
                        e -> assertThat(e.kind()).contains(ICB))
                .hasMessageContaining("kind ICB").hasMessageContaining("covered from 2022-07-01");
        assertThatThrownBy(() -> nhs.asOf(LocalDate.of(2015, 1, 1)).count(STP))
                .isInstanceOf(OutsideCoverageException.class).hasMessageContaining("kind STP");
    }

    @Test
    void aKindNotCoveredAtAllIsRefused() {
        assertThatThrownBy(() -> nhs.asOf(Y2023).count(PCN))
                .isInstanceOfSatisfying(OutsideCoverageException.class, e -> {
                    assertThat(e.kind()).contains(PCN);
                    assertThat(e.coverage()).isEmpty();
                })
                .hasMessage("the dataset does not cover kind PCN");
    }

    @Test
    void requireReturnsAnOpenOrganisationWhateverTheCase() {
        StructureView view = nhs.asOf(Y2021);
        assertThat(view.require("90d").code()).isEqualTo(OdsCode.of("90D"));
        assertThat(view.require(" z90001").code()).isEqualTo(OdsCode.of("Z90001"));
        assertThat(view.require(OdsCode.of("Q90")).kindOn(Y2021)).contains(STP);
        assertThat(view.organisation("q90")).isPresent();
        assertThat(view.organisation(OdsCode.of("Q90"))).isPresent();
    }

    @Test
    void requireOfAnUnknownCodeThrowsUnknownOrganisation() {
        assertThatThrownBy(() -> nhs.asOf(Y2021).require("99X"))
                .isInstanceOf(UnknownOrganisationException.class)
                .hasMessageContaining("'99X'").hasMessageContaining("fixture");
        assertThatThrownBy(() -> nhs.asOf(Y2021).require(OdsCode.of("99X")))
                .isInstanceOf(UnknownOrganisationException.class);
        assertThat(nhs.asOf(Y2021).organisation("99X")).isEmpty();
    }

    @Test
    void requireOfAClosedOrganisationSaysWhenItWasOpen() {
        assertThatThrownBy(() -> nhs.asOf(Y2021).require("90a"))
                .isInstanceOfSatisfying(OrganisationNotOpenException.class, e -> {
                    assertThat(e.organisation().code()).isEqualTo(OdsCode.of("90A"));
                    assertThat(e.date()).isEqualTo(Y2021);
                })
                .hasMessage("90A (NHS ALPHA CCG) was not open on 2021-01-01: open 2013-04-01 to 2020-03-31");
        assertThatThrownBy(() -> nhs.asOf(Y2019).require("90D"))
                .isInstanceOf(OrganisationNotOpenException.class)
                .hasMessage("90D (NHS FICTIONAL ICB - 90D) was not open on 2019-06-01: open 2020-04-01 to now");
        assertThatThrownBy(() -> nhs.asOf(Z90002_CLOSED).require(OdsCode.of("Z90002")))
                .isInstanceOf(OrganisationNotOpenException.class)
                .hasMessageContaining("to 2021-09-30");
        assertThat(nhs.asOf(Z90002_CLOSED.minusDays(1)).require("Z90002")).isNotNull();
        assertThat(nhs.asOf(Y2021).organisation("90A")).isEmpty();
    }

    @Test
    void parentOfOneTypeFollowsTheLinkOnTheDate() {
        assertThat(nhs.asOf(MERGER.minusDays(1)).parent("Z90001", COMMISSIONED_BY))
                .map(o -> o.code().value()).contains("90A");
        assertThat(nhs.asOf(MERGER).parent("Z90001", COMMISSIONED_BY))
                .map(o -> o.code().value()).contains("90D");
        assertThat(nhs.asOf(Y2021).parent("90D", PART_OF)).isEmpty();
        assertThat(nhs.asOf(ICBS).parent("90D", PART_OF)).map(o -> o.code().value()).contains("Q90");
        assertThat(nhs.asOf(Y2021).parent("90D", MEMBER_OF)).map(o -> o.code().value()).contains("Q90");
        assertThat(nhs.asOf(Y2021).parent("Y90", ACCOUNTABLE_TO)).isEmpty();
        assertThatThrownBy(() -> nhs.asOf(Y2021).parent("90A", IN_REGION))
                .isInstanceOf(OrganisationNotOpenException.class);
    }

    @Test
    void nearestParentFollowsTheParentOrder() {
        // on 2023 90D has both PART_OF Q90 and IN_REGION Y90: PART_OF comes first
        assertThat(nhs.asOf(Y2023).parent("90D")).map(o -> o.code().value()).contains("Q90");
        assertThat(nhs.asOf(Y2021).parent("90D")).map(o -> o.code().value()).contains("Y90");
        // MEMBER_OF is not a parent link
        assertThat(nhs.asOf(Y2019).parent("90A")).map(o -> o.code().value()).contains("Y90");
        assertThat(nhs.asOf(Y2021).parent("Y90")).isEmpty();
    }

    @Test
    void parentsAreTheChainNearestFirst() {
        assertThat(nhs.asOf(Y2019)).hasParents("Z90001", "90A", "Y90")
                .hasParents("Z90002", "90B", "Y90")
                .hasParents("Q90", "Y90")
                .hasParents("Y91");
        assertThat(nhs.asOf(Y2021)).hasParents("Z90001", "90D", "Y90");
        assertThat(nhs.asOf(Y2023)).hasParents("Z90001", "90D", "Q90", "Y90")
                .hasParents("90D", "Q90", "Y90");
        assertThat(codes(nhs.asOf(Y2023).parents(nhs.require("Z90001")))).containsExactly("90D", "Q90", "Y90");
        assertThatThrownBy(() -> nhs.asOf(Y2023).parents("Z90002"))
                .isInstanceOf(OrganisationNotOpenException.class);
    }

    @Test
    void childrenAreTheSourcesOfLinksHoldingOnTheDateInCodeOrder() {
        assertThat(codes(nhs.asOf(Y2019).children("Q90", MEMBER_OF))).containsExactly("90A", "90B", "90C");
        assertThat(codes(nhs.asOf(Y2021).children("Q90", MEMBER_OF))).containsExactly("90D");
        assertThat(nhs.asOf(Y2023).children("Q90", MEMBER_OF)).isEmpty();
        assertThat(codes(nhs.asOf(Y2023).children("q90", PART_OF))).containsExactly("90D");
        assertThat(codes(nhs.asOf(Y2021).children("90D", COMMISSIONED_BY))).containsExactly("Z90001", "Z90002");
        assertThat(codes(nhs.asOf(Z90002_CLOSED).children("90D", COMMISSIONED_BY))).containsExactly("Z90001");
        assertThat(codes(nhs.asOf(Y2019).children("Y90", IN_REGION))).containsExactly("90A", "90B", "90C", "Q90");
        assertThat(codes(nhs.asOf(Y2021).children("Y90", IN_REGION))).containsExactly("90D", "Q90");
        assertThat(nhs.asOf(Y2021).children("Y92", IN_REGION)).isEmpty();
        assertThatThrownBy(() -> nhs.asOf(Y2021).children("Y91", IN_REGION))
                .isInstanceOf(OrganisationNotOpenException.class);
    }

    @Test
    void everyParentIsAChildsParentAndBackAgain() {
        for (LocalDate date : List.of(Y2019, MERGER, Y2021, ICBS, Y2023)) {
            StructureView view = nhs.asOf(date);
            for (Organisation o : nhs.organisations()) {
                if (!o.isOpenOn(date)) {
                    continue;
                }
                for (var type : io.github.nhsstructure.organisation.RelationshipType.values()) {
                    view.parent(o.code().value(), type).ifPresent(p -> assertThat(
                            codes(view.children(p.code().value(), type))).as("%s %s %s on %s", o.code(), type,
                            p.code(), date).contains(o.code().value()));
                }
            }
        }
    }

    @Test
    void viewKnowsItsDateAndStructure() {
        StructureView view = nhs.asOf(Y2021);
        assertThat(view.date()).isEqualTo(Y2021);
        assertThat(view.structure()).isSameAs(nhs);
        assertThat(view).hasToString("StructureView[fixture as of 2021-01-01]");
    }
}
