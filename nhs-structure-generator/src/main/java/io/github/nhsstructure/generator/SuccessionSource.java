package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The successions of ODS {@code succ.csv} between organisations of this dataset: CCG mergers, the 2019 region
 * changes, the April 2026 ICB row that stays inside the slice, hub mergers. A row naming one organisation of the
 * dataset and one outside it is reported, not used; rows naming neither are counted in one summary line.
 *
 * <p>This class is not thread-safe.
 */
final class SuccessionSource {

    private final SuccessionFile succ;
    private final QualityReport quality;

    SuccessionSource(SuccessionFile succ, QualityReport quality) {
        this.succ = succ;
        this.quality = quality;
    }

    void addTo(Model model) {
        int neither = 0;
        Set<String> allPredecessors = new HashSet<>();
        succ.rows().forEach(r -> allPredecessors.add(r.predecessor()));
        for (SuccessionFile.Row r : succ.rows()) {
            boolean known = model.contains(r.predecessor());
            boolean knownSuccessor = model.contains(r.successor());
            String what = r.predecessor() + " -> " + r.successor() + " from " + r.effectiveDate();
            if (known && knownSuccessor) {
                check(model, r, what);
                if (r.furtherSuccession() && !allPredecessors.contains(r.successor())) {
                    quality.add(r.row(), r.successor(), QualityReport.CONTRADICTION, what + ": flagged as succeeded"
                            + " again, but succ.csv gives " + r.successor() + " no successor");
                }
                model.addSuccession(r.predecessor(), r.successor(), r.effectiveDate(), r.reason(),
                        Evidence.of(Certainty.HIGH, Sources.SUCC));
            } else if (known || knownSuccessor) {
                String outside = known ? r.successor() : r.predecessor();
                quality.add(r.row(), known ? r.predecessor() : r.successor(), QualityReport.OUTSIDE, what + ": "
                        + outside + " is not an organisation of this dataset; not used");
            } else {
                neither++;
            }
        }
        quality.add(Sources.SUCC_FILE, 0, "", QualityReport.SUMMARY, neither + " rows name no organisation of this"
                + " dataset (trusts, CSUs, sites, SHA sub-units, codes of other settings); not used");
        // Practices and other cost centres, PCNs, PCGs and PCTs often close with no successor (PCTs all did on
        // 2013-04-01): counted.
        Map<String, OrganisationKind> kinds = new TreeMap<>();
        model.kinds().forEach(k -> kinds.putIfAbsent(k.code(), k.kind()));
        Set<OrganisationKind> counted = EnumSet.of(OrganisationKind.GP_PRACTICE, OrganisationKind.PCN,
                OrganisationKind.PCG, OrganisationKind.PCT, OrganisationKind.SECURE_SETTING,
                OrganisationKind.DEFENCE_MEDICAL_CENTRE, OrganisationKind.WELSH_GP_PRACTICE);
        Map<OrganisationKind, Integer> orphans = new EnumMap<>(OrganisationKind.class);
        Set<String> succeeded = new HashSet<>();
        model.successions().forEach(s -> succeeded.add(s.predecessor()));
        for (Model.Organisation o : model.organisations()) {
            OrganisationKind kind = kinds.get(o.code());
            // Local authorities (ONS codes) are not in succ.csv; LocalAuthoritySource reports their endings.
            if (o.period().end() != null && !allPredecessors.contains(o.code()) && !succeeded.contains(o.code())
                    && kind != OrganisationKind.LOCAL_AUTHORITY) {
                if (counted.contains(kind)) {
                    orphans.merge(kind, 1, Integer::sum);
                    continue;
                }
                quality.add(Sources.SUCC_FILE, 0, o.code(), QualityReport.NOT_CHECKED, o.code() + " ends "
                        + o.period().end() + " but succ.csv gives it no successor");
            }
        }
        orphans.forEach((kind, n) -> quality.add(Sources.SUCC_FILE, 0, "", QualityReport.SUMMARY, n + " closed "
                + kind + " organisations have no successor in succ.csv (not listed one by one)"));
    }

    private void check(Model model, SuccessionFile.Row r, String what) {
        Model.Organisation predecessor = model.organisation(r.predecessor()).orElseThrow();
        Model.Organisation successor = model.organisation(r.successor()).orElseThrow();
        if (predecessor.period().end() == null) {
            quality.add(r.row(), r.predecessor(), QualityReport.CONTRADICTION, what + ": the predecessor is still"
                    + " open; the succession is kept");
        } else if (!predecessor.period().end().equals(r.effectiveDate())) {
            quality.add(r.row(), r.predecessor(), QualityReport.CONTRADICTION, what + ": the predecessor's period"
                    + " ends " + predecessor.period().end() + "; the succession is kept");
        }
        if (!successor.period().contains(r.effectiveDate())) {
            quality.add(r.row(), r.successor(), QualityReport.CONTRADICTION, what + ": the successor is open only "
                    + successor.period() + "; the succession is kept");
        }
    }
}
