package io.github.nhsstructure.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A sequence of values over time whose periods never overlap: "what was X on date D".
 *
 * <p>Entries are kept sorted by start date in primitive arrays, so {@link #at(LocalDate)} is a binary search with
 * no allocation other than the returned {@code Optional}. There may be gaps between entries; a date in a gap has
 * no value. Building a timeline from overlapping entries fails with a message naming both.
 *
 * <p>This class is immutable and thread-safe if its values are.
 *
 * @param <T>  the type of the values
 * @since 0.1.0
 */
public final class Timeline<T> {

    private static final Timeline<?> EMPTY = new Timeline<>(List.of());

    private final List<Dated<T>> entries;
    private final long[] starts;
    private final long[] ends;

    private Timeline(List<Dated<T>> sorted) {
        this.entries = List.copyOf(sorted);
        int n = sorted.size();
        this.starts = new long[n];
        this.ends = new long[n];
        for (int i = 0; i < n; i++) {
            DateRange p = sorted.get(i).period();
            starts[i] = p.start().toEpochDay();
            ends[i] = p.isUnboundedEnd() ? Long.MAX_VALUE : p.end().toEpochDay();
        }
    }

    /**
     * Returns the empty timeline.
     *
     * @param <T>  the type of the values
     * @return the empty timeline, not null
     */
    @SuppressWarnings("unchecked")
    public static <T> Timeline<T> empty() {
        return (Timeline<T>) EMPTY;
    }

    /** Orders entries by period (a class, not a lambda: timelines are made on the start path of a program). */
    private static final Comparator<Dated<?>> BY_PERIOD = new ByPeriod();

    private static final class ByPeriod implements Comparator<Dated<?>> {
        @Override
        public int compare(Dated<?> a, Dated<?> b) {
            return a.period().compareTo(b.period());
        }
    }

    /**
     * Obtains a timeline from entries in any order.
     *
     * @param <T>  the type of the values
     * @param entries  the entries, not null, no null elements
     * @return the timeline, not null
     * @throws IllegalArgumentException if two entries overlap; the message names both
     */
    public static <T> Timeline<T> of(Collection<Dated<T>> entries) {
        if (entries.isEmpty()) {
            return empty();
        }
        List<Dated<T>> sorted = new ArrayList<>(entries);
        sorted.sort(BY_PERIOD);
        for (int i = 1; i < sorted.size(); i++) {
            Dated<T> prev = sorted.get(i - 1);
            Dated<T> next = sorted.get(i);
            if (prev.period().overlaps(next.period())) {
                throw new IllegalArgumentException("overlapping periods: " + prev + " and " + next);
            }
        }
        return new Timeline<>(sorted);
    }

    /**
     * Returns the value in force on a date.
     *
     * @param date  the date, not null
     * @return the value on that date, or empty if none, not null
     */
    public Optional<T> at(LocalDate date) {
        int i = indexAt(date.toEpochDay());
        return i < 0 ? Optional.empty() : Optional.of(entries.get(i).value());
    }

    /**
     * Returns the entry in force on a date, with its period and provenance.
     *
     * @param date  the date, not null
     * @return the entry on that date, or empty if none, not null
     */
    public Optional<Dated<T>> entryAt(LocalDate date) {
        int i = indexAt(date.toEpochDay());
        return i < 0 ? Optional.empty() : Optional.of(entries.get(i));
    }

    /**
     * Returns the value in force on a day given as an epoch day, or null: the allocation-free form of
     * {@link #at(LocalDate)} for the library's own hot paths, which reach it through the unexported
     * {@code io.github.nhsstructure.internal.HotPaths}. Not API: the API returns {@link Optional}.
     *
     * @param epochDay  the day, as {@link LocalDate#toEpochDay()}
     * @return the value, or null if none
     */
    @org.jspecify.annotations.Nullable
    T valueAtEpochDay(long epochDay) {
        int i = indexAt(epochDay);
        return i < 0 ? null : entries.get(i).value();
    }

    private int indexAt(long day) {
        int i = Arrays.binarySearch(starts, day);
        if (i < 0) {
            i = -i - 2; // the last entry starting before day
        }
        return i >= 0 && day < ends[i] ? i : -1;
    }

    /**
     * Returns the entries sorted by start date.
     *
     * @return the entries, immutable, not null
     */
    public List<Dated<T>> entries() {
        return entries;
    }

    /**
     * Checks whether the timeline has no entry.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Returns the first entry.
     *
     * @return the earliest entry, or empty if the timeline is empty, not null
     */
    public Optional<Dated<T>> first() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
    }

    /**
     * Returns the last entry.
     *
     * @return the latest entry, or empty if the timeline is empty, not null
     */
    public Optional<Dated<T>> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    /**
     * Returns the span from the first entry's start to the last entry's end, gaps included.
     *
     * @return the span, or empty if the timeline is empty, not null
     */
    public Optional<DateRange> span() {
        return entries.isEmpty()
                ? Optional.empty()
                : Optional.of(entries.get(0).period().span(entries.get(entries.size() - 1).period()));
    }

    /**
     * Returns a timeline with every value mapped, keeping periods and provenance.
     *
     * @param <R>  the type of the new values
     * @param mapper  the function to apply, not null, returning non-null values
     * @return the mapped timeline, not null
     */
    public <R> Timeline<R> map(Function<? super T, ? extends R> mapper) {
        List<Dated<R>> mapped = new ArrayList<>(entries.size());
        for (Dated<T> e : entries) {
            mapped.add(new Dated<>(e.period(), mapper.apply(e.value()), e.provenance()));
        }
        return new Timeline<>(mapped);
    }

    /**
     * Checks equality of the entries.
     *
     * @param obj  the other object
     * @return true if the other is a timeline with equal entries
     */
    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object obj) {
        return obj instanceof Timeline<?> other && entries.equals(other.entries);
    }

    /**
     * Returns a hash code of the entries.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /**
     * Outputs the entries, such as {@code [2013-04-01/2022-07-01=CCG, 2022-07-01/..=SUB_ICB_LOCATION]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return entries.toString();
    }
}
