package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommissioningCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void whoCommissionsGpServices2016ForAPracticeSaysTheDelegationIsUnknown() {
        CliRun r = run("who-commissions", "--service", "GP_PRIMARY_MEDICAL", "--on", "2016-06-01", "--at", "ZP0001");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("GP_PRIMARY_MEDICAL on 2016-06-01 at ZP0001: NHS England; delegated to"
                + " Clinical Commissioning Group ZA1 (NHS ALPHA CCG) only if it held the delegation: status unknown");
        assertThat(r.out()).contains("  Practice ZP0001 is commissioned by ZA1 (CCG) on 2016-06-01.");
    }

    @Test
    void whoCommissionsAtCategoryLevel() {
        CliRun r = run("who-commissions", "--service", "SPECIALISED_DELEGABLE", "--on", "2024-06-01");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("SPECIALISED_DELEGABLE on 2024-06-01: NHS England; delegated to Integrated"
                + " Care Board in [Y60, Y61, Y62] only\n");
    }

    @Test
    void whoCommissionsAsJson() {
        CliRun r = run("who-commissions", "--service", "ACUTE_PLANNED", "--on", "2023-01-01", "--at", "ZB1", "--json");
        JsonNode n = JSON.readTree(r.out());
        assertThat(n.get("commissionerType").asString()).isEqualTo("ICB");
        assertThat(n.get("commissioner").get("odsCode").asString()).isEqualTo("ZQ1");
        assertThat(n.get("commissioner").get("onsCode").asString()).isEqualTo("E54900011");
        assertThat(n.get("rule").get("references").get(0).asString()).isEqualTo("S84");
    }

    @Test
    void whoPaysForARegisteredPatientExplainsItself() {
        CliRun r = run("who-pays", "--on", "2023-01-01", "--service", "ACUTE_PLANNED", "--practice", "ZP0001");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Who pays: Integrated Care Board ZQ1 (NHS FICTIONLAND NORTH INTEGRATED CARE"
                + " BOARD)\nStatus: RESOLVED\nRule: WP2022-16 ");
        assertThat(r.out()).contains("Inputs used: serviceDate=2023-01-01, service=ACUTE_PLANNED,"
                + " registeredPractice=ZP0001\n");
        assertThat(r.out()).contains("  Sub-ICB location ZC1 is part of ICB ZQ1 on 2023-01-01.\n");
    }

    @Test
    void whoPaysNamesTheMissingInput() {
        CliRun r = run("who-pays", "--on", "2016-06-01", "--service", "URGENT_AND_EMERGENCY");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Status: INCOMPLETE (missing: presentIn)\nRule: WP2013-7 ");
    }

    @Test
    void whoPaysForADetaineeAndAsJson() {
        CliRun r = run("who-pays", "--on", "2016-06-01", "--service", "ACUTE_PLANNED", "--detained", "--json");
        JsonNode n = JSON.readTree(r.out());
        assertThat(n.get("ruleId").asString()).isEqualTo("WP2013-3");
        assertThat(n.get("commissionerType").asString()).isEqualTo("NHS_ENGLAND");
        assertThat(n.get("inputsUsed").get("detention").asString()).isEqualTo("PRISON");
        assertThat(n.get("sources").toString()).contains("C06");
    }

    @Test
    void placesMayBeOnsCodesResolvedOnTheServiceDate() {
        CliRun at = run("who-commissions", "--service", "ACUTE_PLANNED", "--on", "2023-01-01", "--at", "E38900016");
        assertThat(at.status()).isZero();
        assertThat(at.out()).startsWith("ACUTE_PLANNED on 2023-01-01 at ZB1: ");
        assertThat(at.out()).isEqualTo(run("who-commissions", "--service", "ACUTE_PLANNED", "--on", "2023-01-01",
                "--at", "ZB1").out());

        CliRun residence = run("who-pays", "--on", "2016-06-01", "--service", "ACUTE_PLANNED", "--unregistered",
                "--residence", "E38900012", "--json");
        assertThat(residence.status()).isZero();
        JsonNode n = JSON.readTree(residence.out());
        assertThat(n.get("inputsUsed").get("usualResidence").asString()).isEqualTo("ZB1");
        assertThat(n.get("commissioner").get("odsCode").asString()).isEqualTo("ZB1");
        assertThat(n.get("commissioner").get("onsCode").asString()).isEqualTo("E38900012");

        CliRun wrongDate = run("who-pays", "--on", "2023-01-01", "--service", "ACUTE_PLANNED", "--unregistered",
                "--residence", "E38900012");
        assertThat(wrongDate.status()).isEqualTo(2);
        assertThat(wrongDate.err()).isEqualTo("nhs-structure: no organisation bore ONS code E38900012 on 2023-01-01:"
                + " it was borne by ZB1 (NHS BETA CCG) from 2013-04-01 to 2022-06-30\n");
        assertThat(wrongDate.out()).isEmpty();
    }

    @Test
    void errorsAreOneLineWithExitTwo() {
        CliRun unknown = run("who-pays", "--on", "2016-06-01", "--service", "ACUTE_PLANNED", "--practice", "ZZ9999");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("nhs-structure: ").doesNotContain("\n\t");
        CliRun early = run("who-pays", "--on", "1990-06-01", "--service", "ACUTE_PLANNED");
        assertThat(early.status()).isEqualTo(2);
        assertThat(early.err()).isEqualTo("nhs-structure: no Who Pays? rules are encoded for 1990-06-01: the rules"
                + " start with the PCTs on 2002-04-01\n");
        CliRun both = run("who-pays", "--on", "2016-06-01", "--service", "ACUTE_PLANNED", "--practice", "ZP0001",
                "--unregistered");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).startsWith("nhs-structure: a patient cannot be both unregistered");
    }
}
