package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.assertThat;
import static io.github.nhsstructure.examples.cli.CliRun.run;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CountCommandTest {

    /** Facts of the fixture (see its README), with the kind spelt in each accepted way. */
    static Stream<Arguments> counts() {
        return Stream.of(
                Arguments.of("2013-04-01", "CCG", 4),
                Arguments.of("2021-04-01", "ccg", 3),
                Arguments.of("2020-03-31", "Ccg", 4),
                Arguments.of("2022-06-30", "CCG", 3),
                Arguments.of("2022-07-01", "CCG", 0),
                Arguments.of("2022-07-01", "ICB", 2),
                Arguments.of("2022-07-01", "icb", 2),
                Arguments.of("2022-07-01", "SUB_ICB_LOCATION", 3),
                Arguments.of("2022-07-01", "sub-icb-location", 3),
                Arguments.of("2022-07-01", "SICBL", 3),
                Arguments.of("2022-07-01", "REGION", 2),
                Arguments.of("2016-04-01", "stp", 1),
                Arguments.of("2016-03-31", "REGION", 2));
    }

    @ParameterizedTest(name = "count --on {0} --kind {1} prints {2}")
    @MethodSource("counts")
    void printsTheCountAndANewline(String date, String kind, int count) {
        assertThat(run("count", "--on", date, "--kind", kind)).printsExactly(count + "\n");
    }

    @ParameterizedTest(name = "count --kind {1} --on {0}")
    @MethodSource("counts")
    void acceptsOptionsInAnyOrderAndWithEquals(String date, String kind, int count) {
        assertThat(run("count", "--kind=" + kind, "--on=" + date)).printsExactly(count + "\n");
    }
}
