package io.github.nhsstructure.examples.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.chart.ChartNode;
import io.github.nhsstructure.chart.OrgChart;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The explorer page of the bundled data in a real headless Chromium (Debian package {@code chromium}): loads the
 * page from disk, moves the date with the slider and the date box, searches an ONS code and a closed CCG's code,
 * checks what the page shows against the library, and saves a screenshot as
 * {@code nhs-structure-examples/target/explorer-screenshot.png}.
 *
 * <p>Skipped, saying why, when no Chromium is installed; with {@code CI=true} (as {@code .ci/run} runs) a missing
 * Chromium fails the test instead, since {@code .ci/run} installs it. {@code CHROMIUM=/path/to/binary} picks
 * another browser binary.
 */
class ExplorerBrowserTest {

    private static final NhsStructure NHS = NhsStructure.bundled();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static Path chromium() {
        Optional<Path> found = HeadlessChromium.find();
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but no Chromium is installed (chromium, chromium-browser or google-chrome on the PATH,"
                        + " or $CHROMIUM): .ci/run installs the Debian packages chromium and chromium-driver");
            }
            Assumptions.abort("Chromium is not installed, so the explorer page is not tested in a browser here: "
                    + "apt-get install -y chromium (CI installs it and runs this test)");
        }
        return found.get();
    }

    /** The page's counts by kind name, from the summary's data attribute. */
    private static Map<String, Integer> pageCounts(HeadlessChromium browser) {
        JsonNode counts = JSON.readTree(browser.evaluate("document.getElementById('summary').dataset.counts")
                .asString());
        Map<String, Integer> out = new TreeMap<>();
        counts.properties().forEach(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }

    /** The library's counts by kind name for the whole chart of a date. */
    private static Map<String, Integer> chartCounts(LocalDate date) {
        Map<String, Integer> out = new TreeMap<>();
        for (ChartNode n : OrgChart.of(NHS, date).nodes()) {
            out.merge(n.kind().name(), 1, Integer::sum);
        }
        return out;
    }

    private static String text(HeadlessChromium browser, String selector) {
        return browser.evaluate("(document.querySelector('" + selector + "') || {}).textContent || ''").asString();
    }

    @Test
    void the_date_slider_search_and_history_work_in_headless_chromium() throws Exception {
        Path binary = chromium();
        Path folder = Path.of("target", "explorer").toAbsolutePath();
        Explorer.write(NHS, folder, done -> { });

        try (HeadlessChromium browser = new HeadlessChromium(binary)) {
            browser.navigate(folder.resolve(Explorer.PAGE).toUri().toString());
            browser.await("document.body && document.body.dataset.ready === 'true'", WAIT);

            // The slider moves to the day the ICBs began: the page draws the library's chart of that date.
            browser.evaluate("(() => { const s = document.getElementById('slider');"
                    + " s.value = String(Date.parse('2022-07-01T00:00:00Z') / 86400000);"
                    + " s.dispatchEvent(new Event('input')); })()");
            browser.await("document.getElementById('summary').dataset.date === '2022-07-01'", WAIT);
            assertThat(pageCounts(browser)).isEqualTo(chartCounts(LocalDate.of(2022, 7, 1)))
                    .containsEntry("ICB", 42).containsEntry("SUB_ICB_LOCATION", 106);
            assertThat(text(browser, "#chart")).contains("NHS South Yorkshire Integrated Care Board")
                    .contains("NHS England").contains("accountable to");

            // The date box moves to the first day of the CCGs.
            browser.evaluate("(() => { const d = document.getElementById('date'); d.value = '2013-04-01';"
                    + " d.dispatchEvent(new Event('change')); })()");
            browser.await("document.getElementById('summary').dataset.date === '2013-04-01'", WAIT);
            assertThat(pageCounts(browser)).isEqualTo(chartCounts(LocalDate.of(2013, 4, 1)))
                    .containsEntry("CCG", 211);

            // Search an ONS code: the sub-ICB location 02P bore E38000006 as a CCG and after.
            browser.evaluate("(() => { const s = document.getElementById('search'); s.value = 'E38000006';"
                    + " s.dispatchEvent(new Event('input')); })()");
            assertThat(text(browser, "#results li")).startsWith("02P");
            browser.evaluate("document.querySelector('#results li').click()");
            browser.await("document.getElementById('details').dataset.code === '02P'", WAIT);
            assertThat(text(browser, "#detail-title")).contains("(02P)");
            assertThat(text(browser, "#detail-names")).contains("NHS South Yorkshire ICB - 02P");
            assertThat(text(browser, "#detail-kinds")).contains("Clinical commissioning group")
                    .contains("Sub-ICB location");
            assertThat(text(browser, "#detail-ons")).contains("E38000006");
            assertThat(text(browser, "#detail-parents")).contains("part of QF7");
            assertThat(browser.evaluate("document.querySelector('.node.selected').dataset.code").asString())
                    .isEqualTo("02P");

            // A CCG that closed: on 2022-07-01 its responsibilities are with its successor.
            browser.evaluate("(() => { const d = document.getElementById('date'); d.value = '2022-07-01';"
                    + " d.dispatchEvent(new Event('change')); })()");
            browser.evaluate("(() => { const s = document.getElementById('search'); s.value = '00C';"
                    + " s.dispatchEvent(new Event('input')); })()");
            browser.evaluate("document.querySelector('#results li').click()");
            browser.await("document.getElementById('details').dataset.code === '00C'", WAIT);
            assertThat(text(browser, "#detail-now")).contains("Not open on 2022-07-01").contains("16C");
            assertThat(text(browser, "#detail-successors")).contains("2020-04-01").contains("16C");

            browser.screenshot(Path.of("target", "explorer-screenshot.png"));
        }
        assertThat(Path.of("target", "explorer-screenshot.png")).isNotEmptyFile();
    }
}
