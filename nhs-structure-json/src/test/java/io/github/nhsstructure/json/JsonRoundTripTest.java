package io.github.nhsstructure.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.commissioner.Commissioning;
import io.github.nhsstructure.commissioner.CommissioningAnswer;
import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.Relationship;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.quality.Finding;
import io.github.nhsstructure.quality.StructureChecks;
import io.github.nhsstructure.rebase.RebaseSummary;
import io.github.nhsstructure.rebase.Rebaser;
import io.github.nhsstructure.rebase.SplitPolicy;
import io.github.nhsstructure.rebase.UnmappedReason;
import io.github.nhsstructure.restructure.Change;
import io.github.nhsstructure.restructure.Restructure;
import io.github.nhsstructure.restructure.RestructureEvent;
import io.github.nhsstructure.restructure.SuccessorResolution;
import io.github.nhsstructure.whopays.Determination;
import io.github.nhsstructure.whopays.PatientContext;
import io.github.nhsstructure.whopays.WhoPays;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** Every value of the bundled dataset written as JSON reads back into an equal value. */
class JsonRoundTripTest {

    private static final NhsStructure NHS = NhsStructure.bundled();
    private static final JsonMapper JSON = NhsJson.mapper(NHS);

    private static <T> T roundTrip(JsonMapper mapper, T value, TypeReference<T> type) {
        return mapper.readValue(mapper.writeValueAsString(value), type);
    }

    @Test
    void every_organisation_with_its_whole_history() {
        List<Organisation> all = NHS.organisations();
        assertThat(all).hasSizeGreaterThan(10_000);

        List<Organisation> back = roundTrip(JSON, all, new TypeReference<>() { });
        assertThat(back).isEqualTo(all);
        // The plain mapper reads organisations too: they hold codes, not other organisations.
        Organisation icb = NHS.require("02P");
        assertThat(NhsJson.mapper().readValue(NhsJson.mapper().writeValueAsString(icb), Organisation.class))
                .isEqualTo(icb);
    }

    @Test
    void every_relationship_and_succession() {
        List<Relationship> relationships = new ArrayList<>();
        NHS.organisations().forEach(o -> relationships.addAll(o.relationships()));
        List<Succession> successions = NHS.successions();

        assertThat(roundTrip(JSON, relationships, new TypeReference<>() { })).isEqualTo(relationships);
        assertThat(roundTrip(JSON, successions, new TypeReference<>() { })).isEqualTo(successions)
                .hasSizeGreaterThan(500);
    }

    @Test
    void every_change_restructure_and_named_event() {
        List<Change> changes = NHS.changeLog().changes();
        List<Restructure> restructures = NHS.restructures();
        List<RestructureEvent> events = NHS.events();

        assertThat(roundTrip(JSON, changes, new TypeReference<>() { })).isEqualTo(changes);
        assertThat(roundTrip(JSON, restructures, new TypeReference<>() { })).isEqualTo(restructures);
        assertThat(roundTrip(JSON, events, new TypeReference<>() { })).isEqualTo(events).isNotEmpty();
    }

    @Test
    void successor_resolutions_of_every_ccg_that_ever_was() {
        List<SuccessorResolution> resolutions = new ArrayList<>();
        for (Organisation ccg : NHS.organisationsEverOfKind(OrganisationKind.CCG)) {
            resolutions.add(NHS.successors(ccg.code(), LocalDate.of(2022, 7, 1)));
            resolutions.add(NHS.successors(ccg.code(), LocalDate.of(2026, 4, 1)));
        }

        assertThat(roundTrip(JSON, resolutions, new TypeReference<>() { })).isEqualTo(resolutions);
        // Successors are whole organisations: only a mapper that knows the structure can read them back.
        String text = JSON.writeValueAsString(resolutions.get(0));
        assertThatThrownBy(() -> NhsJson.mapper().readValue(text, SuccessorResolution.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("NhsJson.mapper(structure)");
    }

    @Test
    void commissioning_answers_and_rules_for_every_service_in_three_eras() {
        Commissioning commissioning = Commissioning.of(NHS);
        List<CommissioningAnswer> answers = new ArrayList<>();
        for (ServiceCategory service : ServiceCategory.values()) {
            answers.add(commissioning.whoCommissions(service, LocalDate.of(2010, 6, 1), "A81001"));
            answers.add(commissioning.whoCommissions(service, LocalDate.of(2016, 6, 1), "06N"));
            answers.add(commissioning.whoCommissions(service, LocalDate.of(2024, 6, 1), "00T"));
            answers.add(commissioning.whoCommissions(service, LocalDate.of(2024, 6, 1)));
        }
        List<CommissioningRule> rules = NHS.commissioningRules().all();

        assertThat(roundTrip(JSON, answers, new TypeReference<>() { })).isEqualTo(answers);
        assertThat(roundTrip(JSON, rules, new TypeReference<>() { })).isEqualTo(rules);
    }

    @Test
    void who_pays_determinations_of_every_era_read_back_only_with_the_structure() {
        WhoPays whoPays = WhoPays.of(NHS);
        List<Determination> determinations = new ArrayList<>();
        for (ServiceCategory service : ServiceCategory.values()) {
            for (LocalDate date : List.of(LocalDate.of(2010, 6, 1), LocalDate.of(2016, 6, 1),
                    LocalDate.of(2021, 6, 1), LocalDate.of(2024, 6, 1))) {
                determinations.add(whoPays.determine(PatientContext.builder(date, service)
                        .registeredPractice("A81001").build()));
                determinations.add(whoPays.determine(PatientContext.builder(date, service)
                        .unregistered(true).build()));
            }
        }

        assertThat(roundTrip(JSON, determinations, new TypeReference<>() { })).isEqualTo(determinations);
        String text = JSON.writeValueAsString(determinations.get(0));
        assertThat(JSON.readTree(text).get("ruleId").stringValue()).isEqualTo(determinations.get(0).ruleId());
        assertThatThrownBy(() -> NhsJson.mapper().readValue(text, Determination.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("NhsJson.mapper(structure)");
    }

    @Test
    void re_base_summaries_of_every_ccg_that_ever_was_with_every_decimal_place() throws IOException {
        StringBuilder csv = new StringBuilder("code,date,value\n");
        for (Organisation ccg : NHS.organisationsEverOfKind(OrganisationKind.CCG)) {
            csv.append(ccg.code().value()).append(',').append(ccg.operationalPeriod().start()).append(",12.340\n");
        }
        csv.append("NOPE1,2019-04-01,-1e-3\n");
        RebaseSummary s = Rebaser.onto(NHS, LocalDate.of(2022, 7, 1), SplitPolicy.EQUAL)
                .rebase(new StringReader(csv.toString()), "series.csv", u -> { });
        assertThat(s.totals()).hasSizeGreaterThan(100);
        assertThat(s.unmappedRows()).containsKey(UnmappedReason.UNKNOWN_CODE);

        assertThat(roundTrip(JSON, s, new TypeReference<>() { })).isEqualTo(s);
        assertThat(roundTrip(NhsJson.mapper(), s, new TypeReference<>() { })).isEqualTo(s);
    }

    @Test
    void every_data_quality_finding() {
        List<Finding> findings = StructureChecks.check(NHS);

        assertThat(roundTrip(JSON, findings, new TypeReference<>() { })).isEqualTo(findings).isNotEmpty();
    }
}
