package io.github.nhsstructure.coverage;

import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates a dataset speaks for: for each kind of organisation, the period in which the dataset claims to be
 * complete for that kind, and overall the span of all of them.
 *
 * <p>A question about a kind on a date outside that kind's period fails with {@link OutsideCoverageException}
 * rather than answering "none". A kind with no entry is not covered at all.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Coverage {

    /**
     * The coverage of one kind of organisation.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param kind  the kind, not null
     * @param period  the period the dataset is complete for, not empty, not null
     * @param provenance  the sources the claim rests on, not null
     * @param note  why the period starts and ends where it does, not null
     * @since 0.1.0
     */
    public record KindCoverage(OrganisationKind kind, DateRange period, Provenance provenance, String note) {
        /**
         * Validates.
         *
         * @param kind  the kind, not null
         * @param period  the period the dataset is complete for, not empty, not null
         * @param provenance  the sources the claim rests on, not null
         * @param note  why the period starts and ends where it does, not null
         * @throws IllegalArgumentException if the period is empty
         */
        public KindCoverage {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(provenance, "provenance");
            Objects.requireNonNull(note, "note");
            if (period.isEmpty()) {
                throw new IllegalArgumentException("empty coverage period for " + kind);
            }
        }
    }

    private final List<KindCoverage> entries;
    private final Map<OrganisationKind, KindCoverage> byKind;
    private final DateRange period;

    private Coverage(List<KindCoverage> entries) {
        Map<OrganisationKind, KindCoverage> map = new EnumMap<>(OrganisationKind.class);
        DateRange span = null;
        for (KindCoverage e : entries) {
            if (map.put(e.kind(), e) != null) {
                throw new IllegalArgumentException("coverage given twice for kind " + e.kind());
            }
            span = span == null ? e.period() : span.span(e.period());
        }
        if (span == null) {
            throw new IllegalArgumentException("a dataset must cover at least one kind");
        }
        // An EnumMap iterates in kind order: the entries sorted by kind, with no comparator to make at start.
        this.entries = List.copyOf(map.values());
        this.byKind = map;
        this.period = span;
    }

    /**
     * Obtains a coverage from one entry per kind.
     *
     * @param entries  the entries, at least one, at most one per kind, not null
     * @return the coverage, not null
     * @throws IllegalArgumentException if there is no entry or a kind appears twice
     */
    public static Coverage of(Collection<KindCoverage> entries) {
        return new Coverage(List.copyOf(entries));
    }

    /**
     * Returns the span of all kinds' periods: the first and last dates the dataset speaks for at all.
     *
     * @return the overall period, not null
     */
    public DateRange period() {
        return period;
    }

    /**
     * Returns the period covered for a kind.
     *
     * @param kind  the kind, not null
     * @return the period, or empty if the kind is not covered, not null
     */
    public Optional<DateRange> of(OrganisationKind kind) {
        KindCoverage e = byKind.get(kind);
        return e == null ? Optional.empty() : Optional.of(e.period());
    }

    /**
     * Returns the coverage entry of a kind, with its provenance and note.
     *
     * @param kind  the kind, not null
     * @return the entry, or empty if the kind is not covered, not null
     */
    public Optional<KindCoverage> entry(OrganisationKind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /**
     * Returns every entry, ordered by kind.
     *
     * @return the entries, immutable, not null
     */
    public List<KindCoverage> entries() {
        return entries;
    }

    /**
     * Checks whether a kind is covered on a date.
     *
     * @param kind  the kind, not null
     * @param date  the date, not null
     * @return true if the dataset speaks for that kind on that date
     */
    public boolean covers(OrganisationKind kind, LocalDate date) {
        KindCoverage e = byKind.get(kind);
        return e != null && e.period().contains(date);
    }

    /**
     * Checks that a kind is covered on a date.
     *
     * @param kind  the kind, not null
     * @param date  the date, not null
     * @throws OutsideCoverageException if it is not
     */
    public void check(OrganisationKind kind, LocalDate date) {
        KindCoverage e = byKind.get(kind);
        if (e == null || !e.period().contains(date)) {
            throw new OutsideCoverageException(date, kind, e == null ? null : e.period());
        }
    }

    /**
     * Checks that the dataset speaks for a date at all.
     *
     * @param date  the date, not null
     * @throws OutsideCoverageException if it does not
     */
    public void check(LocalDate date) {
        if (!period.contains(date)) {
            throw new OutsideCoverageException(date, null, period);
        }
    }

    /**
     * Outputs the entries.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Coverage[");
        for (KindCoverage e : entries) {
            b.append(b.length() > 9 ? ", " : "").append(e.kind()).append('=').append(e.period());
        }
        return b.append(']').toString();
    }
}
