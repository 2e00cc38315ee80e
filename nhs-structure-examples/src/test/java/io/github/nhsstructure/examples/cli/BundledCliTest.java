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
 * ({@code new CommandLine(new NhsStructureCli())}, no test supplier).
 */
class BundledCliTest {

    private static CliRun run(String... args) {
        return CliRun.run(new CommandLine(new NhsStructureCli()), args);
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
        assertThat(lines[0]).startsWith("02P\tSUB_ICB_LOCATION\t");
        assertThat(lines[1]).startsWith("QF7\tICB\t");
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
}
