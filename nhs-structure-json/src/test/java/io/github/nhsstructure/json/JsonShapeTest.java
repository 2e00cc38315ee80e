package io.github.nhsstructure.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.Relationship;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.organisation.SuccessionReason;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.rebase.RebaseSummary;
import io.github.nhsstructure.rebase.UnmappedReason;
import io.github.nhsstructure.restructure.Change;
import io.github.nhsstructure.restructure.ChangeType;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The field names of docs/json.md, on small hand-made values, and the errors for malformed input. */
class JsonShapeTest {

    private static final JsonMapper PLAIN = NhsJson.mapper();
    private static final Provenance ODS = new Provenance(List.of("ods-eccg-2025"), Certainty.HIGH);

    private static void assertJson(Object value, String expected) {
        assertThat(PLAIN.readTree(PLAIN.writeValueAsString(value))).isEqualTo(PLAIN.readTree(expected));
    }

    @Test
    void an_organisation_is_its_codes_period_provenance_and_dated_facts() {
        Organisation o = Organisation.builder(OdsCode.of("02P"), DateRange.from(LocalDate.of(2013, 4, 1)), ODS)
                .name(new Dated<>(DateRange.from(LocalDate.of(2013, 4, 1)), "NHS BARNSLEY CCG", ODS))
                .kind(new Dated<>(DateRange.of(LocalDate.of(2013, 4, 1), LocalDate.of(2022, 7, 1)),
                        OrganisationKind.CCG, ODS))
                .kind(new Dated<>(DateRange.from(LocalDate.of(2022, 7, 1)), OrganisationKind.SUB_ICB_LOCATION, ODS))
                .onsCode(new Dated<>(DateRange.from(LocalDate.of(2013, 4, 1)), OnsCode.of("E38000006"), ODS))
                .link(RelationshipType.PART_OF, new Dated<>(DateRange.from(LocalDate.of(2022, 7, 1)),
                        OdsCode.of("QF7"), ODS))
                .build();

        assertJson(o, """
                {"odsCode": "02P", "start": "2013-04-01", "endExclusive": null,
                 "sources": ["ods-eccg-2025"], "certainty": "HIGH",
                 "names": [{"start": "2013-04-01", "endExclusive": null, "value": "NHS BARNSLEY CCG",
                            "sources": ["ods-eccg-2025"], "certainty": "HIGH"}],
                 "kinds": [{"start": "2013-04-01", "endExclusive": "2022-07-01", "value": "CCG",
                            "sources": ["ods-eccg-2025"], "certainty": "HIGH"},
                           {"start": "2022-07-01", "endExclusive": null, "value": "SUB_ICB_LOCATION",
                            "sources": ["ods-eccg-2025"], "certainty": "HIGH"}],
                 "providerTypes": [],
                 "onsCodes": [{"start": "2013-04-01", "endExclusive": null, "value": "E38000006",
                               "sources": ["ods-eccg-2025"], "certainty": "HIGH"}],
                 "links": [{"type": "PART_OF", "target": {"odsCode": "QF7", "onsCode": null},
                            "start": "2022-07-01", "endExclusive": null,
                            "sources": ["ods-eccg-2025"], "certainty": "HIGH"}],
                 "predecessors": [], "successors": []}
                """);
        assertThat(PLAIN.readValue(PLAIN.writeValueAsString(o), Organisation.class)).isEqualTo(o);
    }

    @Test
    void relationships_successions_and_changes_name_organisations_by_code_objects() {
        Relationship r = new Relationship(OdsCode.of("02P"), RelationshipType.PART_OF, OdsCode.of("QF7"),
                DateRange.from(LocalDate.of(2022, 7, 1)), ODS);
        Succession s = new Succession(OdsCode.of("00C"), OdsCode.of("16C"), LocalDate.of(2020, 4, 1),
                SuccessionReason.RECONFIGURATION, ODS);
        Change c = new Change(ChangeType.MERGED, LocalDate.of(2020, 4, 1), OrganisationKind.CCG,
                List.of(OdsCode.of("00D"), OdsCode.of("00C")), List.of(OdsCode.of("16C")), "", "", "3 into 1", ODS);

        assertJson(r, """
                {"source": {"odsCode": "02P", "onsCode": null}, "type": "PART_OF",
                 "target": {"odsCode": "QF7", "onsCode": null}, "start": "2022-07-01", "endExclusive": null,
                 "sources": ["ods-eccg-2025"], "certainty": "HIGH"}
                """);
        assertJson(s, """
                {"predecessor": {"odsCode": "00C", "onsCode": null}, "successor": {"odsCode": "16C", "onsCode": null},
                 "effectiveDate": "2020-04-01", "reason": "RECONFIGURATION",
                 "sources": ["ods-eccg-2025"], "certainty": "HIGH"}
                """);
        assertJson(c, """
                {"type": "MERGED", "effectiveDate": "2020-04-01", "kind": "CCG",
                 "before": [{"odsCode": "00C", "onsCode": null}, {"odsCode": "00D", "onsCode": null}],
                 "after": [{"odsCode": "16C", "onsCode": null}], "from": "", "to": "", "detail": "3 into 1",
                 "sources": ["ods-eccg-2025"], "certainty": "HIGH"}
                """);
        assertJson(DateRange.of(LocalDate.of(2013, 4, 1), LocalDate.of(2020, 4, 1)),
                "{\"start\": \"2013-04-01\", \"endExclusive\": \"2020-04-01\"}");
        assertJson(DateRange.ALL, "{\"start\": null, \"endExclusive\": null}");
        assertThat(PLAIN.readValue(PLAIN.writeValueAsString(DateRange.ALL), DateRange.class))
                .isEqualTo(DateRange.ALL);
    }

    @Test
    void a_mapper_that_knows_the_structure_adds_the_ons_code_each_code_bore_on_the_date() {
        NhsStructure nhs = NhsStructure.bundled();
        JsonMapper json = NhsJson.mapper(nhs);
        Succession s = nhs.require("00C").successors().get(0);

        // 00C had E38000042 until the day before the succession; 16C had its own code from that day.
        assertThat(json.readTree(json.writeValueAsString(s)).get("predecessor").get("onsCode").stringValue())
                .isEqualTo("E38000042");
        assertThat(json.readTree(json.writeValueAsString(new OrganisationOnDate(nhs.require("02P"),
                LocalDate.of(2022, 7, 1))))).isEqualTo(json.readTree("""
                {"odsCode": "02P", "onsCode": "E38000006", "name": "NHS South Yorkshire ICB - 02P",
                 "kind": "SUB_ICB_LOCATION"}
                """));
    }

    @Test
    void a_re_base_summary_gives_exact_decimals_as_strings_and_names_each_target_on_the_target_date() {
        NhsStructure nhs = NhsStructure.bundled();
        RebaseSummary s = new RebaseSummary(LocalDate.of(2022, 7, 1), Map.of(OdsCode.of("02P"),
                new BigDecimal("12345678901234567890.10")), 3, new BigDecimal("12345678901234567897.10"),
                new BigDecimal("7"), Map.of(UnmappedReason.UNKNOWN_CODE, 2L));
        String expected = """
                {"target": "2022-07-01", "rows": 3, "inputTotal": "12345678901234567897.10",
                 "mappedTotal": "12345678901234567890.10", "unmappedTotal": "7", "balances": true,
                 "totals": [{"odsCode": "02P", "onsCode": %s, "name": %s, "value": "12345678901234567890.10"}],
                 "unmappedRows": {"UNKNOWN_CODE": 2}}
                """;
        assertJson(s, expected.formatted("null", "null"));
        JsonMapper json = NhsJson.mapper(nhs);
        assertThat(json.readTree(json.writeValueAsString(s))).isEqualTo(json.readTree(
                expected.formatted("\"E38000006\"", "\"NHS South Yorkshire ICB - 02P\"")));
        assertThatThrownBy(() -> PLAIN.readValue(PLAIN.writeValueAsString(s).replace("\"7\"", "\"7x\""),
                RebaseSummary.class)).isInstanceOf(DatabindException.class)
                .hasMessageContaining("cannot read RebaseSummary: field 'unmappedTotal' is not a decimal number: 7x");
        assertThatThrownBy(() -> PLAIN.readValue(PLAIN.writeValueAsString(s).replace("UNKNOWN_CODE", "LOST"),
                RebaseSummary.class)).isInstanceOf(DatabindException.class)
                .hasMessageContaining("unmappedRows: 'LOST' is not an UnmappedReason");
    }

    @Test
    void malformed_input_is_an_error_naming_the_type_and_the_field() {
        assertThatThrownBy(() -> PLAIN.readValue("{\"source\": {\"odsCode\": \"02P\"}, \"type\": \"PART_OF\"}",
                Relationship.class)).isInstanceOf(DatabindException.class)
                .hasMessageContaining("cannot read Relationship: missing field 'target'");
        assertThatThrownBy(() -> PLAIN.readValue("{\"start\": \"2013-13-01\", \"endExclusive\": null}",
                DateRange.class)).isInstanceOf(DatabindException.class)
                .hasMessageContaining("field 'start' is not an ISO date yyyy-MM-dd: 2013-13-01");
        assertThatThrownBy(() -> PLAIN.readValue("""
                {"predecessor": {"odsCode": "00C"}, "successor": {"odsCode": "16C"}, "effectiveDate": "2020-04-01",
                 "reason": "MERGER", "sources": ["x"], "certainty": "HIGH"}
                """, Succession.class)).isInstanceOf(DatabindException.class)
                .hasMessageContaining("field 'reason' is not a SuccessionReason: MERGER");
    }
}
