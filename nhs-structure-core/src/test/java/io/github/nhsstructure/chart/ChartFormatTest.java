package io.github.nhsstructure.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The three renderers against golden files of the fictional chart fixture. */
class ChartFormatTest {

    private static final NhsStructure NHS = ChartFixture.structure();

    static Stream<Arguments> goldens() {
        return Stream.of(
                Arguments.of("2012-04-01", ChartFormat.TEXT, "2012-04-01.txt"),
                Arguments.of("2013-04-01", ChartFormat.TEXT, "2013-04-01.txt"),
                Arguments.of("2017-06-01", ChartFormat.TEXT, "2017-06-01.txt"),
                Arguments.of("2022-07-01", ChartFormat.TEXT, "2022-07-01.txt"),
                Arguments.of("2012-04-01", ChartFormat.MERMAID, "2012-04-01.mmd"),
                Arguments.of("2022-07-01", ChartFormat.MERMAID, "2022-07-01.mmd"),
                Arguments.of("2012-04-01", ChartFormat.DOT, "2012-04-01.dot"),
                Arguments.of("2022-07-01", ChartFormat.DOT, "2022-07-01.dot"));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("goldens")
    void renders_the_golden_text(String date, ChartFormat format, String golden) {
        String text = format.render(OrgChart.of(NHS, LocalDate.parse(date)));

        assertThat(text).isEqualTo(ChartFixture.golden(golden, text));
        // Byte-identical for the same date, whichever structure object holds the data.
        assertThat(format.render(OrgChart.of(ChartFixture.structure(), LocalDate.parse(date)))).isEqualTo(text);
        assertThat(text).endsWith("\n").doesNotContain("\r");
    }

    @Test
    void depth_shows_how_many_are_below_in_every_format() {
        OrgChart chart = OrgChart.of(NHS, LocalDate.of(2013, 4, 1), ChartOptions.defaults().withDepth(2));

        assertThat(ChartFormat.TEXT.render(chart)).contains(
                "    Y90 E40900001 FICTIONAL NORTH REGION [REGION; part of] +4 below\n");
        assertThat(ChartFormat.MERMAID.render(chart)).contains("<br/>+4 below\"]");
        assertThat(ChartFormat.DOT.render(chart)).contains("\\n+4 below\"");
    }

    @Test
    void link_labels_are_the_link_types_in_words() {
        assertThat(ChartFormat.linkLabel(Optional.of(RelationshipType.ACCOUNTABLE_TO))).isEqualTo("accountable to");
        assertThat(ChartFormat.linkLabel(Optional.of(RelationshipType.IN_AREA_OF))).isEqualTo("in area of");
        assertThat(ChartFormat.linkLabel(Optional.empty())).isEqualTo("by kind");
        // A node's line: its link, "by kind" for a kind placed by kind, else drawn through kinds not drawn.
        OrgChart regionsOnly = OrgChart.of(NHS, LocalDate.of(2022, 7, 1),
                ChartOptions.defaults().withKinds(EnumSet.of(OrganisationKind.REGION, OrganisationKind.ICB)));
        assertThat(ChartFormat.linkLabel(regionsOnly.node("Q90").orElseThrow())).isEqualTo("in region");
        assertThat(ChartFormat.linkLabel(regionsOnly.node("Y90").orElseThrow())).isEqualTo("through kinds not drawn");
        OrgChart pcts = OrgChart.of(NHS, LocalDate.of(2012, 4, 1));
        ChartNode pct = pcts.nodes().stream().filter(n -> n.kind() == OrganisationKind.PCT).findFirst().orElseThrow();
        assertThat(ChartFormat.linkLabel(pct)).isEqualTo("by kind");
    }
}
