package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommissioningCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void whoCommissionsGpServices2016ForAPracticeSaysTheDelegationIsUnknown() {
        CliRun r = run("who-commissions", "--service", "GP_PRIMARY_MEDICAL", "--on", "2016-06-01", "--at", "ZP0001");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("GP_PRIMARY_MEDICAL on 2016-06-01 at ZP0001: NHS England ZL1 (NHS ENGLAND"
                + " NORTH (FICTIONLAND)); delegated to Clinical Commissioning Group ZA1 (NHS ALPHA CCG) only if it held"
                + " the delegation: status unknown");
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

    /** Golden who-pays answers on the CLI fixture: first line, and the rule line. */
    static Stream<Arguments> bodies() {
        return Stream.of(
                // NHS England's unit (docs/domain.md 3.2 rule 0c) in each era and of each kind.
                Arguments.of("area team", "2014-06-01", "SCREENING_AND_IMMUNISATION", List.of("--practice", "ZP0001"),
                        "NHS England ZT1 (FICTIONLAND AREA TEAM)", "WP2013-2"),
                Arguments.of("local office", "2016-06-01", "SCREENING_AND_IMMUNISATION",
                        List.of("--practice", "ZP0001"), "NHS England ZL1 (NHS ENGLAND NORTH (FICTIONLAND))", "WP2013-2"),
                Arguments.of("region", "2019-06-01", "SCREENING_AND_IMMUNISATION", List.of("--practice", "ZP0001"),
                        "NHS England ZR1 (NORTH OF FICTIONLAND)", "WP2013-2"),
                Arguments.of("health and justice hub", "2016-06-01", "ACUTE_PLANNED",
                        List.of("--establishment", "ZY0001"), "NHS England ZH1 (FICTIONLAND COMMISSIONING HUB)",
                        "WP2013-3"),
                Arguments.of("health and justice hub from 2020", "2021-06-01", "ACUTE_PLANNED",
                        List.of("--detained", "YOUNG_OFFENDER_INSTITUTION", "--establishment", "ZY0001"),
                        "NHS England ZH2 (FICTIONLAND - H&J COMMISSIONING HUB)", "WP2020-3"),
                Arguments.of("registered with the prison", "2016-06-01", "ACUTE_PLANNED",
                        List.of("--practice", "ZY0001"), "NHS England ZH1 (FICTIONLAND COMMISSIONING HUB)", "WP2013-3"),
                Arguments.of("prisoner in the PCT era", "2010-06-01", "ACUTE_PLANNED",
                        List.of("--detained", "--establishment", "ZY0001"), "Primary Care Trust ZK1 (FICTIONLAND PCT)",
                        "WP-PCT-3"),
                Arguments.of("armed forces hub", "2016-06-01", "ACUTE_PLANNED", List.of("--practice", "ZM0001"),
                        "NHS England ZH0 (FICTIONLAND NATIONAL COMMISSIONING HUB)", "WP2013-4"),
                Arguments.of("specialised: type only", "2016-06-01", "SPECIALISED_RETAINED",
                        List.of("--practice", "ZP0001"), "NHS England", "WP2013-6"),
                Arguments.of("sexual health where present", "2016-06-01", "PUBLIC_HEALTH_LOCAL",
                        List.of("--present", "E08000991"), "Local authority E08000991 (Fictionland City)", "WP2013-1"),
                Arguments.of("health visiting where the patient lives", "2023-06-01", "HEALTH_VISITING",
                        List.of("--residence", "E08000991", "--present", "ZB1"),
                        "Local authority E08000991 (Fictionland City)", "WP2022-1"),
                Arguments.of("registered in Wales, living in England", "2016-06-01", "ACUTE_PLANNED",
                        List.of("--practice", "ZW0001", "--residence", "ZB1"),
                        "Clinical Commissioning Group ZB1 (NHS BETA CCG)", "WP2013-14"),
                Arguments.of("overseas visitor at a specialised service", "2025-06-01", "SPECIALISED_DELEGABLE",
                        List.of("--overseas-visitor"), "NHS England", "WP2024-13"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void whoPaysNamesTheBody(String name, String date, String service, List<String> inputs, String whoPays,
            String ruleId) {
        List<String> args = new ArrayList<>(List.of("who-pays", "--on", date, "--service", service));
        args.addAll(inputs);
        CliRun r = run(args.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Who pays: " + whoPays + "\n")
                .contains("\nStatus: RESOLVED\nRule: " + ruleId + " ");
        // A type alone always comes with its reason, on the next line.
        assertThat(r.out().split("\n")[1].startsWith("Type only: ")).isEqualTo(!whoPays.contains("("));
    }

    @Test
    void whoPaysSaysWhyTheTypeAloneIsGivenAndHowToNameTheBody() {
        CliRun r = run("who-pays", "--on", "2016-06-01", "--service", "HEALTH_VISITING", "--residence", "ZB1");
        assertThat(r.out()).startsWith("Who pays: Local authority\nType only: Local authorities are not linked to"
                + " clinical commissioning groups in the data, so the upper-tier local authority for ZB1 cannot be"
                + " named: type only. Give the usual residence as the upper-tier local authority's code (E06, E08,"
                + " E09 or E10, such as E08000035 for Leeds) to name it.\nStatus: RESOLVED\n");
    }

    @Test
    void whoPaysAsJsonCarriesTheResponsibleOrganisationOrTheReasonForTheTypeAlone() {
        JsonNode unit = JSON.readTree(run("who-pays", "--on", "2016-06-01", "--service", "ACUTE_PLANNED",
                "--establishment", "ZY0001", "--json").out());
        assertThat(unit.get("responsible").get("odsCode").asString()).isEqualTo("ZH1");
        assertThat(unit.get("responsible").get("name").asString()).isEqualTo("FICTIONLAND COMMISSIONING HUB");
        assertThat(unit.get("responsible").get("kind").asString()).isEqualTo("COMMISSIONING_HUB");
        assertThat(unit.get("commissionerType").asString()).isEqualTo("NHS_ENGLAND");
        assertThat(unit.get("responsible").get("onsCode").isNull()).isTrue();
        assertThat(unit.get("typeOnlyReason").isNull()).isTrue();
        JsonNode office = JSON.readTree(run("who-pays", "--on", "2016-06-01", "--service", "DENTAL", "--present",
                "ZA1", "--json").out());
        assertThat(office.get("responsible").get("odsCode").asString()).isEqualTo("ZL1");
        assertThat(office.get("responsible").get("onsCode").asString()).isEqualTo("E39900012");
        JsonNode authority = JSON.readTree(run("who-pays", "--on", "2016-06-01", "--service", "PUBLIC_HEALTH_LOCAL",
                "--present", "E08000991", "--json").out());
        assertThat(authority.get("responsible").get("onsCode").asString()).isEqualTo("E08000991");
        assertThat(authority.get("commissionerType").asString()).isEqualTo("LOCAL_AUTHORITY");
        JsonNode delegated = JSON.readTree(run("who-pays", "--on", "2025-06-01", "--service",
                "SPECIALISED_DELEGABLE", "--practice", "ZP0001", "--json").out());
        assertThat(delegated.get("commissioner").isNull()).isTrue();
        assertThat(delegated.get("responsible").get("odsCode").asString()).isEqualTo("ZQ1");
        JsonNode gap = JSON.readTree(run("who-pays", "--on", "2014-06-01", "--service", "ACUTE_PLANNED",
                "--establishment", "ZY0001", "--json").out());
        assertThat(gap.get("responsible").isNull()).isTrue();
        assertThat(gap.get("typeOnlyReason").asString()).contains("ZY0001 has no ODS parent in the data on"
                + " 2014-06-01");
    }

    @Test
    void everyCodeIsCheckedWhetherOrNotARuleReadsIt() {
        // Rule 7 decides A&E by presence alone; the practice is checked all the same.
        CliRun unknown = run("who-pays", "--on", "2016-06-01", "--service", "URGENT_AND_EMERGENCY", "--present",
                "ZB1", "--practice", "ZZ9999");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).startsWith("nhs-structure: --practice: unknown organisation code 'ZZ9999'")
                .endsWith("\n").hasLineCount(1);
        CliRun kind = run("who-pays", "--on", "2016-06-01", "--service", "URGENT_AND_EMERGENCY", "--present", "ZB1",
                "--practice", "ZB1");
        assertThat(kind.status()).isEqualTo(2);
        assertThat(kind.err()).isEqualTo("nhs-structure: --practice ZB1 is a clinical commissioning group, not a GP"
                + " practice, secure setting (prison healthcare), defence medical centre or GP practice in Wales\n");
        CliRun establishment = run("who-pays", "--on", "2016-06-01", "--service", "ACUTE_PLANNED",
                "--establishment", "ZP0001");
        assertThat(establishment.status()).isEqualTo(2);
        assertThat(establishment.err()).startsWith("nhs-structure: --establishment ZP0001 is a GP practice, not a"
                + " secure setting");
    }
}
