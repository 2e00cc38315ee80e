package io.github.nhsstructure.data;

import static io.github.nhsstructure.organisation.OrganisationKind.GP_PRACTICE;
import static io.github.nhsstructure.organisation.OrganisationKind.ICB;
import static io.github.nhsstructure.organisation.OrganisationKind.NHS_FOUNDATION_TRUST;
import static io.github.nhsstructure.organisation.OrganisationKind.NHS_TRUST;
import static io.github.nhsstructure.organisation.OrganisationKind.PCN;
import static io.github.nhsstructure.organisation.OrganisationKind.SUB_ICB_LOCATION;
import static io.github.nhsstructure.organisation.RelationshipType.COMMISSIONED_BY;
import static io.github.nhsstructure.organisation.RelationshipType.MEMBER_OF;
import static io.github.nhsstructure.organisation.RelationshipType.PART_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real facts of the 2023-2026 extracts (issue 11): practices and their sub-ICB locations to the February 2026
 * epraccur.csv, PCNs to the October 2024 ePCN, trusts to the mid-2026 etr.csv, and the April 2026 ICB mergers
 * reaching practices and trusts.
 */
class NewExtractsDataTest {

    private static final NhsStructure NHS = NhsStructure.bundled();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static String parent(String code, io.github.nhsstructure.organisation.RelationshipType type, String on) {
        return NHS.asOf(d(on)).parent(code, type).map(o -> o.code().value()).orElse("(none)");
    }

    static Stream<Arguments> snapshots() {
        // The GP practices (English codes, setting 4 / role RO76) each epraccur.csv snapshot shows open on its date.
        return Stream.of(
                Arguments.of("2015-05-26", 8_024),
                Arguments.of("2018-08-31", 7_422),
                Arguments.of("2019-10-03", 7_128),
                Arguments.of("2022-12-05", 6_590),
                Arguments.of("2025-09-01", 6_291),
                Arguments.of("2026-02-03", 6_255));
    }

    @ParameterizedTest(name = "{0}: {1} GP practices")
    @MethodSource("snapshots")
    void theGpPracticesOpenOnEachSnapshotDateMatchTheSnapshotWithinTwoPercent(String date, int snapshot) {
        // The dataset uses the latest snapshot's dates for every practice and keeps a practice that any snapshot
        // calls one, so it counts a few more than an older snapshot (DATA.md, "Primary care chain").
        assertThat((double) NHS.asOf(d(date)).count(GP_PRACTICE)).isCloseTo(snapshot, within(snapshot * 0.02));
    }

    @Test
    void aPracticeOpenedIn2025HasItsSubIcbLocation() {
        // ODS epraccur.csv, February 2026: Y08852 STAYCITY YORK (NIMBUSCARE), opened 2025-08-01, joined 03Q that day.
        Organisation practice = NHS.require("Y08852");
        assertThat(practice.operationalPeriod()).isEqualTo(DateRange.from(d("2025-08-01")));
        assertThat(practice.kindOn(d("2025-09-01"))).contains(GP_PRACTICE);
        assertThat(practice.nameOn(d("2025-09-01"))).contains("STAYCITY YORK (NIMBUSCARE)");
        assertThat(parent("Y08852", COMMISSIONED_BY, "2025-08-01")).isEqualTo("03Q");
        assertThat(NHS.require("03Q").kindOn(d("2025-08-01"))).contains(SUB_ICB_LOCATION);
        assertThat(NHS.asOf(d("2025-09-01")).parents("Y08852")).extracting(o -> o.code().value())
                .startsWith("03Q", "QOQ", "Y63");
    }

    @Test
    void betweenTwoSnapshotsTheCommissionerChangesOnTheJoinDateOfTheLaterOne() {
        // B82002 is with 03Q (Vale of York) in December 2022 and with 42D (North Yorkshire) from 2024-04-01 in the
        // 2025 and 2026 extracts: stated to 2022-12-05, inferred (MEDIUM) to the join date, stated (HIGH) after.
        assertThat(parent("B82002", COMMISSIONED_BY, "2022-12-05")).isEqualTo("03Q");
        assertThat(parent("B82002", COMMISSIONED_BY, "2024-03-31")).isEqualTo("03Q");
        assertThat(parent("B82002", COMMISSIONED_BY, "2024-04-01")).isEqualTo("42D");
        var links = NHS.require("B82002").relationships().stream().filter(r -> r.type() == COMMISSIONED_BY
                && r.period().contains(d("2023-06-01"))).toList();
        assertThat(links).singleElement().satisfies(r -> assertThat(r.provenance().certainty())
                .isEqualTo(Certainty.MEDIUM));
    }

    @Test
    void theApril2026MergersReachTheSubIcbLocationsOfPractices() {
        // F81011 is with its sub-ICB location 06Q on the last day the practices are covered; 06Q moves from Mid and
        // South Essex ICB (QH8) to NHS Essex ICB (D7T5G) on 2026-04-01.
        assertThat(parent("F81011", COMMISSIONED_BY, "2026-02-03")).isEqualTo("06Q");
        assertThat(NHS.asOf(d("2026-02-03")).parents("F81011")).extracting(o -> o.code().value())
                .startsWith("06Q", "QH8");
        assertThat(NHS.asOf(d("2026-03-31")).parents("06Q")).extracting(o -> o.code().value()).startsWith("QH8");
        assertThat(NHS.asOf(d("2026-04-01")).parents("06Q")).extracting(o -> o.code().value())
                .startsWith("D7T5G", "Y61");
        assertThat(NHS.require("D7T5G").kindOn(d("2026-04-01"))).contains(ICB);
        // After the practices' coverage the practice's own chain is not stated from the last extract.
        assertThatThrownBy(() -> NHS.asOf(d("2026-04-01")).parents("F81011"))
                .isInstanceOf(OutsideCoverageException.class);
    }

    @Test
    void aPcnMembershipOf2024() {
        // ODS ePCN, October 2024: WEST NORWICH PCN U00000 opened 2024-04-01 under 26A; D82017 joined it that day.
        assertThat(NHS.require("U00000").operationalPeriod()).isEqualTo(DateRange.from(d("2024-04-01")));
        assertThat(NHS.require("U00000").kindOn(d("2024-04-01"))).contains(PCN);
        assertThat(NHS.require("U00000").nameOn(d("2024-04-01"))).contains("WEST NORWICH PCN");
        assertThat(parent("U00000", PART_OF, "2024-04-01")).isEqualTo("26A");
        assertThat(parent("D82017", MEMBER_OF, "2024-03-31")).isNotEqualTo("U00000");
        assertThat(parent("D82017", MEMBER_OF, "2024-04-01")).isEqualTo("U00000");
        assertThat(NHS.asOf(d("2024-10-01")).children("U00000", MEMBER_OF)).extracting(o -> o.code().value())
                .contains("D82017", "D82023", "D82024", "D82040", "D82060");
    }

    @Test
    void aPcnWhoseSubIcbLocationChangedBetweenExtractsFollowsItsMembers() {
        // The 2023 extract puts SELBY TOWN PCN (U79246) under 03Q, the 2024 one under 42D; its member practices
        // joined 42D on 2024-04-01 (epraccur.csv), which dates the change.
        assertThat(parent("U79246", PART_OF, "2023-01-09")).isEqualTo("03Q");
        assertThat(parent("U79246", PART_OF, "2024-03-31")).isEqualTo("03Q");
        assertThat(parent("U79246", PART_OF, "2024-04-01")).isEqualTo("42D");
    }

    @Test
    void aTrustsIcbAfterTheApril2026Mergers() {
        // Royal Free London (RAL): North Central London ICB (QMJ) to 2026-03-31, NHS West and North London ICB
        // (Z9B2Z) from 2026-04-01 (etr.csv column 4, 2025 and mid-2026 extracts).
        assertThat(parent("RAL", MEMBER_OF, "2026-03-31")).isEqualTo("QMJ");
        assertThat(parent("RAL", MEMBER_OF, "2026-04-01")).isEqualTo("Z9B2Z");
        assertThat(NHS.require("Z9B2Z").kindOn(d("2026-04-01"))).contains(ICB);
    }

    @Test
    void trustsToMid2026() {
        // The online NHS trust opens 2026-06-01 in QKK; North Bristol closes 2026-06-30; RA7 is renamed.
        Organisation online = NHS.require("K0N6A");
        assertThat(online.operationalPeriod()).isEqualTo(DateRange.from(d("2026-06-01")));
        assertThat(online.kindOn(d("2026-06-01"))).contains(NHS_TRUST);
        assertThat(parent("K0N6A", MEMBER_OF, "2026-06-01")).isEqualTo("QKK");
        assertThat(NHS.require("RVJ").operationalPeriod().end()).isEqualTo(d("2026-07-01"));
        assertThat(NHS.require("RA7").nameOn(d("2026-07-01"))).contains("BRISTOL NHS FOUNDATION TRUST");
        assertThat(NHS.require("RA7").nameOn(d("2026-06-30")))
                .contains("UNIVERSITY HOSPITALS BRISTOL AND WESTON NHS FOUNDATION TRUST");
        assertThat(NHS.asOf(d("2026-07-01")).count(NHS_TRUST) + NHS.asOf(d("2026-07-01")).count(NHS_FOUNDATION_TRUST))
                .isEqualTo(202);
    }
}
