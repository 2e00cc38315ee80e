package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.assertThat;
import static io.github.nhsstructure.examples.cli.CliRun.run;

import org.junit.jupiter.api.Test;

class OrgCommandTest {

    @Test
    void printsTheOrganisationThenItsParentsNearestFirst() {
        assertThat(run("org", "ZB1", "--on", "2022-07-01")).printsExactly(""
                + "ZB1\tSUB_ICB_LOCATION\tNHS FICTIONLAND NORTH ICB - ZB1\n"
                + "ZQ1\tICB\tNHS FICTIONLAND NORTH INTEGRATED CARE BOARD\n"
                + "ZR1\tREGION\tNORTH OF FICTIONLAND\n");
    }

    @Test
    void usesKindNameAndParentsOnTheDate() {
        // Before 2022-07-01 the chain follows IN_REGION; MEMBER_OF (of the STP) is not a parent link.
        assertThat(run("org", "ZB1", "--on", "2022-06-30")).printsExactly(""
                + "ZB1\tCCG\tNHS BETA CCG\n"
                + "ZR1\tREGION\tNORTH OF FICTIONLAND\n");
        assertThat(run("org", "ZD1", "--on", "2019-01-01")).printsExactly(""
                + "ZD1\tCCG\tNHS DELTA CCG\n"
                + "ZR2\tREGION\tSOUTH OF FICTIONLAND\n");
        assertThat(run("org", "ZD1", "--on", "2022-07-01")).printsExactly(""
                + "ZD1\tSUB_ICB_LOCATION\tNHS FICTIONLAND SOUTH ICB - ZD1\n"
                + "ZQ2\tICB\tNHS FICTIONLAND SOUTH INTEGRATED CARE BOARD\n"
                + "ZR2\tREGION\tSOUTH AND WEST OF FICTIONLAND\n");
        assertThat(run("org", "ZQ1", "--on", "2017-01-01")).printsExactly(""
                + "ZQ1\tSTP\tFICTIONLAND NORTH STP\n"
                + "ZR1\tREGION\tNORTH OF FICTIONLAND\n");
    }

    @Test
    void aPracticeShowsItsCommissionerChainThenItsPrimaryCareNetwork() {
        assertThat(run("org", "ZP0001", "--on", "2019-06-30")).printsExactly(""
                + "ZP0001\tGP_PRACTICE\tTHE FICTION SURGERY\n"
                + "ZA1\tCCG\tNHS ALPHA CCG\n"
                + "ZR1\tREGION\tNORTH OF FICTIONLAND\n");
        assertThat(run("org", "ZP0001", "--on", "2019-07-01")).printsExactly(""
                + "ZP0001\tGP_PRACTICE\tTHE FICTION SURGERY\n"
                + "ZA1\tCCG\tNHS ALPHA CCG\n"
                + "ZR1\tREGION\tNORTH OF FICTIONLAND\n"
                + "ZN1\tPCN\tFICTION CENTRAL PCN\n");
        assertThat(run("org", "zp0001", "--on", "2022-07-01")).printsExactly(""
                + "ZP0001\tGP_PRACTICE\tTHE FICTION SURGERY\n"
                + "ZC1\tSUB_ICB_LOCATION\tNHS FICTIONLAND NORTH ICB - ZC1\n"
                + "ZQ1\tICB\tNHS FICTIONLAND NORTH INTEGRATED CARE BOARD\n"
                + "ZR1\tREGION\tNORTH OF FICTIONLAND\n"
                + "ZN1\tPCN\tFICTION CENTRAL PCN\n");
    }

    @Test
    void printsOneLineForAnOrganisationAtTheTop() {
        assertThat(run("org", "ZR2", "--on", "2013-04-01")).printsExactly("ZR2\tREGION\tSOUTH OF FICTIONLAND\n");
    }

    @Test
    void acceptsACodeInAnyCase() {
        assertThat(run("org", " zc1 ", "--on", "2021-04-01")).printsExactly(""
                + "ZC1\tCCG\tNHS GAMMA CCG\n"
                + "ZR1\tREGION\tNORTH OF FICTIONLAND\n");
    }

    @Test
    void defaultsToToday() {
        // CliRun fixes today at 2023-01-15.
        assertThat(run("org", "ZQ2")).printsExactly(""
                + "ZQ2\tICB\tNHS FICTIONLAND SOUTH INTEGRATED CARE BOARD\n"
                + "ZR2\tREGION\tSOUTH AND WEST OF FICTIONLAND\n");
    }

    @Test
    void rejectsADateOnWhichTheOrganisationWasClosedSayingWhenItWasOpen() {
        assertThat(run("org", "ZA1", "--on", "2021-01-01")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: ZA1 (NHS ALPHA CCG) was not open on 2021-01-01: open 2013-04-01 to 2020-03-31");
    }

    @Test
    void rejectsADateBeforeTheOrganisationOpened() {
        assertThat(run("org", "ZQ2", "--on", "2022-06-30")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: ZQ2 (NHS FICTIONLAND SOUTH INTEGRATED CARE BOARD) was not open on 2022-06-30: "
                        + "open 2022-07-01 to now");
    }

    @Test
    void rejectsAnUnknownCode() {
        assertThat(run("org", "ZZ9", "--on", "2021-01-01")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: unknown organisation code 'ZZ9' (not in dataset cli-fixture-1)");
    }

    @Test
    void rejectsTextThatIsNotACode() {
        assertThat(run("org", "no such!", "--on", "2021-01-01")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: unknown organisation code 'no such!' (not in dataset cli-fixture-1)");
    }

    @Test
    void reportsAnUnknownCodeBeforeADateOutsideCoverage() {
        assertThat(run("org", "ZZ9", "--on", "2001-01-01")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: unknown organisation code 'ZZ9' (not in dataset cli-fixture-1)");
    }

    @Test
    void rejectsADateOutsideTheDatasetsCoverage() {
        assertThat(run("org", "ZB1", "--on", "2013-03-31")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: 2013-03-31 is outside the coverage of the dataset: covered from 2013-04-01");
    }
}
