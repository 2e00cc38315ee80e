package io.github.nhsstructure.restructure;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.Succession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where an organisation's responsibilities were on a target date: itself if it was still open, else the
 * organisations its successions lead to, followed transitively.
 *
 * <p>A merger leads to one successor; a split to several, each listed with the succession rows behind it. A
 * chain that ends in an organisation closed before the target date with no successor is a dead end, listed in
 * {@link #deadEnds()}. Only successions effective on or before the target date are followed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code  the organisation asked about, not null
 * @param date  the target date, not null
 * @param successors  the organisations in force on the target date, ordered by code, not null
 * @param deadEnds  why some chains end without an organisation in force, not null
 * @since 0.1.0
 */
public record SuccessorResolution(OdsCode code, LocalDate date, List<ResolvedSuccessor> successors,
        List<String> deadEnds) {

    private static final Comparator<ResolvedSuccessor> BY_CODE = Comparator.comparing(r -> r.organisation().code());

    /**
     * Copies the lists.
     *
     * @param code  the organisation asked about, not null
     * @param date  the target date, not null
     * @param successors  the organisations in force on the target date, ordered by code, not null
     * @param deadEnds  why some chains end without an organisation in force, not null
     */
    public SuccessorResolution {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        successors = List.copyOf(successors);
        deadEnds = List.copyOf(deadEnds);
    }

    /**
     * Resolves the successors of an organisation on a date.
     *
     * @param start  the organisation, not null
     * @param date  the target date, not null
     * @param lookup  finds an organisation by code; must know every succession's successor, not null
     * @return the resolution, not null
     */
    public static SuccessorResolution resolve(Organisation start, LocalDate date,
            Function<OdsCode, Organisation> lookup) {
        // The common cases without collections: still open, or one chain of single successions.
        if (start.isOpenOn(date)) {
            return new SuccessorResolution(start.code(), date, List.of(new ResolvedSuccessor(start, List.of())),
                    List.of());
        }
        List<ResolvedSuccessor> found = new ArrayList<>(2);
        List<String> deadEnds = new ArrayList<>(0);
        walk(start, date, lookup, new ArrayList<>(2), found, deadEnds, 0);
        if (found.size() > 1) {
            found.sort(BY_CODE);
            // A split whose parts meet again later is one successor, reached by two paths: keep the first.
            List<ResolvedSuccessor> unique = new ArrayList<>(found.size());
            for (ResolvedSuccessor r : found) {
                if (unique.isEmpty() || !unique.get(unique.size() - 1).organisation().code()
                        .equals(r.organisation().code())) {
                    unique.add(r);
                }
            }
            found = unique;
        }
        return new SuccessorResolution(start.code(), date, found, deadEnds);
    }

    private static void walk(Organisation o, LocalDate date, Function<OdsCode, Organisation> lookup,
            List<Succession> path, List<ResolvedSuccessor> found, List<String> deadEnds, int depth) {
        if (o.isOpenOn(date)) {
            found.add(new ResolvedSuccessor(o, path));
            return;
        }
        if (date.isBefore(o.operationalPeriod().start())) {
            deadEnds.add(o.code() + " opened only on " + o.operationalPeriod().start() + ", after " + date);
            return;
        }
        boolean followed = false;
        for (Succession s : o.successors()) {
            if (!s.effectiveDate().isAfter(date) && depth < 64) {
                List<Succession> next = new ArrayList<>(path.size() + 1);
                next.addAll(path);
                next.add(s);
                walk(lookup.apply(s.successor()), date, lookup, next, found, deadEnds, depth + 1);
                followed = true;
            }
        }
        if (!followed) {
            deadEnds.add(o.code() + " closed on " + o.operationalPeriod().endInclusive()
                    + " with no successor in the data by " + date);
        }
    }

    /**
     * Checks whether the organisation asked about was itself in force on the date.
     *
     * @return true if the only successor is the organisation itself
     */
    public boolean isSelf() {
        return successors.size() == 1 && successors.get(0).isSelf();
    }

    /**
     * Returns the codes of the successors, ordered by code.
     *
     * @return the codes, immutable, not null
     */
    public List<OdsCode> codes() {
        List<OdsCode> out = new ArrayList<>(successors.size());
        for (ResolvedSuccessor r : successors) {
            out.add(r.organisation().code());
        }
        return List.copyOf(out);
    }
}
