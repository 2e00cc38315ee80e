package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.assertThat;
import static io.github.nhsstructure.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.chart.ChartFormat;
import io.github.nhsstructure.chart.ChartOptions;
import io.github.nhsstructure.chart.OrgChart;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@code chart} on the CLI fixture, which has no department: every chart is drawn from a region or ICB. */
class ChartCommandTest {

    @Test
    void prints_the_text_tree_under_a_root() {
        assertThat(run("chart", "--on", "2022-07-01", "--root", "ZR1")).printsExactly(String.join("\n",
                "# NHS organisation chart on 2022-07-01 (dataset cli-fixture-1): 7 organisations from ZR1",
                "ZR1 E40900011 NORTH OF FICTIONLAND [REGION]",
                "  ZQ1 E54900011 NHS FICTIONLAND NORTH INTEGRATED CARE BOARD [ICB; in region]",
                "    ZB1 E38900016 NHS FICTIONLAND NORTH ICB - ZB1 [SUB_ICB_LOCATION; part of]",
                "      ZP0002 PRACTICE ZP0002 (NAME NOT IN SOURCES) [GP_PRACTICE; commissioned by]",
                "    ZC1 E38900015 NHS FICTIONLAND NORTH ICB - ZC1 [SUB_ICB_LOCATION; part of]",
                "      ZN1 FICTION CENTRAL PCN [PCN; part of]",
                "        ZP0001 THE FICTION SURGERY [GP_PRACTICE; member of]",
                ""));
    }

    @Test
    void depth_kinds_and_format_are_passed_to_the_library_unchanged() {
        LocalDate date = LocalDate.of(2019, 10, 1);
        String expected = ChartFormat.DOT.render(OrgChart.of(CliRun.fixture(), date, ChartOptions.defaults()
                .withRoot("ZR1").withDepth(1).withKinds(java.util.EnumSet.of(
                        io.github.nhsstructure.organisation.OrganisationKind.CCG,
                        io.github.nhsstructure.organisation.OrganisationKind.PCN))));

        assertThat(run("chart", "--on", "2019-10-01", "--root", "zr1", "--depth", "1", "--kind", "ccg", "pcn",
                "--format", "DOT")).printsExactly(expected);
        assertThat(run("chart", "--on", "2019-10-01", "--root", "ZR1", "--depth=1", "--kind=CCG", "--kind=PCN",
                "--format=dot")).printsExactly(expected);
        // ZA1 lies in the area of local office ZL1, which is not drawn: ZA1 hangs under the region, through it, and
        // its line does not name a link to the region, which it has not.
        assertThat(expected).contains("\"ZR1\" -> \"ZA1\" [label=\"through kinds not drawn\", style=dashed]",
                "+1 below").doesNotContain("in area of");
        assertThat(run("chart", "--on", "2019-10-01", "--root", "ZR1", "--format", "mermaid").out())
                .startsWith("%% NHS organisation chart on 2019-10-01").contains("flowchart LR\n");
    }

    @Test
    void bad_questions_are_one_line_errors() {
        // One line naming the option, whether the library or picocli's int conversion rejects the value.
        assertThat(run("chart", "--on", "2022-07-01", "--root", "ZR1", "--depth", "-1")).failsWith(
                NhsStructureCli.EXIT_USAGE,
                "nhs-structure: invalid value for --depth: the depth must not be negative: -1");
        assertThat(run("chart", "--on", "2022-07-01", "--root", "ZR1", "--depth", "99999999999")).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: invalid value for --depth: '99999999999' is not an int");
        CliRun localAuthorities = run("chart", "--on", "2022-07-01", "--root", "ZR1", "--kind", "LOCAL_AUTHORITY");
        assertThat(localAuthorities.status()).isEqualTo(NhsStructureCli.EXIT_USAGE);
        assertThat(localAuthorities.err()).startsWith(
                "nhs-structure: invalid value for --kind: LOCAL_AUTHORITY is not drawn in organisation charts (they"
                        + " draw [GOVERNMENT_DEPARTMENT,").hasLineCount(1);
        assertThat(run("chart", "--on", "2022-07-01", "--root", "ZA1")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: ZA1 (NHS ALPHA CCG) was not open on 2022-07-01: open 2013-04-01 to 2020-03-31");
        assertThat(run("chart", "--on", "2022-07-01", "--format", "svg"))
                .failsWithOneLineStartingWith(NhsStructureCli.EXIT_USAGE, "nhs-structure: invalid value for --format");
    }
}
