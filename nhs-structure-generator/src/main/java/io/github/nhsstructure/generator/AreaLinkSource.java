package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Each CCG's NHS England area team (2013-04-01 to 2015-03-31) and local office (2015-04-01 to 2020-03-31):
 * {@link RelationshipType#IN_AREA_OF}, from the ONS Code History Database. On each day the CCG's {@code E38} record
 * has an {@code E39} parent until 2020-03-31; that {@code E39} code is the area team or local office whose
 * {@code Q} code {@link AreaTeamSource} paired with it (MEDIUM, as the pairing). A day on which the CCG's records
 * give two different parents, or a parent no {@code Q} code pairs with, has no link and is reported.
 *
 * <p>This class is not thread-safe.
 */
final class AreaLinkSource {

    private final Chd chd;
    private final CodePairs pairs;
    private final Map<String, AreaTeamSource.Pairing> areas;
    private final QualityReport quality;

    AreaLinkSource(Chd chd, CodePairs pairs, Map<String, AreaTeamSource.Pairing> areas, QualityReport quality) {
        this.chd = chd;
        this.pairs = pairs;
        this.areas = areas;
        this.quality = quality;
    }

    /** A target for a period, with its evidence. */
    private record Run(Period period, String target, Evidence evidence) {
    }

    void addTo(Model model) {
        Map<String, List<Period>> ccgPeriods = new TreeMap<>();
        for (Model.Kind k : model.kinds()) {
            if (k.kind() == OrganisationKind.CCG) {
                ccgPeriods.computeIfAbsent(k.code(), c -> new ArrayList<>()).add(k.period());
            }
        }
        int links = 0;
        int ccgs = 0;
        for (Map.Entry<String, List<Period>> e : ccgPeriods.entrySet()) {
            String code = e.getKey();
            List<Chd.Entry> records = new ArrayList<>();
            for (String ons : pairs.ons(code)) {
                if (ons.startsWith("E38")) {
                    records.addAll(chd.entries(ons));
                }
            }
            TreeSet<LocalDate> bounds = new TreeSet<>();
            for (Chd.Entry r : records) {
                bounds.add(r.period().start());
                if (r.period().end() != null) {
                    bounds.add(r.period().end());
                }
            }
            for (Period p : e.getValue()) {
                bounds.add(p.start());
                if (p.end() != null) {
                    bounds.add(p.end());
                }
            }
            List<Run> runs = new ArrayList<>();
            List<LocalDate> list = new ArrayList<>(bounds);
            for (int i = 0; i + 1 < list.size(); i++) {
                Period day = Period.of(list.get(i), list.get(i + 1));
                if (e.getValue().stream().noneMatch(p -> p.encloses(day))) {
                    continue;
                }
                TreeSet<String> targets = new TreeSet<>();
                Evidence evidence = null;
                for (Chd.Entry r : records) {
                    if (!r.period().encloses(day) || r.parent() == null || !r.parent().startsWith("E39")) {
                        continue;
                    }
                    AreaTeamSource.Pairing pairing = areas.get(r.parent());
                    if (pairing == null) {
                        quality.add(Sources.CHD_E38_FILE, 0, code, QualityReport.UNDATED, "no IN_AREA_OF " + day
                                + ": its ONS parent " + r.parent() + " pairs with no Q code");
                        continue;
                    }
                    targets.add(pairing.q());
                    Evidence ev = Evidence.of(Certainty.HIGH, r.sourceId(), Sources.CHD_E39)
                            .and(pairs.evidence(r.code())).and(pairing.evidence());
                    evidence = evidence == null ? ev : evidence.and(ev);
                }
                if (targets.size() > 1) {
                    quality.add(Sources.CHD_E38_FILE, 0, code, QualityReport.CONTRADICTION, "ONS records of " + code
                            + " give the parents " + targets + " on " + day + "; no IN_AREA_OF link");
                    continue;
                }
                if (targets.isEmpty()) {
                    continue;
                }
                String target = targets.first();
                Optional<Period> open = model.organisation(target).flatMap(o -> o.period().intersection(day));
                if (open.isEmpty() || !open.get().equals(day)) {
                    quality.add(Sources.CHD_E38_FILE, 0, code, QualityReport.UNDATED, "no IN_AREA_OF " + day
                            + ": its area " + target + " is not open throughout");
                    continue;
                }
                add(runs, new Run(day, target, Objects.requireNonNull(evidence).atMost(Certainty.MEDIUM)));
            }
            for (Run r : runs) {
                model.addLink(code, RelationshipType.IN_AREA_OF, r.target(), r.period(), r.evidence());
                links++;
            }
            ccgs += runs.isEmpty() ? 0 : 1;
        }
        quality.add(Sources.CHD_E38_FILE, 0, "", QualityReport.SUMMARY, links + " IN_AREA_OF links of " + ccgs
                + " CCGs to their area team (2013-2015) or local office (2015-2020): the ONS E38 record's E39 parent"
                + " on each day, through the E39-Q pairing of the area teams (MEDIUM)");
    }

    private static void add(List<Run> runs, Run run) {
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (last.target().equals(run.target()) && Objects.equals(last.period().end(), run.period().start())) {
                runs.set(runs.size() - 1, new Run(Period.of(last.period().start(), run.period().end()), run.target(),
                        last.evidence().and(run.evidence())));
                return;
            }
        }
        runs.add(run);
    }
}
