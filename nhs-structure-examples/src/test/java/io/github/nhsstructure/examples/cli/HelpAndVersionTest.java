package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.exception.NhsStructureException;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndVersionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--help             | Usage: nhs-structure [-hV] [COMMAND]",
        "-h                 | Usage: nhs-structure [-hV] [COMMAND]",
        "help               | Usage: nhs-structure [-hV] [COMMAND]",
        "count --help       | Usage: nhs-structure count [-hV] [--json] [--data=DIR] --kind=KIND [--on=DATE]",
        "list --help        | Usage: nhs-structure list [-hV] [--json] [--data=DIR] --kind=KIND [--on=DATE]",
        "org --help         | Usage: nhs-structure org [-hV] [--json] [--data=DIR] [--on=DATE] CODE",
        "help org           | Usage: nhs-structure org [-hV] [--json] [--data=DIR] [--on=DATE] CODE",
        "diff --help        | Usage: nhs-structure diff [-hV] [--json] [--summary] [--data=DIR] [--type=TYPE]"})
    void printsHelpForEveryCommandAndExitsZero(String args, String firstLine) {
        CliRun result = run(args.split(" "));
        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith(firstLine + System.lineSeparator()).contains("Exit status:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"count", "list"})
    void helpListsTheKindsAndAliases(String command) {
        assertThat(run(command, "--help").out()).contains("SUB_ICB_LOCATION").contains("SICBL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V", "count --version"})
    void versionPrintsLibraryAndDatasetVersions(String args) {
        CliRun result = run(args.split(" "));
        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).matches("nhs-structure \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"
                + "dataset cli-fixture-1\\R");
    }

    @org.junit.jupiter.api.Test
    void versionSaysWhyTheDatasetIsNotAvailable() {
        Supplier<NhsStructure> none = () -> {
            throw new NhsStructureException("no StructureDataProvider is registered");
        };
        CliRun result = run(none, "--version");
        assertThat(result.status()).isZero();
        assertThat(result.out()).matches("nhs-structure \\S+\\R"
                + "dataset not available: no StructureDataProvider is registered\\R");
    }
}
