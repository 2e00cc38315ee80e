package io.github.nhsstructure.data;

import static io.github.nhsstructure.organisation.OrganisationKind.AREA_TEAM;
import static io.github.nhsstructure.organisation.OrganisationKind.CCG;
import static io.github.nhsstructure.organisation.OrganisationKind.ICB;
import static io.github.nhsstructure.organisation.OrganisationKind.NATIONAL_BODY;
import static io.github.nhsstructure.organisation.OrganisationKind.PCT;
import static io.github.nhsstructure.organisation.OrganisationKind.REGION;
import static io.github.nhsstructure.organisation.OrganisationKind.SHA;
import static io.github.nhsstructure.organisation.OrganisationKind.STP;
import static io.github.nhsstructure.organisation.OrganisationKind.SUB_ICB_LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.chart.ChartFormat;
import io.github.nhsstructure.chart.ChartNode;
import io.github.nhsstructure.chart.ChartOptions;
import io.github.nhsstructure.chart.ChartParent;
import io.github.nhsstructure.chart.ChartRules;
import io.github.nhsstructure.chart.OrgChart;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Organisation charts of the bundled data: published counts by era, the accountability lines, and invariants. */
class OrgChartDataTest {

    private static final NhsStructure NHS = NhsStructure.bundled();

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    /** The children of a node of a kind, each checked to hang by the given link. */
    private static List<ChartNode> children(ChartNode parent, OrganisationKind kind, RelationshipType link) {
        List<ChartNode> out = parent.children().stream().filter(c -> c.kind() == kind).toList();
        assertThat(out).allSatisfy(c -> assertThat(c.link()).as("link of %s", c).contains(link));
        return out;
    }

    @Test
    void on_2022_07_01_the_42_icbs_hang_under_the_7_regions_of_nhs_england_under_the_department() {
        OrgChart chart = OrgChart.of(NHS, date("2022-07-01"));

        assertThat(chart.root().code().value()).isEqualTo("ZZN01");
        ChartNode nhsEngland = chart.node("X24").orElseThrow();
        assertThat(nhsEngland.link()).contains(RelationshipType.ACCOUNTABLE_TO);
        assertThat(chart.root().children()).contains(nhsEngland);
        List<ChartNode> regions = children(nhsEngland, REGION, RelationshipType.PART_OF);
        assertThat(regions).hasSize(7);
        assertThat(regions.stream().mapToLong(r -> children(r, ICB, RelationshipType.IN_REGION).size()).sum())
                .isEqualTo(42);
        assertThat(chart.count(ICB)).isEqualTo(42);
        assertThat(chart.count(SUB_ICB_LOCATION)).isEqualTo(106);
        assertThat(chart.nodes()).filteredOn(n -> n.kind() == SUB_ICB_LOCATION)
                .allSatisfy(n -> assertThat(n.link()).contains(RelationshipType.PART_OF));
        // South Yorkshire: 02P is part of QF7, in region Y63.
        ChartNode qf7 = chart.node("QF7").orElseThrow();
        assertThat(qf7.children()).extracting(n -> n.code().value()).contains("02P");
        assertThat(chart.node("Y63").orElseThrow().children()).contains(qf7);
    }

    @Test
    void from_2016_to_2022_nhs_improvement_stands_beside_nhs_england_with_monitor_and_the_tda_in_it() {
        OrgChart chart = OrgChart.of(NHS, date("2019-07-01"), ChartOptions.defaults().withDepth(2));

        List<String> underDepartment = chart.root().children().stream().map(n -> n.code().value()).toList();
        assertThat(underDepartment).contains("X24", "ZZN05").doesNotContain("ZZN03", "ZZN04");
        ChartNode improvement = chart.node("ZZN05").orElseThrow();
        assertThat(improvement.name()).isEqualTo("NHS Improvement");
        assertThat(improvement.link()).contains(RelationshipType.ACCOUNTABLE_TO);
        assertThat(children(improvement, NATIONAL_BODY, RelationshipType.MEMBER_OF))
                .extracting(n -> n.code().value()).containsExactly("ZZN03", "ZZN04");
        // After 2022-07-01 NHS Improvement, Monitor and the TDA are gone.
        OrgChart after = OrgChart.of(NHS, date("2022-07-01"), ChartOptions.defaults().withDepth(1));
        assertThat(after.node("ZZN05")).isEmpty();
        assertThat(after.node("ZZN03")).isEmpty();
    }

    @Test
    void in_the_ccg_era_every_ccg_hangs_under_an_stp_or_region_and_every_stp_under_a_region() {
        OrgChart chart = OrgChart.of(NHS, date("2019-07-01"));

        assertThat(chart.count(CCG)).isEqualTo(NHS.asOf(date("2019-07-01")).count(CCG)).isEqualTo(191);
        assertThat(chart.count(STP)).isEqualTo(42);
        for (ChartNode stp : chart.nodes().stream().filter(n -> n.kind() == STP).toList()) {
            assertThat(stp.link()).contains(RelationshipType.IN_REGION);
        }
        assertThat(chart.nodes()).filteredOn(n -> n.kind() == CCG)
                .allSatisfy(n -> assertThat(n.link().orElseThrow()).isIn(RelationshipType.MEMBER_OF,
                        RelationshipType.IN_AREA_OF, RelationshipType.IN_REGION));
    }

    @Test
    void in_2013_the_211_ccgs_and_25_area_teams_hang_under_the_four_commissioning_regions() {
        OrgChart chart = OrgChart.of(NHS, date("2013-04-01"));

        assertThat(chart.count(REGION)).isEqualTo(4);
        assertThat(chart.count(AREA_TEAM)).isEqualTo(25);
        assertThat(chart.count(CCG)).isEqualTo(211);
        // Each CCG lies in the area of an NHS England area team, which is part of its region.
        for (ChartNode team : chart.nodes().stream().filter(n -> n.kind() == AREA_TEAM).toList()) {
            assertThat(team.link()).contains(RelationshipType.PART_OF);
        }
        assertThat(chart.nodes().stream().filter(n -> n.kind() == AREA_TEAM)
                .mapToLong(t -> children(t, CCG, RelationshipType.IN_AREA_OF).size()).sum()).isEqualTo(211);
        assertThat(chart.incompleteKinds()).doesNotContain(NATIONAL_BODY, REGION, AREA_TEAM, CCG);
    }

    @Test
    void in_2012_the_10_shas_and_151_pcts_are_placed_under_the_department_by_kind() {
        OrgChart chart = OrgChart.of(NHS, date("2012-04-01"), ChartOptions.defaults().withDepth(1));

        assertThat(chart.root().children()).filteredOn(n -> n.kind() == SHA).hasSize(10)
                .allSatisfy(n -> assertThat(n.link()).isEmpty());
        assertThat(chart.root().children()).filteredOn(n -> n.kind() == PCT).hasSize(151);
        // National bodies are drawn but not claimed complete before 2013-04-01.
        assertThat(chart.incompleteKinds()).contains(NATIONAL_BODY);
        assertThat(ChartFormat.TEXT.render(chart)).contains("# not complete on this date");
    }

    @Test
    void on_2026_04_01_the_36_icbs_of_the_mergers_are_drawn() {
        OrgChart chart = OrgChart.of(NHS, date("2026-04-01"), ChartOptions.defaults().withDepth(3));

        assertThat(chart.count(ICB)).isEqualTo(36);
    }

    static Stream<Arguments> datesAndKinds() {
        return Stream.of(
                Arguments.of("2005-06-01", List.of(SHA, PCT)),
                Arguments.of("2012-04-01", List.of(SHA, PCT)),
                Arguments.of("2013-04-01", List.of(NATIONAL_BODY, REGION, AREA_TEAM, CCG)),
                Arguments.of("2016-06-01", List.of(NATIONAL_BODY, REGION, CCG, STP)),
                Arguments.of("2022-06-30", List.of(NATIONAL_BODY, REGION, CCG, STP)),
                Arguments.of("2022-07-01", List.of(NATIONAL_BODY, REGION, ICB, SUB_ICB_LOCATION)),
                Arguments.of("2025-01-01", List.of(NATIONAL_BODY, REGION, ICB, SUB_ICB_LOCATION)));
    }

    @ParameterizedTest(name = "{0}: every {1} is drawn")
    @MethodSource("datesAndKinds")
    void every_commissioner_and_national_body_of_the_era_is_drawn(String text, List<OrganisationKind> kinds) {
        LocalDate date = date(text);
        OrgChart chart = OrgChart.of(NHS, date);
        StructureView view = NHS.asOf(date);

        for (OrganisationKind kind : kinds) {
            assertThat(chart.count(kind)).as("%s on %s", kind, date).isEqualTo(view.count(kind)).isPositive();
            assertThat(chart.unplaced()).doesNotContainKey(kind);
        }
        // The chart and the parent histories (which the explorer page uses) agree on every node.
        for (ChartNode n : chart.nodes()) {
            for (ChartNode c : n.children()) {
                Optional<ChartParent> p = ChartRules.parentOn(NHS, c.organisation(), date);
                assertThat(p).as("chart parent of %s on %s", c, date).isPresent();
                assertThat(p.get().parent()).isEqualTo(n.code());
                assertThat(p.get().link()).isEqualTo(c.link());
            }
        }
    }

    @Test
    void the_same_date_renders_byte_identical_text_mermaid_and_dot() {
        for (ChartFormat format : ChartFormat.values()) {
            String one = format.render(OrgChart.of(NHS, date("2022-07-01"), ChartOptions.defaults().withDepth(4)));
            String two = format.render(OrgChart.of(NHS, date("2022-07-01"), ChartOptions.defaults().withDepth(4)));
            assertThat(two).as("%s", format).isEqualTo(one);
        }
    }

    @Test
    void every_organisation_parent_history_names_an_organisation_open_for_the_whole_period() {
        for (Organisation o : NHS.organisations()) {
            for (ChartParent p : ChartRules.parentHistory(NHS, o)) {
                Organisation parent = NHS.require(p.parent());
                assertThat(parent.operationalPeriod().encloses(p.period()))
                        .as("%s under %s for %s", o.code(), parent, p.period()).isTrue();
                assertThat(o.operationalPeriod().encloses(p.period())).isTrue();
            }
        }
    }
}
