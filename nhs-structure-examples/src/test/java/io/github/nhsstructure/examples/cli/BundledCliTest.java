package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.examples.QuickStart;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Golden facts of the real bundled dataset, asked through the program exactly as a user would
 * ({@code NhsStructureCli.commandLine(new NhsStructureCli())}, no test supplier).
 */
class BundledCliTest {

    private static CliRun run(String... args) {
        return CliRun.run(NhsStructureCli.commandLine(new NhsStructureCli()), args);
    }

    /** Counts of organisations open on a date: CCGs at their start and after the 2021 mergers, then ICBs. */
    static Stream<Arguments> counts() {
        return Stream.of(
                Arguments.of("2013-04-01", "CCG", 211),
                Arguments.of("2021-04-01", "ccg", 106),
                Arguments.of("2022-07-01", "CCG", 0),
                Arguments.of("2022-07-01", "ICB", 42),
                Arguments.of("2022-07-01", "REGION", 7));
    }

    @ParameterizedTest(name = "count --on {0} --kind {1} prints {2}")
    @MethodSource("counts")
    void counts(String date, String kind, int count) {
        assertThat(run("count", "--on", date, "--kind", kind)).printsExactly(count + "\n");
    }

    @Test
    void subIcbLocation02PIsPartOfIcbQF7() {
        CliRun result = run("org", "02P", "--on", "2022-07-01");
        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        String[] lines = result.out().split("\n");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines[0]).startsWith("02P\tE38000006\tSUB_ICB_LOCATION\t");
        assertThat(lines[1]).startsWith("QF7\tE54000061\tICB\t");
    }

    @Test
    void aChartOfNetworksDoesNotNameTheLinkToTheirHiddenSubIcbLocations() {
        CliRun chart = run("chart", "--on", "2022-07-01", "--kind", "PCN", "--depth", "1");
        assertThat(chart.status()).isZero();
        assertThat(chart.out()).contains("\n  U00070 WEST MERTON PCN [PCN; through kinds not drawn]\n")
                .doesNotContain("part of");
        // Drawn with the sub-ICB locations, the same network names its link to the one it is under.
        assertThat(run("chart", "--on", "2022-07-01", "--kind", "SUB_ICB_LOCATION", "PCN", "--depth", "2").out())
                .contains("\n    U00070 WEST MERTON PCN [PCN; part of]\n");
    }

    @Test
    void orgStatesNothingBeyondTheCoverageOfAKind() {
        String chain = "A81001\t-\tGP_PRACTICE\tTHE DENSHAM SURGERY\n"
                + "16C\tE38000247\tSUB_ICB_LOCATION\tNHS North East and North Cumbria ICB - 16C\n"
                + "QHM\tE54000050\tICB\tNHS North East and North Cumbria Integrated Care Board\n"
                + "Y63\tE40000012\tREGION\tNorth East and Yorkshire\n"
                + "X24\t-\tNATIONAL_BODY\tNHS England\n"
                + "ZZN01\t-\tGOVERNMENT_DEPARTMENT\tDepartment of Health and Social Care\n";
        // Primary care networks are covered to 2024-10-01: on that day the practice's network is known...
        assertThat(run("org", "A81001", "--on", "2024-10-01")).printsExactly(chain + "U89141\t-\tPCN\tSTOCKTON PCN\n");
        // ...the next day it is not, as count refuses PCNs, and is not stated from the last data.
        assertThat(run("org", "A81001", "--on", "2024-10-02")).printsExactly(chain + "-\t-\tPCN\tnot known: "
                + "2024-10-02 is outside the coverage of kind PCN: covered from 2019-10-01 to 2024-10-01 inclusive\n");
        assertThat(run("count", "--kind", "PCN", "--on", "2024-10-02")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: 2024-10-02 is outside the coverage of kind PCN: covered from 2019-10-01 to "
                        + "2024-10-01 inclusive");
        CliRun json = run("org", "A81001", "--on", "2025-01-01", "--json");
        assertThat(json.status()).isZero();
        assertThat(json.out()).contains("\"network\" : null", "\"line\" : \"network\"", "\"kind\" : \"PCN\"",
                "\"coveredFrom\" : \"2019-10-01\"", "\"coveredTo\" : \"2024-10-01\"").doesNotContain("U89141");
        // A network itself, and a practice, after the coverage of its kind ends: refused, as count is.
        assertThat(run("org", "U89141", "--on", "2024-10-02")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: 2024-10-02 is outside the coverage of kind PCN: covered from 2019-10-01 to "
                        + "2024-10-01 inclusive");
        assertThat(run("org", "A81001", "--on", "9999-12-31")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: 9999-12-31 is outside the coverage of kind GP_PRACTICE: covered from 1999-04-01 to "
                        + "2026-02-03 inclusive");
        assertThat(run("org", "A81001", "--on", "2026-02-04")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: 2026-02-04 is outside the coverage of kind GP_PRACTICE: covered from 1999-04-01 to "
                        + "2026-02-03 inclusive");
        // Kinds whose coverage is open-ended answer on any later date.
        assertThat(run("org", "02P", "--on", "2030-01-01").status()).isZero();
    }

    @Test
    void changesCountTheCcgsCreatedIn2013AndTheMergersOfApril2020() {
        assertThat(run("changes", "--from", "2013-03-31", "--to", "2013-04-01", "--kind", "CCG", "--summary"))
                .printsExactly("2013-04-01\tCREATED\tCCG\t211\n");
        // 191 CCGs on 2020-03-31, 74 closed into 18 new ones: 135 on 2020-04-01.
        assertThat(run("changes", "--from", "2020-03-31", "--to", "2020-04-01", "--kind", "CCG", "--summary"))
                .printsExactly("2020-04-01\tCLOSED\tCCG\t74\n2020-04-01\tCREATED\tCCG\t18\n"
                        + "2020-04-01\tMERGED\tCCG\t18\n");
    }

    @Test
    void theHistoryOfATrustOnlyTheSuccessorFileNamesMarksItsOpeningUncertain() {
        // RHY's opening is in no source: the first day of NHS trusts, UNCERTAIN; the 2006 split is a fact.
        assertThat(run("history", "RHY")).printsExactly(""
                + "1991-04-01\tCREATED\tNHS_TRUST\t\tRHY\t\t\tUNCERTAIN\n"
                + "2006-07-01\tCLOSED\tNHS_TRUST\tRHY\t\t\t\tUNCERTAIN\n"
                + "2006-07-01\tRECONFIGURED\tNHS_TRUST\tRBX,RH1,RHY,RKD,RNY,RV6\tRX9,RYE\t\t\tHIGH\n");
        assertThat(run("org", "RHY", "--on", "2005-01-01"))
                .printsExactly("RHY\t-\tNHS_TRUST\tNHS trust RHY (name not in sources)\n");
        assertThat(run("org", "RHY", "--on", "1990-01-01")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: RHY (NHS trust RHY (name not in sources)) was not open on 1990-01-01: open 1991-04-01"
                        + " to 2006-06-30 (dates UNCERTAIN)");
    }

    @Test
    void anOldCcgCodeResolvesToItsSubIcbLocation() {
        assertThat(run("successors", "00C", "--on", "2022-07-01", "--explain")).printsExactly(""
                + "16C\tNHS North East and North Cumbria ICB - 16C\n"
                + "\t00C -> 16C effective 2020-04-01 (UNSPECIFIED; ods-succ-2026 (HIGH))\n");
    }

    @Test
    void aPracticeShowsItsCommissionerChainAndItsPcn() {
        CliRun result = run("org", "A81001", "--on", "2023-01-01");
        assertThat(result.status()).isZero();
        String[] lines = result.out().split("\n");
        assertThat(lines[0]).startsWith("A81001\t-\tGP_PRACTICE\t");
        assertThat(lines[1]).startsWith("16C\tE38000247\tSUB_ICB_LOCATION\t");
        assertThat(lines[2]).startsWith("QHM\tE54000050\tICB\t");
        assertThat(lines[lines.length - 1]).startsWith("U89141\t-\tPCN\t");
    }

    @Test
    void aCcgOnsCodeOnADateItWasInUse() {
        // E38000123 was NHS North Manchester CCG (01M) from 2013-04-01 to 2017-03-31.
        assertThat(run("org", "E38000123", "--on", "2016-06-01")).printsExactly(""
                + "01M\tE38000123\tCCG\tNHS NORTH MANCHESTER CCG\n"
                + "Y54\tE40000001\tREGION\tNORTH OF ENGLAND COMMISSIONING REGION\n"
                + "X24\t-\tNATIONAL_BODY\tNHS England\n"
                + "ZZN01\t-\tGOVERNMENT_DEPARTMENT\tDepartment of Health\n");
        CliRun late = run("org", "E38000123", "--on", "2018-01-01");
        assertThat(late.status()).isEqualTo(2);
        assertThat(late.err()).isEqualTo("nhs-structure: no organisation bore ONS code E38000123 on 2018-01-01: it was"
                + " borne by 01M (NHS NORTH MANCHESTER CCG) from 2013-04-01 to 2017-03-31\n");
        assertThat(late.out()).isEmpty();
    }

    @Test
    void regionY63ChangedOnsCodeOn2022_07_01() {
        assertThat(run("org", "E40000009", "--on", "2022-06-30").out()).startsWith("Y63\tE40000009\tREGION\t");
        assertThat(run("org", "E40000012", "--on", "2022-07-01").out()).startsWith("Y63\tE40000012\tREGION\t");
        assertThat(run("org", "E40000009", "--on", "2022-07-01").status()).isEqualTo(2);
    }

    @Test
    void theApril2026EssexIcbByItsOnsCode() {
        assertThat(run("org", "E54000066", "--on", "2026-04-01").out())
                .startsWith("D7T5G\tE54000066\tICB\tNHS Essex Integrated Care Board\n");
    }

    @Test
    void successorsOfAnOnsCodeNoLongerInUse() {
        assertThat(run("successors", "E38000123", "--on", "2022-07-01").out()).startsWith("14L\t");
    }

    @Test
    void versionNamesTheDataset() {
        CliRun result = run("--version");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("dataset " + NhsStructure.bundled().dataVersion());
    }

    @Test
    void quickStartRuns() {
        StringWriter out = new StringWriter();
        QuickStart.print(NhsStructure.bundled(), new PrintWriter(out));
        assertThat(out.toString())
                .contains("CCGs on 2013-04-01: 211")
                .contains("CCGs on 2021-04-01: 106")
                .contains("ICBs on 2022-07-01: 42")
                .containsPattern("\\R  02P +SUB_ICB_LOCATION +.+\\R  QF7 +ICB +");
    }

    /**
     * Who Pays? on the bundled data through the program: NHS England's unit in each era and of each kind, local
     * authorities, a prison, a Defence Medical Services centre and a practice in Wales; the first line names the body
     * (or the type, then the reason on the next line) and the rule.
     */
    static Stream<Arguments> whoPays() {
        return Stream.of(
                Arguments.of("2014-06-01 GP_PRIMARY_MEDICAL --practice A81001",
                        "NHS England Q45 (Durham, Darlington and Tees)", "WP2013-5"),
                Arguments.of("2016-06-01 SCREENING_AND_IMMUNISATION --practice A81001",
                        "NHS England Q74 (NHS England North (Cumbria and North East))", "WP2013-2"),
                Arguments.of("2023-06-01 SCREENING_AND_IMMUNISATION --practice A81001",
                        "NHS England Y63 (North East and Yorkshire)", "WP2022-2"),
                Arguments.of("2010-06-01 ACUTE_PLANNED --detained --establishment Y02289",
                        "Primary Care Trust 5N1 (Leeds)", "WP-PCT-3"),
                Arguments.of("2016-06-01 ACUTE_PLANNED --detained --establishment Y02289",
                        "NHS England 13V (YORKSHIRE AND HUMBER COMMISSIONING HUB)", "WP2013-3"),
                Arguments.of("2024-06-01 ACUTE_PLANNED --practice Y02307",
                        "NHS England 14T (SOUTH WEST - H&J COMMISSIONING HUB)", "WP2024-3"),
                Arguments.of("2016-06-01 ACUTE_PLANNED --practice A91024", "NHS England 13Q (NATIONAL COMMISSIONING HUB 1)",
                        "WP2013-4"),
                Arguments.of("2016-06-01 SPECIALISED_RETAINED --practice A81001", "NHS England", "WP2013-6"),
                Arguments.of("2016-06-01 PUBLIC_HEALTH_LOCAL --present E08000035 --residence E10000015",
                        "Local authority E08000035 (Leeds)", "WP2013-1"),
                Arguments.of("2016-06-01 HEALTH_VISITING --present E08000035 --residence E10000015",
                        "Local authority E10000015 (Hertfordshire)", "WP2013-1"),
                Arguments.of("2023-06-01 ACUTE_PLANNED --practice W96004 --residence M2L0M",
                        "Integrated Care Board QOC (NHS Shropshire, Telford and Wrekin Integrated Care Board)",
                        "WP2022-14"));
    }

    @ParameterizedTest(name = "who-pays --on {0}")
    @MethodSource("whoPays")
    void whoPaysNamesTheBody(String question, String whoPays, String ruleId) {
        String[] words = question.split(" ");
        String[] args = new String[words.length + 3];
        args[0] = "who-pays";
        args[1] = "--on";
        args[2] = words[0];
        args[3] = "--service";
        System.arraycopy(words, 1, args, 4, words.length - 1);
        CliRun r = run(args);
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("Who pays: " + whoPays);
        int status = whoPays.contains("(") ? 1 : 2;
        if (status == 2) {
            assertThat(lines[1]).startsWith("Type only: ");
        }
        assertThat(lines[status]).isEqualTo("Status: RESOLVED");
        assertThat(lines[status + 1]).startsWith("Rule: " + ruleId + " ");
    }

    @Test
    void whoPaysChecksEveryCodeAgainstTheRealData() {
        CliRun r = run("who-pays", "--on", "2016-06-01", "--service", "URGENT_AND_EMERGENCY", "--present", "06N",
                "--practice", "06N");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("nhs-structure: --practice 06N is a clinical commissioning group, not a GP"
                + " practice");
    }

    @Test
    void chartOf2022DrawsThe42IcbsUnderTheSevenRegions() {
        CliRun chart = run("chart", "--on", "2022-07-01", "--depth", "3", "--kind", "REGION", "ICB");
        assertThat(chart.status()).isZero();
        assertThat(chart.out()).startsWith("# NHS organisation chart on 2022-07-01 (dataset ")
                .contains("\nZZN01 Department of Health and Social Care [GOVERNMENT_DEPARTMENT]\n")
                // A region is part of NHS England, which is not drawn: its line does not name that link.
                .contains("\n  Y63 E40000012 North East and Yorkshire [REGION; through kinds not drawn]\n")
                .contains("\n    QF7 E54000061 NHS South Yorkshire Integrated Care Board [ICB; in region]\n");
        assertThat(chart.out().lines().filter(l -> l.contains(" [ICB; in region]"))).hasSize(42);
        assertThat(chart.out().lines().filter(l -> l.contains(" [REGION; through kinds not drawn]"))).hasSize(7);
        assertThat(chart.out()).doesNotContain("part of");
        assertThat(run("chart", "--on", "2022-07-01", "--depth", "3", "--kind", "REGION", "ICB").out())
                .isEqualTo(chart.out());
    }
}
