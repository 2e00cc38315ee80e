package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.assertThat;
import static io.github.nhsstructure.examples.cli.CliRun.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, the re-basing cases, each as a new user tried it: nothing overwritten, nothing partial, nothing lost,
 * and every bad file one line naming file, line and field (exit status 2).
 */
class RebaseBadInputCommandTest {

    private static final String SERIES = "code,date,value\nZA1,2019-01-01,10\nZE1,2019-01-01,5\n";

    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p.toString();
    }

    private String bytes(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p.toString();
    }

    @Test
    void anOutputOnTheInputIsRefusedBeforeAnythingIsWritten() throws IOException {
        String in = file("in.csv", SERIES);
        String out = dir.resolve("out.csv").toString();

        assertThat(run("rebase", "--to", "2022-07-01", "--in", in, "--out", in)).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: --out: " + in + " is the input file; choose another file");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in, "--out", out, "--unmapped", in)).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: --unmapped: " + in
                        + " is the input file; choose another file");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in, "--out", out, "--unmapped", out)).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: --unmapped: " + out
                        + " is also the --out file; choose another file");
        Assertions.assertThat(Files.readString(Path.of(in))).isEqualTo(SERIES);
        Assertions.assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void aFailureAfterTheTotalsLeavesNoPartialFile() throws IOException {
        String in = file("in.csv", SERIES);
        Path out = dir.resolve("out.csv");

        CliRun r = run("rebase", "--to", "2022-07-01", "--in", in, "--out", out.toString(), "--unmapped",
                dir.resolve("missing/unmapped.csv").toString());

        Assertions.assertThat(r.status()).isEqualTo(NhsStructureCli.EXIT_USAGE);
        Assertions.assertThat(r.err()).endsWith("missing/unmapped.csv: cannot be written: no such file\n");
        Assertions.assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            Assertions.assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in.csv");
        }
    }

    @Test
    void aValueOutOfRangeIsOneLineNamingFileLineAndField() throws IOException {
        String in = file("big.csv", "code,date,value\nZA1,2019-01-01,1e999999999\n");

        assertThat(run("rebase", "--to", "2022-07-01", "--in", in, "--out", dir.resolve("o.csv").toString()))
                .failsWith(NhsStructureCli.EXIT_USAGE, "nhs-structure: " + in + ":2: value: '1e999999999' is out of"
                        + " range (at most 38 digits before the decimal point and 18 after)");
    }

    @Test
    void aRowDatedBeforeItsCodeExistedIsUnmappedWithTheReason() throws IOException {
        // ZC1 opened 2020-04-01.
        String in = file("early.csv", "code,date,value\nZC1,2019-01-01,10\nZC1,2021-01-01,5\n");
        Path unmapped = dir.resolve("unmapped.csv");

        CliRun r = run("rebase", "--to", "2022-07-01", "--in", in, "--out", dir.resolve("o.csv").toString(),
                "--unmapped", unmapped.toString());

        Assertions.assertThat(r.status()).isZero();
        Assertions.assertThat(Files.readString(unmapped)).isEqualTo("line,code,date,value,reason\n"
                + "2,ZC1,2019-01-01,10,\"ZC1 opened only on 2020-04-01, after the row's date 2019-01-01\"\n");
    }

    @Test
    void badInputSaysWhatIsWrongAndWhere() throws IOException {
        String out = dir.resolve("o.csv").toString();
        String dup = file("dup.csv", "code,code,value\nZA1,2019-01-01,1\n");
        String enc = bytes("enc.csv", "code,date,value\nZA1,2019-01-01,1\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        String quote = file("quote.csv", "code,date,value\n\"ZA1\"x,2019-01-01,1\n");
        String folder = Files.createDirectories(dir.resolve("folder.csv")).toString();

        assertThat(run("rebase", "--to", "2022-07-01", "--in", dup, "--out", out)).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: " + dup + ":1: code: column name given twice in the header"
                        + " (columns 1 and 2)");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", enc, "--out", out)).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: " + enc + ":2: value: byte 0xE9 (offset 32) is not UTF-8"
                        + " text: save the file as UTF-8");
        CliRun malformed = run("rebase", "--to", "2022-07-01", "--in", quote, "--out", out);
        Assertions.assertThat(malformed.err()).startsWith("nhs-structure: " + quote + ":2: malformed CSV")
                .doesNotContain("Exception");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", dir.resolve("none.csv").toString(), "--out", out))
                .failsWith(NhsStructureCli.EXIT_USAGE, "nhs-structure: " + dir.resolve("none.csv")
                        + ": cannot be read: no such file");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", folder, "--out", out)).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: " + folder + ": cannot be read: Is a directory");
    }

    @Test
    void aBadWeightsFileSaysWhatIsWrongAndWhere() throws IOException {
        String in = file("in.csv", SERIES);
        String out = dir.resolve("o.csv").toString();
        String dup = file("wdup.csv", "code,code,weight\nZC1,1,2\n");
        String enc = bytes("wenc.csv", "code,weight\nZC1,1\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        String quote = file("wq.csv", "code,weight\n\"ZC1\"x,1\n");

        assertThat(run("rebase", "--to", "2022-07-01", "--in", in, "--out", out, "--split", "weights:" + dup))
                .failsWith(NhsStructureCli.EXIT_USAGE, "nhs-structure: " + dup + ":1: code: column name given twice in"
                        + " the header (columns 1 and 2)");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in, "--out", out, "--split", "weights:" + enc))
                .failsWith(NhsStructureCli.EXIT_USAGE, "nhs-structure: " + enc + ":2: weight: byte 0xE9 (offset 17)"
                        + " is not UTF-8 text: save the file as UTF-8");
        CliRun malformed = run("rebase", "--to", "2022-07-01", "--in", in, "--out", out, "--split", "weights:"
                + quote);
        Assertions.assertThat(malformed.err()).startsWith("nhs-structure: " + quote + ":2: malformed CSV: ")
                .doesNotContain("Exception").doesNotContain("commons");
        Assertions.assertThat(malformed.status()).isEqualTo(NhsStructureCli.EXIT_USAGE);
        // A weight of an organisation not in force on the target date could never be used.
        String closed = file("wclosed.csv", "code,weight\nZC1,1\nZA1,2\n");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in, "--out", out, "--split", "weights:" + closed))
                .failsWithOneLineStartingWith(NhsStructureCli.EXIT_USAGE, "nhs-structure: " + closed + ":3: code: ZA1"
                        + " (");
        Assertions.assertThat(run("rebase", "--to", "2022-07-01", "--in", in, "--out", out, "--split", "weights:"
                + closed).err()).contains("was not open on 2022-07-01").endsWith("weights are of the organisations"
                        + " in force on the target date\n");
    }

    @Test
    void anEmptyFileNameOrAnEmptyCodeIsRefused() throws IOException {
        String in = file("in.csv", SERIES);
        String out = dir.resolve("o.csv").toString();
        assertThat(run("rebase", "--to", "2022-07-01", "--in", "", "--out", out)).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: --in: no file name given");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in, "--out", "")).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: --out: no file name given");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in, "--out", out, "--unmapped", " ")).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: --unmapped: no file name given");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in, "--out", out, "--split", "weights:")).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: --split weights:: no file name given");
        String empty = file("empty-code.csv", "code,date,value\n,2016-06-30,1\n");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", empty, "--out", out)).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: " + empty + ":2: code: empty (every row needs an ODS or"
                        + " ONS code)");
        Assertions.assertThat(dir.resolve("o.csv")).doesNotExist();
    }

    @Test
    void aFileHoldingOnlyAByteOrderMarkHasAnEmptyHeader() throws IOException {
        String in = file("in.csv", SERIES);
        String out = dir.resolve("o.csv").toString();
        String bom = bytes("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'});
        assertThat(run("rebase", "--to", "2022-07-01", "--in", bom, "--out", out)).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: " + bom + ":1: the header is empty (needs the columns"
                        + " code, date and value)");
        assertThat(run("rebase", "--to", "2022-07-01", "--in", in, "--out", out, "--split", "weights:" + bom))
                .failsWith(NhsStructureCli.EXIT_USAGE, "nhs-structure: " + bom + ":1: the header is empty (needs the"
                        + " columns code and weight)");
        String marked = bytes("marked.csv", "\uFEFFcode,when,value\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run("rebase", "--to", "2022-07-01", "--in", marked, "--out", out)).failsWith(
                NhsStructureCli.EXIT_USAGE, "nhs-structure: " + marked + ":1: header has no 'date' column (found"
                        + " [code, when, value]; needs [code, date, value])");
    }
}
