package io.github.nhsstructure.data;

import static io.github.nhsstructure.organisation.OrganisationKind.CCG;
import static io.github.nhsstructure.organisation.OrganisationKind.SUB_ICB_LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.rebase.RebaseResult;
import io.github.nhsstructure.rebase.Rebaser;
import io.github.nhsstructure.rebase.SeriesRow;
import io.github.nhsstructure.rebase.SplitPolicy;
import io.github.nhsstructure.restructure.Change;
import io.github.nhsstructure.restructure.ChangeType;
import io.github.nhsstructure.restructure.Restructure;
import io.github.nhsstructure.restructure.RestructureEvent;
import io.github.nhsstructure.restructure.SuccessorResolution;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Restructures of the real data: the CCG series, its mergers, successor resolution and re-basing. */
class RestructureDataTest {

    private static final NhsStructure NHS = NhsStructure.bundled();
    private static final LocalDate ICBS = LocalDate.of(2022, 7, 1);

    private static long count(List<Change> changes, ChangeType type) {
        return changes.stream().filter(c -> c.type() == type).count();
    }

    @Test
    void twoHundredAndElevenCcgsWereCreatedOnTheFirstOfApril2013() {
        List<Change> changes = NHS.changes(LocalDate.of(2013, 3, 31), LocalDate.of(2013, 4, 1), CCG);
        assertThat(count(changes, ChangeType.CREATED)).isEqualTo(211);
        assertThat(count(changes, ChangeType.CLOSED)).isZero();
    }

    /** Each April's CCG mergers (docs/domain.md 1.1, S58): count before, count after, and the changes between. */
    static Stream<Arguments> aprilMergers() {
        return Stream.of(
                // 2018: 18 CCGs into 6 (T46), 207 -> 195.
                Arguments.of("2018-04-01", 207, 195, 18, 6),
                // 2019: Derbyshire 4 -> 1, Devon 2 -> 1 (T49), 195 -> 191.
                Arguments.of("2019-04-01", 195, 191, 6, 2),
                // 2020: 74 CCGs merged (T52), 191 -> 135.
                Arguments.of("2020-04-01", 191, 135, 74, 18),
                // 2021: 38 into 9 (T54), 135 -> 106.
                Arguments.of("2021-04-01", 135, 106, 38, 9));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} CCGs, {3} closed into {4}")
    @MethodSource("aprilMergers")
    void aprilMergersOfCcgs(String date, int before, int after, int closed, int created) {
        LocalDate day = LocalDate.parse(date);
        assertThat(NHS.asOf(day.minusDays(1)).count(CCG)).isEqualTo(before);
        assertThat(NHS.asOf(day).count(CCG)).isEqualTo(after);
        List<Change> changes = NHS.changes(day.minusDays(1), day, CCG);
        assertThat(count(changes, ChangeType.CLOSED)).isEqualTo(closed);
        assertThat(count(changes, ChangeType.CREATED)).isEqualTo(created);
        assertThat(count(changes, ChangeType.MERGED)).isEqualTo(created);
        assertThat(before - closed + created).isEqualTo(after);
    }

    @Test
    void onTheFirstOfJuly2022EveryRemainingCcgBecameASubIcbLocation() {
        List<Change> changes = NHS.changes(ICBS.minusDays(1), ICBS, SUB_ICB_LOCATION);
        assertThat(count(changes, ChangeType.RETYPED)).isEqualTo(106);
        assertThat(changes).filteredOn(c -> c.type() == ChangeType.RETYPED)
                .allSatisfy(c -> assertThat(c.from() + "->" + c.to()).isEqualTo("CCG->SUB_ICB_LOCATION"));
    }

    @Test
    void namedEventsGroupTheRecordedChangesAndPlannedOnesAreNotFacts() {
        RestructureEvent mergers2020 = NHS.events().stream().filter(e -> e.id().equals("ccg-mergers-2020"))
                .findFirst().orElseThrow();
        Restructure r = NHS.restructure(mergers2020).orElseThrow();
        assertThat(r.count(ChangeType.MERGED)).isEqualTo(18);
        assertThat(r.count(ChangeType.CLOSED)).isEqualTo(74);
        assertThat(NHS.previousRestructure(LocalDate.of(2020, 4, 1)).orElseThrow().name())
                .contains("CCG mergers (74 CCGs merged; 191 into 135)");
        assertThat(NHS.events()).filteredOn(RestructureEvent::isPlanned).extracting(RestructureEvent::id)
                .containsExactly("nhse-abolition-2027", "icb-mergers-2027");
        assertThat(NHS.events()).filteredOn(RestructureEvent::isPlanned)
                .allSatisfy(e -> assertThat(NHS.restructure(e)).isEmpty());
        RestructureEvent icbs = NHS.events().stream().filter(e -> e.id().equals("icbs-2022")).findFirst()
                .orElseThrow();
        assertThat(NHS.restructure(icbs).orElseThrow().count(ChangeType.RETYPED)).isGreaterThanOrEqualTo(106 + 42);
    }

    @Test
    void darlingtonCcgResolvesToItsSubIcbLocationAndIcb() {
        // 00C NHS Darlington CCG merged into 16C (Tees Valley) on 2020-04-01; 16C became a sub-ICB location of
        // QHM, North East and North Cumbria ICB.
        SuccessorResolution r = NHS.successors("00C", ICBS);
        assertThat(r.codes()).containsExactly(OdsCode.of("16C"));
        assertThat(NHS.asOf(ICBS).parent("16C", RelationshipType.PART_OF)).map(o -> o.code().value())
                .contains("QHM");
        assertThat(NHS.successors("00F", LocalDate.of(2016, 1, 1)).codes()).containsExactly(OdsCode.of("13T"));
    }

    @Test
    void everyCcgCodeResolvesToExactlyOneSubIcbLocationWithAnIcbOnTheFirstOfJuly2022() {
        List<String> problems = new ArrayList<>();
        for (Organisation ccg : NHS.organisationsEverOfKind(CCG)) {
            SuccessorResolution r = NHS.successors(ccg.code(), ICBS);
            if (r.successors().size() != 1) {
                problems.add(ccg.code() + " -> " + r.codes() + " " + r.deadEnds());
                continue;
            }
            Organisation sicbl = r.successors().get(0).organisation();
            if (sicbl.kindOn(ICBS).orElse(null) != SUB_ICB_LOCATION
                    || sicbl.target(RelationshipType.PART_OF, ICBS).isEmpty()) {
                problems.add(ccg.code() + " -> " + sicbl);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aCcgSeries2013To2021RebasesOntoTheSubIcbLocationsOf2022Exactly() {
        List<SeriesRow> rows = new ArrayList<>();
        long line = 1;
        BigDecimal expected = BigDecimal.ZERO;
        for (int year = 2013; year <= 2021; year++) {
            LocalDate date = LocalDate.of(year, 4, 1);
            for (Organisation ccg : NHS.asOf(date).organisations(CCG)) {
                BigDecimal value = new BigDecimal(ccg.code().value().hashCode() % 1000 + year).movePointLeft(2);
                rows.add(new SeriesRow(++line, ccg.code().value(), date, value));
                expected = expected.add(value);
            }
        }
        RebaseResult result = Rebaser.onto(NHS, ICBS, SplitPolicy.FAIL).rebase(rows);
        assertThat(result.unmapped()).isEmpty();
        assertThat(result.totals()).hasSize(106);
        assertThat(result.mappedTotal()).isEqualByComparingTo(expected);
        assertThat(result.balances()).isTrue();
    }
}
