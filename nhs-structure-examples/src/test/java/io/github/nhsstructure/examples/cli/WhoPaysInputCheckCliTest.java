package io.github.nhsstructure.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The stranger's trial of who-pays and who-commissions on the real bundled data: every input given is checked
 * before the rules run, and an impossible one (a body not open on the date its option speaks of, a date outside the
 * data, an event after the service date, a place of the wrong kind) is one line naming the option, exit status 2.
 */
class WhoPaysInputCheckCliTest {

    private static CliRun run(String... args) {
        return CliRun.run(NhsStructureCli.commandLine(new NhsStructureCli()), args);
    }

    private static void refused(CliRun r, String message) {
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("nhs-structure: " + message + "\n");
        assertThat(r.status()).isEqualTo(2);
    }

    @Test
    void aCcgCannotHavePlacedAPatientBeforeItOpened() {
        // 06N opened as a CCG on 2013-04-01 (a sub-ICB location from 2022-07-01).
        refused(run("who-pays", "--on", "2023-01-01", "--service", "CONTINUING_HEALTHCARE", "--placed-by", "06N",
                "--placement-start", "2005-01-01"), "--placed-by 06N was not open on 2005-01-01 (the first day of the"
                        + " placement): open 2013-04-01 to now");
        refused(run("who-pays", "--on", "2023-01-01", "--service", "CONTINUING_HEALTHCARE", "--placed-by", "06N",
                "--placement-start", "0001-01-01"), "--placement-start: 0001-01-01 is outside the coverage of the"
                        + " dataset: covered from 1989-01-01");
        // A placement it did make is answered.
        CliRun made = run("who-pays", "--on", "2021-01-01", "--service", "CONTINUING_HEALTHCARE", "--placed-by", "06N",
                "--placement-start", "2016-01-01");
        assertThat(made.status()).isZero();
        assertThat(made.out()).contains("\nStatus: RESOLVED\nRule: WP2020-9 ");
    }

    @Test
    void anEventAfterTheServiceDateIsRefused() {
        refused(run("who-pays", "--on", "2021-06-01", "--service", "MENTAL_HEALTH", "--mha", "DETAINED",
                "--mha-application", "2022-02-01", "--residence-before-detention", "06N"), "--mha-application"
                        + " 2022-02-01 is after the service date 2021-06-01: an event that has not happened by the"
                        + " service date cannot decide who pays for it");
        assertThat(run("who-pays", "--on", "2021-06-01", "--service", "ACUTE_PLANNED", "--practice", "A81001",
                "--admitted", "2021-07-01").err()).startsWith("nhs-structure: --admitted 2021-07-01 is after the"
                        + " service date");
        assertThat(run("who-pays", "--on", "2021-06-01", "--service", "CONTINUING_HEALTHCARE", "--placed-by", "06N",
                "--placement-start", "2021-07-01").err()).startsWith("nhs-structure: --placement-start 2021-07-01 is"
                        + " after the service date");
    }

    @Test
    void aPracticeClosedOnTheServiceDateIsRefusedNotResolvedToATypeAlone() {
        // A81003 closed on 2017-10-31.
        refused(run("who-pays", "--on", "2023-06-01", "--service", "ACUTE_PLANNED", "--practice", "A81003"),
                "--practice A81003 was not open on 2023-06-01 (the service date): open 1974-04-01 to 2017-10-31");
        CliRun open = run("who-pays", "--on", "2016-06-01", "--service", "ACUTE_PLANNED", "--practice", "A81003");
        assertThat(open.status()).isZero();
        assertThat(open.out()).contains("\nStatus: RESOLVED\n").doesNotContain("Type only");
    }

    @Test
    void whoCommissionsRefusesAPlaceOfTheWrongKindAsWhoPaysDoes() {
        CliRun national = run("who-commissions", "--service", "ACUTE_PLANNED", "--on", "2023-01-01", "--at", "X24");
        assertThat(national.status()).isEqualTo(2);
        assertThat(national.out()).isEmpty();
        assertThat(national.err()).startsWith("nhs-structure: --at X24 is a national body, not an NHS England"
                + " region, ").hasLineCount(1);
        CliRun trust = run("who-commissions", "--service", "ACUTE_PLANNED", "--on", "2023-01-01", "--at", "RVJ");
        assertThat(trust.status()).isEqualTo(2);
        assertThat(trust.err()).startsWith("nhs-structure: --at RVJ is an NHS trust, not ");
        CliRun place = run("who-commissions", "--service", "ACUTE_PLANNED", "--on", "2023-01-01", "--at", "06N");
        assertThat(place.status()).isZero();
    }
}
