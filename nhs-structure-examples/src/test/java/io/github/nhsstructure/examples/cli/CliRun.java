package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.spi.DatasetReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import picocli.CommandLine;

/**
 * One in-process run of the command-line program, with its exit status and captured output, and the fixture
 * dataset the tests run it on ({@code src/test/resources/cli-fixture}, described in its README).
 *
 * @param status  the exit status
 * @param out  everything written to standard output
 * @param err  everything written to standard error
 */
record CliRun(int status, String out, String err) {

    /** The version given to the fixture dataset. */
    static final String FIXTURE_VERSION = "cli-fixture-1";

    /** "Today" in the tests: a fixed date, so that the default of {@code org --on} is testable. */
    static final LocalDate TODAY = LocalDate.of(2023, 1, 15);

    private static final NhsStructure FIXTURE = NhsStructure.of(DatasetReader.read(FIXTURE_VERSION, folder()));

    private static Path folder() {
        URL url = Objects.requireNonNull(CliRun.class.getResource("/cli-fixture/organisations.csv"),
                "cli-fixture on the test class path");
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns the fixture structure.
     *
     * @return the structure, not null
     */
    static NhsStructure fixture() {
        return FIXTURE;
    }

    /**
     * Runs the program on the fixture dataset, with today fixed to {@link #TODAY}.
     *
     * @param args  the arguments
     * @return the run, not null
     */
    static CliRun run(String... args) {
        return run(() -> FIXTURE, args);
    }

    /**
     * Runs the program on a dataset supplier, with today fixed to {@link #TODAY}.
     *
     * @param source  the dataset supplier
     * @param args  the arguments
     * @return the run, not null
     */
    static CliRun run(Supplier<NhsStructure> source, String... args) {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        return run(NhsStructureCli.commandLine(new NhsStructureCli(source, clock)), args);
    }

    /**
     * Runs a command line, capturing its output.
     *
     * @param commandLine  the command line, as built by the caller
     * @param args  the arguments
     * @return the run, not null
     */
    static CliRun run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }

    /**
     * Starts an assertion on a run.
     *
     * @param run  the run
     * @return the assertion
     */
    static RunAssert assertThat(CliRun run) {
        return new RunAssert(run);
    }

    /** Assertions on a run that read like the program's contract. */
    static final class RunAssert extends AbstractAssert<RunAssert, CliRun> {
        RunAssert(CliRun actual) {
            super(actual, RunAssert.class);
        }

        /** Exit status 0, exactly this on standard output, nothing on standard error. */
        RunAssert printsExactly(String out) {
            isNotNull();
            Assertions.assertThat(actual.err()).as("stderr").isEmpty();
            Assertions.assertThat(actual.out()).as("stdout").isEqualTo(out);
            Assertions.assertThat(actual.status()).as("exit status").isZero();
            return this;
        }

        /** This exit status, exactly this one line on standard error, nothing on standard output. */
        RunAssert failsWith(int status, String errorLine) {
            isNotNull();
            Assertions.assertThat(actual.err()).as("stderr").isEqualTo(errorLine + "\n");
            Assertions.assertThat(actual.out()).as("stdout").isEmpty();
            Assertions.assertThat(actual.status()).as("exit status").isEqualTo(status);
            return this;
        }

        /** This exit status, one line on standard error starting with the prefix, nothing on standard output. */
        RunAssert failsWithOneLineStartingWith(int status, String prefix) {
            isNotNull();
            Assertions.assertThat(actual.err()).as("stderr").startsWith(prefix).endsWith("\n")
                    .hasLineCount(1).doesNotContain("\tat ");
            Assertions.assertThat(actual.out()).as("stdout").isEmpty();
            Assertions.assertThat(actual.status()).as("exit status").isEqualTo(status);
            return this;
        }

        /** Exit status 2, the error line and then picocli's hint for the command. */
        RunAssert isUsageError(String errorLine, String command) {
            isNotNull();
            Assertions.assertThat(actual.err()).as("stderr")
                    .isEqualTo(errorLine + "\nTry '" + command + " --help' for more information.\n");
            Assertions.assertThat(actual.out()).as("stdout").isEmpty();
            Assertions.assertThat(actual.status()).as("exit status").isEqualTo(NhsStructureCli.EXIT_USAGE);
            return this;
        }
    }
}
