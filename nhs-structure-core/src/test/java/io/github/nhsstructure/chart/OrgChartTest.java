package io.github.nhsstructure.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.exception.OrganisationNotOpenException;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The chart rules and options on the fictional chart fixture, era by era. */
class OrgChartTest {

    private static final NhsStructure NHS = ChartFixture.structure();

    /** Each node as "depth code link", the link of the root shown as "-". */
    private static List<String> outline(OrgChart chart) {
        List<String> out = new ArrayList<>();
        for (ChartNode n : chart.nodes()) {
            out.add(n.depth() + " " + n.code() + " "
                    + (n.depth() == 0 ? "-" : n.link().map(Enum::name).orElse(
                    ChartFormat.linkLabel(n).equals("by kind") ? "BY_KIND" : "THROUGH")));
        }
        return out;
    }

    @Test
    void sha_and_pct_era_places_them_under_the_department_by_kind() {
        // ZZN94 opens only on 2012-06-01, X90 on 2012-10-01.
        OrgChart chart = OrgChart.of(NHS, LocalDate.of(2012, 4, 1));

        assertThat(outline(chart)).containsExactly(
                "0 ZZN91 -",
                "1 ZZN93 ACCOUNTABLE_TO",
                "1 Q9S BY_KIND",
                "1 5Z9 BY_KIND",
                "2 Z90001 COMMISSIONED_BY");
        assertThat(chart.incompleteKinds()).containsExactly(OrganisationKind.NATIONAL_BODY);
        // R9A has no link before regions begin: open, but not placed, and said so.
        assertThat(chart.unplaced()).containsExactly(Map.entry(OrganisationKind.NHS_TRUST, 1));
    }

    @Test
    void area_team_era_hangs_ccgs_under_area_teams_where_linked_else_under_regions() {
        OrgChart chart = OrgChart.of(NHS, LocalDate.of(2013, 4, 1));

        assertThat(outline(chart)).containsExactly(
                "0 ZZN91 -",
                "1 X90 ACCOUNTABLE_TO",
                "2 Y90 PART_OF",
                "3 Q9A PART_OF",
                "4 90A IN_AREA_OF",
                "5 Z90001 COMMISSIONED_BY",
                "3 90B IN_REGION",
                "4 Z90002 COMMISSIONED_BY",
                "3 90C IN_REGION",
                "3 R9A IN_REGION",
                "2 Y91 PART_OF",
                "1 ZZN93 ACCOUNTABLE_TO",
                "1 ZZN94 ACCOUNTABLE_TO");
        assertThat(chart.node("X90").orElseThrow().name()).isEqualTo("FICTIONAL NHS ENGLAND");
        assertThat(chart.incompleteKinds()).isEmpty();
        assertThat(chart.unplaced()).isEmpty();
    }

    @Test
    void improvement_era_puts_nhs_england_and_nhs_improvement_side_by_side_with_monitor_and_tda_inside() {
        OrgChart chart = OrgChart.of(NHS, LocalDate.of(2017, 6, 1));

        assertThat(outline(chart)).containsExactly(
                "0 ZZN91 -",
                "1 X90 ACCOUNTABLE_TO",
                "2 Y90 PART_OF",
                "3 Q90 IN_REGION",
                "4 90A MEMBER_OF",
                "5 Z90001 COMMISSIONED_BY",
                "4 90B MEMBER_OF",
                "5 Z90002 COMMISSIONED_BY",
                "4 90C MEMBER_OF",
                "3 R9A IN_REGION",
                "2 Y91 PART_OF",
                "1 ZZN95 ACCOUNTABLE_TO",
                "2 ZZN93 MEMBER_OF",
                "2 ZZN94 MEMBER_OF");
        assertThat(chart.unplaced()).containsExactly(Map.entry(OrganisationKind.COMMISSIONING_HUB, 1));
    }

    @Test
    void icb_era_runs_from_icb_to_sub_icb_location_to_pcn_to_practice_with_trusts_in_their_icb() {
        OrgChart chart = OrgChart.of(NHS, LocalDate.of(2022, 7, 1));

        assertThat(outline(chart)).containsExactly(
                "0 ZZN91 -",
                "1 X90 ACCOUNTABLE_TO",
                "2 Y90 PART_OF",
                "3 Q90 IN_REGION",
                "4 90D PART_OF",
                "5 U90001 PART_OF",
                "6 Z90001 MEMBER_OF",
                "4 R9A MEMBER_OF",
                "2 Y92 PART_OF",
                "2 Y93 PART_OF");
        ChartNode subIcb = chart.node("90D").orElseThrow();
        assertThat(subIcb.kind()).isEqualTo(OrganisationKind.SUB_ICB_LOCATION);
        assertThat(subIcb.name()).isEqualTo("NHS FICTIONAL ICB - 90D");
        assertThat(subIcb.onsCode().orElseThrow().value()).isEqualTo("E38900005");
        assertThat(chart.root().name()).isEqualTo("FICTIONAL DEPARTMENT OF HEALTH AND SOCIAL CARE");
        assertThat(chart.count(OrganisationKind.REGION)).isEqualTo(3);
    }

    @Test
    void a_root_draws_only_what_hangs_under_it_and_may_be_an_ons_code() {
        LocalDate date = LocalDate.of(2022, 7, 1);
        OrgChart byOds = OrgChart.of(NHS, date, ChartOptions.defaults().withRoot("q90"));
        OrgChart byOns = OrgChart.of(NHS, date, ChartOptions.defaults().withRoot("E54900002"));

        assertThat(outline(byOds)).containsExactly(
                "0 Q90 -", "1 90D PART_OF", "2 U90001 PART_OF", "3 Z90001 MEMBER_OF", "1 R9A MEMBER_OF");
        assertThat(byOds.root().link()).isEmpty();
        assertThat(byOds.unplaced()).isEmpty();
        assertThat(byOns.nodes()).isEqualTo(byOds.nodes());
        assertThat(byOns).isNotEqualTo(byOds); // the options differ
    }

    @Test
    void depth_stops_below_the_root_and_counts_what_it_hides() {
        OrgChart chart = OrgChart.of(NHS, LocalDate.of(2013, 4, 1), ChartOptions.defaults().withDepth(2));

        assertThat(outline(chart)).containsExactly(
                "0 ZZN91 -", "1 X90 ACCOUNTABLE_TO", "2 Y90 PART_OF", "2 Y91 PART_OF", "1 ZZN93 ACCOUNTABLE_TO",
                "1 ZZN94 ACCOUNTABLE_TO");
        assertThat(chart.node("Y90").orElseThrow().hiddenChildren()).isEqualTo(4); // Q9A, 90B, 90C, R9A
        assertThat(chart.node("Y91").orElseThrow().hiddenChildren()).isZero();
        assertThat(OrgChart.of(NHS, LocalDate.of(2013, 4, 1), ChartOptions.defaults().withDepth(0)).size())
                .isEqualTo(1);
    }

    @Test
    void kinds_not_drawn_are_looked_through_naming_a_link_only_to_the_node_drawn_above() {
        OrgChart chart = OrgChart.of(NHS, LocalDate.of(2013, 4, 1), ChartOptions.defaults()
                .withKinds(EnumSet.of(OrganisationKind.REGION, OrganisationKind.CCG)));

        // X90 and the area team are not drawn: regions hang under the department, 90A under its region. Their
        // links (part of X90, in the area of the area team) are to organisations not drawn, so none is named.
        assertThat(outline(chart)).containsExactly(
                "0 ZZN91 -", "1 Y90 THROUGH", "2 90A THROUGH", "2 90B IN_REGION", "2 90C IN_REGION",
                "1 Y91 THROUGH");
        assertThat(ChartFormat.TEXT.render(chart))
                .contains("  Y90 E40900001 FICTIONAL NORTH REGION [REGION; through kinds not drawn]\n")
                .contains("[CCG; through kinds not drawn]\n")
                .contains("[CCG; in region]\n")
                .doesNotContain("part of", "in area of");
        // Drawn with every kind, the same organisations name their links.
        OrgChart full = OrgChart.of(NHS, LocalDate.of(2013, 4, 1));
        assertThat(full.node("Y90").orElseThrow().link()).contains(RelationshipType.PART_OF);
        assertThat(full.node("90A").orElseThrow().link()).contains(RelationshipType.IN_AREA_OF);
        assertThat(chart.options().kinds()).containsExactly(OrganisationKind.REGION, OrganisationKind.CCG);
        // The unplaced count is for the kinds asked for: no trust is counted.
        assertThat(OrgChart.of(NHS, LocalDate.of(2012, 4, 1), ChartOptions.defaults()
                .withKinds(EnumSet.of(OrganisationKind.PCT))).unplaced()).isEmpty();
    }

    @Test
    void the_same_question_gives_an_equal_chart() {
        LocalDate date = LocalDate.of(2019, 10, 1);
        OrgChart one = OrgChart.of(NHS, date);
        OrgChart two = OrgChart.of(ChartFixture.structure(), date);

        assertThat(two).isEqualTo(one).hasSameHashCodeAs(one);
        assertThat(one).isNotEqualTo(OrgChart.of(NHS, date.plusDays(1)));
        assertThat(one.toString()).isEqualTo("OrgChart[2019-10-01 from ZZN91, 15 nodes, dataset chart-fixture]");
        assertThat(outline(one)).contains("3 Q90 IN_REGION", "4 90A MEMBER_OF", "5 U90001 PART_OF",
                "6 Z90001 MEMBER_OF");
    }

    @Test
    void questions_the_data_cannot_answer_are_errors() {
        assertThatThrownBy(() -> OrgChart.of(NHS, LocalDate.of(1980, 1, 1)))
                .isInstanceOf(OutsideCoverageException.class);
        assertThatThrownBy(() -> OrgChart.of(NHS, LocalDate.of(2022, 7, 1),
                ChartOptions.defaults().withRoot("NOPE1"))).isInstanceOf(UnknownOrganisationException.class);
        assertThatThrownBy(() -> OrgChart.of(NHS, LocalDate.of(2022, 7, 1),
                ChartOptions.defaults().withRoot("90A"))).isInstanceOf(OrganisationNotOpenException.class)
                .hasMessageContaining("open 2013-04-01 to 2020-03-31");
        assertThatThrownBy(() -> ChartOptions.defaults().withDepth(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartOptions.defaults().withRoot(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartOptions.defaults().withKinds(EnumSet.noneOf(OrganisationKind.class)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartOptions.defaults().withKinds(EnumSet.of(OrganisationKind.LOCAL_AUTHORITY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LOCAL_AUTHORITY");
    }

    @Test
    void parent_history_follows_each_organisation_through_the_eras() {
        assertThat(ChartRules.parentHistory(NHS, NHS.require("Z90001"))).containsExactly(
                parent("5Z9", RelationshipType.COMMISSIONED_BY, "2006-10-01", "2013-04-01"),
                parent("90A", RelationshipType.COMMISSIONED_BY, "2013-04-01", "2019-07-01"),
                parent("U90001", RelationshipType.MEMBER_OF, "2019-07-01", null));
        assertThat(ChartRules.parentHistory(NHS, NHS.require("90A"))).containsExactly(
                parent("Q9A", RelationshipType.IN_AREA_OF, "2013-04-01", "2015-04-01"),
                parent("Y90", RelationshipType.IN_REGION, "2015-04-01", "2016-04-01"),
                parent("Q90", RelationshipType.MEMBER_OF, "2016-04-01", "2020-04-01"));
        assertThat(ChartRules.parentHistory(NHS, NHS.require("ZZN93"))).containsExactly(
                parent("ZZN91", RelationshipType.ACCOUNTABLE_TO, "2004-01-01", "2016-04-01"),
                parent("ZZN95", RelationshipType.MEMBER_OF, "2016-04-01", "2022-07-01"));
        assertThat(ChartRules.parentHistory(NHS, NHS.require("5Z9"))).containsExactly(
                new ChartParent(OdsCode.of("ZZN91"), Optional.empty(), DateRange.parse("2006-10-01/2013-04-01")));
        assertThat(ChartRules.parentHistory(NHS, NHS.require("R9A"))).containsExactly(
                parent("Y90", RelationshipType.IN_REGION, "2013-04-01", "2022-07-01"),
                parent("Q90", RelationshipType.MEMBER_OF, "2022-07-01", null));
        assertThat(ChartRules.parentHistory(NHS, NHS.require("ZZN91"))).isEmpty();
        assertThat(ChartRules.parentHistory(NHS, NHS.require("H9X"))).isEmpty();
        assertThat(ChartRules.parentHistory(NHS, NHS.require("E09009999"))).isEmpty();
        assertThat(ChartRules.parentOn(NHS, NHS.require("90A"), LocalDate.of(2015, 6, 1))).contains(
                parent("Y90", RelationshipType.IN_REGION, "2015-04-01", "2016-04-01"));
        assertThat(ChartRules.parentOn(NHS, NHS.require("90A"), LocalDate.of(2021, 1, 1))).isEmpty();
        assertThat(ChartRules.department(NHS, LocalDate.of(1989, 12, 31))).isEmpty();
    }

    @Test
    void every_chart_agrees_with_the_parent_histories_on_every_date_anything_changes() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Organisation o : NHS.organisations()) {
            for (ChartParent p : ChartRules.parentHistory(NHS, o)) {
                dates.add(p.period().start());
                if (!p.period().isUnboundedEnd()) {
                    dates.add(p.period().end());
                    dates.add(p.period().endInclusive());
                }
            }
        }
        assertThat(dates).hasSizeGreaterThan(10);
        for (LocalDate date : dates) {
            ChartAgreement.check(NHS, OrgChart.of(NHS, date));
        }
    }

    private static ChartParent parent(String code, RelationshipType type, String start, String end) {
        return new ChartParent(OdsCode.of(code), Optional.of(type),
                end == null ? DateRange.from(LocalDate.parse(start))
                        : DateRange.of(LocalDate.parse(start), LocalDate.parse(end)));
    }
}
