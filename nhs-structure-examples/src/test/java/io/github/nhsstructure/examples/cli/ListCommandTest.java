package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.assertThat;
import static io.github.nhsstructure.examples.cli.CliRun.run;

import org.junit.jupiter.api.Test;

class ListCommandTest {

    @Test
    void listsCodeAndNameSortedByCode() {
        assertThat(run("list", "--on", "2022-07-01", "--kind", "sub-icb-location")).printsExactly(""
                + "ZB1\tNHS FICTIONLAND NORTH ICB - ZB1\n"
                + "ZC1\tNHS FICTIONLAND NORTH ICB - ZC1\n"
                + "ZD1\tNHS FICTIONLAND SOUTH ICB - ZD1\n");
    }

    @Test
    void usesTheNameOnTheDate() {
        assertThat(run("list", "--on", "2020-03-31", "--kind", "REGION")).printsExactly(""
                + "ZR1\tNORTH OF FICTIONLAND\n"
                + "ZR2\tSOUTH OF FICTIONLAND\n");
        assertThat(run("list", "--on", "2020-04-01", "--kind", "REGION")).printsExactly(""
                + "ZR1\tNORTH OF FICTIONLAND\n"
                + "ZR2\tSOUTH AND WEST OF FICTIONLAND\n");
        assertThat(run("list", "--on", "2022-06-30", "--kind", "CCG")).printsExactly(""
                + "ZB1\tNHS BETA CCG\n"
                + "ZC1\tNHS GAMMA CCG\n"
                + "ZD1\tNHS DELTA CCG\n");
    }

    @Test
    void printsNamesVerbatimEvenWithCommas() {
        assertThat(run("list", "--on", "2013-04-01", "--kind", "ccg")).printsExactly(""
                + "ZA1\tNHS ALPHA CCG\n"
                + "ZB1\tNHS BETA CCG\n"
                + "ZD1\tNHS DELTA CCG\n"
                + "ZE1\tNHS EPSILON, ETA AND THETA CCG\n");
    }

    @Test
    void printsNothingWhenNoneAreOpen() {
        assertThat(run("list", "--on", "2022-07-01", "--kind", "CCG")).printsExactly("");
    }
}
