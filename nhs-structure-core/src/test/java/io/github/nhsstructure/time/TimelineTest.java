package io.github.nhsstructure.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.nhsstructure.TestSeeds;
import io.github.nhsstructure.internal.HotPaths;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Provenance ODS = Provenance.of("ods", Certainty.HIGH);
    private static final Provenance CURATED = Provenance.of("curated", Certainty.MEDIUM);

    private static final LocalDate CCGS_START = LocalDate.of(2013, 4, 1);
    private static final LocalDate ICBS_START = LocalDate.of(2022, 7, 1);

    private static <T> Dated<T> dated(String period, T value) {
        return new Dated<>(DateRange.parse(period), value, ODS);
    }

    /** A CCG code that became a sub-ICB location, with a gap before it opened. */
    private static final Dated<OrganisationKind> CCG = dated("2013-04-01/2022-07-01", OrganisationKind.CCG);
    private static final Dated<OrganisationKind> SUB_ICB =
            new Dated<>(DateRange.from(ICBS_START), OrganisationKind.SUB_ICB_LOCATION, CURATED);
    private static final Timeline<OrganisationKind> KINDS = Timeline.of(List.of(SUB_ICB, CCG));

    @Test
    void atGivesTheValueInForceOnEachSideOfAChange() {
        assertThat(KINDS.at(CCGS_START.minusDays(1))).isEmpty();
        assertThat(KINDS.at(CCGS_START)).contains(OrganisationKind.CCG);
        assertThat(KINDS.at(ICBS_START.minusDays(1))).contains(OrganisationKind.CCG);
        assertThat(KINDS.at(ICBS_START)).contains(OrganisationKind.SUB_ICB_LOCATION);
        assertThat(KINDS.at(LocalDate.of(2099, 1, 1))).contains(OrganisationKind.SUB_ICB_LOCATION);
        assertThat(KINDS.at(LocalDate.MAX)).contains(OrganisationKind.SUB_ICB_LOCATION);
        assertThat(KINDS.at(LocalDate.MIN)).isEmpty();
    }

    @Test
    void entryAtGivesPeriodAndProvenance() {
        assertThat(KINDS.entryAt(ICBS_START)).contains(SUB_ICB);
        assertThat(KINDS.entryAt(ICBS_START).orElseThrow().provenance()).isEqualTo(CURATED);
        assertThat(KINDS.entryAt(LocalDate.of(2015, 6, 1)).orElseThrow().period())
                .isEqualTo(DateRange.of(CCGS_START, ICBS_START));
        assertThat(KINDS.entryAt(CCGS_START.minusDays(1))).isEmpty();
    }

    @Test
    void valueAtEpochDayAgreesWithAt() {
        for (LocalDate d = CCGS_START.minusDays(3); d.isBefore(ICBS_START.plusDays(3)); d = d.plusDays(1)) {
            assertThat(Optional.ofNullable(KINDS.valueAtEpochDay(d.toEpochDay()))).as("%s", d).isEqualTo(KINDS.at(d));
        }
        assertThat(KINDS.valueAtEpochDay(CCGS_START.toEpochDay() - 1)).isNull();
    }

    @Test
    void entriesAreSortedByStartWhateverTheInputOrder() {
        assertThat(KINDS.entries()).containsExactly(CCG, SUB_ICB);
        assertThat(KINDS.first()).contains(CCG);
        assertThat(KINDS.last()).contains(SUB_ICB);
        assertThat(KINDS.isEmpty()).isFalse();
        assertThat(KINDS).isEqualTo(Timeline.of(List.of(CCG, SUB_ICB)));
        assertThat(KINDS).hasSameHashCodeAs(Timeline.of(List.of(CCG, SUB_ICB)));
        assertThat(KINDS).hasToString("[2013-04-01/2022-07-01=CCG, 2022-07-01/..=SUB_ICB_LOCATION]");
    }

    @Test
    void spanCoversFirstToLastIncludingGaps() {
        Timeline<String> names = Timeline.of(List.of(dated("2013-04-01/2014-04-01", "A"),
                dated("2016-04-01/2017-04-01", "B")));
        assertThat(names.span()).contains(DateRange.parse("2013-04-01/2017-04-01"));
        assertThat(KINDS.span()).contains(DateRange.from(CCGS_START));
    }

    @Test
    void gapsHaveNoValue() {
        Timeline<String> names = Timeline.of(List.of(dated("2013-04-01/2014-04-01", "A"),
                dated("2016-04-01/2017-04-01", "B")));
        assertThat(names.at(LocalDate.of(2014, 3, 31))).contains("A");
        assertThat(names.at(LocalDate.of(2014, 4, 1))).isEmpty();
        assertThat(names.at(LocalDate.of(2016, 3, 31))).isEmpty();
        assertThat(names.entryAt(LocalDate.of(2015, 1, 1))).isEmpty();
        assertThat(names.at(LocalDate.of(2016, 4, 1))).contains("B");
        assertThat(names.at(LocalDate.of(2017, 4, 1))).isEmpty();
    }

    @Test
    void abuttingEntriesAreAllowed() {
        Timeline<String> t = Timeline.of(List.of(dated("2020-01-01/2020-01-02", "A"),
                dated("2020-01-02/2020-01-03", "B")));
        assertThat(t.at(LocalDate.of(2020, 1, 1))).contains("A");
        assertThat(t.at(LocalDate.of(2020, 1, 2))).contains("B");
    }

    @Test
    void emptyTimelineHasNothing() {
        Timeline<String> empty = Timeline.empty();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.at(CCGS_START)).isEmpty();
        assertThat(empty.entryAt(CCGS_START)).isEmpty();
        assertThat(empty.valueAtEpochDay(0)).isNull();
        assertThat(empty.first()).isEmpty();
        assertThat(empty.last()).isEmpty();
        assertThat(empty.span()).isEmpty();
        assertThat(empty.entries()).isEmpty();
        assertThat(Timeline.<String>of(List.of())).isEqualTo(empty);
    }

    @Test
    void mapKeepsPeriodsAndProvenance() {
        Timeline<String> labels = KINDS.map(OrganisationKind::label);
        assertThat(labels.entries()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(labels.entries().get(i).period()).isEqualTo(KINDS.entries().get(i).period());
            assertThat(labels.entries().get(i).provenance()).isEqualTo(KINDS.entries().get(i).provenance());
        }
        assertThat(labels.at(ICBS_START)).contains("Sub-ICB location");
        assertThat(labels.at(CCGS_START)).contains("Clinical commissioning group");
        assertThat(labels.at(CCGS_START.minusDays(1))).isEmpty();
        assertThat(Timeline.<String>empty().map(String::length).isEmpty()).isTrue();
    }

    @Test
    void overlappingEntriesAreRejectedNamingBoth() {
        Dated<String> a = dated("2013-04-01/2020-04-01", "NHS ALPHA CCG");
        Dated<String> b = dated("2019-04-01/..", "NHS DELTA CCG");
        assertThatIllegalArgumentException().isThrownBy(() -> Timeline.of(List.of(b, a)))
                .withMessageContaining("2013-04-01/2020-04-01=NHS ALPHA CCG")
                .withMessageContaining("2019-04-01/..=NHS DELTA CCG");
    }

    @Test
    void anEntryInsideAnotherIsAnOverlap() {
        Dated<String> outer = dated("2013-04-01/..", "A");
        Dated<String> first = dated("2012-01-01/2013-01-01", "B");
        Dated<String> inner = dated("2015-01-01/2015-02-01", "C");
        assertThatIllegalArgumentException().isThrownBy(() -> Timeline.of(List.of(inner, first, outer)))
                .withMessageContaining("=A").withMessageContaining("=C");
    }

    @Test
    void duplicateEntriesAreAnOverlap() {
        assertThatIllegalArgumentException().isThrownBy(() -> Timeline.of(List.of(CCG, CCG)))
                .withMessageContaining("overlap");
    }

    @Test
    void datedRejectsEmptyPeriodsAndNulls() {
        DateRange empty = DateRange.of(CCGS_START, CCGS_START);
        assertThatIllegalArgumentException().isThrownBy(() -> new Dated<>(empty, "A", ODS))
                .withMessageContaining(empty.toString());
        assertThatNullPointerException().isThrownBy(() -> new Dated<>(empty, null, ODS));
        assertThatNullPointerException().isThrownBy(() -> Timeline.of(Collections.singletonList(null)));
    }

    /**
     * Builds random timelines of non-overlapping entries (with gaps, abutting entries and an open end) in a window
     * and checks every point query against a linear scan, for every day of the window and beyond.
     */
    @Test
    void pointQueriesAgreeWithALinearScan() {
        long seed = TestSeeds.seed();
        Random random = new Random(seed);
        LocalDate origin = LocalDate.of(2020, 1, 1);
        int window = 120;
        for (int round = 0; round < 500; round++) {
            List<Dated<Integer>> entries = randomTimeline(random, origin, window);
            List<Dated<Integer>> shuffled = new ArrayList<>(entries);
            Collections.shuffle(shuffled, random);
            Timeline<Integer> timeline = Timeline.of(shuffled);

            assertThat(timeline.entries()).as("seed %d round %d", seed, round).isEqualTo(entries);
            assertThat(timeline.first()).as("seed %d round %d", seed, round)
                    .isEqualTo(entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0)));
            assertThat(timeline.last()).as("seed %d round %d", seed, round)
                    .isEqualTo(entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1)));
            for (int i = -3; i < window + 3; i++) {
                LocalDate day = origin.plusDays(i);
                Optional<Dated<Integer>> expected = scan(entries, day);
                assertThat(timeline.entryAt(day)).as("seed %d round %d entryAt %s in %s", seed, round, day, entries)
                        .isEqualTo(expected);
                assertThat(timeline.at(day)).as("seed %d round %d at %s in %s", seed, round, day, entries)
                        .isEqualTo(expected.map(Dated::value));
                assertThat(Optional.ofNullable(HotPaths.valueAt(timeline, day.toEpochDay())))
                        .as("seed %d round %d HotPaths.valueAt %s in %s", seed, round, day, entries)
                        .isEqualTo(expected.map(Dated::value));
            }
            assertThat(timeline.at(LocalDate.MAX)).as("seed %d round %d at MAX in %s", seed, round, entries)
                    .isEqualTo(scan(entries, LocalDate.MAX).map(Dated::value));
        }
    }

    /** Adds one entry that overlaps a random existing one and checks the timeline is then refused. */
    @Test
    void anyOverlapIsRejected() {
        long seed = TestSeeds.seed();
        Random random = new Random(seed);
        LocalDate origin = LocalDate.of(2020, 1, 1);
        int checked = 0;
        for (int round = 0; round < 500; round++) {
            List<Dated<Integer>> entries = new ArrayList<>(randomTimeline(random, origin, 60));
            if (entries.isEmpty()) {
                continue;
            }
            Dated<Integer> victim = entries.get(random.nextInt(entries.size()));
            LocalDate inside = victim.period().isUnboundedEnd()
                    ? victim.period().start().plusDays(random.nextInt(5))
                    : victim.period().start().plusDays(random.nextInt(
                            (int) (victim.period().end().toEpochDay() - victim.period().start().toEpochDay())));
            LocalDate start = inside.minusDays(random.nextInt(3));
            Dated<Integer> intruder = new Dated<>(DateRange.of(start, inside.plusDays(1 + random.nextInt(3))), -1, ODS);
            entries.add(intruder);
            Collections.shuffle(entries, random);
            assertThatIllegalArgumentException().as("seed %d round %d: %s", seed, round, entries)
                    .isThrownBy(() -> Timeline.of(entries))
                    .withMessageContaining("overlapping")
                    .withMessageContaining("=-1");
            checked++;
        }
        assertThat(checked).as("seed %d", seed).isGreaterThan(400);
    }

    private static List<Dated<Integer>> randomTimeline(Random random, LocalDate origin, int window) {
        List<Dated<Integer>> entries = new ArrayList<>();
        int day = random.nextInt(5);
        int n = random.nextInt(7);
        for (int i = 0; i < n && day < window; i++) {
            int length = 1 + random.nextInt(15);
            boolean last = i == n - 1 || day + length >= window;
            LocalDate start = origin.plusDays(day);
            DateRange period = last && random.nextBoolean()
                    ? DateRange.from(start)
                    : DateRange.of(start, start.plusDays(length));
            entries.add(new Dated<>(period, i, random.nextBoolean() ? ODS : CURATED));
            if (period.isUnboundedEnd()) {
                break;
            }
            day += length + (random.nextInt(3) == 0 ? 0 : random.nextInt(6));
        }
        return entries;
    }

    private static <T> Optional<Dated<T>> scan(List<Dated<T>> entries, LocalDate day) {
        Optional<Dated<T>> found = Optional.empty();
        for (Dated<T> e : entries) {
            if (e.period().contains(day)) {
                assertThat(found).as("the generator made overlapping entries %s", entries).isEmpty();
                found = Optional.of(e);
            }
        }
        return found;
    }
}
