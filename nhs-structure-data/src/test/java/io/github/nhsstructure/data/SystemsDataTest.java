package io.github.nhsstructure.data;

import static io.github.nhsstructure.organisation.OrganisationKind.AREA_TEAM;
import static io.github.nhsstructure.organisation.OrganisationKind.CCG;
import static io.github.nhsstructure.organisation.OrganisationKind.ICB;
import static io.github.nhsstructure.organisation.OrganisationKind.LOCAL_AUTHORITY;
import static io.github.nhsstructure.organisation.OrganisationKind.LOCAL_OFFICE;
import static io.github.nhsstructure.organisation.OrganisationKind.REGION;
import static io.github.nhsstructure.organisation.OrganisationKind.STP;
import static io.github.nhsstructure.organisation.OrganisationKind.SUB_ICB_LOCATION;
import static io.github.nhsstructure.organisation.RelationshipType.IN_REGION;
import static io.github.nhsstructure.organisation.RelationshipType.MEMBER_OF;
import static io.github.nhsstructure.organisation.RelationshipType.PART_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.exception.OrganisationNotOpenException;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The regional and system layers of the bundled data (issue #5): NHS England area teams and local offices, STPs /
 * ICSs and their ICBs, the April 2026 ICB mergers, CCG membership of STPs, upper-tier local authorities. Published
 * facts where the data covers them (docs/domain.md), the data's own number with the reason where it differs, and
 * exhaustive invariants over these kinds.
 */
class SystemsDataTest {

    private static final NhsStructure NHS = NhsStructure.bundled();
    private static final LocalDate MERGERS_2026 = LocalDate.of(2026, 4, 1);

    static Stream<Arguments> counts() {
        return Stream.of(
                // docs/domain.md T34/1.1 publishes 27 area teams on 2013-04-01 (H, S51). ODS (Q44-Q60, Q64-Q71) and ONS
                // CHD E39 both have 25: London is one area team (Q71, E39000018); London's three sub-teams are in no
                // file except as purchaser codes (Q61, Q63) of London prisons in epraccur.csv. The data's number.
                Arguments.of(AREA_TEAM, "2013-04-01", 25),
                Arguments.of(AREA_TEAM, "2015-03-31", 25),
                // docs/domain.md T39 (U): "27 area teams reduced to 12". ONS and ODS give 13 local offices on
                // 2015-04-01 (Q70-Q82: the 12 outside London plus London, Q71); 14 once Q73 splits into Q83 and Q84
                // (2016-04-01) and after the South's four offices become four others (Q85-Q88, 2018-04-01).
                Arguments.of(LOCAL_OFFICE, "2015-04-01", 13),
                Arguments.of(LOCAL_OFFICE, "2016-04-01", 14),
                Arguments.of(LOCAL_OFFICE, "2018-04-01", 14),
                Arguments.of(LOCAL_OFFICE, "2020-03-31", 14),
                // docs/domain.md T41: 44 STP footprints published 2016-03-15 (S60); ONS CHD E54 has 44 on 2016-04-01.
                Arguments.of(STP, "2016-04-01", 44),
                // Three North East and Cumbria STPs merged into QHM on 2018-04-01 (succ.csv).
                Arguments.of(STP, "2018-04-01", 42),
                // docs/domain.md 1.1: 42 ICS / STP by 2021-04-01 (S58, S84).
                Arguments.of(STP, "2021-04-01", 42),
                Arguments.of(STP, "2022-06-30", 42),
                // docs/domain.md T58: 42 ICBs on 2022-07-01 (S84).
                Arguments.of(ICB, "2022-07-01", 42),
                Arguments.of(ICB, "2026-03-31", 42),
                // docs/domain.md T67 derives ~36 (U). succ.csv ends 12 ICBs on 2026-04-01 and names 6 new ones (QRL takes
                // part of Frimley and continues): 42 - 12 + 6 = 36.
                Arguments.of(ICB, "2026-04-01", 36),
                // 106 sub-ICB locations plus U2G6B (Thames Valley, observed in the April 2026 mapping file); D4U1Y
                // (Frimley) stays open without a parent (its ICB was split; nothing says it closed).
                Arguments.of(SUB_ICB_LOCATION, "2026-04-01", 107),
                Arguments.of(REGION, "2026-04-01", 7),
                // The data's number (ONS CHD): upper-tier authorities after the April 2023 reorganisations.
                Arguments.of(LOCAL_AUTHORITY, "2023-04-01", 153));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("counts")
    void countOnDate(OrganisationKind kind, String date, int expected) {
        assertThat(NHS.asOf(LocalDate.parse(date)).count(kind)).isEqualTo(expected);
    }

    @Test
    void threeStpsMergedIntoCumbriaAndNorthEastIn2018() {
        Organisation qhm = NHS.require("QHM");
        assertThat(qhm.predecessors()).extracting(s -> s.predecessor().value(), Succession::effectiveDate)
                .containsExactlyInAnyOrder(tuple("QVP", LocalDate.of(2018, 4, 1)), tuple("QT8", LocalDate.of(2018, 4, 1)),
                        tuple("QMK", LocalDate.of(2018, 4, 1)));
        assertThat(qhm.operationalPeriod().start()).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(qhm.kindOn(LocalDate.of(2018, 4, 1))).contains(STP);
        assertThat(qhm.kindOn(LocalDate.of(2022, 7, 1))).contains(ICB);
        assertThat(NHS.require("QVP").kindOn(LocalDate.of(2018, 3, 31))).contains(STP);
        assertThatThrownBy(() -> NHS.asOf(LocalDate.of(2018, 4, 1)).require("QVP"))
                .isInstanceOf(OrganisationNotOpenException.class);
    }

    @Test
    void anIcbCodeWasFirstAnStpAndKeepsItsRegion() {
        // QE1 Lancashire and South Cumbria: an STP from 2016, the ICB from 2022-07-01 under the same code.
        Organisation qe1 = NHS.require("QE1");
        assertThat(qe1.operationalPeriod().start()).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(qe1.kindOn(LocalDate.of(2021, 4, 1))).contains(STP);
        assertThat(qe1.nameOn(LocalDate.of(2021, 4, 1))).contains("Healthier Lancashire and South Cumbria");
        assertThat(qe1.kindOn(LocalDate.of(2022, 7, 1))).contains(ICB);
        assertThat(NHS.asOf(LocalDate.of(2021, 4, 1)).parent("QE1", IN_REGION)).map(o -> o.code().value())
                .contains("Y62");
        assertThat(NHS.asOf(LocalDate.of(2017, 4, 1)).parent("QE1", IN_REGION)).map(o -> o.code().value())
                .contains("Y54");
    }

    @Test
    void ccg02pWasAMemberOfSouthYorkshireAndBassetlawStpIn2021() {
        Organisation ccg = NHS.require("02P");
        LocalDate date = LocalDate.of(2021, 6, 1);
        assertThat(ccg.kindOn(date)).contains(CCG);
        assertThat(ccg.target(MEMBER_OF, date)).map(OdsCode::value).contains("QF7");
        // ONS CHD gives the E54 parent from 2020-04-01: HIGH.
        assertThat(ccg.links(MEMBER_OF).entryAt(date)).map(d -> d.provenance().certainty()).contains(Certainty.HIGH);
        // Before 2020 only the 2019 ODS partner mapping says so: MEDIUM.
        assertThat(ccg.links(MEMBER_OF).entryAt(LocalDate.of(2017, 1, 1)))
                .map(d -> d.provenance().certainty()).contains(Certainty.MEDIUM);
        // MEMBER_OF is not in the chain of parents: the CCG's parent is still its region.
        assertThat(NHS.asOf(date).parents("02P")).extracting(o -> o.code().value()).containsExactly("Y63", "X24", "ZZN01"); // regions are part of NHS England
        assertThat(NHS.asOf(date).children("QF7", MEMBER_OF)).extracting(o -> o.code().value()).contains("02P");
    }

    @Test
    void aSubIcbLocationOfAMergedIcbResolvesToItsApril2026Icb() {
        // 06Q (Mid Essex): part of QH8 NHS Mid and South Essex ICB until 2026-03-31, of D7T5G NHS Essex ICB from
        // 2026-04-01 (observed in the NHS Digital mapping file of 01-Apr-2026).
        assertThat(NHS.asOf(LocalDate.of(2026, 3, 31)).parents("06Q")).extracting(o -> o.code().value())
                .containsExactly("QH8", "Y61", "X24", "ZZN01"); // regions are part of NHS England
        StructureView april = NHS.asOf(MERGERS_2026);
        assertThat(april.parents("06Q")).extracting(o -> o.code().value()).containsExactly("D7T5G", "Y61", "X24", "ZZN01");
        assertThat(april.require("D7T5G").nameOn(MERGERS_2026)).contains("NHS Essex Integrated Care Board");
        assertThat(april.require("06Q").nameOn(MERGERS_2026)).contains("NHS Essex ICB - 06Q");
        assertThat(NHS.require("QH8").successors()).extracting(s -> s.successor().value()).containsExactly("D7T5G");
        // A split ICB: Suffolk and North East Essex went to Essex (06T) and to Norfolk and Suffolk (06L, 07K).
        assertThat(april.parent("06T", PART_OF)).map(o -> o.code().value()).contains("D7T5G");
        assertThat(april.parent("06L", PART_OF)).map(o -> o.code().value()).contains("T6Y0W");
    }

    @Test
    void theApril2026IcbsAreNamedAndInTheirPredecessorsRegions() {
        StructureView april = NHS.asOf(MERGERS_2026);
        assertThat(april.organisations(ICB)).extracting(o -> o.code().value())
                .contains("S1Y5D", "D7T5G", "T6Y0W", "S9B9J", "S0E4D", "Z9B2Z", "QRL")
                .doesNotContain("QH8", "QNQ", "QU9", "QXU");
        assertThat(april.parent("Z9B2Z", IN_REGION)).map(o -> o.code().value()).contains("Y56");
        assertThat(april.parent("S0E4D", IN_REGION)).map(o -> o.code().value()).contains("Y59");
        assertThat(april.require("S9B9J").name()).isEqualTo("NHS Surrey and Sussex Integrated Care Board");
        // Frimley was dissolved: three successors.
        assertThat(NHS.require("QNQ").successors()).extracting(s -> s.successor().value())
                .containsExactlyInAnyOrder("QRL", "S0E4D", "S9B9J");
        // The coverage of ICBs is open-ended now that the 2026 ICBs are in: a query for a later date answers.
        assertThat(NHS.coverage().of(ICB)).map(DateRange::isUnboundedEnd).contains(true);
        assertThat(NHS.asOf(LocalDate.of(2026, 11, 1)).count(ICB)).isEqualTo(36);
    }

    @Test
    void areaTeamsBecameLocalOfficesIn2015() {
        // Cheshire, Warrington and Wirral (Q44) and Merseyside (Q48) into Cheshire and Merseyside (Q75).
        assertThat(NHS.require("Q75").predecessors()).extracting(s -> s.predecessor().value())
                .contains("Q44", "Q48");
        assertThat(NHS.require("Q44").kindOn(LocalDate.of(2014, 1, 1))).contains(AREA_TEAM);
        assertThat(NHS.asOf(LocalDate.of(2014, 1, 1)).parent("Q44")).map(o -> o.code().value()).contains("Y54");
        // Wessex (Q70) kept its code: an area team, then a local office.
        Organisation wessex = NHS.require("Q70");
        assertThat(wessex.kindOn(LocalDate.of(2014, 1, 1))).contains(AREA_TEAM);
        assertThat(wessex.kindOn(LocalDate.of(2016, 1, 1))).contains(LOCAL_OFFICE);
        // Lancashire and Greater Manchester (Q73) split on 2016-04-01.
        assertThat(NHS.require("Q73").successors()).extracting(s -> s.successor().value(), Succession::effectiveDate)
                .containsExactlyInAnyOrder(tuple("Q83", LocalDate.of(2016, 4, 1)), tuple("Q84", LocalDate.of(2016, 4, 1)));
        // ONS ends every local office on 2020-03-31: none after (abolished kinds stay covered, as CCGs do).
        assertThat(NHS.asOf(LocalDate.of(2020, 3, 31)).count(LOCAL_OFFICE)).isPositive();
        assertThat(NHS.asOf(LocalDate.of(2020, 4, 1)).count(LOCAL_OFFICE)).isZero();
        // Before NHS England's local layer existed, the question is outside coverage.
        assertThatThrownBy(() -> NHS.asOf(LocalDate.of(2013, 3, 31)).count(AREA_TEAM))
                .isInstanceOf(OutsideCoverageException.class);
    }

    @Test
    void localAuthoritiesAreKnownByTheirGssCodes() {
        Organisation hartlepool = NHS.require("E06000001");
        assertThat(hartlepool.kindOn(LocalDate.of(2020, 1, 1))).contains(LOCAL_AUTHORITY);
        assertThat(hartlepool.name()).isEqualTo("Hartlepool");
        // Buckinghamshire county (E10000002) became the unitary Buckinghamshire (E06000060) on 2020-04-01.
        assertThat(NHS.require("E10000002").successors()).extracting(s -> s.successor().value(),
                Succession::effectiveDate).containsExactly(tuple("E06000060", LocalDate.of(2020, 4, 1)));
        assertThat(NHS.asOf(LocalDate.of(2009, 1, 1)).count(LOCAL_AUTHORITY)).isPositive();
        assertThatThrownBy(() -> NHS.asOf(LocalDate.of(2008, 12, 31)).count(LOCAL_AUTHORITY))
                .isInstanceOf(OutsideCoverageException.class);
    }

    // ---- invariants over every organisation of these kinds ----

    @Test
    void everyStpAndIcbHasARegionWheneverItIsOne() {
        List<String> problems = new ArrayList<>();
        for (OrganisationKind kind : List.of(STP, ICB)) {
            for (Organisation o : NHS.organisationsEverOfKind(kind)) {
                for (Dated<OrganisationKind> k : o.kinds().entries()) {
                    if (k.value() == kind && !covered(o, IN_REGION, k.period(), REGION)) {
                        problems.add(o.code() + " " + kind + " " + k.period() + " regions " + o.links(IN_REGION));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyAreaTeamAndLocalOfficeIsPartOfARegionThroughout() {
        List<String> problems = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        for (OrganisationKind kind : List.of(AREA_TEAM, LOCAL_OFFICE)) {
            for (Organisation o : NHS.organisationsEverOfKind(kind)) {
                codes.add(o.code().value());
                if (!covered(o, PART_OF, o.operationalPeriod(), REGION)) {
                    problems.add(o.code() + " " + o.operationalPeriod() + " part of " + o.links(PART_OF));
                }
            }
        }
        assertThat(codes).hasSize(42).contains("Q44", "Q70", "Q71", "Q88");
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMembershipJoinsACcgToAnStp() {
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (Organisation o : NHS.organisations()) {
            if (!o.everOfKind(CCG)) {
                continue; // practices are MEMBER_OF their PCN; this test is about CCGs in STPs
            }
            for (Dated<OdsCode> m : o.links(MEMBER_OF).entries()) {
                links++;
                Organisation stp = NHS.require(m.value());
                if (!kindThroughout(o, CCG, m.period()) || !kindThroughout(stp, STP, m.period())) {
                    problems.add(o.code() + " MEMBER_OF " + m.value() + " " + m.period());
                }
            }
        }
        assertThat(links).isGreaterThan(300);
        assertThat(problems).isEmpty();
    }

    @Test
    void everySubIcbLocationHasAnIcbExceptFrimleysSplitOne() {
        // D4U1Y: Frimley ICB was dissolved on 2026-04-01 and its practices are observed in three other sub-ICB
        // locations (U2G6B, 92A, D9Y0V); nothing places D4U1Y itself, so its parent is left unknown (DATA.md).
        Set<String> orphans = new TreeSet<>();
        for (Organisation o : NHS.organisationsEverOfKind(SUB_ICB_LOCATION)) {
            for (Dated<OrganisationKind> k : o.kinds().entries()) {
                if (k.value() == SUB_ICB_LOCATION && !covered(o, PART_OF, k.period(), ICB)) {
                    orphans.add(o.code().value());
                }
            }
        }
        assertThat(orphans).containsExactly("D4U1Y");
        assertThat(NHS.asOf(LocalDate.of(2026, 3, 31)).parent("D4U1Y", PART_OF)).map(o -> o.code().value())
                .contains("QNQ");
        assertThat(NHS.asOf(MERGERS_2026).parent("D4U1Y", PART_OF)).isEmpty();
    }

    @Test
    void everyLocalAuthorityHasAGssCodeAndNameThroughout() {
        List<Organisation> all = NHS.organisationsEverOfKind(LOCAL_AUTHORITY);
        assertThat(all).hasSizeGreaterThan(150);
        assertThat(all).allSatisfy(o -> {
            assertThat(o.code().value()).matches("E(06|08|09|10)[0-9]{6}");
            assertThat(o.kinds().entries()).allSatisfy(k -> assertThat(k.value()).isEqualTo(LOCAL_AUTHORITY));
            assertThat(o.nameOn(o.operationalPeriod().start())).isPresent();
        });
    }

    /** Whether links of a type to targets of a kind cover a period without a gap. */
    private static boolean covered(Organisation o, RelationshipType type, DateRange period, OrganisationKind kind) {
        LocalDate at = period.start();
        for (Dated<OdsCode> link : o.links(type).entries()) {
            if (!link.period().overlaps(period)) {
                continue;
            }
            if (link.period().start().isAfter(at)) {
                return false;
            }
            Optional<OrganisationKind> targetKind = NHS.require(link.value()).kindOn(at);
            if (targetKind.isEmpty() || targetKind.get() != kind) {
                return false;
            }
            at = link.period().end();
            if (!at.isBefore(period.end())) {
                return true;
            }
        }
        return !at.isBefore(period.end());
    }

    /** Whether rows of one kind cover a period without a gap (one kind may span several rows). */
    private static boolean kindThroughout(Organisation o, OrganisationKind kind, DateRange period) {
        LocalDate at = period.start();
        for (Dated<OrganisationKind> k : o.kinds().entries()) {
            if (k.value() == kind && k.period().contains(at)) {
                at = k.period().end();
            }
        }
        return !at.isBefore(period.end());
    }
}
