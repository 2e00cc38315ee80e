package io.github.nhsstructure.ods.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.data.BundledDataProvider;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.overlay.DiffEntry;
import io.github.nhsstructure.overlay.DiffType;
import io.github.nhsstructure.overlay.StructureDiff;
import io.github.nhsstructure.time.DateRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real raw extracts of the generator laid over real data: the December 2022 extracts over the bundled data
 * (older than it: only contradictions), and the newer extracts over the bundled data as it stood before 2023 (what
 * they add, close, rename, move and succeed). The README's diff comes from the second.
 */
class RealExtractsOverlayTest {

    static final Path RAW = Path.of("..", "nhs-structure-generator", "raw");

    /** The first day the bundled data "as known before 2023" does not speak for. */
    static final LocalDate CUT = LocalDate.of(2023, 1, 1);

    /** The newer extracts of the raw folder, as a user would collect them in one folder. */
    static final List<String> NEWER = List.of("ods-2026-02-epraccur/epraccur.csv", "ods-2026-07-etr/etr.csv",
            "ods-2024-10-pcn/ePCN_PCNDetails.csv", "ods-2024-10-pcn/ePCN_PCN_Core_Partner_Details.csv",
            "ods-2025-nhs-spend/eccg.csv", "ods-succ-2026/succ.csv");

    @TempDir
    static Path newer;

    private static NhsStructure bundled;
    private static NhsStructure known2022;
    private static NhsStructure overlaid;

    @BeforeAll
    static void layTheNewerExtractsOverTheDataAsKnownBefore2023() throws IOException {
        for (String f : NEWER) {
            Files.copy(RAW.resolve(f), newer.resolve(Path.of(f).getFileName()));
        }
        bundled = NhsStructure.bundled();
        known2022 = NhsStructure.of(DatasetCut.knownBefore(new BundledDataProvider().load(), CUT));
        overlaid = known2022.overlay(newer);
        StructureDiff diff = overlaid.overlayDiff();
        System.out.println("Newer extracts over the bundled data as known before " + CUT + ": " + diff.counts());
    }

    @Test
    void theDecember2022ExtractsOverTheBundledDataOnlyContradictIt() {
        NhsStructure older = bundled.overlay(RAW.resolve("ods-2023-practice-pcn"));
        StructureDiff diff = older.overlayDiff();

        assertThat(diff.entries()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(DiffType.CONTRADICTED);
            assertThat(e.extract()).contains("ods-2023-practice-pcn");
        });
        // A closed practice's last commissioner in the 2022 epraccur.csv is a CCG it joined in 2001; the membership
        // history (epcmem.csv) has the PCT of those years.
        assertThat(diff.entries()).anySatisfy(e -> {
            assertThat(e.code()).hasToString("C84141");
            assertThat(e.date()).isEqualTo(LocalDate.of(2001, 4, 1));
            assertThat(e.fact()).isEqualTo("COMMISSIONED_BY");
            assertThat(e.before()).isEqualTo("5EM");
            assertThat(e.after()).startsWith("04K");
            assertThat(e.datasetSources()).containsExactly("ods-epcmem-2019");
        });
        OverlayTest.assertUnchangedBefore(bundled, older, LocalDate.MAX);
        // The README's figures.
        assertThat(diff.contradictions()).hasSize(495);
        assertThat(diff.notes().get(0)).contains("OTHER=2514").contains("COMMUNITY_HEALTH_SERVICE=1786");
    }

    @Test
    void theNewerExtractsAddCloseRenameMoveAndSucceed() {
        StructureDiff diff = overlaid.overlayDiff();

        assertThat(diff.entries(DiffType.ADDED)).anySatisfy(e -> {
            assertThat(e.code()).hasToString("K0N6A");
            assertThat(e.date()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(e.after()).isEqualTo("2026-06-01/.. NHS_TRUST THE ONLINE NHS TRUST");
        });
        assertThat(entry(diff, DiffType.CLOSED, "RVJ").date()).isEqualTo(LocalDate.of(2026, 7, 1));
        DiffEntry renamed = entry(diff, DiffType.RENAMED, "RA7");
        assertThat(renamed.before()).isEqualTo("UNIVERSITY HOSPITALS BRISTOL AND WESTON NHS FOUNDATION TRUST");
        assertThat(renamed.after()).isEqualTo("BRISTOL NHS FOUNDATION TRUST");
        assertThat(renamed.date()).isEqualTo(CUT);
        assertThat(entry(diff, DiffType.SUCCEEDED, "RVY").after()).isEqualTo("RBN");
        assertThat(entry(diff, DiffType.SUCCEEDED, "RVY").date()).isEqualTo(LocalDate.of(2023, 7, 1));
        DiffEntry moved = diff.entries(DiffType.MOVED).stream().filter(e -> e.code().toString().equals("U21078"))
                .findFirst().orElseThrow();
        assertThat(moved.fact()).isEqualTo("PART_OF");
        assertThat(moved.before() + " -> " + moved.after()).isEqualTo("03Q -> 42D");
        // The README's table.
        assertThat(diff.counts()).containsExactlyEntriesOf(new EnumMap<>(Map.of(
                DiffType.ADDED, 101, DiffType.CLOSED, 362, DiffType.REOPENED, 0, DiffType.RENAMED, 16,
                DiffType.RETYPED, 0, DiffType.MOVED, 392, DiffType.SUCCEEDED, 23, DiffType.CONTRADICTED, 5,
                DiffType.UNRESOLVED, 85)));

        assertThat(overlaid.require("RA7").nameOn(CUT.minusDays(1)))
                .contains("UNIVERSITY HOSPITALS BRISTOL AND WESTON NHS FOUNDATION TRUST");
        assertThat(overlaid.require("RA7").nameOn(LocalDate.of(2026, 8, 1))).contains("BRISTOL NHS FOUNDATION TRUST");
        assertThat(overlaid.require("RVJ").operationalPeriod().end()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(overlaid.successors("RVY", LocalDate.of(2024, 1, 1)).codes()).extracting(Object::toString)
                .containsExactly("RBN");
        assertThat(overlaid.coverage().of(OrganisationKind.GP_PRACTICE).map(DateRange::end))
                .contains(LocalDate.of(2026, 2, 4));
        assertThat(overlaid.coverage().of(OrganisationKind.PCN).map(DateRange::end))
                .contains(LocalDate.of(2024, 10, 2));
    }

    @Test
    void noAnswerAboutADateTheDataAsKnownBefore2023SpeaksForChanges() {
        OverlayTest.assertUnchangedBefore(known2022, overlaid, CUT);
    }

    private static DiffEntry entry(StructureDiff diff, DiffType type, String code) {
        return diff.entries(type).stream().filter(e -> e.code().toString().equals(code)).findFirst().orElseThrow();
    }
}
