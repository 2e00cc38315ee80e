package io.github.nhsstructure.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A half-open range of dates: {@code start} inclusive, {@code end} exclusive.
 *
 * <p>This copies the semantics of ThreeTen-Extra's {@code LocalDateRange}. {@link LocalDate#MAX} as the end means
 * "open-ended, still in force"; {@link LocalDate#MIN} as the start means "since forever". An empty range
 * (start equal to end) is allowed and contains no date.
 *
 * <p>Throughout nhs-structure the end of a period is the <em>first day it no longer holds</em>. ODS publishes
 * close dates as the last day open, so an ODS close date of 2020-03-31 is an end of 2020-04-01, which is also the
 * effective date of whatever replaced it.
 *
 * <p>The text form is {@code start/end} in ISO format, with {@code ..} for an open end or start, for example
 * {@code 2013-04-01/2022-07-01} or {@code 2022-07-01/..}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start  the first date in the range, inclusive, not null
 * @param end  the first date after the range, exclusive, {@link LocalDate#MAX} for open-ended, not null
 * @since 0.1.0
 */
public record DateRange(LocalDate start, LocalDate end) implements Comparable<DateRange> {

    /** The range of all dates, {@code ../..}. */
    public static final DateRange ALL = new DateRange(LocalDate.MIN, LocalDate.MAX);

    private static final String OPEN = "..";

    /**
     * Validates the range.
     *
     * @param start  the first date in the range, inclusive, not null
     * @param end  the first date after the range, exclusive, {@link LocalDate#MAX} for open-ended, not null
     * @throws NullPointerException if either date is null
     * @throws IllegalArgumentException if the end is before the start, or the start is {@link LocalDate#MAX}
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        // An end of MAX means open-ended, so a range starting at MAX would be both empty and contain MAX;
        // ThreeTen-Extra's LocalDateRange rejects it for the same reason.
        if (start.equals(LocalDate.MAX)) {
            throw new IllegalArgumentException("a range cannot start at " + LocalDate.MAX
                    + ", which as an end means open-ended");
        }
    }

    /**
     * Obtains a range from a start date, inclusive, to an end date, exclusive.
     *
     * @param start  the start, inclusive, not null
     * @param endExclusive  the end, exclusive, {@link LocalDate#MAX} for open-ended, not null
     * @return the range, not null
     * @throws IllegalArgumentException if the end is before the start, or the start is {@link LocalDate#MAX}
     */
    public static DateRange of(LocalDate start, LocalDate endExclusive) {
        return new DateRange(start, endExclusive);
    }

    /**
     * Obtains a range from a start date to an end date, both inclusive.
     *
     * @param start  the start, inclusive, not null
     * @param endInclusive  the last date in the range, not null; {@link LocalDate#MAX} means open-ended
     * @return the range, not null
     * @throws IllegalArgumentException if the end is more than one day before the start, or the start is
     *     {@link LocalDate#MAX}
     */
    public static DateRange ofClosed(LocalDate start, LocalDate endInclusive) {
        Objects.requireNonNull(endInclusive, "endInclusive");
        return new DateRange(start, endInclusive.equals(LocalDate.MAX) ? LocalDate.MAX : endInclusive.plusDays(1));
    }

    /**
     * Obtains an open-ended range starting on a date.
     *
     * @param start  the start, inclusive, not null
     * @return the range from {@code start} with no end, not null
     * @throws IllegalArgumentException if the start is {@link LocalDate#MAX}
     */
    public static DateRange from(LocalDate start) {
        return new DateRange(start, LocalDate.MAX);
    }

    /**
     * Obtains a range containing exactly one date.
     *
     * @param date  the date, not null
     * @return the one-day range, not null
     * @throws IllegalArgumentException if the date is {@link LocalDate#MAX}
     */
    public static DateRange ofDay(LocalDate date) {
        return ofClosed(date, date);
    }

    /**
     * Parses the text form {@code start/end}, where either side may be {@code ..} for open.
     *
     * @param text  the text to parse, such as {@code 2013-04-01/2022-07-01} or {@code 2022-07-01/..}, not null
     * @return the range, not null
     * @throws IllegalArgumentException if the text cannot be parsed or the end is before the start
     */
    public static DateRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int slash = s.indexOf('/');
        if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("date range '" + s + "' is not of the form start/end");
        }
        try {
            LocalDate start = parseSide(s.substring(0, slash), LocalDate.MIN);
            LocalDate end = parseSide(s.substring(slash + 1), LocalDate.MAX);
            return new DateRange(start, end);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date range '" + s + "': " + e.getMessage(), e);
        }
    }

    private static LocalDate parseSide(String side, LocalDate open) {
        return side.equals(OPEN) ? open : LocalDate.parse(side);
    }

    /**
     * Checks whether the range has no end.
     *
     * @return true if the end is {@link LocalDate#MAX}
     */
    public boolean isUnboundedEnd() {
        return end.equals(LocalDate.MAX);
    }

    /**
     * Checks whether the range has no start.
     *
     * @return true if the start is {@link LocalDate#MIN}
     */
    public boolean isUnboundedStart() {
        return start.equals(LocalDate.MIN);
    }

    /**
     * Checks whether the range contains no date.
     *
     * @return true if start equals end
     */
    public boolean isEmpty() {
        return start.equals(end);
    }

    /**
     * Returns the last date in the range.
     *
     * @return the end minus one day, or {@link LocalDate#MAX} if open-ended, not null
     * @throws IllegalStateException if the range is empty
     */
    public LocalDate endInclusive() {
        if (isEmpty()) {
            throw new IllegalStateException("empty range " + this + " has no last date");
        }
        return isUnboundedEnd() ? LocalDate.MAX : end.minusDays(1);
    }

    /**
     * Checks whether a date is in the range.
     *
     * @param date  the date to check, not null
     * @return true if {@code start <= date < end}, or {@code start <= date} when open-ended
     */
    public boolean contains(LocalDate date) {
        return start.compareTo(date) <= 0 && (date.compareTo(end) < 0 || isUnboundedEnd());
    }

    /**
     * Checks whether this range encloses another: every date of the other is in this one.
     *
     * @param other  the other range, not null
     * @return true if {@code other} lies within this range
     */
    public boolean encloses(DateRange other) {
        return start.compareTo(other.start) <= 0 && other.end.compareTo(end) <= 0;
    }

    /**
     * Checks whether this range and another share at least one date, or are equal.
     *
     * @param other  the other range, not null
     * @return true if the two ranges overlap
     */
    public boolean overlaps(DateRange other) {
        return other.equals(this) || (start.compareTo(other.end) < 0 && other.start.compareTo(end) < 0);
    }

    /**
     * Checks whether this range and another are connected: they overlap or abut, so their union is a range.
     *
     * @param other  the other range, not null
     * @return true if connected
     */
    public boolean isConnected(DateRange other) {
        return equals(other) || (start.compareTo(other.end) <= 0 && other.start.compareTo(end) <= 0);
    }

    /**
     * Checks whether this range and another abut: one ends exactly where the other starts, without overlap.
     *
     * @param other  the other range, not null
     * @return true if the ranges abut
     */
    public boolean abuts(DateRange other) {
        return end.equals(other.start) ^ start.equals(other.end);
    }

    /**
     * Returns the dates common to this range and another.
     *
     * @param other  the other range, not null
     * @return the intersection, possibly empty, not null
     * @throws java.time.DateTimeException if the ranges are not connected
     */
    public DateRange intersection(DateRange other) {
        if (!isConnected(other)) {
            throw new java.time.DateTimeException("ranges " + this + " and " + other + " are not connected");
        }
        LocalDate s = start.compareTo(other.start) >= 0 ? start : other.start;
        LocalDate e = end.compareTo(other.end) <= 0 ? end : other.end;
        return new DateRange(s, e);
    }

    /**
     * Returns the smallest range enclosing both this range and another, including any gap between them.
     *
     * @param other  the other range, not null
     * @return the span, not null
     */
    public DateRange span(DateRange other) {
        LocalDate s = start.compareTo(other.start) <= 0 ? start : other.start;
        LocalDate e = end.compareTo(other.end) >= 0 ? end : other.end;
        return new DateRange(s, e);
    }

    /**
     * Compares by start, then by end.
     *
     * @param other  the other range, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(DateRange other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : end.compareTo(other.end);
    }

    /**
     * Checks whether another object is the same range.
     *
     * <p>Written out, as is {@link #hashCode()}, rather than generated: a record's generated methods are linked
     * through {@code invokedynamic} on first use, which costs tens of milliseconds at the start of a program, and
     * ranges are compared while the first organisations are decoded.
     *
     * @param other  the other object, null returns false
     * @return true if it is a {@code DateRange} with the same start and end
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof DateRange range && start.equals(range.start) && end.equals(range.end);
    }

    /**
     * Returns a hash code for the range.
     *
     * @return a hash code of the start and end
     */
    @Override
    public int hashCode() {
        return 31 * start.hashCode() + end.hashCode();
    }

    /**
     * Outputs the range as {@code start/end}, with {@code ..} for an open side.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return (isUnboundedStart() ? OPEN : start.toString()) + "/" + (isUnboundedEnd() ? OPEN : end.toString());
    }
}
