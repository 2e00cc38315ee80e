package io.github.nhsstructure.restructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.nhsstructure.Fixture;
import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes derived from the engine fixture (every code fictional). */
class ChangeLogTest {

    private static final NhsStructure NHS = Fixture.structure();
    private static final LocalDate MERGER = LocalDate.of(2020, 4, 1);

    private static List<String> text(List<Change> changes) {
        return changes.stream().map(Change::toString).toList();
    }

    @Test
    void theMergerDayShowsMergerSplitClosuresCreationsAndRename() {
        assertThat(text(NHS.changes(MERGER.minusDays(1), MERGER))).containsExactly(
                "2020-04-01 CREATED CCG [] -> [90D]",
                "2020-04-01 CREATED REGION [] -> [Y92]",
                "2020-04-01 CREATED REGION [] -> [Y93]",
                "2020-04-01 CLOSED CCG [90A] -> []",
                "2020-04-01 CLOSED CCG [90B] -> []",
                "2020-04-01 CLOSED CCG [90C] -> []",
                "2020-04-01 CLOSED REGION [Y91] -> []",
                "2020-04-01 MERGED CCG [90A, 90B, 90C] -> [90D]",
                "2020-04-01 SPLIT REGION [Y91] -> [Y92, Y93]",
                "2020-04-01 RENAMED REGION [Y90] -> [Y90] (FICTIONAL NORTH REGION -> FICTIONAL NORTH AND MIDLANDS REGION)",
                "2020-04-01 MOVED GP_PRACTICE [Z90001] -> [Z90001] (90A -> 90D)",
                "2020-04-01 MOVED GP_PRACTICE [Z90002] -> [Z90002] (90B -> 90D)");
    }

    @Test
    void betweenIsAfterFromAndUpToAndIncludingTo() {
        assertThat(NHS.changes(MERGER, MERGER)).isEmpty();
        assertThat(NHS.changes(MERGER.minusDays(1), MERGER.minusDays(1))).isEmpty();
        assertThat(NHS.changes(MERGER.minusDays(1), MERGER.plusDays(1))).hasSize(12);
        assertThatIllegalArgumentException().isThrownBy(() -> NHS.changes(MERGER, MERGER.minusDays(1)));
    }

    @Test
    void changesCanBeFilteredByKind() {
        assertThat(text(NHS.changes(LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1),
                OrganisationKind.SUB_ICB_LOCATION))).containsExactly(
                "2022-07-01 RENAMED SUB_ICB_LOCATION [90D] -> [90D] (NHS DELTA CCG -> NHS FICTIONAL ICB - 90D)",
                "2022-07-01 RETYPED SUB_ICB_LOCATION [90D] -> [90D] (CCG -> SUB_ICB_LOCATION)");
        assertThat(text(NHS.changes(LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1),
                OrganisationKind.ICB))).containsExactly(
                "2022-07-01 RENAMED ICB [Q90] -> [Q90] (FICTIONAL HEALTH AND CARE PARTNERSHIP, NORTH -> "
                        + "NHS FICTIONAL INTEGRATED CARE BOARD)",
                "2022-07-01 RETYPED ICB [Q90] -> [Q90] (STP -> ICB)");
    }

    @Test
    void nextAndPreviousRestructure() {
        assertThat(NHS.nextRestructure(LocalDate.of(2019, 1, 1))).map(Restructure::effectiveDate).contains(MERGER);
        assertThat(NHS.nextRestructure(MERGER)).map(Restructure::effectiveDate)
                .contains(LocalDate.of(2021, 10, 1));
        assertThat(NHS.previousRestructure(MERGER)).map(Restructure::effectiveDate).contains(MERGER);
        assertThat(NHS.previousRestructure(MERGER.minusDays(1))).map(Restructure::effectiveDate)
                .contains(LocalDate.of(2016, 4, 1));
        // The fixture's PCT-era bodies (a PCT, a prison, a medical centre, a Welsh board) open from 2002-04-01.
        assertThat(NHS.previousRestructure(LocalDate.of(2013, 3, 31))).map(Restructure::effectiveDate)
                .contains(LocalDate.of(2010, 1, 1));
        assertThat(NHS.previousRestructure(LocalDate.of(2002, 3, 31))).isEmpty();
        assertThat(NHS.nextRestructure(LocalDate.of(2030, 1, 1))).isEmpty();
        Restructure merger = NHS.nextRestructure(LocalDate.of(2019, 1, 1)).orElseThrow();
        assertThat(merger.count(ChangeType.MERGED)).isEqualTo(1);
        assertThat(merger.count(ChangeType.CLOSED)).isEqualTo(4);
        assertThat(merger).hasToString("Fictional CCG mergers and the South region split (ENACTED, 12 changes)");
    }

    @Test
    void restructuresAreInDateOrderAndNeverEmpty() {
        List<Restructure> all = NHS.restructures();
        assertThat(all).isSortedAccordingTo(Restructure::compareTo).allSatisfy(r -> assertThat(r.changes())
                .isNotEmpty().allSatisfy(c -> assertThat(c.effectiveDate()).isEqualTo(r.effectiveDate())));
        assertThat(all.stream().mapToInt(r -> r.changes().size()).sum())
                .isEqualTo(NHS.changeLog().changes().size());
    }

    @Test
    void historyOfOneCode() {
        assertThat(text(NHS.history("90d"))).containsExactly(
                "2020-04-01 CREATED CCG [] -> [90D]",
                "2020-04-01 MERGED CCG [90A, 90B, 90C] -> [90D]",
                "2022-07-01 RENAMED SUB_ICB_LOCATION [90D] -> [90D] (NHS DELTA CCG -> NHS FICTIONAL ICB - 90D)",
                "2022-07-01 RETYPED SUB_ICB_LOCATION [90D] -> [90D] (CCG -> SUB_ICB_LOCATION)");
        assertThat(text(NHS.history("Z90002"))).containsExactly(
                "2013-04-01 CREATED GP_PRACTICE [] -> [Z90002]",
                "2020-04-01 MOVED GP_PRACTICE [Z90002] -> [Z90002] (90B -> 90D)",
                "2021-10-01 CLOSED GP_PRACTICE [Z90002] -> []",
                "2021-10-01 SUCCEEDED GP_PRACTICE [Z90002] -> [Z90001]");
        assertThat(NHS.nextChange("90D", MERGER)).map(Change::type).contains(ChangeType.RENAMED);
        assertThat(NHS.previousChange("90D", MERGER)).map(Change::type).contains(ChangeType.MERGED);
        assertThat(NHS.previousChange("90D", MERGER.minusDays(1))).isEmpty();
    }

    @Test
    void aRestructureRejectsANoOpAndChangesOfAnotherDate() {
        assertThatIllegalArgumentException().isThrownBy(() -> Restructure.of(MERGER, List.of()))
                .withMessageContaining("no-op");
        Change other = NHS.history("90D").get(0);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Restructure.of(MERGER.plusDays(1), List.of(other)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Restructure(MERGER, "planned",
                RestructureStatus.PLANNED, List.of(other)));
        assertThat(new Restructure(MERGER, "planned", RestructureStatus.PLANNED, List.of()).changes()).isEmpty();
    }
}
