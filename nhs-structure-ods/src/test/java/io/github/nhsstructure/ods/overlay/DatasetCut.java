package io.github.nhsstructure.ods.overlay;

import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.provenance.Source;
import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A dataset as it would have stood had its sources ended the day before a cut: what it knew then, extended as the
 * bundled data extends its latest extract ("as at").
 *
 * <p>Organisations opened on or after the cut are dropped, with every link and succession to them; a fact that still
 * held the day before the cut (or ended on it) holds on, open-ended or to the organisation's end; an organisation
 * that closed on or after the cut is open; coverage that ran past the cut ends there; every source's extract date is
 * at most the day before the cut. So the first day the result does not speak for is the cut, for every kind.
 */
final class DatasetCut {

    private DatasetCut() {
    }

    static Dataset knownBefore(Dataset d, LocalDate cut) {
        LocalDate lastKnown = cut.minusDays(1);
        Set<OdsCode> kept = new HashSet<>();
        for (Organisation o : d.organisations()) {
            if (o.operationalPeriod().start().isBefore(cut)) {
                kept.add(o.code());
            }
        }
        List<Organisation> organisations = new ArrayList<>();
        for (Organisation o : d.organisations()) {
            if (!kept.contains(o.code())) {
                continue;
            }
            DateRange period = o.operationalPeriod().end().isBefore(cut) ? o.operationalPeriod()
                    : DateRange.of(o.operationalPeriod().start(), LocalDate.MAX);
            Organisation.Builder b = Organisation.builder(o.code(), period, o.provenance());
            cut(o.names().entries(), cut, period, b::name);
            cut(o.kinds().entries(), cut, period, b::kind);
            cut(o.providerTypes().entries(), cut, period, b::providerType);
            cut(o.onsCodes().entries(), cut, period, b::onsCode);
            for (RelationshipType t : RelationshipType.values()) {
                List<Dated<OdsCode>> links = o.links(t).entries().stream().filter(l -> kept.contains(l.value()))
                        .toList();
                cut(links, cut, period, l -> b.link(t, l));
            }
            List<Succession> all = new ArrayList<>(o.successors());
            all.addAll(o.predecessors());
            for (Succession s : all) {
                if (s.effectiveDate().isBefore(cut) && kept.contains(s.predecessor())
                        && kept.contains(s.successor())) {
                    b.succession(s);
                }
            }
            organisations.add(b.build());
        }
        List<Source> sources = d.sources().stream().map(s -> s.extractDate().isBefore(cut) ? s
                : new Source(s.id(), s.title(), s.publisher(), lastKnown, s.licence(), s.origin())).toList();
        List<Coverage.KindCoverage> coverage = new ArrayList<>();
        for (Coverage.KindCoverage c : d.coverage().entries()) {
            if (!c.period().start().isBefore(cut)) {
                continue;
            }
            DateRange p = c.period().isUnboundedEnd() || c.period().end().isBefore(cut) ? c.period()
                    : DateRange.of(c.period().start(), cut);
            coverage.add(new Coverage.KindCoverage(c.kind(), p, c.provenance(), c.note()));
        }
        return Dataset.of(d.version() + "-known-before-" + cut, sources, Coverage.of(coverage), organisations,
                d.events(), d.commissioningRules().all());
    }

    private static <T> void cut(List<Dated<T>> entries, LocalDate cut, DateRange period, Consumer<Dated<T>> add) {
        for (Dated<T> e : entries) {
            if (!e.period().start().isBefore(cut)) {
                continue;
            }
            if (e.period().end().isBefore(cut)) {
                add.accept(e);
            } else {
                add.accept(new Dated<>(DateRange.of(e.period().start(), period.end()), e.value(), e.provenance()));
            }
        }
    }
}
