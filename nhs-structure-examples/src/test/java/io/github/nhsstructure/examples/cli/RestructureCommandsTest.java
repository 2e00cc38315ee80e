package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.assertThat;
import static io.github.nhsstructure.examples.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** changes, history, successors and rebase on the CLI fixture (every code fictional). */
class RestructureCommandsTest {

    /**
     * A successful {@code rebase --to 2022-07-01} of a series file with {@code --out} and {@code --unmapped}.
     *
     * @param run  the run
     * @param out  the output file's text
     * @param unmapped  the unmapped rows file's text
     */
    private record Rebased(CliRun run, String out, String unmapped) {

        /** Writes the series into a folder, re-bases it, and checks that the command succeeded. */
        static Rebased of(Path dir, String series) throws IOException {
            Path in = Files.writeString(dir.resolve("series.csv"), series);
            Path out = dir.resolve("out.csv");
            Path unmapped = dir.resolve("unmapped.csv");
            CliRun run = CliRun.run("rebase", "--to", "2022-07-01", "--in", in.toString(), "--out", out.toString(),
                    "--unmapped", unmapped.toString());
            Assertions.assertThat(run.status()).as(run.err()).isZero();
            return new Rebased(run, Files.readString(out), Files.readString(unmapped));
        }
    }

    @Test
    void changesBetweenTwoDatesAsLinesOrCounts() {
        assertThat(run("changes", "--from", "2020-03-31", "--to", "2020-04-01", "--kind", "CCG")).printsExactly(""
                + "2020-04-01\tCREATED\tCCG\t\tZC1\t\t\tHIGH\n"
                + "2020-04-01\tCLOSED\tCCG\tZA1\t\t\t\tHIGH\n"
                + "2020-04-01\tCLOSED\tCCG\tZE1\t\t\t\tHIGH\n"
                + "2020-04-01\tMERGED\tCCG\tZA1,ZE1\tZC1\t\t\tHIGH\n");
        assertThat(run("changes", "--from", "2020-03-31", "--to", "2020-04-01", "--kind", "ccg", "--summary"))
                .printsExactly(""
                        + "2020-04-01\tCLOSED\tCCG\t2\n"
                        + "2020-04-01\tCREATED\tCCG\t1\n"
                        + "2020-04-01\tMERGED\tCCG\t1\n");
        assertThat(run("changes", "--from", "2020-04-01", "--to", "2020-04-01")).printsExactly("");
    }

    @Test
    void changesRejectsReversedDatesAndATargetOutsideCoverage() {
        assertThat(run("changes", "--from", "2021-01-01", "--to", "2020-01-01")).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: --to 2020-01-01 is before --from 2021-01-01");
        assertThat(run("changes", "--from", "2000-01-01", "--to", "2001-01-01")).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: --from 2000-01-01: the day after it, 2000-01-02, is"
                        + " outside the coverage of the dataset: covered from 2013-04-01");
    }

    @Test
    void historyListsEveryChangeOfOneCode() {
        assertThat(run("history", "zc1")).printsExactly(""
                + "2020-04-01\tCREATED\tCCG\t\tZC1\t\t\tHIGH\n"
                + "2020-04-01\tMERGED\tCCG\tZA1,ZE1\tZC1\t\t\tHIGH\n"
                + "2022-07-01\tRENAMED\tSUB_ICB_LOCATION\tZC1\tZC1\tNHS GAMMA CCG\tNHS FICTIONLAND NORTH ICB - ZC1"
                + "\tHIGH\n"
                + "2022-07-01\tRETYPED\tSUB_ICB_LOCATION\tZC1\tZC1\tCCG\tSUB_ICB_LOCATION\tHIGH\n");
        assertThat(run("history", "ZZ9")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: unknown organisation code 'ZZ9' (not in dataset cli-fixture-1)");
    }

    @Test
    void successorsFollowMergersAndExplainThem() {
        assertThat(run("successors", "ZA1", "--on", "2022-07-01")).printsExactly(
                "ZC1\tNHS FICTIONLAND NORTH ICB - ZC1\n");
        assertThat(run("successors", "ZA1", "--on", "2022-07-01", "--explain")).printsExactly(""
                + "ZC1\tNHS FICTIONLAND NORTH ICB - ZC1\n"
                + "\tZA1 -> ZC1 effective 2020-04-01 (RECONFIGURATION; FIXTURE (HIGH))\n");
        assertThat(run("successors", "ZB1", "--on", "2019-01-01", "--explain")).printsExactly(""
                + "ZB1\tNHS BETA CCG\n"
                + "\tstill open on 2019-01-01\n");
        // "Today" in the fixture runs is 2023-01-15.
        assertThat(run("successors", "ZE1")).printsExactly("ZC1\tNHS FICTIONLAND NORTH ICB - ZC1\n");
    }

    @Test
    void aDeadEndIsAnEmptyAnswerExitTwoWithItsReasonAsOneLine() {
        // ZK1 closed on 2013-04-01 and nothing succeeded it: a script must tell that from an answer.
        assertThat(run("successors", "ZK1", "--on", "2022-07-01")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: no successor of ZK1 is in force on 2022-07-01: ZK1 closed on 2013-03-31 with no"
                        + " successor in the data by 2022-07-01");
        // With --json the document still records the dead end; the status is the same.
        CliRun json = run("successors", "ZK1", "--on", "2022-07-01", "--json");
        Assertions.assertThat(json.status()).isEqualTo(NhsStructureCli.EXIT_USAGE);
        Assertions.assertThat(json.out()).contains("\"successors\" : [ ]").contains("ZK1 closed on");
        Assertions.assertThat(json.err()).startsWith("nhs-structure: no successor of ZK1 ").hasLineCount(1);
    }

    @Test
    void successorsOfACodeNotYetOpenAreRefusedAsOrgRefusesIt() {
        // Issue 15: one coverage rule for every command; it used to exit 0 with empty output.
        assertThat(run("successors", "ZC1", "--on", "2019-01-01")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: ZC1 (NHS FICTIONLAND NORTH ICB - ZC1) was not open on 2019-01-01: open 2020-04-01 to"
                        + " now");
    }

    @Test
    void rebaseMergesSumsAndReportsUnmappedRows(@TempDir Path dir) throws IOException {
        Rebased r = Rebased.of(dir, "Value,code,DATE,note\n"
                + "10.5,ZA1,2019-04-01,a\n"
                + "4,ZE1,2019-04-01,b\n"
                + "1,ZB1,2019-04-01,\n"
                + "2,NOPE9,2019-04-01,\n");

        Assertions.assertThat(r.out()).isEqualTo(""
                + "code,name,value\n"
                + "ZB1,NHS FICTIONLAND NORTH ICB - ZB1,1\n"
                + "ZC1,NHS FICTIONLAND NORTH ICB - ZC1,14.5\n");
        Assertions.assertThat(r.unmapped()).isEqualTo(""
                + "line,code,date,value,reason\n"
                + "5,NOPE9,2019-04-01,2,unknown organisation code 'NOPE9'\n");
        Assertions.assertThat(r.run().err()).isEqualTo(""
                + "nhs-structure: rebased 4 rows onto 2022-07-01: 2 organisations, mapped total 15.5; unmapped 1 rows,"
                + " total 2; input total 17.5\n"
                + "nhs-structure:   unmapped 1 x unknown organisation code\n");
    }

    @Test
    void rebaseNamesTheFileLineAndFieldOfBadInput(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "code,date,value\nZA1,2019-04-01,1\nZA1,2019-02-30,1\n");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in.toString(), "--out",
                dir.resolve("o.csv").toString())).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: " + in + ":3: date: '2019-02-30' is not a date (yyyy-MM-dd)");
        Files.writeString(in, "code,when,value\nZA1,2019-04-01,1\n");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in.toString(), "--out",
                dir.resolve("o.csv").toString())).failsWithOneLineStartingWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: " + in + ":1: header has no 'date' column");
        Files.writeString(in, "code,date,value\nZA1,2019-04-01,lots\n");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in.toString(), "--out",
                dir.resolve("o.csv").toString())).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: " + in + ":2: value: 'lots' is not a number");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", dir.resolve("missing.csv").toString(), "--out",
                dir.resolve("o.csv").toString())).failsWithOneLineStartingWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: " + dir.resolve("missing.csv") + ": cannot be read: no such file");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in.toString(), "--out",
                dir.resolve("o.csv").toString(), "--split", "thirds")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: --split: 'thirds' is not fail, equal or weights:FILE");
    }

    @Test
    void rebaseRefusesToWriteOverItsInputBeforeWritingAnything(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("series.csv");
        String series = "code,date,value\nZA1,2019-04-01,1\n";
        Files.writeString(in, series);
        Path same = dir.resolve("sub/../series.csv");
        Files.createDirectories(dir.resolve("sub"));
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in.toString(), "--out", same.toString()))
                .failsWith(NhsStructureCli.EXIT_USAGE, "nhs-structure: --out: " + same
                        + " is the input file; choose another file");
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, in);
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in.toString(), "--out",
                dir.resolve("o.csv").toString(), "--unmapped", link.toString()))
                .failsWith(NhsStructureCli.EXIT_USAGE, "nhs-structure: --unmapped: " + link
                        + " is the input file; choose another file");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in.toString(), "--out",
                dir.resolve("o.csv").toString(), "--unmapped", dir.resolve("./o.csv").toString()))
                .failsWith(NhsStructureCli.EXIT_USAGE, "nhs-structure: --unmapped: " + dir.resolve("./o.csv")
                        + " is also the --out file; choose another file");
        Assertions.assertThat(Files.readString(in)).isEqualTo(series);
        try (var files = Files.list(dir)) {
            Assertions.assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("link.csv", "series.csv", "sub");
        }
    }

    @Test
    void aFailedRebaseLeavesNoPartialFileAndKeepsWhatWasThere(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("series.csv");
        Files.writeString(in, "code,date,value\nNOPE9,2019-04-01,1\nZA1,2019-04-01,1\nZA1,2019-04-01,1e999999999\n");
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "before\n");
        Path unmapped = dir.resolve("unmapped.csv");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in.toString(), "--out", out.toString(),
                "--unmapped", unmapped.toString())).failsWith(NhsStructureCli.EXIT_USAGE, "nhs-structure: " + in
                        + ":4: value: '1e999999999' is out of range (at most 38 digits before the decimal point and"
                        + " 18 after)");
        Assertions.assertThat(Files.readString(out)).isEqualTo("before\n");
        try (var files = Files.list(dir)) {
            Assertions.assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("out.csv", "series.csv");
        }
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in.toString(), "--out",
                dir.resolve("no/such/folder/out.csv").toString())).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: " + dir.resolve("no/such/folder/out.csv") + ": cannot be written: no such file");
    }

    @Test
    void aRowDatedBeforeItsCodeOpenedIsUnmappedWithTheReason(@TempDir Path dir) throws IOException {
        Rebased r = Rebased.of(dir, "code,date,value\nZC1,2019-04-01,10\n");

        Assertions.assertThat(r.unmapped()).isEqualTo("line,code,date,value,reason\n"
                + "2,ZC1,2019-04-01,10,\"ZC1 opened only on 2020-04-01, after the row's date 2019-04-01\"\n");
    }

    @Test
    void historyAndSuccessorsTakeOnsCodes() {
        assertThat(run("history", "E38900015")).printsExactly(run("history", "ZC1").out());
        // E38900011 was ZA1's until 2020-03-31: its successor on 2022-07-01 is ZC1.
        assertThat(run("successors", "E38900011", "--on", "2022-07-01")).printsExactly(
                "ZC1\tNHS FICTIONLAND NORTH ICB - ZC1\n");
        assertThat(run("successors", "E38999999", "--on", "2022-07-01")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: unknown organisation code 'E38999999' (not in dataset cli-fixture-1)");
    }

    @Test
    void rebaseResolvesOnsCodesOnEachRowsDate(@TempDir Path dir) throws IOException {
        // ZB1 bore E38900012 until 2022-06-30 and E38900016 from 2022-07-01.
        Rebased r = Rebased.of(dir, "code,date,value\n"
                + "E38900011,2019-04-01,10\n"
                + "E38900012,2019-04-01,1\n"
                + "E38900016,2022-07-01,2\n"
                + "E38900016,2019-04-01,4\n");

        Assertions.assertThat(r.out()).isEqualTo(""
                + "code,name,value\n"
                + "ZB1,NHS FICTIONLAND NORTH ICB - ZB1,3\n"
                + "ZC1,NHS FICTIONLAND NORTH ICB - ZC1,10\n");
        Assertions.assertThat(r.run().err()).endsWith("nhs-structure:   unmapped 1 x ONS code borne by no organisation on"
                + " the row's date\n");
        Assertions.assertThat(r.unmapped()).isEqualTo("line,code,date,value,reason\n"
                + "5,E38900016,2019-04-01,4,no organisation bore ONS code E38900016 on 2019-04-01: it was borne by"
                + " ZB1 (NHS FICTIONLAND NORTH ICB - ZB1) from 2022-07-01\n");
    }

    @Test
    void rebaseWeightsMayBeKeyedByOnsCodesOfTheTargetDate(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("series.csv");
        Files.writeString(in, "code,date,value\nZA1,2019-04-01,1\n");
        Path weights = dir.resolve("weights.csv");
        Files.writeString(weights, "code,weight\nE38900015,2\n");
        CliRun ok = run("rebase", "--to", "2022-07-01", "--in", in.toString(), "--out",
                dir.resolve("o.csv").toString(), "--split", "weights:" + weights);
        Assertions.assertThat(ok.status()).isZero();
        Files.writeString(weights, "code,weight\nE38900012,2\n");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in.toString(), "--out",
                dir.resolve("o.csv").toString(), "--split", "weights:" + weights)).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: " + weights + ":2: code: no organisation bore ONS code"
                        + " E38900012 on 2022-07-01: it was borne by ZB1 (NHS BETA CCG) from 2013-04-01 to 2022-06-30");
    }
}
