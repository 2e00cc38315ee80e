package io.github.nhsstructure.rebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.Fixture;
import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.TestSeeds;
import io.github.nhsstructure.exception.OrganisationNotOpenException;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.restructure.SuccessorResolution;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Successor resolution and re-basing on the engine fixture (every code fictional). */
class SuccessorsAndRebaseTest {

    private static final NhsStructure NHS = Fixture.structure();
    private static final LocalDate TARGET = LocalDate.of(2022, 7, 1);

    @Test
    void aCodeStillOpenResolvesToItself() {
        SuccessorResolution r = NHS.successors("90D", TARGET);
        assertThat(r.isSelf()).isTrue();
        assertThat(r.codes()).extracting(OdsCode::value).containsExactly("90D");
    }

    @Test
    void aMergedCodeResolvesToItsSuccessorWithTheSuccessionBehindIt() {
        SuccessorResolution r = NHS.successors("90a", TARGET);
        assertThat(r.codes()).extracting(OdsCode::value).containsExactly("90D");
        assertThat(r.successors().get(0).path()).extracting(Succession::toString)
                .containsExactly("90A -> 90D on 2020-04-01");
        // Before the merger, 90A was still in force.
        assertThat(NHS.successors("90A", LocalDate.of(2020, 3, 31)).isSelf()).isTrue();
    }

    @Test
    void aSplitListsEverySuccessor() {
        SuccessorResolution r = NHS.successors("Y91", TARGET);
        assertThat(r.codes()).extracting(OdsCode::value).containsExactly("Y92", "Y93");
        assertThat(r.deadEnds()).isEmpty();
    }

    @Test
    void chainsAreFollowedTransitivelyAndDeadEndsExplained() {
        // Z90002 closed 2021-09-30 and was succeeded by Z90001; on a date before it opened there is nothing.
        assertThat(NHS.successors("Z90002", TARGET).codes()).extracting(OdsCode::value).containsExactly("Z90001");
        SuccessorResolution before = NHS.successors(OdsCode.of("90D"), LocalDate.of(2019, 1, 1));
        assertThat(before.successors()).isEmpty();
        assertThat(before.deadEnds()).containsExactly("90D opened only on 2020-04-01, after 2019-01-01");
        // The question form follows the coverage rule: before it opened, 90D was not open (as org says).
        assertThatThrownBy(() -> NHS.successors("90D", LocalDate.of(2019, 1, 1)))
                .isInstanceOf(OrganisationNotOpenException.class)
                .hasMessageStartingWith("90D (NHS FICTIONAL ICB - 90D) was not open on 2019-01-01: open 2020-04-01");
        assertThatThrownBy(() -> NHS.successors("Z90002", LocalDate.of(2000, 1, 1)))
                .isInstanceOf(OutsideCoverageException.class);
    }

    private static SeriesRow row(long line, String code, String date, String value) {
        return new SeriesRow(line, code, LocalDate.parse(date), new BigDecimal(value));
    }

    @Test
    void mergesSumSplitsFollowThePolicyAndNothingIsLost() {
        List<SeriesRow> rows = List.of(
                row(2, "90A", "2019-04-01", "10"),
                row(3, "90B", "2019-04-01", "20.5"),
                row(4, "90C", "2019-04-01", "1"),
                row(5, "Y91", "2019-04-01", "100"),
                row(6, "ZZ99", "2019-04-01", "7"),
                row(7, "90D", "2023-01-01", "3"));

        RebaseResult fail = Rebaser.onto(NHS, TARGET, SplitPolicy.FAIL).rebase(rows);
        assertThat(fail.totals()).containsExactly(Map.entry(OdsCode.of("90D"), new BigDecimal("31.5")));
        assertThat(fail.unmapped()).extracting(u -> u.row().line() + ": " + u.reason()).containsExactly(
                "5: Y91 was split into [Y92, Y93] and the split policy is fail",
                "6: unknown organisation code 'ZZ99'",
                "7: the target date 2022-07-01 is before the row's date 2023-01-01");
        assertThat(fail.balances()).isTrue();
        assertThat(fail.inputTotal()).isEqualByComparingTo("141.5");

        RebaseResult equal = Rebaser.onto(NHS, TARGET, SplitPolicy.EQUAL).rebase(rows);
        assertThat(equal.totals().get(OdsCode.of("Y92"))).isEqualByComparingTo("50");
        assertThat(equal.totals().get(OdsCode.of("Y93"))).isEqualByComparingTo("50");
        assertThat(equal.balances()).isTrue();

        RebaseResult weighted = Rebaser.onto(NHS, TARGET, SplitPolicy.weights(Map.of(
                OdsCode.of("Y92"), new BigDecimal("1"), OdsCode.of("Y93"), new BigDecimal("2")))).rebase(rows);
        // Shares keep the value's decimal places: 100 shared 1:2 is 33 and the remainder, 67.
        assertThat(weighted.totals().get(OdsCode.of("Y92"))).isEqualTo("33");
        assertThat(weighted.totals().get(OdsCode.of("Y93"))).isEqualTo("67");
        assertThat(weighted.balances()).isTrue();

        RebaseResult missingWeight = Rebaser.onto(NHS, TARGET,
                SplitPolicy.weights(Map.of(OdsCode.of("Y92"), BigDecimal.ONE))).rebase(rows);
        assertThat(missingWeight.unmapped().get(0).reason()).isEqualTo(
                "Y91 was split into [Y92, Y93] but no weight is given for Y93");
    }

    @Test
    void rowsKeyedByOnsCodesResolveOnEachRowsDate() {
        // 90D bore E38900004 until 2022-06-30 and E38900005 from 2022-07-01; 90A bore E38900001 until 2020-03-31.
        List<SeriesRow> rows = List.of(
                row(2, "E38900001", "2019-04-01", "10"),
                row(3, "E38900004", "2021-04-01", "5"),
                row(4, "E38900005", "2022-07-01", "1"),
                row(5, "E38900005", "2021-04-01", "2"),
                row(6, "E38999999", "2021-04-01", "4"));
        RebaseResult result = Rebaser.onto(NHS, TARGET, SplitPolicy.FAIL).rebase(rows);
        assertThat(result.totals()).containsExactly(Map.entry(OdsCode.of("90D"), new BigDecimal("16")));
        assertThat(result.unmapped()).extracting(u -> u.row().line() + ": " + u.reason()).containsExactly(
                "5: no organisation bore ONS code E38900005 on 2021-04-01: it was borne by 90D (NHS FICTIONAL ICB -"
                        + " 90D) from 2022-07-01",
                "6: unknown organisation code 'E38999999'");
        assertThat(result.balances()).isTrue();
    }

    @Test
    void rebasingRandomSeriesAlwaysBalancesExactly() {
        long seed = TestSeeds.seed();
        Random random = new Random(seed);
        List<String> codes = List.of("90A", "90B", "90C", "90D", "Y90", "Y91", "Y92", "Z90001", "Z90002", "NOPE1");
        for (int run = 0; run < 200; run++) {
            List<SeriesRow> rows = new ArrayList<>();
            for (int i = 0; i < random.nextInt(30); i++) {
                LocalDate date = LocalDate.of(2013, 4, 1).plusDays(random.nextInt(4000));
                BigDecimal value = BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, random.nextInt(4));
                rows.add(new SeriesRow(i, codes.get(random.nextInt(codes.size())), date, value));
            }
            LocalDate target = LocalDate.of(2013, 4, 1).plusDays(random.nextInt(4500));
            SplitPolicy policy = List.of(SplitPolicy.FAIL, SplitPolicy.EQUAL).get(random.nextInt(2));
            RebaseResult result = Rebaser.onto(NHS, target, policy).rebase(rows);
            assertThat(result.balances()).as("seed %d, run %d, target %s", seed, run, target).isTrue();
            assertThat(result.rows()).isEqualTo(rows.size());
            for (OdsCode code : result.totals().keySet()) {
                assertThat(NHS.require(code).isOpenOn(target)).as("seed %d: %s open on %s", seed, code, target)
                        .isTrue();
            }
        }
    }
}
