package io.github.nhsstructure.ods.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.exception.ExtractException;
import io.github.nhsstructure.exception.OrganisationNotOpenException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.overlay.DiffEntry;
import io.github.nhsstructure.overlay.DiffType;
import io.github.nhsstructure.overlay.StructureDiff;
import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.DatasetReader;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overlay rule on the fictional fixture (every kind known to 2025-01-31, so the first day it does not speak for
 * is 2025-02-01) with a hand-written extract of 2025: what is added, closed, renamed, moved, succeeded and
 * contradicted, and that no answer about a date the fixture speaks for changes.
 */
class OverlayTest {

    private static final LocalDate UNKNOWN_FROM = LocalDate.of(2025, 2, 1);

    private static Dataset fixture;

    @TempDir
    static Path extract;

    private static NhsStructure base;
    private static NhsStructure overlaid;

    /** A 27-field ODS row with the given (1-based) columns set. */
    static String odsRow(String... columnValuePairs) {
        List<String> fields = new ArrayList<>(Collections.nCopies(27, ""));
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            fields.set(Integer.parseInt(columnValuePairs[i]) - 1, columnValuePairs[i + 1]);
        }
        return "\"" + String.join("\",\"", fields) + "\"\r\n";
    }

    static String practice(String code, String name, String open, String close, String commissioner, String joined,
            String left, String setting) {
        return odsRow("1", code, "2", name, "3", "Y90", "4", "Q90", "11", open, "12", close, "13",
                close.isEmpty() ? "A" : "C", "14", "B", "15", commissioner, "16", joined, "17", left, "26", setting);
    }

    static Dataset fixture() {
        try {
            return DatasetReader.read("fixture", Paths.get(OverlayTest.class.getResource("/fixture/sources.csv")
                    .toURI()).getParent());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void layTheExtractOverTheFixture() throws IOException {
        fixture = fixture();
        Files.writeString(extract.resolve("epraccur.csv"),
                practice("Z90001", "ALPHA STREET PRACTICE", "20130401", "", "91E", "20250401", "", "4")
                + practice("Z90003", "GAMMA ROAD SURGERY", "20250301", "", "91E", "20250301", "", "4")
                + practice("Z90004", "DELTA HOUSE", "20240101", "", "90D", "20240101", "", "4")
                + practice("Z90002", "BETA LANE MEDICAL CENTRE", "20130401", "20200331", "90B", "20130401",
                        "20200331", "4")
                + practice("Y99999", "COMMUNITY PHARMACY X", "20200101", "", "90D", "20200101", "", "0")
                + practice("Z90005", "EPSILON SURGERY", "20250601", "20250630", "91E", "20250601", "20250630", "4"));
        Files.writeString(extract.resolve("eccg.csv"),
                odsRow("1", "90D", "2", "NHS FICTIONAL ICB - 90D", "3", "Y90", "4", "Q90", "11", "20200401", "12",
                        "20250331", "14", "RO319")
                + odsRow("1", "91E", "2", "NHS FICTIONAL ICB - 91E", "3", "Y90", "4", "Q90", "11", "20250401", "14",
                        "RO319")
                + odsRow("1", "90A", "2", "NHS ALPHA CCG", "11", "20130401", "12", "20200331")
                + odsRow("1", "90B", "2", "NHS BETA CLINICAL COMMISSIONING GROUP", "11", "20130401", "12",
                        "20200331"));
        Files.writeString(extract.resolve("etr.csv"),
                odsRow("1", "R9A", "2", "FICTIONLAND UNIVERSITY HOSPITALS NHS FOUNDATION TRUST", "3", "Y92", "4",
                        "Q90", "11", "20130401")
                + odsRow("1", "R9B", "2", "NEWTOWN COMMUNITY NHS TRUST", "3", "Y92", "4", "Q90", "11", "20250601")
                + odsRow("1", "R9C", "2", "OLDTOWN NHS TRUST", "11", "20150401", "12", "20190331"));
        Files.writeString(extract.resolve("succ.csv"), "\"90D\",\"91E\",\"R\",\"20250401\",\"0\"\r\n"
                + "\"90A\",\"90B\",\"\",\"20200401\",\"0\"\r\n\"91E\",\"ZZ9\",\"\",\"20250601\",\"0\"\r\n");
        base = NhsStructure.of(fixture);
        overlaid = base.overlay(extract);
    }

    @Test
    void everyDifferenceIsListedWithBothSources() {
        StructureDiff diff = overlaid.overlayDiff();

        assertThat(diff.entries()).extracting(e -> e.date() + " " + e.type() + " " + e.code() + " " + e.fact() + " "
                + e.before() + " -> " + e.after()).containsExactly(
                "2015-04-01 CONTRADICTED R9C organisation  -> 2015-04-01/2019-04-01 NHS_TRUST",
                "2020-03-31 CONTRADICTED 90B name NHS BETA CCG -> NHS BETA CLINICAL COMMISSIONING GROUP",
                "2020-04-01 CONTRADICTED 90A succession [90D on 2020-04-01] -> 90B on 2020-04-01",
                "2020-04-01 CONTRADICTED Z90002 organisation 2013-04-01/2021-10-01 -> 2013-04-01/2020-04-01",
                "2024-01-01 CONTRADICTED Z90004 organisation  -> 2024-01-01/.. GP_PRACTICE",
                "2025-02-01 ADDED Z90004 organisation  -> 2025-02-01/.. GP_PRACTICE DELTA HOUSE",
                "2025-02-01 RENAMED R9A name FICTIONLAND HOSPITALS NHS FOUNDATION TRUST"
                        + " -> FICTIONLAND UNIVERSITY HOSPITALS NHS FOUNDATION TRUST",
                "2025-02-01 RENAMED Z90001 name ALPHA STREET SURGERY -> ALPHA STREET PRACTICE",
                "2025-02-01 MOVED R9A IN_REGION  -> Y92",
                "2025-02-01 MOVED R9A MEMBER_OF  -> Q90",
                "2025-03-01 ADDED Z90003 organisation  -> 2025-03-01/.. GP_PRACTICE GAMMA ROAD SURGERY",
                "2025-04-01 ADDED 91E organisation  -> 2025-04-01/.. SUB_ICB_LOCATION NHS FICTIONAL ICB - 91E",
                "2025-04-01 CLOSED 90D organisation 2020-04-01/.. -> 2020-04-01/2025-04-01",
                "2025-04-01 MOVED Z90001 COMMISSIONED_BY 90D -> 91E",
                "2025-04-01 SUCCEEDED 90D succession  -> 91E",
                "2025-06-01 ADDED R9B organisation  -> 2025-06-01/.. NHS_TRUST NEWTOWN COMMUNITY NHS TRUST",
                "2025-06-01 ADDED Z90005 organisation  -> 2025-06-01/2025-07-01 GP_PRACTICE EPSILON SURGERY",
                "2025-06-01 UNRESOLVED 91E succession  -> 91E -> ZZ9");
        assertThat(diff.entries(DiffType.UNRESOLVED).get(0).detail()).startsWith("ZZ9 is not an organisation");
        DiffEntry renamed = diff.entries(DiffType.RENAMED).get(1);
        assertThat(renamed.extract()).isEqualTo(extract.resolve("epraccur.csv") + ":1");
        assertThat(renamed.datasetSources()).containsExactly("fixture-ods");
        assertThat(renamed.detail()).contains("does not say when; taken from 2025-02-01");
        DiffEntry contradiction = diff.contradictions().get(1);
        assertThat(contradiction.extract()).isEqualTo(extract.resolve("eccg.csv") + ":4");
        assertThat(contradiction.datasetSources()).containsExactly("fixture-ods");
        assertThat(contradiction.detail()).contains("the dataset's value is kept");
        assertThat(diff.notes()).singleElement().asString().contains("epraccur.csv").contains("{OTHER=1}");
        assertThat(diff.extracts()).extracting(s -> s.id() + " " + s.extractDate()).containsExactly(
                "overlay:epraccur.csv 2025-07-01", "overlay:eccg.csv 2025-04-01", "overlay:etr.csv 2025-06-01",
                "overlay:succ.csv 2025-06-01");
        assertThat(diff.counts()).containsEntry(DiffType.ADDED, 5).containsEntry(DiffType.CONTRADICTED, 5)
                .containsEntry(DiffType.REOPENED, 0);
    }

    @Test
    void theOverlaidStructureAnswersWithTheExtractFromTheFirstUnknownDay() {
        Organisation practice = overlaid.require("Z90001");

        assertThat(practice.nameOn(UNKNOWN_FROM.minusDays(1))).contains("ALPHA STREET SURGERY");
        assertThat(practice.nameOn(UNKNOWN_FROM)).contains("ALPHA STREET PRACTICE");
        assertThat(practice.names().entryAt(UNKNOWN_FROM).orElseThrow().provenance().sourceIds())
                .containsExactly("overlay:epraccur.csv");
        assertThat(practice.target(RelationshipType.COMMISSIONED_BY, LocalDate.of(2025, 3, 31))).contains(
                OdsCode.of("90D"));
        assertThat(practice.target(RelationshipType.COMMISSIONED_BY, LocalDate.of(2025, 4, 1))).contains(
                OdsCode.of("91E"));
        assertThat(overlaid.require("90D").operationalPeriod()).isEqualTo(DateRange.of(LocalDate.of(2020, 4, 1),
                LocalDate.of(2025, 4, 1)));
        assertThat(overlaid.require("90D").successors()).extracting(s -> s.successor().toString()).contains("91E");
        assertThat(overlaid.successors("90D", LocalDate.of(2025, 5, 1)).codes()).extracting(Object::toString)
                .containsExactly("91E");
        assertThat(overlaid.require("R9B").provenance().sourceIds()).containsExactly("overlay:etr.csv");
        assertThat(overlaid.asOf(LocalDate.of(2025, 6, 15)).count(OrganisationKind.GP_PRACTICE)).isEqualTo(4);
        assertThat(overlaid.coverage().of(OrganisationKind.GP_PRACTICE)).contains(DateRange.of(
                LocalDate.of(2013, 4, 1), LocalDate.of(2025, 7, 2)));
        assertThat(overlaid.coverage().entry(OrganisationKind.GP_PRACTICE).orElseThrow().provenance().sourceIds())
                .containsExactly("fixture-ods", "overlay:epraccur.csv");
        assertThat(overlaid.dataVersion()).isEqualTo("fixture+overlay");
        assertThat(overlaid.organisation("R9C")).isEmpty();
        assertThatThrownBy(() -> overlaid.asOf(LocalDate.of(2024, 6, 1)).parent("Z90004"))
                .isInstanceOf(OrganisationNotOpenException.class);
    }

    @Test
    void noAnswerAboutADateTheDatasetSpeaksForChanges() {
        assertUnchangedBefore(base, overlaid, UNKNOWN_FROM);
    }

    /** Every fact of every organisation of the base is the same in the overlaid structure on dates before a day. */
    static void assertUnchangedBefore(NhsStructure base, NhsStructure overlaid, LocalDate day) {
        DateRange known = DateRange.of(LocalDate.MIN, day);
        for (Organisation o : base.organisations()) {
            Organisation after = overlaid.require(o.code());
            assertThat(clip(after.names().entries(), known)).as("names of %s", o.code())
                    .isEqualTo(clip(o.names().entries(), known));
            assertThat(clip(after.kinds().entries(), known)).as("kinds of %s", o.code())
                    .isEqualTo(clip(o.kinds().entries(), known));
            for (RelationshipType t : RelationshipType.values()) {
                assertThat(clip(after.links(t).entries(), known)).as("%s of %s", t, o.code())
                        .isEqualTo(clip(o.links(t).entries(), known));
            }
            assertThat(after.operationalPeriod().intersection(known)).as("period of %s", o.code())
                    .isEqualTo(o.operationalPeriod().intersection(known));
        }
        for (Organisation o : overlaid.organisations()) {
            if (base.organisation(o.code()).isEmpty()) {
                assertThat(o.operationalPeriod().start()).as("start of the added %s", o.code()).isAfterOrEqualTo(day);
            }
        }
    }

    /** The values of a timeline on the dates of a range, as value and clipped period, ignoring sources. */
    private static <T> List<String> clip(List<Dated<T>> entries, DateRange range) {
        List<String> out = new ArrayList<>();
        for (Dated<T> d : entries) {
            if (d.period().overlaps(range)) {
                out.add(d.period().intersection(range) + "=" + d.value());
            }
        }
        return out;
    }

    @Test
    void aBadRowFailsTheWholeOverlayNamingFileLineAndField(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("etr.csv"), odsRow("1", "R9A", "2", "X", "11", "20130401")
                + odsRow("1", "R9D", "2", "Y", "11", "20251340"));

        assertThatThrownBy(() -> base.overlay(dir))
                .isInstanceOf(ExtractException.class)
                .hasMessage(dir.resolve("etr.csv") + ":2: open date (column 11): '20251340' is not a date (YYYYMMDD):"
                        + " Invalid value for MonthOfYear (valid values 1 - 12): 13");
    }

    @Test
    void aCodeGivenTwiceAndASuccessionCycleAreErrorsOverlappingMembershipsANote(@TempDir Path dir) throws IOException {
        Path twice = Files.createDirectories(dir.resolve("twice"));
        Files.writeString(twice.resolve("etr.csv"), odsRow("1", "R9A", "2", "X", "11", "20130401")
                + odsRow("1", "R9A", "2", "Y", "11", "20130401"));
        Path overlap = Files.createDirectories(dir.resolve("overlap"));
        Files.writeString(overlap.resolve("epcmem.csv"), "\"Z90001\",\"90A\",\"C\",\"20130401\",\"20200331\",\"\"\n"
                + "\"Z90001\",\"90B\",\"C\",\"20190401\",\"\",\"\"\n");
        Path cycle = Files.createDirectories(dir.resolve("cycle"));
        Files.writeString(cycle.resolve("succ.csv"), "\"90A\",\"90B\",\"\",\"20200401\",\"0\"\n"
                + "\"90B\",\"90A\",\"\",\"20200401\",\"0\"\n");

        assertThatThrownBy(() -> base.overlay(twice))
                .isInstanceOf(ExtractException.class)
                .hasMessage(twice.resolve("etr.csv") + ":2: organisation code (column 1): R9A given twice (first at"
                        + " line 1)");
        // ODS files overlap memberships (an end date equal to the next start): the later row wins, with a note.
        assertThat(base.overlay(overlap).overlayDiff().notes()).singleElement().asString().endsWith(
                "1 rows overlap an earlier row of the same organisation with another target; the later row is taken"
                        + " from its start (the first: " + overlap.resolve("epcmem.csv") + ":2: Z90001 COMMISSIONED_BY"
                        + " 90B 2019-04-01/.. overlaps 90A 2013-04-01/2020-04-01 at line 1)");
        assertThatThrownBy(() -> base.overlay(cycle))
                .isInstanceOf(ExtractException.class)
                .hasMessage(cycle.resolve("succ.csv") + ":2: successor (column 2): 90B -> 90A on 2020-04-01 and the"
                        + " reverse at line 1 form a cycle");
    }

    @Test
    void anExtractThatAgreesChangesNothing(@TempDir Path dir) throws IOException {
        // Its only date is the open date, so it speaks as at 2013-04-01, when R9A was an NHS trust of that name.
        Files.writeString(dir.resolve("etr.csv"), odsRow("1", "R9A", "2", "FICTIONLAND HOSPITALS NHS TRUST", "11",
                "20130401", "12", ""));

        NhsStructure same = base.overlay(dir);

        assertThat(same.overlayDiff().isEmpty()).isTrue();
        assertThat(same.require("R9A")).isEqualTo(base.require("R9A"));
        assertThat(Map.copyOf(same.overlayDiff().counts())).containsEntry(DiffType.ADDED, 0);
    }
}
