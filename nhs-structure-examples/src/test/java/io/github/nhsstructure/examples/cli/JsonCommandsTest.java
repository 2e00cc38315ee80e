package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.json.NhsJson;
import io.github.nhsstructure.quality.Finding;
import io.github.nhsstructure.quality.StructureChecks;
import io.github.nhsstructure.rebase.RebaseSummary;
import io.github.nhsstructure.rebase.Rebaser;
import io.github.nhsstructure.rebase.SplitPolicy;
import io.github.nhsstructure.restructure.Change;
import io.github.nhsstructure.restructure.SuccessorResolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --json} on every command, {@code rebase} included: one JSON document on stdout, reading back into the API's values. */
class JsonCommandsTest {

    private static final NhsStructure NHS = CliRun.fixture();
    private static final JsonMapper JSON = NhsJson.mapper(NHS);

    private static JsonNode json(String... args) {
        CliRun r = run(args);
        assertThat(r.status()).as("exit status, stderr %s", r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return JSON.readTree(r.out());
    }

    @Test
    void count_list_and_org_print_documents_of_organisations_on_the_date() {
        assertThat(json("count", "--on", "2022-07-01", "--kind", "ICB", "--json")).isEqualTo(JSON.readTree(
                "{\"date\": \"2022-07-01\", \"kinds\": [\"ICB\"], \"count\": 2}"));
        JsonNode list = json("list", "--on", "2022-07-01", "--kind", "SICBL", "--json");
        assertThat(list.get("organisations").get(0)).isEqualTo(JSON.readTree("""
                {"odsCode": "ZB1", "onsCode": "E38900016", "name": "NHS FICTIONLAND NORTH ICB - ZB1",
                 "kind": "SUB_ICB_LOCATION"}
                """));
        JsonNode org = json("org", "ZP0001", "--on", "2022-07-01", "--json");
        assertThat(org.get("organisation").get("odsCode").stringValue()).isEqualTo("ZP0001");
        assertThat(org.get("parents").values()).extracting(p -> p.get("odsCode").stringValue())
                .containsExactly("ZC1", "ZQ1", "ZR1");
        assertThat(org.get("network").get("odsCode").stringValue()).isEqualTo("ZN1");
    }

    @Test
    void changes_history_and_successors_read_back_into_equal_values() {
        String changes = run("changes", "--from", "2020-03-31", "--to", "2022-07-01", "--json").out();
        assertThat(JSON.readValue(changes, new TypeReference<List<Change>>() { }))
                .isEqualTo(NHS.changes(LocalDate.of(2020, 3, 31), LocalDate.of(2022, 7, 1))).isNotEmpty();
        assertThat(JSON.readValue(run("history", "ZA1", "--json").out(), new TypeReference<List<Change>>() { }))
                .isEqualTo(NHS.history("ZA1"));
        assertThat(JSON.readValue(run("successors", "ZA1", "--on", "2022-07-01", "--json").out(),
                SuccessorResolution.class)).isEqualTo(NHS.successors("ZA1", LocalDate.of(2022, 7, 1)));
        JsonNode summary = json("changes", "--from", "2020-03-31", "--to", "2020-04-01", "--summary", "--json");
        assertThat(summary.get(0).propertyNames()).containsExactly("effectiveDate", "type", "kind", "count");
    }

    @Test
    void rebase_prints_its_summary_which_reads_back_into_the_re_basers_own(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("series.csv");
        Files.writeString(in, "code,date,value\nZA1,2019-04-01,10.50\nZE1,2019-04-01,4\nNOPE9,2019-04-01,2\n");
        CliRun r = run("rebase", "--to", "2022-07-01", "--in", in.toString(), "--out",
                dir.resolve("out.csv").toString(), "--json");
        assertThat(r.status()).as(r.err()).isZero();
        RebaseSummary expected = Rebaser.onto(NHS, LocalDate.of(2022, 7, 1), SplitPolicy.FAIL).rebase(in);
        assertThat(JSON.readValue(r.out(), RebaseSummary.class)).isEqualTo(expected);
        assertThat(JSON.readTree(r.out()).get("totals").get(0)).isEqualTo(JSON.readTree("""
                {"odsCode": "ZC1", "onsCode": "E38900015", "name": "NHS FICTIONLAND NORTH ICB - ZC1", "value": "14.50"}
                """));
        // The summary in words stays on standard error; the CSV file is written as without --json.
        assertThat(r.err()).startsWith("nhs-structure: rebased 3 rows onto 2022-07-01");
        assertThat(dir.resolve("out.csv")).content().startsWith("code,name,value\nZC1,");
    }

    @Test
    void quality_and_chart_print_their_values() {
        assertThat(JSON.readValue(run("quality", "--json").out(), new TypeReference<List<Finding>>() { }))
                .isEqualTo(StructureChecks.check(NHS));
        JsonNode chart = json("chart", "--on", "2022-07-01", "--root", "ZR1", "--depth", "1", "--json");
        assertThat(chart.get("root").get("odsCode").stringValue()).isEqualTo("ZR1");
        assertThat(chart.get("root").get("link").isNull()).isTrue();
        JsonNode icb = chart.get("root").get("children").get(0);
        assertThat(icb.get("odsCode").stringValue()).isEqualTo("ZQ1");
        assertThat(icb.get("link").stringValue()).isEqualTo("IN_REGION");
        assertThat(icb.get("hiddenChildren").intValue()).isEqualTo(2);
        assertThat(chart.get("options").get("depth").intValue()).isEqualTo(1);
    }
}
