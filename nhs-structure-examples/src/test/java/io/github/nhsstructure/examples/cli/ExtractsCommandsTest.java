package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.assertThat;
import static io.github.nhsstructure.examples.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --data DIR} on every command and {@code diff} (issue 15), on the CLI fixture (known to 2025-01-01, so the
 * first day it does not speak for is 2025-01-02), and the coverage rule and defaults every command shares.
 */
class ExtractsCommandsTest {

    /** A 27-field ODS row with the given (1-based) columns set. */
    private static String odsRow(String... columnValuePairs) {
        List<String> fields = new ArrayList<>(Collections.nCopies(27, ""));
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            fields.set(Integer.parseInt(columnValuePairs[i]) - 1, columnValuePairs[i + 1]);
        }
        return "\"" + String.join("\",\"", fields) + "\"\r\n";
    }

    private static Path extract(Path dir) throws IOException {
        Files.writeString(dir.resolve("epraccur.csv"), odsRow("1", "ZP0001", "2", "THE FICTION MEDICAL CENTRE", "11",
                "20130401", "13", "A", "15", "ZC1", "16", "20200401", "26", "4")
                + odsRow("1", "ZP0003", "2", "THE NEW SURGERY", "11", "20250201", "13", "A", "15", "ZB1", "16",
                        "20250201", "26", "4"));
        return dir;
    }

    @Test
    void everyCommandAnswersWithTheExtractsLaidOverAndSaysSo(@TempDir Path dir) throws IOException {
        String data = extract(dir).toString();

        CliRun org = run("org", "ZP0001", "--on", "2025-03-01", "--data", data);
        Assertions.assertThat(org.out()).startsWith("ZP0001\t-\tGP_PRACTICE\tTHE FICTION MEDICAL CENTRE\n");
        Assertions.assertThat(org.err()).isEqualTo("nhs-structure: laid " + data + " over dataset cli-fixture-1: 1"
                + " added, 1 renamed ('nhs-structure diff --data " + data + "' lists them)\n");
        Assertions.assertThat(org.status()).isZero();
        Assertions.assertThat(run("count", "--on", "2025-03-01", "--kind", "GP", "--data", data).out())
                .isEqualTo("3\n");
        assertThat(run("count", "--on", "2025-03-01", "--kind", "GP")).printsExactly("2\n");
        Assertions.assertThat(run("org", "ZP0001", "--on", "2025-01-01", "--data", data).out())
                .startsWith("ZP0001\t-\tGP_PRACTICE\tTHE FICTION SURGERY\n");
    }

    @Test
    void extractsThatChangeNothingSaySoWithoutAHintToListNothing(@TempDir Path dir) throws IOException {
        // ZP0001 as the dataset has it.
        Files.writeString(dir.resolve("epraccur.csv"), odsRow("1", "ZP0001", "2", "THE FICTION SURGERY", "11",
                "20130401", "13", "A", "15", "ZC1", "16", "20200401", "26", "4"));
        CliRun org = run("count", "--on", "2022-07-01", "--kind", "GP", "--data", dir.toString());
        Assertions.assertThat(org.err())
                .isEqualTo("nhs-structure: laid " + dir + " over dataset cli-fixture-1: no change\n");
        Assertions.assertThat(org.status()).isZero();
    }

    @Test
    void diffListsCountsAndPrintsJson(@TempDir Path dir) throws IOException {
        String data = extract(dir).toString();

        assertThat(run("diff", "--data", data)).printsExactly(""
                + "2025-01-02\tRENAMED\tZP0001\tname\tTHE FICTION SURGERY\tTHE FICTION MEDICAL CENTRE\t" + data
                + "/epraccur.csv:1 vs FIXTURE\tthe extract (as at 2025-02-01) does not say when; taken from 2025-01-02,"
                + " the first day the dataset does not speak for\n"
                + "2025-02-01\tADDED\tZP0003\torganisation\t-\t2025-02-01/.. GP_PRACTICE THE NEW SURGERY\t" + data
                + "/epraccur.csv:2\t-\n");
        assertThat(run("diff", "--data", data, "--summary", "--type", "added")).printsExactly("ADDED\t1\n");
        CliRun json = run("diff", "--data", data, "--json", "--type", "RENAMED");
        Assertions.assertThat(json.status()).isZero();
        Assertions.assertThat(json.out()).contains("\"dataset\" : \"cli-fixture-1+overlay\"")
                .contains("\"id\" : \"overlay:epraccur.csv\"").contains("\"extractDate\" : \"2025-02-01\"")
                .contains("\"RENAMED\" : 1").contains("\"code\" : \"ZP0001\"").doesNotContain("ZP0003\"")
                .contains("\"datasetSources\" : [ \"FIXTURE\" ]");
    }

    @Test
    void badExtractsAreOneLineNamingFileLineAndFieldExitTwo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("epraccur.csv"), odsRow("1", "ZP0001", "2", "X", "11", "20131301", "13", "A"));
        Path missing = dir.resolve("missing");

        assertThat(run("org", "ZP0001", "--data", dir.toString())).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: " + dir + "/epraccur.csv:1: open date (column 11): '20131301' is not a date (YYYYMMDD):"
                        + " Invalid value for MonthOfYear (valid values 1 - 12): 13");
        assertThat(run("diff", "--data", missing.toString())).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: " + missing + ": no such file or folder (looked for " + missing + ")");
        assertThat(run("diff")).failsWith(NhsStructureCli.EXIT_USAGE, "nhs-structure: diff needs --data DIR: the"
                + " folder, zip or file of ODS extracts to compare with the bundled data");
    }

    @Test
    void oneCoverageRuleForEveryCommand() {
        // changes asks about the effective dates after --from to --to, as count asks about --on.
        assertThat(run("changes", "--from", "0000-01-01", "--to", "9999-12-31")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: --from 0000-01-01: the day after it, 0000-01-02, is outside the coverage of the"
                        + " dataset: covered from 2013-04-01");
        assertThat(run("count", "--on", "0000-01-02", "--kind", "CCG")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: 0000-01-02 is outside the coverage of the dataset: covered from 2013-04-01");
        assertThat(run("changes", "--from", "2016-03-31", "--to", "2023-01-01", "--kind", "STP"))
                .failsWith(NhsStructureCli.EXIT_USAGE,
                        "nhs-structure: --to 2023-01-01 is outside the coverage of kind STP:"
                        + " covered from 2016-04-01 to 2022-06-30 inclusive");
        // successors, as org, refuses a date before the organisation opened.
        CliRun successors = run("successors", "ZC1", "--on", "2019-01-01");
        CliRun org = run("org", "ZC1", "--on", "2019-01-01");
        Assertions.assertThat(successors.status()).isEqualTo(NhsStructureCli.EXIT_USAGE).isEqualTo(org.status());
        Assertions.assertThat(successors.err()).isEqualTo(org.err()).startsWith("nhs-structure: ZC1 (");
    }

    @Test
    void countAndListAskAboutTodayWithoutOn() {
        assertThat(run("count", "--kind", "ICB")).printsExactly(run("count", "--on", CliRun.TODAY.toString(),
                "--kind", "ICB").out());
        assertThat(run("list", "--kind", "ICB")).printsExactly(run("list", "--on", CliRun.TODAY.toString(),
                "--kind", "ICB").out());
        Assertions.assertThat(run("count", "--kind", "ICB").out()).isEqualTo("2\n");
    }
}
