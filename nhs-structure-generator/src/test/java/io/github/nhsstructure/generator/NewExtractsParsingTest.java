package io.github.nhsstructure.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.ods.EpcnReader;
import io.github.nhsstructure.ods.Epraccur2026Reader;
import io.github.nhsstructure.ods.EpraccurReader;
import io.github.nhsstructure.ods.EpraccurRecord;
import io.github.nhsstructure.ods.EpraccurStatus;
import io.github.nhsstructure.ods.EtrReader;
import io.github.nhsstructure.ods.EtrRecord;
import io.github.nhsstructure.ods.MappedPracticeRecord;
import io.github.nhsstructure.ods.PracticeMapReader;
import io.github.nhsstructure.ods.PrescribingSetting;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed 2023-2026 extracts read in full by their readers: row counts and facts the catalogue gives. */
class NewExtractsParsingTest {

    private static List<EpraccurRecord> epraccur(String file, boolean layout2026) {
        return layout2026 ? Epraccur2026Reader.read(Paths.RAW.resolve(file), file)
                : EpraccurReader.read(Paths.RAW.resolve(file), file);
    }

    @Test
    void theSeptember2025EpraccurIsInTheClassicLayout() {
        List<EpraccurRecord> rows = epraccur(PrimaryCareSources.EPRACCUR_2025_FILE, false);

        assertThat(rows).hasSize(16_685);
        assertThat(rows.stream().filter(EpraccurRecord::isGpPractice)).hasSize(8_655);
        assertThat(rows.stream().map(EpraccurRecord::openDate).max(LocalDate::compareTo))
                .contains(PrimaryCareSources.EPRACCUR_2025_DATE);
    }

    @Test
    void theFebruary2026EpraccurIsInThe2026Layout() {
        List<EpraccurRecord> rows = epraccur(PrimaryCareSources.EPRACCUR_2026_FILE, true);

        assertThat(rows).hasSize(15_389);
        assertThat(rows.stream().filter(r -> r.status() == EpraccurStatus.ACTIVE)).hasSize(12_515);
        // RO76 (8,183) and RO76|RO268 (6): GP practices.
        assertThat(rows.stream().filter(EpraccurRecord::isGpPractice)).hasSize(8_189);
        assertThat(rows.stream().filter(r -> r.setting().equals(Optional.of(PrescribingSetting.PRISON))))
                .hasSize(136);
        assertThat(rows.stream().filter(r -> r.setting().isEmpty())).hasSize(6);
        assertThat(rows.stream().map(EpraccurRecord::openDate).max(LocalDate::compareTo))
                .contains(PrimaryCareSources.EPRACCUR_2026_DATE);
    }

    @Test
    void everyCodeBothEpraccurExtractsListHasTheRoleOfItsClassicSetting() {
        Map<String, EpraccurRecord> classic = epraccur(PrimaryCareSources.EPRACCUR_2025_FILE, false).stream()
                .collect(Collectors.toMap(EpraccurRecord::code, Function.identity()));
        long agree = 0;
        long differ = 0;
        for (EpraccurRecord r : epraccur(PrimaryCareSources.EPRACCUR_2026_FILE, true)) {
            EpraccurRecord c = classic.get(r.code());
            if (c == null || r.setting().isEmpty()) {
                continue;
            }
            if (c.setting().equals(r.setting())) {
                agree++;
            } else {
                differ++;
            }
        }
        // The few that differ changed setting between the extracts (e.g. a GP practice reset to "other").
        assertThat(agree).isEqualTo(15_225);
        assertThat(differ).isEqualTo(7);
    }

    @Test
    void theMid2026TrustFileHasTheOnlineTrustAndTheNewIcbs() {
        String file = NationalAndTrustSources.ETR_2026_FILE;
        Map<String, EtrRecord> rows = EtrReader.read(Paths.RAW.resolve(file), file).stream()
                .collect(Collectors.toMap(EtrRecord::code, Function.identity()));

        assertThat(rows).hasSize(274);
        assertThat(rows.get("K0N6A").openDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(rows.get("RVJ").closeDate()).contains(LocalDate.of(2026, 6, 30));
        assertThat(rows.get("RNK").closeDate()).contains(LocalDate.of(2026, 3, 31));
        assertThat(rows.get("RAL").highLevelHealthGeography()).isEqualTo("Z9B2Z");
    }

    @Test
    void theOctober2024EpcnExtractHasEveryPcnOfTheEarlierOnes() {
        EpcnReader.Extract e = EpcnReader.read(Paths.RAW.resolve(PrimaryCareSources.PCN_DETAILS_2024_FILE),
                PrimaryCareSources.PCN_DETAILS_2024_FILE, Paths.RAW.resolve(PrimaryCareSources.PCN_PARTNERS_2024_FILE),
                PrimaryCareSources.PCN_PARTNERS_2024_FILE);

        assertThat(e.pcns()).hasSize(1_366);
        assertThat(e.pcns().stream().filter(p -> p.closeDate().isPresent())).hasSize(81);
        assertThat(e.memberships()).hasSize(7_705);
        assertThat(e.memberships().stream().filter(m -> m.end().isPresent())).hasSize(1_481);
    }

    @Test
    void theJanuary2026PracticeMapIsInTheSubIcbLocationLayout() {
        String file = PrimaryCareSources.GP_MAP_2026_FILE;
        List<MappedPracticeRecord> rows = PracticeMapReader.read(Paths.RAW.resolve(file), file);

        assertThat(rows).hasSize(6_171);
        assertThat(rows).allSatisfy(r -> assertThat(r.extractDate()).contains(PrimaryCareSources.GP_MAP_2026_DATE));
        assertThat(rows.stream().map(MappedPracticeRecord::commissioner).distinct()).hasSize(106);
        assertThat(rows.stream().map(MappedPracticeRecord::system).distinct()).hasSize(42);
    }
}
