package io.github.nhsstructure.restructure;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every {@link Change} a set of organisations implies, derived from their periods, names, kinds, links and
 * successions, indexed by date and by organisation.
 *
 * <p>Derivation rules: an operational period's start is {@link ChangeType#CREATED} and its end
 * {@link ChangeType#CLOSED}; two abutting name entries with different names are {@link ChangeType#RENAMED}, kinds
 * {@link ChangeType#RETYPED}, links of one type with different targets {@link ChangeType#MOVED}; successions of
 * one effective date are grouped into connected sets, each one {@link ChangeType#MERGED} (many to one),
 * {@link ChangeType#SPLIT} (one to many), {@link ChangeType#SUCCEEDED} (one to one) or
 * {@link ChangeType#RECONFIGURED} (many to many). A merger therefore also shows as the successor's CREATED and
 * the predecessors' CLOSED changes when codes changed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ChangeLog {

    private final List<Change> changes;
    private final List<Restructure> restructures;
    private final long[] restructureDays;
    private final Map<OdsCode, List<Change>> byCode;

    private ChangeLog(List<Change> changes, Collection<RestructureEvent> events) {
        List<Change> sorted = new ArrayList<>(changes);
        Collections.sort(sorted);
        this.changes = List.copyOf(sorted);
        TreeMap<LocalDate, List<Change>> byDate = new TreeMap<>();
        Map<OdsCode, List<Change>> codes = new HashMap<>();
        for (Change c : this.changes) {
            byDate.computeIfAbsent(c.effectiveDate(), d -> new ArrayList<>()).add(c);
            Set<OdsCode> involved = new LinkedHashSet<>(c.before());
            involved.addAll(c.after());
            for (OdsCode code : involved) {
                codes.computeIfAbsent(code, k -> new ArrayList<>()).add(c);
            }
        }
        Map<LocalDate, List<String>> names = new TreeMap<>();
        for (RestructureEvent e : events) {
            if (!e.isPlanned()) {
                names.computeIfAbsent(e.effectiveDate(), d -> new ArrayList<>()).add(e.name());
            }
        }
        List<Restructure> list = new ArrayList<>(byDate.size());
        byDate.forEach((date, dayChanges) -> list.add(names.containsKey(date)
                ? new Restructure(date, String.join(" / ", names.get(date)), RestructureStatus.ENACTED, dayChanges)
                : Restructure.of(date, dayChanges)));
        this.restructures = List.copyOf(list);
        this.restructureDays = new long[list.size()];
        for (int i = 0; i < list.size(); i++) {
            restructureDays[i] = list.get(i).effectiveDate().toEpochDay();
        }
        codes.replaceAll((k, v) -> List.copyOf(v));
        this.byCode = codes;
    }

    /**
     * Derives the changes of a set of organisations.
     *
     * @param organisations  the organisations, with distinct codes, not null
     * @return the change log, not null
     */
    public static ChangeLog of(Collection<Organisation> organisations) {
        return of(organisations, List.of());
    }

    /**
     * Derives the changes of a set of organisations, naming each date's restructure after the enacted events of
     * that date.
     *
     * @param organisations  the organisations, with distinct codes, not null
     * @param events  named national restructures, not null
     * @return the change log, not null
     */
    public static ChangeLog of(Collection<Organisation> organisations, Collection<RestructureEvent> events) {
        Map<OdsCode, Organisation> byCode = new HashMap<>();
        for (Organisation o : organisations) {
            byCode.put(o.code(), o);
        }
        List<Change> out = new ArrayList<>();
        TreeSet<Succession> successions = new TreeSet<>();
        for (Organisation o : organisations) {
            lifecycle(o, out);
            attributeChanges(o, out);
            successions.addAll(o.successors());
        }
        successionChanges(successions, byCode, out);
        return new ChangeLog(out, events);
    }

    private static OrganisationKind kindOn(Organisation o, LocalDate date) {
        Optional<OrganisationKind> k = o.kindOn(date);
        return k.orElseGet(() -> o.kindOn(date.minusDays(1)).orElseGet(o::kind));
    }

    private static void lifecycle(Organisation o, List<Change> out) {
        LocalDate start = o.operationalPeriod().start();
        out.add(new Change(ChangeType.CREATED, start, kindOn(o, start), List.of(), List.of(o.code()), "", "",
                o.code() + " opened", o.provenance()));
        if (!o.operationalPeriod().isUnboundedEnd()) {
            LocalDate end = o.operationalPeriod().end();
            out.add(new Change(ChangeType.CLOSED, end, kindOn(o, end.minusDays(1)), List.of(o.code()), List.of(),
                    "", "", o.code() + " closed; last day open " + end.minusDays(1), o.provenance()));
        }
    }

    private static void attributeChanges(Organisation o, List<Change> out) {
        List<Dated<String>> names = o.names().entries();
        for (int i = 1; i < names.size(); i++) {
            Dated<String> a = names.get(i - 1);
            Dated<String> b = names.get(i);
            if (a.period().end().equals(b.period().start()) && !a.value().equals(b.value())) {
                out.add(new Change(ChangeType.RENAMED, b.period().start(), kindOn(o, b.period().start()),
                        List.of(o.code()), List.of(o.code()), a.value(), b.value(),
                        o.code() + " renamed", b.provenance()));
            }
        }
        List<Dated<OrganisationKind>> kinds = o.kinds().entries();
        for (int i = 1; i < kinds.size(); i++) {
            Dated<OrganisationKind> a = kinds.get(i - 1);
            Dated<OrganisationKind> b = kinds.get(i);
            if (a.period().end().equals(b.period().start()) && a.value() != b.value()) {
                out.add(new Change(ChangeType.RETYPED, b.period().start(), b.value(), List.of(o.code()),
                        List.of(o.code()), a.value().name(), b.value().name(),
                        o.code() + " changed from " + a.value() + " to " + b.value(), b.provenance()));
            }
        }
        for (RelationshipType type : RelationshipType.values()) {
            List<Dated<OdsCode>> links = o.links(type).entries();
            for (int i = 1; i < links.size(); i++) {
                Dated<OdsCode> a = links.get(i - 1);
                Dated<OdsCode> b = links.get(i);
                if (a.period().end().equals(b.period().start()) && !a.value().equals(b.value())) {
                    out.add(new Change(ChangeType.MOVED, b.period().start(), kindOn(o, b.period().start()),
                            List.of(o.code()), List.of(o.code()), a.value().value(), b.value().value(),
                            o.code() + " " + type + " moved from " + a.value() + " to " + b.value(),
                            b.provenance()));
                }
            }
        }
    }

    /** Groups the successions of each date into connected components (union-find over codes). */
    private static void successionChanges(Collection<Succession> successions, Map<OdsCode, Organisation> byCode,
            List<Change> out) {
        TreeMap<LocalDate, List<Succession>> byDate = new TreeMap<>();
        for (Succession s : successions) {
            byDate.computeIfAbsent(s.effectiveDate(), d -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<LocalDate, List<Succession>> day : byDate.entrySet()) {
            Map<OdsCode, OdsCode> parent = new HashMap<>();
            for (Succession s : day.getValue()) {
                union(parent, s.predecessor(), s.successor());
            }
            Map<OdsCode, List<Succession>> groups = new TreeMap<>();
            for (Succession s : day.getValue()) {
                groups.computeIfAbsent(find(parent, s.predecessor()), k -> new ArrayList<>()).add(s);
            }
            for (List<Succession> group : groups.values()) {
                out.add(successionChange(day.getKey(), group, byCode));
            }
        }
    }

    private static Change successionChange(LocalDate date, List<Succession> group, Map<OdsCode, Organisation> byCode) {
        TreeSet<OdsCode> before = new TreeSet<>();
        TreeSet<OdsCode> after = new TreeSet<>();
        Certainty weakest = Certainty.HIGH;
        TreeSet<String> sources = new TreeSet<>();
        for (Succession s : group) {
            before.add(s.predecessor());
            after.add(s.successor());
            sources.addAll(s.provenance().sourceIds());
            if (s.provenance().certainty().compareTo(weakest) > 0) {
                weakest = s.provenance().certainty();
            }
        }
        ChangeType type = before.size() == 1 && after.size() == 1 ? ChangeType.SUCCEEDED
                : after.size() == 1 ? ChangeType.MERGED
                : before.size() == 1 ? ChangeType.SPLIT
                : ChangeType.RECONFIGURED;
        Organisation first = byCode.get(after.first());
        OrganisationKind kind = first != null ? kindOn(first, date) : kindOn(byCode.get(before.first()), date);
        return new Change(type, date, kind, List.copyOf(before), List.copyOf(after), "", "",
                before + " " + type.name().toLowerCase(java.util.Locale.ROOT) + " into " + after,
                new Provenance(List.copyOf(sources), weakest));
    }

    private static OdsCode find(Map<OdsCode, OdsCode> parent, OdsCode code) {
        OdsCode root = code;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<OdsCode, OdsCode> parent, OdsCode a, OdsCode b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        OdsCode ra = find(parent, a);
        OdsCode rb = find(parent, b);
        if (!ra.equals(rb)) {
            // Keep the smaller code as root, so grouping does not depend on input order.
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    /**
     * Returns every change, ordered by effective date.
     *
     * @return the changes, immutable, not null
     */
    public List<Change> changes() {
        return changes;
    }

    /**
     * Returns the changes that make the structure on {@code to} differ from the structure on {@code from}: those
     * effective after {@code from} and on or before {@code to}.
     *
     * @param from  the earlier date, not null
     * @param to  the later date, not before {@code from}, not null
     * @return the changes, ordered by effective date, immutable, not null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public List<Change> between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        List<Change> out = new ArrayList<>();
        for (Restructure r : restructures) {
            if (r.effectiveDate().isAfter(from) && !r.effectiveDate().isAfter(to)) {
                out.addAll(r.changes());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns one restructure per date on which something changed, in date order.
     *
     * @return the restructures, immutable, not null
     */
    public List<Restructure> restructures() {
        return restructures;
    }

    /**
     * Returns the first restructure effective after a date.
     *
     * @param date  the date, not null
     * @return the next restructure, or empty if none, not null
     */
    public Optional<Restructure> next(LocalDate date) {
        int i = java.util.Arrays.binarySearch(restructureDays, date.toEpochDay());
        int next = i >= 0 ? i + 1 : -i - 1;
        return next < restructures.size() ? Optional.of(restructures.get(next)) : Optional.empty();
    }

    /**
     * Returns the last restructure effective on or before a date: the one that produced the structure in force
     * on that date.
     *
     * @param date  the date, not null
     * @return the previous restructure, or empty if none, not null
     */
    public Optional<Restructure> previous(LocalDate date) {
        int i = java.util.Arrays.binarySearch(restructureDays, date.toEpochDay());
        int prev = i >= 0 ? i : -i - 2;
        return prev >= 0 ? Optional.of(restructures.get(prev)) : Optional.empty();
    }

    /**
     * Returns the history of one organisation: every change involving it, in date order.
     *
     * @param code  the code, not null
     * @return the changes, immutable, not null
     */
    public List<Change> history(OdsCode code) {
        return byCode.getOrDefault(code, List.of());
    }
}
