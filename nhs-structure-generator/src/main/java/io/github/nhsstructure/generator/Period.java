package io.github.nhsstructure.generator;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A half-open period of days: {@code start} is the first day, {@code end} the first day after it, or null when the
 * period is open-ended (the fact still holds). This is the generator's own small type, matching the dataset format
 * ({@code docs/data-format.md}), so the generator does not depend on the core's evolving time API.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start  the first day, not null
 * @param end  the first day no longer in the period, or null if open-ended
 */
record Period(LocalDate start, @Nullable LocalDate end) {

    Period {
        Objects.requireNonNull(start, "start");
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("empty period [" + start + ", " + end + ")");
        }
    }

    static Period from(LocalDate start) {
        return new Period(start, null);
    }

    static Period of(LocalDate start, @Nullable LocalDate end) {
        return new Period(start, end);
    }

    boolean isOpenEnded() {
        return end == null;
    }

    /** The end, or {@link LocalDate#MAX} for an open-ended period: handy for comparisons. */
    LocalDate endOrMax() {
        return end == null ? LocalDate.MAX : end;
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(endOrMax());
    }

    boolean overlaps(Period other) {
        return start.isBefore(other.endOrMax()) && other.start.isBefore(endOrMax());
    }

    boolean encloses(Period other) {
        return !other.start.isBefore(start) && !other.endOrMax().isAfter(endOrMax());
    }

    Optional<Period> intersection(Period other) {
        LocalDate s = start.isAfter(other.start) ? start : other.start;
        LocalDate e = endOrMax().isBefore(other.endOrMax()) ? endOrMax() : other.endOrMax();
        if (!e.isAfter(s)) {
            return Optional.empty();
        }
        return Optional.of(new Period(s, e.equals(LocalDate.MAX) ? null : e));
    }

    /** The period cut to end no later than {@code date}, or empty if it starts on or after it. */
    Optional<Period> endingBy(LocalDate date) {
        return intersection(new Period(LocalDate.MIN, date));
    }

    /** The end as written in the dataset: ISO date, or empty for open-ended. */
    String endText() {
        return end == null ? "" : end.toString();
    }

    @Override
    public String toString() {
        return "[" + start + ", " + (end == null ? "open" : end.toString()) + ")";
    }
}
