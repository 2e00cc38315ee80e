package io.github.nhsstructure.examples.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.chart.ChartRules;
import io.github.nhsstructure.examples.cli.CliFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The explorer's files without a browser: what data.js holds, and that it is the same for the same data. */
class ExplorerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode data(Path folder) throws Exception {
        String js = Files.readString(folder.resolve(Explorer.DATA), StandardCharsets.UTF_8);
        assertThat(js).startsWith("window.NHS_EXPLORER = ").endsWith(";\n");
        return JSON.readTree(js.substring("window.NHS_EXPLORER = ".length(), js.length() - 2));
    }

    @Test
    void writes_a_page_with_no_network_and_the_chart_parents_of_the_library(@TempDir Path folder) throws Exception {
        NhsStructure nhs = CliFixture.structure();
        List<Integer> progress = new ArrayList<>();

        int written = Explorer.write(nhs, folder, progress::add);

        assertThat(written).isEqualTo(nhs.organisations().size());
        assertThat(progress).last().isEqualTo(written);
        String page = Files.readString(folder.resolve(Explorer.PAGE), StandardCharsets.UTF_8);
        assertThat(page).contains("<script src=\"data.js\"></script>")
                .doesNotContain("http://", "https://", "//cdn", "fetch(");
        JsonNode data = data(folder);
        assertThat(data.get("format").asInt()).isEqualTo(1);
        assertThat(data.get("dataVersion").asString()).isEqualTo(nhs.dataVersion());
        assertThat(data.get("orgs").size()).isEqualTo(written);
        // ZP0001 (the practice of the fixture): its chart parents are exactly the library's.
        JsonNode practice = null;
        for (JsonNode o : data.get("orgs").values()) {
            if (o.get("c").asString().equals("ZP0001")) {
                practice = o;
            }
        }
        assertThat(practice).isNotNull();
        assertThat(practice.get("h").size())
                .isEqualTo(ChartRules.parentHistory(nhs, nhs.require("ZP0001")).size()).isPositive();
    }

    @Test
    void the_same_data_writes_the_same_bytes(@TempDir Path one, @TempDir Path two) throws Exception {
        Explorer.write(CliFixture.structure(), one, n -> { });
        Explorer.write(CliFixture.structure(), two, n -> { });

        assertThat(Files.readAllBytes(two.resolve(Explorer.DATA))).isEqualTo(Files.readAllBytes(one.resolve(
                Explorer.DATA)));
        assertThat(Files.readAllBytes(two.resolve(Explorer.PAGE))).isEqualTo(Files.readAllBytes(one.resolve(
                Explorer.PAGE)));
    }
}
