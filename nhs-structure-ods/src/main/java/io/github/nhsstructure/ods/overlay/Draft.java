package io.github.nhsstructure.ods.overlay;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.ProviderType;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of one organisation while extracts are laid over it: mutable copies of its timelines, rebuilt into an
 * {@link Organisation} at the end.
 *
 * <p>This class is mutable and not thread-safe; one overlay uses it on one thread.
 */
final class Draft {

    final OdsCode code;
    DateRange period;
    Provenance provenance;
    final List<Dated<String>> names = new ArrayList<>();
    final List<Dated<OrganisationKind>> kinds = new ArrayList<>();
    final List<Dated<ProviderType>> providerTypes = new ArrayList<>();
    final List<Dated<OnsCode>> onsCodes = new ArrayList<>();
    final Map<RelationshipType, List<Dated<OdsCode>>> links = new EnumMap<>(RelationshipType.class);
    final Set<Succession> successions = new LinkedHashSet<>();
    /** The extract line that last changed this organisation, to name it if the result is inconsistent. */
    String lastChange = "";

    private Draft(OdsCode code, DateRange period, Provenance provenance) {
        this.code = code;
        this.period = period;
        this.provenance = provenance;
        for (RelationshipType t : RelationshipType.values()) {
            links.put(t, new ArrayList<>());
        }
    }

    /** A copy of an organisation's facts. */
    static Draft of(Organisation o) {
        Draft d = new Draft(o.code(), o.operationalPeriod(), o.provenance());
        d.names.addAll(o.names().entries());
        d.kinds.addAll(o.kinds().entries());
        d.providerTypes.addAll(o.providerTypes().entries());
        d.onsCodes.addAll(o.onsCodes().entries());
        for (RelationshipType t : RelationshipType.values()) {
            d.links.get(t).addAll(o.links(t).entries());
        }
        d.successions.addAll(o.successors());
        d.successions.addAll(o.predecessors());
        return d;
    }

    /** A new organisation with no facts yet. */
    static Draft added(OdsCode code, DateRange period, Provenance provenance) {
        return new Draft(code, period, provenance);
    }

    /** The entry of a list that holds on a date. */
    static <T> Optional<Dated<T>> at(List<Dated<T>> list, LocalDate date) {
        for (Dated<T> d : list) {
            if (d.period().contains(date)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The latest entry of a list. */
    static <T> Optional<Dated<T>> last(List<Dated<T>> list) {
        Dated<T> best = null;
        for (Dated<T> d : list) {
            if (best == null || d.period().start().isAfter(best.period().start())) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Makes a value hold over a period: entries overlapping it are cut around it (kept before and after), then the
     * value is added for the period.
     */
    static <T> void put(List<Dated<T>> list, DateRange range, T value, Provenance provenance) {
        clear(list, range);
        list.add(new Dated<>(range, value, provenance));
    }

    /** Removes every entry's part inside a period, keeping the parts before and after. */
    static <T> void clear(List<Dated<T>> list, DateRange range) {
        List<Dated<T>> out = new ArrayList<>();
        for (Dated<T> d : list) {
            DateRange p = d.period();
            if (!p.overlaps(range)) {
                out.add(d);
                continue;
            }
            if (p.start().isBefore(range.start())) {
                out.add(new Dated<>(DateRange.of(p.start(), range.start()), d.value(), d.provenance()));
            }
            if (p.end().isAfter(range.end())) {
                out.add(new Dated<>(DateRange.of(range.end(), p.end()), d.value(), d.provenance()));
            }
        }
        list.clear();
        list.addAll(out);
    }

    /** Sets a new end of the operational period, cutting every fact to it or extending the last name and kind. */
    void end(LocalDate end) {
        LocalDate old = period.end();
        period = DateRange.of(period.start(), end);
        if (end.isBefore(old)) {
            DateRange after = DateRange.of(end, LocalDate.MAX);
            clear(names, after);
            clear(kinds, after);
            clear(providerTypes, after);
            clear(onsCodes, after);
            for (List<Dated<OdsCode>> l : links.values()) {
                clear(l, after);
            }
        } else {
            extend(names, old, end);
            extend(kinds, old, end);
        }
    }

    /** Extends the entry that ended on a date to a later end. */
    private static <T> void extend(List<Dated<T>> list, LocalDate oldEnd, LocalDate newEnd) {
        for (int i = 0; i < list.size(); i++) {
            Dated<T> d = list.get(i);
            if (d.period().end().equals(oldEnd)) {
                list.set(i, new Dated<>(DateRange.of(d.period().start(), newEnd), d.value(), d.provenance()));
            }
        }
    }

    /** Rebuilds the organisation. */
    Organisation build() {
        Organisation.Builder b = Organisation.builder(code, period, provenance);
        names.forEach(b::name);
        kinds.forEach(b::kind);
        providerTypes.forEach(b::providerType);
        onsCodes.forEach(b::onsCode);
        links.forEach((type, list) -> list.forEach(l -> b.link(type, l)));
        successions.forEach(b::succession);
        return b.build();
    }
}
