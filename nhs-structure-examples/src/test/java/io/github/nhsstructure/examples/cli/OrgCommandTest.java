package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.assertThat;
import static io.github.nhsstructure.examples.cli.CliRun.run;

import org.junit.jupiter.api.Test;

class OrgCommandTest {

    @Test
    void printsTheOrganisationThenItsParentsNearestFirst() {
        assertThat(run("org", "ZB1", "--on", "2022-07-01")).printsExactly(""
                + "ZB1\tE38900016\tSUB_ICB_LOCATION\tNHS FICTIONLAND NORTH ICB - ZB1\n"
                + "ZQ1\tE54900011\tICB\tNHS FICTIONLAND NORTH INTEGRATED CARE BOARD\n"
                + "ZR1\tE40900011\tREGION\tNORTH OF FICTIONLAND\n");
    }

    @Test
    void usesKindNameAndParentsOnTheDate() {
        // Before 2022-07-01 the chain follows IN_REGION; MEMBER_OF (of the STP) is not a parent link.
        assertThat(run("org", "ZB1", "--on", "2022-06-30")).printsExactly(""
                + "ZB1\tE38900012\tCCG\tNHS BETA CCG\n"
                + "ZR1\tE40900011\tREGION\tNORTH OF FICTIONLAND\n");
        assertThat(run("org", "ZD1", "--on", "2019-01-01")).printsExactly(""
                + "ZD1\tE38900013\tCCG\tNHS DELTA CCG\n"
                + "ZR2\tE40900012\tREGION\tSOUTH OF FICTIONLAND\n");
        assertThat(run("org", "ZD1", "--on", "2022-07-01")).printsExactly(""
                + "ZD1\tE38900013\tSUB_ICB_LOCATION\tNHS FICTIONLAND SOUTH ICB - ZD1\n"
                + "ZQ2\tE54900012\tICB\tNHS FICTIONLAND SOUTH INTEGRATED CARE BOARD\n"
                + "ZR2\tE40900013\tREGION\tSOUTH AND WEST OF FICTIONLAND\n");
        assertThat(run("org", "ZQ1", "--on", "2017-01-01")).printsExactly(""
                + "ZQ1\tE54900011\tSTP\tFICTIONLAND NORTH STP\n"
                + "ZR1\tE40900011\tREGION\tNORTH OF FICTIONLAND\n");
    }

    @Test
    void aPracticeShowsItsCommissionerChainThenItsPrimaryCareNetwork() {
        assertThat(run("org", "ZP0001", "--on", "2019-06-30")).printsExactly(""
                + "ZP0001\t-\tGP_PRACTICE\tTHE FICTION SURGERY\n"
                + "ZA1\tE38900011\tCCG\tNHS ALPHA CCG\n"
                + "ZR1\tE40900011\tREGION\tNORTH OF FICTIONLAND\n");
        assertThat(run("org", "ZP0001", "--on", "2019-07-01")).printsExactly(""
                + "ZP0001\t-\tGP_PRACTICE\tTHE FICTION SURGERY\n"
                + "ZA1\tE38900011\tCCG\tNHS ALPHA CCG\n"
                + "ZR1\tE40900011\tREGION\tNORTH OF FICTIONLAND\n"
                + "ZN1\t-\tPCN\tFICTION CENTRAL PCN\n");
        assertThat(run("org", "zp0001", "--on", "2022-07-01")).printsExactly(""
                + "ZP0001\t-\tGP_PRACTICE\tTHE FICTION SURGERY\n"
                + "ZC1\tE38900015\tSUB_ICB_LOCATION\tNHS FICTIONLAND NORTH ICB - ZC1\n"
                + "ZQ1\tE54900011\tICB\tNHS FICTIONLAND NORTH INTEGRATED CARE BOARD\n"
                + "ZR1\tE40900011\tREGION\tNORTH OF FICTIONLAND\n"
                + "ZN1\t-\tPCN\tFICTION CENTRAL PCN\n");
    }

    @Test
    void printsOneLineForAnOrganisationAtTheTop() {
        assertThat(run("org", "ZR2", "--on", "2013-04-01"))
                .printsExactly("ZR2\tE40900012\tREGION\tSOUTH OF FICTIONLAND\n");
    }

    @Test
    void acceptsACodeInAnyCase() {
        assertThat(run("org", " zc1 ", "--on", "2021-04-01")).printsExactly(""
                + "ZC1\tE38900015\tCCG\tNHS GAMMA CCG\n"
                + "ZR1\tE40900011\tREGION\tNORTH OF FICTIONLAND\n");
    }

    @Test
    void defaultsToToday() {
        // CliRun fixes today at 2023-01-15.
        assertThat(run("org", "ZQ2")).printsExactly(""
                + "ZQ2\tE54900012\tICB\tNHS FICTIONLAND SOUTH INTEGRATED CARE BOARD\n"
                + "ZR2\tE40900013\tREGION\tSOUTH AND WEST OF FICTIONLAND\n");
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

    @Test
    void anOnsCodeNamesTheOrganisationThatBoreItOnTheDate() {
        // ZB1 bore E38900012 as a CCG and E38900016 from 2022-07-01; its ODS code stayed.
        assertThat(run("org", "E38900012", "--on", "2022-06-30")).printsExactly(""
                + "ZB1\tE38900012\tCCG\tNHS BETA CCG\n"
                + "ZR1\tE40900011\tREGION\tNORTH OF FICTIONLAND\n");
        assertThat(run("org", "e38900016", "--on", "2022-07-01")).printsExactly(""
                + "ZB1\tE38900016\tSUB_ICB_LOCATION\tNHS FICTIONLAND NORTH ICB - ZB1\n"
                + "ZQ1\tE54900011\tICB\tNHS FICTIONLAND NORTH INTEGRATED CARE BOARD\n"
                + "ZR1\tE40900011\tREGION\tNORTH OF FICTIONLAND\n");
    }

    @Test
    void rejectsAnOnsCodeOnADateNoOneBoreItSayingWhoBoreItAndWhen() {
        assertThat(run("org", "E38900012", "--on", "2022-07-01")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: no organisation bore ONS code E38900012 on 2022-07-01: it was borne by ZB1 (NHS BETA"
                        + " CCG) from 2013-04-01 to 2022-06-30");
        assertThat(run("org", "E40900013", "--on", "2019-01-01")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: no organisation bore ONS code E40900013 on 2019-01-01: it was borne by ZR2 (SOUTH AND"
                        + " WEST OF FICTIONLAND) from 2020-04-01");
    }

    @Test
    void rejectsAnUnknownOnsCode() {
        assertThat(run("org", "E38999999", "--on", "2021-01-01")).failsWith(NhsStructureCli.EXIT_USAGE,
                "nhs-structure: unknown organisation code 'E38999999' (not in dataset cli-fixture-1)");
    }
}
