package io.github.nhsstructure.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that gives an organisation one ONS code at a time, on the real case of region Y61 in 2024. */
class OnsCodeSourceTest {

    private static final Evidence OLD = Evidence.of(Certainty.HIGH, "ons-chd-e40", "nhsd-gp-map-2022-01");
    private static final Evidence NEW = Evidence.of(Certainty.HIGH, "ons-chd-e40", "nhsd-gp-map-2026-01");

    private static OnsCodeSource.Use use(String ons, String start, String end, Evidence evidence) {
        return new OnsCodeSource.Use("Y61", ons, Period.of(LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end)), evidence);
    }

    @Test
    void overlappingCodesGiveWayToTheNewerOneFromItsFirstDayAndAreReported() {
        // ONS CHD ends E40000007 on 2024-03-31 but starts E40000013 on 2024-01-01.
        QualityReport quality = new QualityReport();
        List<OnsCodeSource.Use> kept = OnsCodeSource.oneAtATime("Y61", List.of(
                use("E40000013", "2024-01-01", null, NEW), use("E40000007", "2019-04-01", "2024-04-01", OLD)),
                quality, ons -> "ons-chd-2024-07/E40.json");

        assertThat(kept).extracting(u -> u.ons() + " " + u.period() + " " + u.evidence().certainty())
                .containsExactly("E40000007 [2019-04-01, 2024-01-01) MEDIUM", "E40000013 [2024-01-01, open) HIGH");
        assertThat(quality.issues()).singleElement().satisfies(i -> {
            assertThat(i.file()).isEqualTo("ons-chd-2024-07/E40.json");
            assertThat(i.code()).isEqualTo("Y61");
            assertThat(i.issue()).isEqualTo(QualityReport.CONTRADICTION);
            assertThat(i.detail()).isEqualTo("E40000007 [2019-04-01, 2024-04-01) (nhsd-gp-map-2022-01;ons-chd-e40)"
                    + " and E40000013 [2024-01-01, open) (nhsd-gp-map-2026-01;ons-chd-e40) overlap; the newer code is"
                    + " used from its first day, 2024-01-01");
        });
    }

    @Test
    void codesThatFollowEachOtherAreKeptAsTheyAre() {
        QualityReport quality = new QualityReport();
        List<OnsCodeSource.Use> uses = List.of(use("E40000009", "2019-04-01", "2022-07-01", OLD),
                use("E40000012", "2022-07-01", null, NEW));
        assertThat(OnsCodeSource.oneAtATime("Y63", uses, quality, ons -> "x")).isEqualTo(uses);
        assertThat(quality.issues()).isEmpty();
    }

    @Test
    void aCodeStartingTheSameDayAsAnotherReplacesItAndOneOutlastingTheNewerCodeIsReported() {
        QualityReport quality = new QualityReport();
        List<OnsCodeSource.Use> kept = OnsCodeSource.oneAtATime("QXU", List.of(
                use("E54000035", "2020-03-31", null, OLD), use("E54000052", "2020-03-31", "2023-04-01", NEW)),
                quality, ons -> "x");
        assertThat(kept).extracting(OnsCodeSource.Use::ons).containsExactly("E54000052");
        assertThat(quality.issues()).extracting(QualityReport.Issue::issue)
                .containsExactly(QualityReport.CONTRADICTION, QualityReport.UNDATED);
    }
}
