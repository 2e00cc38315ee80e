package io.github.nhsstructure.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks every operation of {@link DateRange} against Guava's {@link Range} over all ranges in a small window, the
 * way ThreeTen-Extra's {@code TestLocalDateRange} does: starts are eight consecutive days (across 29 February and
 * a month end) or {@link LocalDate#MIN} (open start, {@code Range.lessThan}); ends are the same days or
 * {@link LocalDate#MAX} (open end, {@code Range.atLeast}).
 */
class DateRangeTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 2, 26);
    private static final List<LocalDate> DAYS = IntStream.range(0, 8).mapToObj(FIRST::plusDays).toList();
    private static final LocalDate LAST = DAYS.get(DAYS.size() - 1);

    /** Every date a range of the window could contain, plus its neighbours and the extremes. */
    private static final List<LocalDate> PROBES = probes();

    /** Every range of the window, each with the Guava range that is its oracle. */
    private static final List<Case> CASES = cases();

    /** A range and its oracle; prints as the range for readable failures. */
    private record Case(DateRange range, Range<LocalDate> guava) {
        @Override
        public String toString() {
            return range.toString();
        }
    }

    private static List<LocalDate> probes() {
        List<LocalDate> probes = new ArrayList<>();
        probes.add(LocalDate.MIN);
        probes.add(FIRST.minusDays(1));
        probes.addAll(DAYS);
        probes.add(LAST.plusDays(1));
        probes.add(LocalDate.MAX);
        return List.copyOf(probes);
    }

    private static List<Case> cases() {
        List<LocalDate> starts = new ArrayList<>();
        starts.add(LocalDate.MIN);
        starts.addAll(DAYS);
        List<LocalDate> ends = new ArrayList<>(DAYS);
        ends.add(LocalDate.MAX);
        List<Case> cases = new ArrayList<>();
        for (LocalDate start : starts) {
            for (LocalDate end : ends) {
                if (!end.isBefore(start)) {
                    cases.add(new Case(DateRange.of(start, end), guava(start, end)));
                }
            }
        }
        return List.copyOf(cases);
    }

    private static Range<LocalDate> guava(LocalDate start, LocalDate end) {
        boolean openStart = start.equals(LocalDate.MIN);
        boolean openEnd = end.equals(LocalDate.MAX);
        if (openStart && openEnd) {
            return Range.all();
        }
        if (openStart) {
            return Range.lessThan(end);
        }
        return openEnd ? Range.atLeast(start) : Range.closedOpen(start, end);
    }

    /** Maps a Guava result back: an unbounded side is MIN or MAX. */
    private static DateRange fromGuava(Range<LocalDate> range) {
        return DateRange.of(range.hasLowerBound() ? range.lowerEndpoint() : LocalDate.MIN,
                range.hasUpperBound() ? range.upperEndpoint() : LocalDate.MAX);
    }

    @Test
    void windowHoldsEveryShapeOfRange() {
        // 9 starts; 9 ends each; minus the end-before-start pairs: 9 ranges from MIN, 36 closed, 8 open-ended
        assertThat(CASES).hasSize(53);
        assertThat(CASES).filteredOn(c -> c.range().isEmpty()).hasSize(8);
        assertThat(CASES).filteredOn(c -> c.range().isUnboundedEnd()).hasSize(9);
        assertThat(CASES).filteredOn(c -> c.range().isUnboundedStart()).hasSize(9);
    }

    @Nested
    class AgainstGuava {

        @Test
        void contains() {
            for (Case c : CASES) {
                for (LocalDate date : PROBES) {
                    assertThat(c.range().contains(date)).as("%s contains %s", c, date)
                            .isEqualTo(c.guava().contains(date));
                }
            }
        }

        @Test
        void isEmpty() {
            for (Case c : CASES) {
                assertThat(c.range().isEmpty()).as("%s isEmpty", c).isEqualTo(c.guava().isEmpty());
            }
        }

        @Test
        void endInclusive() {
            for (Case c : CASES) {
                if (c.guava().isEmpty()) {
                    assertThatThrownBy(() -> c.range().endInclusive()).as("%s endInclusive", c)
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining(c.range().toString());
                } else {
                    LocalDate expected = c.guava().hasUpperBound()
                            ? c.guava().upperEndpoint().minusDays(1) : LocalDate.MAX;
                    assertThat(c.range().endInclusive()).as("%s endInclusive", c).isEqualTo(expected);
                }
            }
        }

        @Test
        void encloses() {
            for (Case a : CASES) {
                for (Case b : CASES) {
                    assertThat(a.range().encloses(b.range())).as("%s encloses %s", a, b)
                            .isEqualTo(a.guava().encloses(b.guava()));
                }
            }
        }

        @Test
        void isConnected() {
            for (Case a : CASES) {
                for (Case b : CASES) {
                    assertThat(a.range().isConnected(b.range())).as("%s isConnected %s", a, b)
                            .isEqualTo(a.guava().isConnected(b.guava()));
                }
            }
        }

        @Test
        void intersection() {
            for (Case a : CASES) {
                for (Case b : CASES) {
                    if (a.guava().isConnected(b.guava())) {
                        assertThat(a.range().intersection(b.range())).as("%s intersection %s", a, b)
                                .isEqualTo(fromGuava(a.guava().intersection(b.guava())));
                    } else {
                        assertThatThrownBy(() -> a.range().intersection(b.range())).as("%s intersection %s", a, b)
                                .isInstanceOf(DateTimeException.class)
                                .hasMessageContaining(a.range().toString())
                                .hasMessageContaining(b.range().toString());
                    }
                }
            }
        }

        @Test
        void span() {
            for (Case a : CASES) {
                for (Case b : CASES) {
                    assertThat(a.range().span(b.range())).as("%s span %s", a, b)
                            .isEqualTo(fromGuava(a.guava().span(b.guava())));
                }
            }
        }

        /**
         * For non-empty ranges {@code overlaps} is "connected with a non-empty intersection". For an empty range at
         * p the semantics are ThreeTen-Extra's: it overlaps a range having p strictly inside (not at its start),
         * and an equal empty range.
         */
        @Test
        void overlaps() {
            for (Case a : CASES) {
                for (Case b : CASES) {
                    assertThat(a.range().overlaps(b.range())).as("%s overlaps %s", a, b)
                            .isEqualTo(guavaOverlaps(a.guava(), b.guava()));
                }
            }
        }

        /**
         * For non-empty ranges {@code abuts} is "connected with an empty intersection". An empty range at p abuts a
         * range that starts or ends at p, but not an equal empty range (ThreeTen-Extra's semantics).
         */
        @Test
        void abuts() {
            for (Case a : CASES) {
                for (Case b : CASES) {
                    assertThat(a.range().abuts(b.range())).as("%s abuts %s", a, b)
                            .isEqualTo(guavaAbuts(a.guava(), b.guava()));
                }
            }
        }

        @Test
        void compareTo() {
            Comparator<Range<LocalDate>> byBounds = Comparator
                    .<Range<LocalDate>, LocalDate>comparing(r -> r.hasLowerBound() ? r.lowerEndpoint() : LocalDate.MIN)
                    .thenComparing(r -> r.hasUpperBound() ? r.upperEndpoint() : LocalDate.MAX);
            for (Case a : CASES) {
                for (Case b : CASES) {
                    assertThat(Integer.signum(a.range().compareTo(b.range()))).as("%s compareTo %s", a, b)
                            .isEqualTo(Integer.signum(byBounds.compare(a.guava(), b.guava())));
                }
            }
        }

        private boolean guavaOverlaps(Range<LocalDate> a, Range<LocalDate> b) {
            if (a.equals(b)) {
                return true;
            }
            if (!a.isConnected(b)) {
                return false;
            }
            if (a.isEmpty()) {
                return strictlyInside(b, a.lowerEndpoint());
            }
            if (b.isEmpty()) {
                return strictlyInside(a, b.lowerEndpoint());
            }
            return !a.intersection(b).isEmpty();
        }

        private boolean strictlyInside(Range<LocalDate> range, LocalDate date) {
            return range.contains(date) && !(range.hasLowerBound() && range.lowerEndpoint().equals(date));
        }

        private boolean guavaAbuts(Range<LocalDate> a, Range<LocalDate> b) {
            if (a.equals(b) || !a.isConnected(b)) {
                return false;
            }
            if (a.isEmpty()) {
                return isEndpoint(b, a.lowerEndpoint());
            }
            if (b.isEmpty()) {
                return isEndpoint(a, b.lowerEndpoint());
            }
            return a.intersection(b).isEmpty();
        }

        private boolean isEndpoint(Range<LocalDate> range, LocalDate date) {
            return (range.hasLowerBound() && range.lowerEndpoint().equals(date))
                    || (range.hasUpperBound() && range.upperEndpoint().equals(date));
        }
    }

    @Nested
    class Invariants {

        @Test
        void connectedIsExactlyOverlapsOrAbuts() {
            for (Case a : CASES) {
                for (Case b : CASES) {
                    DateRange x = a.range();
                    DateRange y = b.range();
                    assertThat(x.isConnected(y)).as("%s isConnected %s", a, b)
                            .isEqualTo(x.overlaps(y) || x.abuts(y));
                    assertThat(x.overlaps(y) && x.abuts(y)).as("%s both overlaps and abuts %s", a, b).isFalse();
                }
            }
        }

        @Test
        void relationsAreSymmetric() {
            for (Case a : CASES) {
                for (Case b : CASES) {
                    DateRange x = a.range();
                    DateRange y = b.range();
                    assertThat(x.overlaps(y)).as("%s overlaps %s", a, b).isEqualTo(y.overlaps(x));
                    assertThat(x.abuts(y)).as("%s abuts %s", a, b).isEqualTo(y.abuts(x));
                    assertThat(x.isConnected(y)).as("%s isConnected %s", a, b).isEqualTo(y.isConnected(x));
                    assertThat(x.span(y)).as("%s span %s", a, b).isEqualTo(y.span(x));
                }
            }
        }

        @Test
        void spanEnclosesBothAndIntersectionIsEnclosedByBoth() {
            for (Case a : CASES) {
                for (Case b : CASES) {
                    DateRange span = a.range().span(b.range());
                    assertThat(span.encloses(a.range()) && span.encloses(b.range())).as("%s span %s", a, b).isTrue();
                    if (a.range().isConnected(b.range())) {
                        DateRange common = a.range().intersection(b.range());
                        assertThat(a.range().encloses(common) && b.range().encloses(common))
                                .as("%s intersection %s", a, b).isTrue();
                    }
                }
            }
        }

        @Test
        void compareToIsATotalOrderConsistentWithEquals() {
            for (Case a : CASES) {
                for (Case b : CASES) {
                    int ab = a.range().compareTo(b.range());
                    assertThat(Integer.signum(ab)).as("%s compareTo %s", a, b)
                            .isEqualTo(-Integer.signum(b.range().compareTo(a.range())));
                    assertThat(ab == 0).as("%s compareTo %s is 0 iff equal", a, b)
                            .isEqualTo(a.range().equals(b.range()));
                    for (Case c : CASES) {
                        if (ab <= 0 && b.range().compareTo(c.range()) <= 0) {
                            assertThat(a.range().compareTo(c.range())).as("%s <= %s <= %s", a, b, c)
                                    .isLessThanOrEqualTo(0);
                        }
                    }
                }
            }
        }

        @Test
        void sortingShuffledRangesRestoresStartThenEndOrder() {
            long seed = io.github.nhsstructure.TestSeeds.seed();
            List<DateRange> expected = CASES.stream().map(Case::range).toList();
            List<DateRange> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(seed));
            Collections.sort(shuffled);
            // CASES is built start-major, end-minor, which is the documented order
            assertThat(shuffled).as("seed %d", seed).isEqualTo(expected);
        }

        @Test
        void anEmptyRangeContainsNoDate() {
            for (Case c : CASES) {
                if (c.range().isEmpty()) {
                    for (LocalDate date : PROBES) {
                        assertThat(c.range().contains(date)).as("%s contains %s", c, date).isFalse();
                    }
                }
            }
        }
    }

    @Nested
    class Factories {

        @Test
        void ofClosedIsOfWithTheDayAfterTheEnd() {
            for (LocalDate start : DAYS) {
                for (LocalDate last : DAYS) {
                    if (last.isBefore(start.minusDays(1))) {
                        LocalDate s = start;
                        LocalDate l = last;
                        assertThatIllegalArgumentException().as("ofClosed(%s, %s)", s, l)
                                .isThrownBy(() -> DateRange.ofClosed(s, l))
                                .withMessageContaining(s.toString());
                    } else {
                        DateRange closed = DateRange.ofClosed(start, last);
                        assertThat(closed).as("ofClosed(%s, %s)", start, last)
                                .isEqualTo(fromGuava(Range.closedOpen(start, last.plusDays(1))));
                        for (LocalDate date : PROBES) {
                            assertThat(closed.contains(date)).as("ofClosed(%s, %s) contains %s", start, last, date)
                                    .isEqualTo(!date.isBefore(start) && !date.isAfter(last));
                        }
                    }
                }
            }
        }

        @Test
        void ofClosedWithMaxIsOpenEnded() {
            DateRange range = DateRange.ofClosed(FIRST, LocalDate.MAX);
            assertThat(range).isEqualTo(DateRange.from(FIRST));
            assertThat(range.isUnboundedEnd()).isTrue();
            assertThat(range.endInclusive()).isEqualTo(LocalDate.MAX);
        }

        @Test
        void ofClosedRoundTripsEndInclusive() {
            for (Case c : CASES) {
                if (!c.range().isEmpty()) {
                    assertThat(DateRange.ofClosed(c.range().start(), c.range().endInclusive())).as("%s", c)
                            .isEqualTo(c.range());
                }
            }
        }

        @Test
        void fromIsOpenEnded() {
            for (LocalDate start : DAYS) {
                DateRange range = DateRange.from(start);
                assertThat(range).isEqualTo(DateRange.of(start, LocalDate.MAX));
                assertThat(range.isUnboundedEnd()).isTrue();
                assertThat(range.isUnboundedStart()).isFalse();
                assertThat(range.contains(LocalDate.MAX)).isTrue();
                assertThat(range.contains(start.minusDays(1))).isFalse();
                assertThat(range.toString()).isEqualTo(start + "/..");
            }
        }

        @Test
        void ofDayContainsExactlyThatDay() {
            for (LocalDate day : DAYS) {
                DateRange range = DateRange.ofDay(day);
                assertThat(range).isEqualTo(DateRange.of(day, day.plusDays(1)));
                assertThat(PROBES.stream().filter(range::contains)).containsExactly(day);
            }
        }

        @Test
        void allContainsEveryDate() {
            assertThat(DateRange.ALL.isUnboundedStart()).isTrue();
            assertThat(DateRange.ALL.isUnboundedEnd()).isTrue();
            assertThat(PROBES).allMatch(DateRange.ALL::contains);
            assertThat(DateRange.ALL).hasToString("../..");
            assertThat(DateRange.parse("../..")).isEqualTo(DateRange.ALL);
        }

        @Test
        void theConstructorAndTheFactoriesAgree() {
            LocalDate a = DAYS.get(2);
            LocalDate b = DAYS.get(5);
            assertThat(new DateRange(a, b)).isEqualTo(DateRange.of(a, b));
            assertThat(DateRange.of(a, b).start()).isEqualTo(a);
            assertThat(DateRange.of(a, b).end()).isEqualTo(b);
        }
    }

    @Nested
    class Text {

        @Test
        void toStringUsesIsoDatesAndDotsForOpenSides() {
            for (Case c : CASES) {
                DateRange r = c.range();
                String expected = (r.start().equals(LocalDate.MIN) ? ".." : r.start().toString()) + "/"
                        + (r.end().equals(LocalDate.MAX) ? ".." : r.end().toString());
                assertThat(r).as("%s", c).hasToString(expected);
            }
        }

        @Test
        void parseRoundTripsToString() {
            for (Case c : CASES) {
                assertThat(DateRange.parse(c.range().toString())).as("%s", c).isEqualTo(c.range());
            }
        }

        @Test
        void parseReadsExamples() {
            assertThat(DateRange.parse("2013-04-01/2022-07-01"))
                    .isEqualTo(DateRange.of(LocalDate.of(2013, 4, 1), LocalDate.of(2022, 7, 1)));
            assertThat(DateRange.parse("2022-07-01/.."))
                    .isEqualTo(DateRange.from(LocalDate.of(2022, 7, 1)));
            assertThat(DateRange.parse("../2013-04-01"))
                    .isEqualTo(DateRange.of(LocalDate.MIN, LocalDate.of(2013, 4, 1)));
            assertThat(DateRange.parse(new StringBuilder("2024-02-29/2024-03-01")))
                    .isEqualTo(DateRange.ofDay(LocalDate.of(2024, 2, 29)));
            assertThat(DateRange.parse("-999999999-01-01/+999999999-12-31")).isEqualTo(DateRange.ALL);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "/", "2022-07-01", "2022-07-01..", "2022-07-01/2022-07-02/2022-07-03",
            "2022-13-01/..", "../2023-02-29", "2022-7-1/..", "2022-07-01 / ..", "now/..", "2022-07-01/...",
            "2022-07-01/2022-06-30"})
        void parseRejectsBadTextNamingIt(String text) {
            Throwable thrown = catchThrowable(() -> DateRange.parse(text));
            assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
            // either the whole text is quoted, or (for a reversed range) both dates are named
            assertThat(thrown.getMessage()).satisfiesAnyOf(
                    m -> assertThat(m).contains("'" + text + "'"),
                    m -> assertThat(m).contains("2022-07-01").contains("2022-06-30").contains("before"));
        }

        @Test
        void parseRejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> DateRange.parse(null));
        }
    }

    @Nested
    class Validation {

        @Test
        void endBeforeStartIsRejectedNamingBoth() {
            for (LocalDate start : DAYS) {
                for (LocalDate end : DAYS) {
                    if (end.isBefore(start)) {
                        assertThatIllegalArgumentException().isThrownBy(() -> DateRange.of(start, end))
                                .withMessage("end " + end + " is before start " + start);
                    }
                }
            }
        }

        @Test
        void nullsAreRejected() {
            assertThatNullPointerException().isThrownBy(() -> DateRange.of(null, FIRST)).withMessage("start");
            assertThatNullPointerException().isThrownBy(() -> DateRange.of(FIRST, null)).withMessage("end");
            assertThatNullPointerException().isThrownBy(() -> DateRange.ofClosed(FIRST, null));
            assertThatNullPointerException().isThrownBy(() -> DateRange.from(null));
        }

        /** An end of MAX means open-ended, so a range from MAX would be empty yet contain MAX. */
        @Test
        void aRangeCannotStartAtMax() {
            assertThatIllegalArgumentException().isThrownBy(() -> DateRange.of(LocalDate.MAX, LocalDate.MAX))
                    .withMessageContaining("open-ended");
            assertThatIllegalArgumentException().isThrownBy(() -> DateRange.from(LocalDate.MAX));
            assertThatIllegalArgumentException().isThrownBy(() -> DateRange.ofDay(LocalDate.MAX));
            assertThatIllegalArgumentException().isThrownBy(() -> DateRange.parse("+999999999-12-31/.."));
        }

        @Test
        void emptyRangesAreAllowed() {
            DateRange empty = DateRange.of(FIRST, FIRST);
            assertThat(empty.isEmpty()).isTrue();
            assertThat(DateRange.ofClosed(FIRST, FIRST.minusDays(1))).isEqualTo(empty);
            assertThat(DateRange.of(LocalDate.MIN, LocalDate.MIN).isEmpty()).isTrue();
            assertThat(DateRange.of(LocalDate.MIN, LocalDate.MIN).contains(LocalDate.MIN)).isFalse();
        }
    }

    @Test
    void equalsAndHashCode() {
        LocalDate a = DAYS.get(1);
        LocalDate b = DAYS.get(4);
        new EqualsTester()
                .addEqualityGroup(DateRange.of(a, b), new DateRange(a, b), DateRange.ofClosed(a, b.minusDays(1)),
                        DateRange.parse(a + "/" + b))
                .addEqualityGroup(DateRange.of(a, b.plusDays(1)))
                .addEqualityGroup(DateRange.of(a.minusDays(1), b))
                .addEqualityGroup(DateRange.of(a, a), DateRange.ofClosed(a, a.minusDays(1)))
                .addEqualityGroup(DateRange.of(b, b))
                .addEqualityGroup(DateRange.ofDay(a), DateRange.ofClosed(a, a))
                .addEqualityGroup(DateRange.from(a), DateRange.ofClosed(a, LocalDate.MAX), DateRange.parse(a + "/.."))
                .addEqualityGroup(DateRange.of(LocalDate.MIN, b), DateRange.parse("../" + b))
                .addEqualityGroup(DateRange.ALL, DateRange.of(LocalDate.MIN, LocalDate.MAX))
                .testEquals();
    }
}
