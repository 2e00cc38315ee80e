package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.examples.explore.Explorer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explore --out DIR}, and progress that shows only in a terminal. */
class ExploreCommandTest {

    @Test
    void writes_the_page_and_prints_its_path_quietly_when_not_in_a_terminal(@TempDir Path folder) {
        Path out = folder.resolve("site");
        CliRun r = run("explore", "--out", out.toString());

        assertThat(r.status()).isZero();
        // Tests do not run in a terminal: no progress on stderr.
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(out.resolve(Explorer.PAGE).toAbsolutePath().normalize() + "\n");
        assertThat(out.resolve(Explorer.PAGE)).isNotEmptyFile();
        assertThat(out.resolve(Explorer.DATA)).isNotEmptyFile();
        assertThat(run("explore", "--out", out.toString(), "--json").out())
                .contains("\"files\" : [ \"index.html\", \"data.js\" ]")
                .contains("\"organisations\" : " + CliRun.fixture().organisations().size());
    }

    @Test
    void an_out_that_is_a_file_empty_or_unwritable_is_one_line_exit_2(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("f"), "");
        CliRun.assertThat(run("explore", "--out", file.toString())).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: --out " + file + ": is a file, not a folder");
        // The system's reason ("Not a directory" on Linux and macOS), without the path given again.
        CliRun underAFile = run("explore", "--out", file.resolve("sub").toString());
        CliRun.assertThat(underAFile).failsWithOneLineStartingWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: --out " + file.resolve("sub") + ": cannot be written: ");
        assertThat(underAFile.err()).doesNotContain("(" + file.resolve("sub").toAbsolutePath());
        // Path.of("") is the working folder: the page would land there unasked.
        CliRun.assertThat(run("explore", "--out", "")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: invalid value for --out: the path is empty: name a file or folder");
        CliRun.assertThat(run("explore", "--out=  ")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: invalid value for --out: the path is only spaces: name a file or folder");
        assertThat(folder.resolve(Explorer.PAGE)).doesNotExist();
        assertThat(Path.of(Explorer.PAGE)).doesNotExist();

        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        if (readOnly.toFile().setWritable(false) && !Files.isWritable(readOnly)) { // not when run as root
            CliRun.assertThat(run("explore", "--out", readOnly.toString()))
                    .failsWith(NhsStructureCli.EXIT_USAGE, "nhs-structure: --out " + readOnly
                            + ": cannot be written: permission denied (" + readOnly.resolve("data.js.tmp") + ")");
        }
    }

    @Test
    void progress_rewrites_one_line_on_stderr_only_when_enabled() {
        StringWriter shown = new StringWriter();
        Progress on = new Progress(new PrintWriter(shown), "organisations", 1000, true);
        on.accept(500);
        on.accept(1000);
        on.done();
        assertThat(shown.toString()).isEqualTo("\r500 / 1000 organisations\r1000 / 1000 organisations\n");

        StringWriter bytes = new StringWriter();
        Progress read = Progress.ofBytes(new PrintWriter(bytes), "in.csv", 300L << 20, true);
        read.accept(3L << 20);
        read.accept(300L << 20);
        read.done();
        read.done();
        assertThat(bytes.toString())
                .isEqualTo("\rread 1% of in.csv (3 of 300 MiB)\rread 100% of in.csv (300 of 300 MiB)\n");

        StringWriter quiet = new StringWriter();
        Progress off = new Progress(new PrintWriter(quiet), "organisations", 1000, false);
        off.accept(500);
        off.done();
        assertThat(quiet.toString()).isEmpty();
    }
}
