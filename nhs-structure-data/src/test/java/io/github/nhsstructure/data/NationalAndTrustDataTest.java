package io.github.nhsstructure.data;

import static io.github.nhsstructure.organisation.OrganisationKind.GOVERNMENT_DEPARTMENT;
import static io.github.nhsstructure.organisation.OrganisationKind.NATIONAL_BODY;
import static io.github.nhsstructure.organisation.OrganisationKind.NHS_FOUNDATION_TRUST;
import static io.github.nhsstructure.organisation.OrganisationKind.NHS_TRUST;
import static io.github.nhsstructure.organisation.OrganisationKind.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.ProviderType;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Department, the national bodies (curated, docs/domain.md keys in {@code raw/curated/}) and the NHS trusts (four
 * ODS snapshots of the trust file), checked against published facts and against invariants over the whole bundled
 * data.
 */
class NationalAndTrustDataTest {

    private static final NhsStructure NHS = NhsStructure.bundled();

    private static final String DEPARTMENT = "ZZN01";
    private static final String NHS_ENGLAND = "X24";

    /** The Welsh trusts ODS lists in its trust file: NHS trusts, but in no English region or ICB. */
    private static final Set<String> WELSH_TRUSTS = Set.of("RQF", "RT4", "RYT");

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static List<String> codes(List<Organisation> organisations) {
        return organisations.stream().map(o -> o.code().value()).toList();
    }

    private static int trustsOn(String day) {
        StructureView view = NHS.asOf(date(day));
        return view.count(NHS_TRUST) + view.count(NHS_FOUNDATION_TRUST);
    }

    static Stream<Arguments> snapshotCounts() {
        return Stream.of(
                // The trust sheet of the STP partner mapping workbook (mid 2016): 239 rows, 3 closed.
                Arguments.of("2016-07-01", 236),
                // etr_20180831.csv: 234 rows, 5 closed, so 229 open; but it still lists three trusts as open
                // after the close dates the 2025 file and succ.csv give (RJD 2017-10-31, RY1 2018-03-31, R1E
                // 2018-05-31: late ODS updates, in data-quality.csv), so the data gives 226.
                Arguments.of("2018-08-31", 226),
                // etr.csv of late 2021: 218 rows, 6 closed.
                Arguments.of("2021-10-01", 212),
                // etr.csv of early 2025: 273 rows, 68 closed, 205 open (SOURCES.md).
                Arguments.of("2025-01-01", 205));
    }

    @Nested
    class NationalBodies {

        @Test
        void nhsEnglandWasTheNhsCommissioningBoardUntilMarch2013() {
            Organisation nhsEngland = NHS.require(NHS_ENGLAND);
            // T31: NHS CB established 2012-10-01; T32: operating name NHS England from 2013-03-26; T58: legal name
            // from 2022-07-01. One organisation throughout.
            assertThat(nhsEngland.operationalPeriod().start()).isEqualTo(date("2012-10-01"));
            assertThat(nhsEngland.nameOn(date("2012-12-01"))).contains("NHS Commissioning Board");
            assertThat(nhsEngland.nameOn(date("2014-01-01"))).contains("NHS England");
            assertThat(nhsEngland.nameOn(date("2023-01-01"))).contains("NHS England");
            assertThat(nhsEngland.names().entryAt(date("2023-01-01")).orElseThrow().provenance().certainty())
                    .isEqualTo(Certainty.HIGH);
            assertThat(nhsEngland.kinds().entries()).extracting(Dated::value).containsExactly(NATIONAL_BODY);
            // Its planned abolition (T62, T68, T69) is not a fact: it stays open.
            assertThat(nhsEngland.operationalPeriod().isUnboundedEnd()).isTrue();
        }

        @Test
        void theNhsCommissioningBoardAuthorityWasItsForerunner() {
            Organisation authority = NHS.require("ZZN02");
            assertThat(authority.operationalPeriod()).isEqualTo(DateRange.of(date("2011-10-31"), date("2012-10-01")));
            assertThat(authority.successors()).extracting(s -> s.successor().value(), Succession::effectiveDate)
                    .containsExactly(tuple(NHS_ENGLAND, date("2012-10-01")));
        }

        @Test
        void theDepartmentWasRenamedOn8January2018WithoutBecomingANewOrganisation() {
            Organisation department = NHS.require(DEPARTMENT);
            assertThat(department.nameOn(date("2018-01-07"))).contains("Department of Health");
            assertThat(department.nameOn(date("2018-01-08"))).contains("Department of Health and Social Care");
            assertThat(department.kindOn(date("2018-01-08"))).contains(GOVERNMENT_DEPARTMENT);
            assertThat(department.successors()).isEmpty();
            assertThat(department.predecessors()).isEmpty();
            assertThat(department.operationalPeriod().contains(date("1990-01-01"))).isTrue();
            assertThat(NHS.asOf(date("1990-01-01")).count(GOVERNMENT_DEPARTMENT)).isEqualTo(1);
            // T06 gives only the year 1988: the opening day is UNCERTAIN and coverage starts on 1989-01-01.
            assertThat(department.provenance().isUncertain()).isTrue();
            assertThat(department.names().entryAt(date("2000-01-01")).orElseThrow().provenance().certainty())
                    .isEqualTo(Certainty.MEDIUM);
            assertThat(NHS.coverage().of(GOVERNMENT_DEPARTMENT))
                    .contains(DateRange.from(date("1989-01-01")));
        }

        @Test
        void healthEducationEnglandWasSucceededByNhsEngland() {
            Organisation hee = NHS.require("ZZN08");
            assertThat(hee.nameOn(date("2020-01-01"))).contains("Health Education England");
            assertThat(hee.operationalPeriod().end()).isEqualTo(date("2023-04-01"));
            assertThat(hee.successors()).extracting(s -> s.successor().value(), Succession::effectiveDate)
                    .containsExactly(tuple(NHS_ENGLAND, date("2023-04-01")));
        }

        @Test
        void niceIsOneOrganisationWithThreeNames() {
            Organisation nice = NHS.require("ZZN07");
            assertThat(nice.names().entries()).extracting(Dated::value).containsExactly(
                    "National Institute for Clinical Excellence",
                    "National Institute for Health and Clinical Excellence",
                    "National Institute for Health and Care Excellence");
            assertThat(nice.nameOn(date("2005-04-01"))).contains("National Institute for Health and Clinical Excellence");
            assertThat(nice.nameOn(date("2013-04-01"))).contains("National Institute for Health and Care Excellence");
        }

        @Test
        void monitorAndTheTdaWereMembersOfNhsImprovementAndWentToNhsEngland() {
            for (String code : List.of("ZZN03", "ZZN04")) {
                Organisation body = NHS.require(code);
                assertThat(body.target(RelationshipType.MEMBER_OF, date("2018-01-01")))
                        .map(OdsCode::value).contains("ZZN05");
                assertThat(body.target(RelationshipType.MEMBER_OF, date("2015-01-01"))).isEmpty();
                assertThat(body.operationalPeriod().end()).isEqualTo(date("2022-07-01"));
                assertThat(body.successors()).extracting(s -> s.successor().value()).containsExactly(NHS_ENGLAND);
            }
            assertThat(NHS.require("ZZN03").nameOn(date("2004-03-01")))
                    .contains("Independent Regulator of NHS Foundation Trusts");
            assertThat(NHS.require("ZZN03").nameOn(date("2010-01-01"))).contains("Monitor");
            assertThat(NHS.require("ZZN05").operationalPeriod())
                    .isEqualTo(DateRange.of(date("2016-04-01"), date("2022-07-01")));
        }

        @Test
        void publicHealthEnglandWasSucceededByUkhsaAndOhidWhichIsPartOfTheDepartment() {
            Organisation phe = NHS.require("ZZN09");
            assertThat(phe.operationalPeriod().end()).isEqualTo(date("2021-10-01"));
            assertThat(phe.successors()).extracting(s -> s.successor().value()).contains("ZZN10", "ZZN11");
            assertThat(NHS.require("ZZN10").operationalPeriod().start()).isEqualTo(date("2021-04-01"));
            assertThat(NHS.require("ZZN11").target(RelationshipType.PART_OF, date("2022-01-01")))
                    .map(OdsCode::value).contains(DEPARTMENT);
        }

        @Test
        void nhsDigitalWasTheHscicAndMergedIntoNhsEngland() {
            Organisation digital = NHS.require("ZZN12");
            assertThat(digital.nameOn(date("2014-01-01"))).contains("Health and Social Care Information Centre");
            assertThat(digital.nameOn(date("2020-01-01"))).contains("NHS Digital");
            // The 2016 renaming month is not known (T43): the year is marked UNCERTAIN.
            assertThat(digital.names().entryAt(date("2016-08-01")).orElseThrow().provenance().isUncertain()).isTrue();
            assertThat(digital.successors()).extracting(s -> s.successor().value(), Succession::effectiveDate)
                    .containsExactly(tuple(NHS_ENGLAND, date("2023-02-01")));
        }

        @Test
        void theParentsOfAnIcbRunUpToTheDepartment() {
            // ICB -> region (IN_REGION) -> NHS England (PART_OF) -> the Department (ACCOUNTABLE_TO).
            StructureView view = NHS.asOf(date("2023-01-01"));
            assertThat(codes(view.parents("QF7"))).containsExactly("Y63", NHS_ENGLAND, DEPARTMENT);
            assertThat(view.parent("Y63", RelationshipType.PART_OF)).map(o -> o.code().value()).contains(NHS_ENGLAND);
            assertThat(view.parent(NHS_ENGLAND)).map(o -> o.name()).contains("Department of Health and Social Care");
            // In 2013, the same chain from a commissioning region.
            assertThat(codes(NHS.asOf(date("2013-04-01")).parents("Y54"))).containsExactly(NHS_ENGLAND, DEPARTMENT);
        }

        @Test
        void nationalBodiesOnDatesCountOnlyTheCuratedBodies() {
            assertThat(codes(NHS.asOf(date("2025-01-01")).organisations(NATIONAL_BODY)))
                    .containsExactly(NHS_ENGLAND, "ZZN06", "ZZN07", "ZZN10", "ZZN11");
            assertThat(codes(NHS.asOf(date("2017-01-01")).organisations(NATIONAL_BODY)))
                    .containsExactly(NHS_ENGLAND, "ZZN03", "ZZN04", "ZZN05", "ZZN06", "ZZN07", "ZZN08", "ZZN09",
                            "ZZN12");
            assertThat(NHS.coverage().of(NATIONAL_BODY)).contains(DateRange.from(date("2013-04-01")));
            assertThat(NHS.coverage().entry(NATIONAL_BODY).orElseThrow().note()).contains("not every arm's-length body");
        }

        @Test
        void everyNationalBodyIsAccountableToOrPartOfTheDepartmentThroughoutItsLife() {
            List<String> problems = new ArrayList<>();
            for (Organisation o : NHS.organisationsEverOfKind(NATIONAL_BODY)) {
                for (LocalDate d = o.operationalPeriod().start(); o.operationalPeriod().contains(d)
                        && d.isBefore(date("2026-04-01")); d = d.plusMonths(1)) {
                    boolean linked = o.target(RelationshipType.ACCOUNTABLE_TO, d).map(OdsCode::value)
                            .filter(DEPARTMENT::equals).isPresent()
                            || o.target(RelationshipType.PART_OF, d).map(OdsCode::value).filter(DEPARTMENT::equals)
                            .isPresent();
                    if (!linked) {
                        problems.add(o.code() + " on " + d);
                    }
                }
            }
            assertThat(problems).isEmpty();
        }

        @Test
        void everyNationalBodyThatClosedHasASuccessor() {
            List<String> orphans = new ArrayList<>();
            for (Organisation o : NHS.organisationsEverOfKind(NATIONAL_BODY)) {
                if (!o.operationalPeriod().isUnboundedEnd() && o.successors().isEmpty()) {
                    orphans.add(o.toString());
                }
            }
            assertThat(orphans).isEmpty();
        }

        @Test
        void projectAssignedCodesAreUsedOnlyForTheDepartmentAndNationalBodies() {
            // ZZN.. codes are not ODS codes (DATA.md); no organisation from an ODS file uses a ZZ code.
            for (Organisation o : NHS.organisations()) {
                boolean national = o.everOfKind(NATIONAL_BODY) || o.everOfKind(GOVERNMENT_DEPARTMENT);
                boolean projectCode = o.code().value().startsWith("ZZ");
                assertThat(projectCode).as(o.toString()).isEqualTo(national && !o.code().value().equals(NHS_ENGLAND));
                if (projectCode) {
                    assertThat(o.provenance().sourceIds()).as(o.toString()).allMatch(id -> id.startsWith("curated-"));
                }
            }
        }

        @Test
        void everyRegionIsPartOfNhsEnglandThroughoutItsLife() {
            for (Organisation region : NHS.organisationsEverOfKind(REGION)) {
                assertThat(region.links(RelationshipType.PART_OF).entries())
                        .as(region.toString()).singleElement()
                        .satisfies(d -> {
                            assertThat(d.value().value()).isEqualTo(NHS_ENGLAND);
                            assertThat(d.period()).isEqualTo(region.operationalPeriod());
                        });
            }
        }
    }

    @Nested
    class Trusts {

        @ParameterizedTest(name = "trusts open on {0}: {1}")
        @MethodSource("io.github.nhsstructure.data.NationalAndTrustDataTest#snapshotCounts")
        void trustsOpenOnASnapshotDateAreTheSnapshotsOpenRows(String day, int expected) {
            assertThat(trustsOn(day)).isEqualTo(expected);
        }

        @Test
        void foundationTrustsAndNhsTrustsIn2025() {
            StructureView view = NHS.asOf(date("2025-01-01"));
            assertThat(view.count(NHS_FOUNDATION_TRUST)).isEqualTo(140);
            assertThat(view.count(NHS_TRUST)).isEqualTo(65);
        }

        @Test
        void manchesterUniversityFoundationTrustWasFormedFromTwoTrustsIn2017() {
            Organisation mft = NHS.require("R0A");
            assertThat(mft.operationalPeriod().start()).isEqualTo(date("2017-10-01"));
            assertThat(mft.nameOn(date("2020-01-01"))).contains("MANCHESTER UNIVERSITY NHS FOUNDATION TRUST");
            assertThat(mft.kindOn(date("2020-01-01"))).contains(NHS_FOUNDATION_TRUST);
            // succ.csv: Central Manchester (RW3) and University Hospital of South Manchester (RM2) on 2017-10-01;
            // part of Pennine Acute (RW6) on 2021-10-01.
            assertThat(mft.predecessors()).extracting(s -> s.predecessor().value(), Succession::effectiveDate)
                    .contains(tuple("RW3", date("2017-10-01")), tuple("RM2", date("2017-10-01")),
                            tuple("RW6", date("2021-10-01")));
            for (String predecessor : List.of("RW3", "RM2")) {
                assertThat(NHS.require(predecessor).operationalPeriod().end()).isEqualTo(date("2017-10-01"));
            }
            assertThat(mft.target(RelationshipType.IN_REGION, date("2018-01-01"))).map(OdsCode::value).contains("Y54");
            assertThat(mft.target(RelationshipType.IN_REGION, date("2020-01-01"))).map(OdsCode::value).contains("Y62");
            assertThat(mft.target(RelationshipType.MEMBER_OF, date("2023-01-01"))).map(OdsCode::value).contains("QOP");
        }

        @Test
        void theChristieWasAnNhsTrustBeforeBecomingAFoundationTrust() {
            // No extract gives an authorisation date, and no trust changes kind between the 2016 and 2025 extracts;
            // the change is real but dated by the rule that no foundation trust existed before 2004-04-01 (T17),
            // the stretch up to the first extract showing it being UNCERTAIN.
            Organisation christie = NHS.require("RBV");
            assertThat(christie.kindOn(date("2000-01-01"))).contains(NHS_TRUST);
            assertThat(christie.kindOn(date("2016-07-01"))).contains(NHS_FOUNDATION_TRUST);
            assertThat(christie.kinds().entryAt(date("2010-01-01")).orElseThrow().provenance().isUncertain())
                    .isTrue();
            assertThat(christie.kinds().entryAt(date("2020-01-01")).orElseThrow().provenance().certainty())
                    .isEqualTo(Certainty.HIGH);
            assertThat(christie.providerTypeOn(date("2020-01-01"))).contains(ProviderType.SPECIALIST);
        }

        @Test
        void aTrustRenamedOnAMergerTakesItsNewNameOnTheMergerDate() {
            // Colchester Hospital University NHS FT became East Suffolk and North Essex NHS FT when Ipswich
            // Hospital NHS Trust (RGQ) joined it on 2018-07-01 (succ.csv): the rename is put on that day (MEDIUM).
            Organisation esneft = NHS.require("RDE");
            assertThat(esneft.nameOn(date("2018-06-30"))).contains("COLCHESTER HOSPITAL UNIVERSITY NHS FOUNDATION TRUST");
            assertThat(esneft.nameOn(date("2018-07-01"))).contains("EAST SUFFOLK AND NORTH ESSEX NHS FOUNDATION TRUST");
            assertThat(esneft.predecessors()).extracting(s -> s.predecessor().value()).contains("RGQ");
        }

        @Test
        void ambulanceTrustsIn2025() {
            StructureView view = NHS.asOf(date("2025-01-01"));
            List<Organisation> ambulance = new ArrayList<>();
            for (OrganisationKind kind : List.of(NHS_TRUST, NHS_FOUNDATION_TRUST)) {
                for (Organisation o : view.organisations(kind)) {
                    if (o.providerTypeOn(view.date()).orElseThrow() == ProviderType.AMBULANCE) {
                        ambulance.add(o);
                    }
                }
            }
            // 10 English ambulance trusts, plus the Welsh Ambulance Services NHS Trust that ODS lists too.
            assertThat(codes(ambulance)).containsExactlyInAnyOrder("RRU", "RX6", "RX7", "RX8", "RX9", "RYA", "RYC",
                    "RYD", "RYE", "RYF", "RT4");
            assertThat(ambulance).filteredOn(o -> o.target(RelationshipType.IN_REGION, view.date()).isPresent())
                    .hasSize(10);
        }

        @Test
        void threeTrustsOpenIn2025CloseOn1April2026() {
            // Open in the 2025 etr.csv, closed 2026-03-31 in the mid-2026 one, which agrees with the successions
            // succ.csv dates 2026-04-01.
            for (String[] pair : new String[][] {{"RNK", "G6V2S"}, {"RY2", "RWW"}, {"RYV", "RY3"}}) {
                Organisation trust = NHS.require(pair[0]);
                assertThat(trust.operationalPeriod().end()).as(pair[0]).isEqualTo(date("2026-04-01"));
                assertThat(trust.provenance().certainty()).as(pair[0]).isEqualTo(Certainty.HIGH);
                assertThat(trust.successors()).extracting(s -> s.successor().value()).containsExactly(pair[1]);
            }
        }

        @Test
        void trustCoverageRunsFrom2013AsAtTheMid2026Extract() {
            // Open-ended, "as at the latest extract": the trust file of mid 2026 (evidence date 2026-07-01).
            DateRange claimed = DateRange.from(date("2013-04-01"));
            assertThat(NHS.coverage().entry(NHS_TRUST).orElseThrow().note()).contains("2026-07-01");
            assertThat(NHS.coverage().of(NHS_TRUST)).contains(claimed);
            assertThat(NHS.coverage().of(NHS_FOUNDATION_TRUST)).contains(claimed);
            assertThat(NHS.coverage().entry(NHS_TRUST).orElseThrow().note()).contains("Care trusts");
        }

        @Test
        void noFoundationTrustBefore2004AndNoTrustLosesFoundationStatus() {
            List<String> problems = new ArrayList<>();
            for (Organisation o : trusts()) {
                boolean wasFoundation = false;
                for (Dated<OrganisationKind> k : o.kinds().entries()) {
                    if (k.value() != NHS_TRUST && k.value() != NHS_FOUNDATION_TRUST) {
                        problems.add(o.code() + " has kind " + k.value());
                    }
                    if (k.value() == NHS_FOUNDATION_TRUST && k.period().start().isBefore(date("2004-04-01"))) {
                        problems.add(o.code() + " is a foundation trust before 2004-04-01: " + k);
                    }
                    if (wasFoundation && k.value() == NHS_TRUST) {
                        problems.add(o.code() + " loses foundation trust status: " + o.kinds());
                    }
                    wasFoundation |= k.value() == NHS_FOUNDATION_TRUST;
                }
            }
            assertThat(problems).isEmpty();
        }

        @Test
        void aFoundationTrustsNameSaysSo() {
            for (Organisation o : trusts()) {
                for (Dated<String> name : o.names().entries()) {
                    OrganisationKind kind = o.kindOn(name.period().start()).orElseThrow();
                    if (!name.period().start().isBefore(date("2004-04-01"))) {
                        assertThat(name.value().contains("NHS FOUNDATION TRUST")).as(o + " " + name)
                                .isEqualTo(kind == NHS_FOUNDATION_TRUST);
                    }
                }
            }
        }

        @Test
        void everyTrustHasAProviderTypeThroughoutItsLife() {
            for (Organisation o : trusts()) {
                List<Dated<ProviderType>> types = o.providerTypes().entries();
                assertThat(types).as(o.toString()).isNotEmpty();
                assertThat(types.get(0).period().start()).isEqualTo(o.operationalPeriod().start());
                assertThat(types.get(types.size() - 1).period().end()).isEqualTo(o.operationalPeriod().end());
                for (int i = 1; i < types.size(); i++) {
                    assertThat(types.get(i).period().start()).isEqualTo(types.get(i - 1).period().end());
                }
                // A type no keyword of the name decides is OTHER and UNCERTAIN, never surer than MEDIUM.
                assertThat(types).allSatisfy(t -> assertThat(t.provenance().certainty()).isNotEqualTo(Certainty.HIGH));
            }
        }

        @Test
        void everyEnglishTrustIsInARegionFrom2016AndInAnIcbFrom2022() {
            List<String> problems = new ArrayList<>();
            for (Organisation o : trusts()) {
                if (WELSH_TRUSTS.contains(o.code().value())) {
                    assertThat(o.links(RelationshipType.IN_REGION).isEmpty()).as(o.toString()).isTrue();
                    continue;
                }
                for (LocalDate d = date("2016-07-01"); d.isBefore(date("2026-04-01")); d = d.plusMonths(1)) {
                    if (!o.isOpenOn(d)) {
                        continue;
                    }
                    if (o.target(RelationshipType.IN_REGION, d).isEmpty()) {
                        problems.add(o.code() + " has no region on " + d);
                    }
                    if (!d.isBefore(date("2022-07-01")) && o.target(RelationshipType.MEMBER_OF, d).isEmpty()) {
                        problems.add(o.code() + " has no ICB on " + d);
                    }
                }
            }
            assertThat(problems).isEmpty();
        }

        @Test
        void trustsAreMembersOnlyOfIcbsAndInRegionsOnlyOfRegions() {
            for (Organisation o : trusts()) {
                for (Dated<OdsCode> link : o.links(RelationshipType.MEMBER_OF).entries()) {
                    assertThat(NHS.require(link.value()).kindOn(link.period().start())).as(o + " " + link)
                            .contains(OrganisationKind.ICB);
                }
                for (Dated<OdsCode> link : o.links(RelationshipType.IN_REGION).entries()) {
                    assertThat(NHS.require(link.value()).kindOn(link.period().start())).as(o + " " + link)
                            .contains(REGION);
                }
            }
        }

        @Test
        void everyTrustThatClosedInTheCoveredPeriodHasASuccessor() {
            Set<String> orphans = new TreeSet<>();
            for (Organisation o : trusts()) {
                DateRange life = o.operationalPeriod();
                if (!life.isUnboundedEnd() && !life.end().isBefore(date("2013-04-01")) && o.successors().isEmpty()) {
                    orphans.add(o.code().value());
                }
            }
            // succ.csv gives these no successor (each listed in data-quality.csv): trusts dissolved with their
            // services shared out (RYQ South London Healthcare 2013, RJD Mid Staffordshire 2017), NHS Direct (RYH,
            // 2014), Project Nightingale (R0C, 2020) and Dudley Integrated Health and Care (RYK, 2024); North
            // Bristol (RVJ) closes 2026-06-30, after the latest date succ.csv speaks for (2026-04-01).
            assertThat(orphans).containsExactly("R0C", "RJD", "RVJ", "RYH", "RYK", "RYQ");
        }

        private List<Organisation> trusts() {
            List<Organisation> trusts = new ArrayList<>(NHS.organisationsEverOfKind(NHS_TRUST));
            for (Organisation o : NHS.organisationsEverOfKind(NHS_FOUNDATION_TRUST)) {
                if (!trusts.contains(o)) {
                    trusts.add(o);
                }
            }
            return trusts;
        }
    }
}
