package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.assertThat;
import static io.github.nhsstructure.examples.cli.CliRun.run;
import static io.github.nhsstructure.examples.cli.NhsStructureCli.EXIT_DATA;
import static io.github.nhsstructure.examples.cli.NhsStructureCli.EXIT_USAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.exception.NhsStructureException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Every failure is one line on standard error and a documented exit status, never a stack trace. */
class ErrorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"count", "list"})
    void rejectsAnUnknownKindListingTheValidOnes(String command) {
        CliRun run = run(command, "--on", "2021-04-01", "--kind", "trust-ish");
        assertThat(run).failsWithOneLineStartingWith(EXIT_USAGE,
                "nhs-structure: invalid value for --kind: unknown organisation kind 'trust-ish': use one of ");
        assertThat(run.err()).contains("CCG, ").contains(", ICB, ").contains(", SUB_ICB_LOCATION, ")
                .contains("REGION, ").contains("SICBL=SUB_ICB_LOCATION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-30", "2021-13-01"})
    void rejectsAnImpossibleDate(String date) {
        assertThat(run("count", "--on", date, "--kind", "CCG")).failsWithOneLineStartingWith(EXIT_USAGE,
                "nhs-structure: invalid value for --on: '" + date + "' is not a valid date: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01/04/2021", "2021-4-1", "20210401", "yesterday", ""})
    void rejectsADateNotInIsoForm(String date) {
        assertThat(run("list", "--on", date, "--kind", "CCG")).failsWith(EXIT_USAGE,
                "nhs-structure: invalid value for --on: '" + date + "' is not a date of the form yyyy-MM-dd");
    }

    @Test
    void rejectsABadDateForOrg() {
        assertThat(run("org", "ZB1", "--on", "2021-04-31")).failsWith(EXIT_USAGE,
                "nhs-structure: invalid value for --on: '2021-04-31' is not a valid date: Invalid date 'APRIL 31'");
    }

    @Test
    void rejectsADateOutsideTheCoverageOfTheKind() {
        assertThat(run("count", "--on", "2022-06-30", "--kind", "ICB")).failsWith(EXIT_USAGE,
                "nhs-structure: 2022-06-30 is outside the coverage of kind ICB: covered from 2022-07-01");
        assertThat(run("list", "--on", "2022-07-01", "--kind", "STP")).failsWith(EXIT_USAGE,
                "nhs-structure: 2022-07-01 is outside the coverage of kind STP: covered from 2016-04-01 to 2022-06-30 inclusive");
    }

    @Test
    void saysADateOutsideTheCoverageIsTodayWhenItIsTheDefault() {
        // The fixture's today is 2023-01-15; the user typed no date.
        String today = "nhs-structure: today, 2023-01-15 (the default of --on), is outside the coverage of kind STP:"
                + " covered from 2016-04-01 to 2022-06-30 inclusive";
        assertThat(run("count", "--kind", "STP")).failsWith(EXIT_USAGE, today);
        assertThat(run("list", "--kind", "STP")).failsWith(EXIT_USAGE, today);
        // Typed, it is the user's date.
        assertThat(run("count", "--kind", "STP", "--on", "2023-01-15")).failsWith(EXIT_USAGE, "nhs-structure:"
                + " 2023-01-15 is outside the coverage of kind STP: covered from 2016-04-01 to 2022-06-30 inclusive");
    }

    @Test
    void namesTheOptionOfADateOfChangesOutsideTheCoverage() {
        // The changes asked about start the day after --from: a date the user did not type.
        assertThat(run("changes", "--from", "2012-01-01", "--to", "2014-01-01")).failsWith(EXIT_USAGE,
                "nhs-structure: --from 2012-01-01: the day after it, 2012-01-02, is outside the coverage of the"
                        + " dataset: covered from 2013-04-01");
        assertThat(run("changes", "--from", "0001-01-01", "--to", "9999-12-31")).failsWith(EXIT_USAGE,
                "nhs-structure: --from 0001-01-01: the day after it, 0001-01-02, is outside the coverage of the"
                        + " dataset: covered from 2013-04-01");
    }

    @Test
    void refusesAnEmptyDataPathInsteadOfReadingTheWorkingFolder() {
        assertThat(run("count", "--kind", "ICB", "--on", "2022-07-01", "--data", "")).failsWith(EXIT_USAGE,
                "nhs-structure: invalid value for --data: the path is empty: name a file or folder");
        assertThat(run("diff", "--data=")).failsWith(EXIT_USAGE,
                "nhs-structure: invalid value for --data: the path is empty: name a file or folder");
    }

    @Test
    void rejectsADateOutsideTheCoverageOfTheDataset() {
        assertThat(run("count", "--on", "2000-01-01", "--kind", "CCG")).failsWith(EXIT_USAGE,
                "nhs-structure: 2000-01-01 is outside the coverage of the dataset: covered from 2013-04-01");
    }

    @Test
    void rejectsAKindTheDatasetDoesNotCover() {
        assertThat(run("count", "--on", "2021-04-01", "--kind", "pct")).failsWith(EXIT_USAGE,
                "nhs-structure: the dataset does not cover kind PCT");
    }

    @Test
    void reportsAMissingOptionWithAHint() {
        assertThat(run("count", "--on", "2021-04-01"))
                .isUsageError("nhs-structure: Missing required option: '--kind=KIND'", "nhs-structure count");
    }

    @Test
    void reportsAnUnknownOptionWithAHint() {
        assertThat(run("list", "--on", "2021-04-01", "--kind", "CCG", "--colour"))
                .isUsageError("nhs-structure: Unknown option: '--colour'", "nhs-structure list");
    }

    @Test
    void reportsAMissingCodeWithAHint() {
        assertThat(run("org", "--on", "2021-04-01"))
                .isUsageError("nhs-structure: Missing required parameter: 'CODE'", "nhs-structure org");
    }

    @Test
    void reportsAnUnknownCommandWithAHint() {
        assertThat(run("frobnicate"))
                .isUsageError("nhs-structure: Unmatched argument at index 0: 'frobnicate'", "nhs-structure");
    }

    @Test
    void reportsAMissingCommandWithAHint() {
        assertThat(run()).isUsageError("nhs-structure: missing command: use one of count, list, org, quality, "
                + "changes, history, successors, rebase, who-commissions, who-pays, diff, chart, explore, help",
                "nhs-structure");
    }

    @Test
    void reportsAMissingDatasetAsExitOne() {
        Supplier<NhsStructure> none = () -> {
            throw new NhsStructureException("no StructureDataProvider is registered: put nhs-structure-data "
                    + "(or another provider) on the class path, or use NhsStructure.from(provider)");
        };
        assertThat(run(none, "count", "--on", "2022-07-01", "--kind", "ICB")).failsWith(EXIT_DATA,
                "nhs-structure: cannot load the dataset: no StructureDataProvider is registered: put "
                        + "nhs-structure-data (or another provider) on the class path, or use "
                        + "NhsStructure.from(provider)");
    }

    @Test
    void reportsABrokenDatasetAsExitOne() {
        Supplier<NhsStructure> broken = () -> {
            throw new DatasetException("names.csv", 17, "name", "must not be blank");
        };
        assertThat(run(broken, "org", "02P")).failsWith(EXIT_DATA,
                "nhs-structure: cannot load the dataset: names.csv:17: name: must not be blank");
    }

    @Test
    void reportsAnInternalErrorWithItsStackTrace() {
        Supplier<NhsStructure> buggy = CliRun::fixture;
        CommandLine commandLine = NhsStructureCli.commandLine(new NhsStructureCli(buggy));
        commandLine.addSubcommand("boom", new Boom());
        CliRun run = CliRun.run(commandLine, "boom");
        assertThat(run.status()).isEqualTo(EXIT_DATA);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("nhs-structure: internal error: java.lang.IllegalStateException: bug\n")
                .contains("\tat ");
    }

    @CommandLine.Command(name = "boom")
    static final class Boom extends StructureCommand {
        @Override
        protected void run() {
            throw new IllegalStateException("bug");
        }
    }

    @Test
    void loadsTheDatasetOnceAndOnlyWhenNeeded() {
        AtomicInteger loads = new AtomicInteger();
        CommandLine commandLine = NhsStructureCli.commandLine(new NhsStructureCli(() -> {
            loads.incrementAndGet();
            return CliRun.fixture();
        }));
        assertThat(CliRun.run(commandLine, "--help").status()).isZero();
        assertThat(CliRun.run(commandLine, "count", "--help").status()).isZero();
        assertThat(CliRun.run(commandLine, "count", "--on", "2021-02-30", "--kind", "CCG").status())
                .isEqualTo(EXIT_USAGE);
        assertThat(loads).hasValue(0);
        assertThat(CliRun.run(commandLine, "count", "--on", "2021-04-01", "--kind", "CCG").out()).isEqualTo("3\n");
        assertThat(CliRun.run(commandLine, "org", "ZB1", "--on", "2021-04-01").status()).isZero();
        assertThat(loads).hasValue(1);
    }

    @Test
    void retriesAFailedLoad() {
        AtomicInteger loads = new AtomicInteger();
        CommandLine commandLine = NhsStructureCli.commandLine(new NhsStructureCli(() -> {
            if (loads.incrementAndGet() == 1) {
                throw new NhsStructureException("not yet");
            }
            return CliRun.fixture();
        }));
        assertThat(CliRun.run(commandLine, "count", "--on", "2021-04-01", "--kind", "CCG"))
                .failsWith(EXIT_DATA, "nhs-structure: cannot load the dataset: not yet");
        assertThat(CliRun.run(commandLine, "count", "--on", "2021-04-01", "--kind", "CCG")).printsExactly("3\n");
    }
}
