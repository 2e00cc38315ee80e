package io.github.nhsstructure.data;

import static io.github.nhsstructure.organisation.OrganisationKind.CCG;
import static io.github.nhsstructure.organisation.OrganisationKind.COMMISSIONING_HUB;
import static io.github.nhsstructure.organisation.OrganisationKind.GP_PRACTICE;
import static io.github.nhsstructure.organisation.OrganisationKind.PCG;
import static io.github.nhsstructure.organisation.OrganisationKind.PCN;
import static io.github.nhsstructure.organisation.OrganisationKind.PCT;
import static io.github.nhsstructure.organisation.OrganisationKind.SHA;
import static io.github.nhsstructure.organisation.OrganisationKind.SUB_ICB_LOCATION;
import static io.github.nhsstructure.organisation.RelationshipType.COMMISSIONED_BY;
import static io.github.nhsstructure.organisation.RelationshipType.IN_AREA_OF;
import static io.github.nhsstructure.organisation.RelationshipType.MEMBER_OF;
import static io.github.nhsstructure.organisation.RelationshipType.PART_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.Relationship;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The primary care chain of the bundled data (GP practices and their commissioners, PCGs, PCTs, SHAs, PCNs), checked
 * against published facts (docs/domain.md 1.1) and exhaustively against its own invariants.
 */
class PrimaryCareDataTest {

    private static final NhsStructure NHS = NhsStructure.bundled();

    /** The data-quality report, regenerated with the data (nhs-structure-data/data-quality.csv). */
    private static final Path QUALITY = Path.of("data-quality.csv");

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static String code(Organisation o) {
        return o.code().value();
    }

    static Stream<Arguments> publishedCounts() {
        return Stream.of(
                // docs/domain.md 1.1: 481 PCGs on 1999-04-01 (S20). epcmem.csv has 503 five-character parents that day;
                // the other 22 are Welsh local health groups (only W practices), which are left out.
                Arguments.of(PCG, "1999-04-01", 481),
                // docs/domain.md 1.1: 459 PCGs in 2000-07 (S20, month precision). The data gives 459 on 2000-04-01 and
                // 458 from 2000-06-01 (two PCGs end 2000-05-31, one starts 2000-06-01).
                Arguments.of(PCG, "2000-04-01", 459),
                Arguments.of(PCG, "2000-07-01", 458),
                // docs/domain.md 1.1: the first 17 PCTs on 2000-04-01 (S20).
                Arguments.of(PCT, "2000-04-01", 17),
                // docs/domain.md 1.1: ~300-303 PCTs on 2002-04-01 (S23, S31, M): the data has 303.
                Arguments.of(PCT, "2002-04-01", 303),
                Arguments.of(PCT, "2006-09-30", 303),
                // docs/domain.md T22: 303 -> 152 PCTs on 2006-10-01 (S31, S34, H).
                Arguments.of(PCT, "2006-10-01", 152),
                // docs/domain.md T33 gives 152 PCTs at abolition; the data has 151 on the last day (5P3 and 5P4 merged
                // into 5QV on 2010-04-01; the care trust TAM became 5QW in 2011), as many as the ONS-derived
                // April 2013 lookup lists (146 PCTs and 5 care trusts).
                Arguments.of(PCT, "2013-03-31", 151),
                // docs/domain.md 1.1: 28 SHAs on 2002-04-01 (S23) and 10 on 2006-07-01 (S24, S31).
                Arguments.of(SHA, "2002-04-01", 28),
                Arguments.of(SHA, "2006-06-30", 28),
                Arguments.of(SHA, "2006-07-01", 10),
                Arguments.of(SHA, "2013-03-31", 10),
                // docs/domain.md 1.1: 1,251 PCNs in 2021-04 (S77). ODS ePCN dates give 1,257 PCNs open on 2021-04-01
                // (1,250 opened 2019-10-01; the published count is for a different day of April and excludes
                // PCNs outside the DES; the October 2024 extract adds U55861, open 2021-04-01 to 2021-04-02).
                Arguments.of(PCN, "2021-04-01", 1257),
                Arguments.of(PCN, "2019-10-01", 1250),
                // Abolition of PCTs and SHAs by the Health and Social Care Act 2012 (docs/domain.md T33).
                Arguments.of(PCT, "2013-04-01", 0),
                Arguments.of(SHA, "2013-04-01", 0),
                // PCGs ended with the 2002-04-01 "devolution day" (docs/domain.md T13); ODS keeps one (4MH24) with
                // members until 2002-09-30.
                Arguments.of(PCG, "2002-04-01", 1),
                Arguments.of(PCG, "2002-10-01", 0));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("publishedCounts")
    void publishedCount(OrganisationKind kind, String date, int expected) {
        assertThat(NHS.asOf(d(date)).count(kind)).isEqualTo(expected);
    }

    @Test
    void theDensham_surgeryIsCommissionedByAPcgThenAPctThenTwoCcgsThenASubIcbLocation() {
        // ODS epcmem.csv: A81001 in PCG 4QP36 from 1999-04-01, PCT 5E1 from 2001-04-01, CCG 00K from 2013-04-01;
        // the December 2022 epraccur.csv: 16C (Tees Valley CCG, from the 2020-04-01 merger) joined 2020-04-01.
        Map<String, String> expected = new TreeMap<>(Map.of("1999-04-01", "4QP36", "2000-04-01", "4QP36",
                "2001-04-01", "5E1", "2012-04-01", "5E1", "2013-04-01", "00K", "2019-12-01", "00K",
                "2020-04-01", "16C", "2022-06-30", "16C", "2022-07-01", "16C"));
        Map<String, OrganisationKind> kinds = Map.of("4QP36", PCG, "5E1", PCT, "00K", CCG);
        expected.forEach((date, commissioner) -> {
            StructureView view = NHS.asOf(d(date));
            assertThat(view.parent("A81001", COMMISSIONED_BY)).as(date).map(PrimaryCareDataTest::code)
                    .contains(commissioner);
            OrganisationKind kind = kinds.getOrDefault(commissioner,
                    view.date().isBefore(d("2022-07-01")) ? CCG : SUB_ICB_LOCATION);
            assertThat(view.require(commissioner).kindOn(view.date())).as(date).contains(kind);
        });
        assertThat(NHS.require("A81001").nameOn(d("2020-01-01"))).contains("THE DENSHAM SURGERY");
        assertThat(NHS.require("5E1").nameOn(d("2010-01-01"))).contains("Stockton-on-Tees Teaching");
        // The chain of parents in the ICB era: practice -> sub-ICB location -> ICB -> region.
        assertThat(NHS.asOf(d("2022-07-01")).parents("A81001")).extracting(PrimaryCareDataTest::code)
                .containsExactly("16C", "QHM", "Y63", "X24", "ZZN01"); // regions are part of NHS England
        // Its PCN: Stockton PCN, part of 00K before the 2020 merger (from its members) and 16C after.
        assertThat(NHS.asOf(d("2021-04-01")).parent("A81001", MEMBER_OF)).map(PrimaryCareDataTest::code)
                .contains("U89141");
        assertThat(NHS.require("U89141").nameOn(d("2021-04-01"))).contains("STOCKTON PCN");
        assertThat(NHS.asOf(d("2019-12-01")).parent("U89141", PART_OF)).map(PrimaryCareDataTest::code)
                .contains("00K");
        assertThat(NHS.asOf(d("2021-04-01")).parent("U89141", PART_OF)).map(PrimaryCareDataTest::code)
                .contains("16C");
        assertThat(NHS.asOf(d("2021-04-01")).children("U89141", MEMBER_OF)).extracting(PrimaryCareDataTest::code)
                .contains("A81001");
    }

    @Test
    void theStatedLinksAreHighAndTheInferredOnesMedium() {
        List<Dated<OdsCode>> links = NHS.require("A81001").links(COMMISSIONED_BY).entries();
        assertThat(links).extracting(l -> l.value().value(), l -> l.period().start(), l -> l.provenance().certainty())
                .containsExactly(tuple("4QP36", d("1999-04-01"), Certainty.HIGH),
                        tuple("5E1", d("2001-04-01"), Certainty.HIGH),
                        tuple("00K", d("2013-04-01"), Certainty.HIGH),
                        // after the October 2019 snapshot, up to the merger: assumed unchanged
                        tuple("00K", d("2019-10-04"), Certainty.MEDIUM),
                        tuple("16C", d("2020-04-01"), Certainty.HIGH));
    }

    @Test
    void theTwentyEightShasBecameTenOnFirstJuly2006() {
        Map<String, Set<String>> predecessors = new TreeMap<>();
        for (Organisation sha : NHS.organisationsEverOfKind(SHA)) {
            if (sha.operationalPeriod().start().equals(d("2006-07-01"))) {
                Set<String> codes = new TreeSet<>();
                sha.predecessors().forEach(s -> {
                    assertThat(s.effectiveDate()).isEqualTo(d("2006-07-01"));
                    codes.add(s.predecessor().value());
                });
                predecessors.put(code(sha), codes);
            }
        }
        assertThat(predecessors).containsOnlyKeys("Q30", "Q31", "Q32", "Q33", "Q34", "Q35", "Q36", "Q37", "Q38",
                "Q39");
        assertThat(predecessors.get("Q36")).containsExactly("Q04", "Q05", "Q06", "Q07", "Q08");
        assertThat(predecessors.get("Q35")).containsExactly("Q01", "Q02", "Q03");
        assertThat(predecessors.values().stream().mapToInt(Set::size).sum()).isEqualTo(28);
        // The names of the ten come from ONS E18 through a pairing no file states: UNCERTAIN.
        Dated<String> london = NHS.require("Q36").names().entries().get(0);
        assertThat(london.value()).isEqualTo("London");
        assertThat(london.provenance().certainty()).isEqualTo(Certainty.UNCERTAIN);
        assertThat(NHS.require("Q09").names().entries().get(0).value()).contains("name not in sources");
    }

    @Test
    void pctsWereReconfiguredOnFirstOctober2006AndAbolishedIn2013() {
        // ODS succ.csv: 5A1 -> 5QC on 2006-10-01 (SOURCES.md example); 226 PCT -> PCT rows that day.
        assertThat(NHS.require("5A1").successors()).extracting(s -> s.successor().value(), Succession::effectiveDate)
                .contains(tuple("5QC", d("2006-10-01")));
        long reconfigured = NHS.successions().stream()
                .filter(s -> s.effectiveDate().equals(d("2006-10-01")))
                .filter(s -> NHS.require(s.predecessor()).everOfKind(PCT)).count();
        assertThat(reconfigured).isEqualTo(226);
        // PCG 4QP36 became PCT 5E1 on 2001-04-01.
        assertThat(NHS.require("4QP36").successors()).extracting(s -> s.successor().value(),
                Succession::effectiveDate).containsExactly(tuple("5E1", d("2001-04-01")));
        // Every PCT open on the last day closes on 2013-04-01 (HSCA 2012; docs/domain.md T33), with no successor.
        for (Organisation pct : NHS.asOf(d("2013-03-31")).organisations(PCT)) {
            assertThat(pct.operationalPeriod().end()).as(code(pct)).isEqualTo(d("2013-04-01"));
        }
        // The 151 PCTs open on the last day are exactly those with a name (ONS lookup and CHD E16/E17).
        long named = NHS.organisationsEverOfKind(PCT).stream()
                .filter(p -> !p.names().entries().get(0).value().contains("name not in sources")).count();
        assertThat(named).isEqualTo(151);
    }

    @Test
    void coverageOfThePrimaryCareKinds() {
        // Abolished kinds are covered open-ended, as CCGs are: the data knows there are none after abolition.
        assertThat(NHS.coverage().of(PCG)).contains(DateRange.from(d("1999-04-01")));
        assertThat(NHS.coverage().of(PCT)).contains(DateRange.from(d("2000-04-01")));
        assertThat(NHS.coverage().of(SHA)).contains(DateRange.from(d("2002-04-01")));
        // PCNs to the October 2024 ePCN extract, practices to the February 2026 epraccur.csv.
        assertThat(NHS.coverage().of(PCN)).contains(DateRange.of(d("2019-10-01"), d("2024-10-02")));
        assertThat(NHS.coverage().of(GP_PRACTICE)).contains(DateRange.of(d("1999-04-01"), d("2026-02-04")));
        assertThatThrownBy(() -> NHS.asOf(d("2026-02-04")).count(GP_PRACTICE))
                .isInstanceOf(OutsideCoverageException.class);
        assertThatThrownBy(() -> NHS.asOf(d("2024-10-02")).count(PCN)).isInstanceOf(OutsideCoverageException.class);
        assertThatThrownBy(() -> NHS.asOf(d("2000-03-31")).count(PCT)).isInstanceOf(OutsideCoverageException.class);
        assertThatThrownBy(() -> NHS.asOf(d("2019-09-30")).count(PCN)).isInstanceOf(OutsideCoverageException.class);
    }

    @Test
    void oneOrganisationIsNotAnsweredAfterTheCoverageOfItsKindEnds() {
        // The practice and its network while both are covered.
        StructureView covered = NHS.asOf(d("2024-10-01"));
        assertThat(covered.require("A81001").name()).isEqualTo("THE DENSHAM SURGERY");
        assertThat(covered.parent("A81001", MEMBER_OF).map(o -> o.code().value())).contains("U89141");
        // After the networks' coverage ends, the network is refused, not stated from the last extract...
        StructureView later = NHS.asOf(d("2024-10-02"));
        assertThatThrownBy(() -> later.require("U89141")).isInstanceOf(OutsideCoverageException.class)
                .hasMessage("2024-10-02 is outside the coverage of kind PCN: covered from 2019-10-01 to 2024-10-01 "
                        + "inclusive");
        // ...while the practice, still covered, is answered; and after the practices' coverage it is refused too.
        assertThat(later.parents("A81001").get(0).code().value()).isEqualTo("16C");
        assertThatThrownBy(() -> NHS.asOf(d("2026-02-04")).parents("A81001"))
                .isInstanceOf(OutsideCoverageException.class)
                .extracting(e -> ((OutsideCoverageException) e).kind().orElseThrow()).isEqualTo(GP_PRACTICE);
        // Open-ended kinds answer on any date; before a kind's coverage begins, the organisation's record answers.
        assertThat(NHS.asOf(d("2030-01-01")).require("02P").kindOn(d("2030-01-01"))).contains(SUB_ICB_LOCATION);
        assertThat(NHS.asOf(d("2005-01-01")).require("RHY").code().value()).isEqualTo("RHY");
    }

    // ------------------------------------------------------------------------------------------------ invariants

    /** Every 1 April from 2000 to 2022. */
    private static List<LocalDate> firstsOfApril() {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = 2000; year <= 2025; year++) {
            dates.add(LocalDate.of(year, 4, 1));
        }
        return dates;
    }

    @Test
    void everyOpenPracticeHasACommissionerOnEachFirstOfAprilOrTheGapIsInTheQualityReport() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (LocalDate date : firstsOfApril()) {
            for (Organisation p : NHS.asOf(date).organisations(GP_PRACTICE)) {
                if (p.target(COMMISSIONED_BY, date).isEmpty()) {
                    missing.add(code(p) + " " + date);
                }
            }
        }
        Pattern gap = Pattern.compile("no COMMISSIONED_BY link \\[(\\d{4}-\\d\\d-\\d\\d), (\\d{4}-\\d\\d-\\d\\d|open)\\)");
        Set<String> reported = new TreeSet<>();
        for (CSVRecord r : quality()) {
            Matcher m = gap.matcher(r.get("detail"));
            if (!r.get("issue").equals("undated gap") || !m.lookingAt()
                    || !NHS.require(r.get("code")).everOfKind(GP_PRACTICE)) {
                continue; // the gaps of other cost centres (Welsh practices, secure settings) are checked elsewhere
            }
            DateRange period = DateRange.of(d(m.group(1)), m.group(2).equals("open") ? LocalDate.MAX
                    : d(m.group(2)));
            for (LocalDate date : firstsOfApril()) {
                if (period.contains(date)) {
                    reported.add(r.get("code") + " " + date);
                }
            }
        }
        assertThat(missing).hasSize(reported.size()).isEqualTo(reported);
        // Few, all explained: practices whose first membership starts after they opened, and practices that
        // joined a new commissioner after October 2019 with no source for the days before.
        assertThat(missing).hasSizeLessThan(25);
    }

    @Test
    void everyCommissionerIsOfTheKindOfItsEra() {
        Set<OrganisationKind> commissioners = EnumSet.of(PCG, PCT, CCG, SUB_ICB_LOCATION, COMMISSIONING_HUB);
        List<String> problems = new ArrayList<>();
        for (Organisation p : NHS.organisationsEverOfKind(GP_PRACTICE)) {
            for (Relationship r : p.relationships()) {
                Organisation target = NHS.require(r.target());
                if (r.type() == COMMISSIONED_BY) {
                    for (LocalDate day : List.of(r.period().start(), r.period().endInclusive())) {
                        if (day.equals(LocalDate.MAX.minusDays(1)) || day.isAfter(d("2026-03-31"))) {
                            day = d("2026-03-31");
                        }
                        OrganisationKind kind = target.kindOn(day).orElse(null);
                        if (!commissioners.contains(kind)) {
                            problems.add(r + ": target is " + kind + " on " + day);
                        }
                        if (kind == PCG && !day.isBefore(d("2002-10-01")) || kind == PCT && !day.isBefore(d("2013-04-01"))
                                || kind == CCG && !day.isBefore(d("2022-07-01"))) {
                            problems.add(r + ": " + kind + " on " + day);
                        }
                    }
                } else if (r.type() == MEMBER_OF) {
                    if (!target.everOfKind(PCN) || !r.period().start().isAfter(d("2019-09-30"))) {
                        problems.add(r + ": not a PCN membership of the PCN era");
                    }
                } else if (r.type() == IN_AREA_OF) {
                    // The area team or local office of epraccur.csv column 4 (2015, 2018, 2019 snapshots).
                    OrganisationKind kind = target.kindOn(r.period().start()).orElse(null);
                    if (kind != OrganisationKind.AREA_TEAM && kind != OrganisationKind.LOCAL_OFFICE
                            || !r.period().endInclusive().isBefore(d("2020-04-01"))) {
                        problems.add(r + ": not an area team or local office of 2013-2020");
                    }
                } else {
                    problems.add(r + ": unexpected link of a GP practice");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPcnIsPartOfACcgBeforeJuly2022AndOfASubIcbLocationAfter() {
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (Organisation pcn : NHS.organisationsEverOfKind(PCN)) {
            for (Dated<OdsCode> link : pcn.links(PART_OF).entries()) {
                links++;
                Organisation parent = NHS.require(link.value());
                LocalDate first = link.period().start();
                OrganisationKind expected = first.isBefore(d("2022-07-01")) ? CCG : SUB_ICB_LOCATION;
                if (!parent.kindOn(first).equals(java.util.Optional.of(expected))) {
                    problems.add(pcn.code() + " PART_OF " + link + ": " + parent.kindOn(first));
                }
                if (link.provenance().certainty() == Certainty.HIGH) {
                    problems.add(pcn.code() + " PART_OF " + link + ": a parent stated at one extract is MEDIUM");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(links).isGreaterThan(1300);
        // On 2021-04-01 nearly every PCN has a parent (the rest straddle two CCGs before a merger; reported).
        StructureView view = NHS.asOf(d("2021-04-01"));
        long orphans = view.organisations(PCN).stream()
                .filter(p -> view.parent(code(p), PART_OF).isEmpty()).count();
        assertThat(orphans).isLessThan(10);
    }

    @Test
    void everyPcgAndPctHasAnEnglishMemberAndEverySuccessionBetweenThemIsDatedInTheirEra() {
        Set<String> withMembers = new TreeSet<>();
        for (Organisation p : NHS.organisationsEverOfKind(GP_PRACTICE)) {
            for (Relationship r : p.relationships()) {
                if (r.type() == COMMISSIONED_BY) {
                    withMembers.add(r.target().value());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (OrganisationKind kind : List.of(PCG, PCT)) {
            for (Organisation o : NHS.organisationsEverOfKind(kind)) {
                if (o.code().value().startsWith("4") != (kind == PCG)) {
                    problems.add(o + ": code form does not match kind " + kind);
                }
                for (Succession s : o.successors()) {
                    if (s.effectiveDate().isBefore(d("2000-04-01")) || s.effectiveDate().isAfter(d("2013-04-01"))) {
                        problems.add(s + ": outside the PCG/PCT era");
                    }
                }
                if (kind == PCG && !o.names().entries().get(0).provenance().certainty().equals(Certainty.UNCERTAIN)) {
                    problems.add(o + ": a PCG name cannot be better than a placeholder");
                }
            }
        }
        assertThat(problems).isEmpty();
        // Practices other than GP practices (other prescribing settings) are not in the data, so a handful of
        // PCTs whose only members were such settings would have no GP practice member: there are none.
        assertThat(NHS.organisationsEverOfKind(PCT)).extracting(PrimaryCareDataTest::code)
                .allMatch(withMembers::contains);
    }

    @Test
    void practicesOnlyEpcmemKnowsAreUncertainAndTheOthersHaveOdsNames() {
        int uncertain = 0;
        for (Organisation p : NHS.organisationsEverOfKind(GP_PRACTICE)) {
            boolean placeholder = p.names().entries().get(0).value().contains("name not in sources");
            if (p.provenance().certainty() == Certainty.UNCERTAIN) {
                uncertain++;
                assertThat(placeholder).as(code(p)).isTrue();
                assertThat(p.operationalPeriod().end()).as(code(p)).isBefore(d("2013-08-01"));
            } else {
                assertThat(placeholder).as(code(p)).isFalse();
            }
        }
        // DATA.md: 1,738 practice-form codes only epcmem.csv knows.
        assertThat(uncertain).isEqualTo(1738);
    }

    private static List<CSVRecord> quality() throws IOException {
        try (Reader reader = Files.newBufferedReader(QUALITY, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader)
                        .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        }
    }
}
