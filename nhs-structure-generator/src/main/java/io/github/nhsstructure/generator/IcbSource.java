package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Integrated care boards: the 42 of the ONS July 2022 lookup (LOC22), checked against the ONS December 2024 ICB
 * names and codes and the ONS CHD {@code E54} records, each in the NHS England region LOC22 gives, and ending on
 * the date {@code succ.csv} gives them successors (the April 2026 mergers).
 *
 * <p>The same ODS codes were STP codes before 2022-07-01: {@link StpSource} dates that era, and an ICB's operational
 * period starts with its STP; the kind, name and region rows added here start on 2022-07-01.
 *
 * <p>This class is not thread-safe.
 */
final class IcbSource {

    private final MappingFiles maps;
    private final Chd chd;
    private final CodePairs pairs;
    private final SuccessionFile succ;
    private final QualityReport quality;
    private final StpSource stps;

    IcbSource(MappingFiles maps, Chd chd, CodePairs pairs, SuccessionFile succ, QualityReport quality,
            StpSource stps) {
        this.stps = stps;
        this.maps = maps;
        this.chd = chd;
        this.pairs = pairs;
        this.succ = succ;
        this.quality = quality;
    }

    void addTo(Model model) {
        Map<String, RawRow> byLoc22 = new TreeMap<>();
        for (RawRow r : maps.loc22) {
            RawRow first = byLoc22.putIfAbsent(r.required("ICB22CDH"), r);
            if (first != null) {
                for (String column : List.of("ICB22CD", "ICB22NM", "NHSER22CDH")) {
                    if (!first.get(column).equals(r.get(column))) {
                        quality.add(r, r.required("ICB22CDH"), QualityReport.CONTRADICTION, column + " '"
                                + r.get(column) + "' differs from '" + first.get(column) + "' at line " + first.line()
                                + "; the first is used");
                    }
                }
            }
        }
        Map<String, RawRow> byDec2024 = new TreeMap<>();
        for (RawRow r : maps.icb2024) {
            byDec2024.put(r.required("ICB24CDH"), r);
        }
        TreeSet<String> only2024 = new TreeSet<>(byDec2024.keySet());
        only2024.removeAll(byLoc22.keySet());
        for (String code : only2024) {
            quality.add(byDec2024.get(code), code, QualityReport.NOT_USED,
                    "an ICB of December 2024 that is not in the July 2022 lookup: not in this slice");
        }
        for (Map.Entry<String, RawRow> e : byLoc22.entrySet()) {
            addIcb(model, e.getKey(), e.getValue(), Optional.ofNullable(byDec2024.get(e.getKey())));
        }
        model.addCoverage(OrganisationKind.ICB, Period.from(Dates.ICB_ERA_START),
                List.of(Sources.LOC22, Sources.ICB_2024, Sources.CHD_E54, Sources.SUCC,
                        SystemsSources.CURATED_ICB_2026),
                "From 2022-07-01, when ICBs were established: the 42 of LOC22, and from 2026-04-01 the ICBs of the"
                        + " April 2026 mergers; " + Dates.LATEST_NOTE);
    }

    private void addIcb(Model model, String code, RawRow loc, Optional<RawRow> dec2024) {
        String ons = loc.required("ICB22CD");
        Evidence startEvidence = Evidence.of(Certainty.HIGH, Sources.LOC22);
        Optional<Chd.Entry> chdRecord = chd.on(ons, Dates.ICB_ERA_START);
        if (chdRecord.isPresent() && chdRecord.get().period().start().equals(Dates.ICB_ERA_START)) {
            startEvidence = startEvidence.plus(Sources.CHD_E54);
        } else {
            quality.add(loc, code, QualityReport.NOT_CHECKED, "ONS CHD E54 has no record of " + ons
                    + " starting 2022-07-01");
        }

        // The April 2026 mergers: an ICB named as predecessor in succ.csv ends on the effective date. ODS gives no
        // close date in a copied file, so the end is inferred (MEDIUM).
        TreeSet<LocalDate> successionDates = new TreeSet<>();
        succ.asPredecessor(code).forEach(r -> successionDates.add(r.effectiveDate()));
        LocalDate end = successionDates.isEmpty() ? null : successionDates.first();
        if (successionDates.size() > 1) {
            quality.add(Sources.SUCC_FILE, 0, code, QualityReport.CONTRADICTION, "succ.csv gives successors on "
                    + successionDates + "; the ICB ends on the first");
        }
        Evidence evidence = end == null ? startEvidence
                : startEvidence.and(Evidence.of(Certainty.MEDIUM, Sources.SUCC));
        Period period = new Period(Dates.ICB_ERA_START, end);
        Optional<StpSource.Era> stp = stps.era(code);
        if (stp.isPresent() && stp.get().period().end() != null
                && stp.get().period().end().equals(Dates.ICB_ERA_START)) {
            // The same code was an STP: the organisation opens with the STP.
            model.addOrganisation(code, new Period(stp.get().period().start(), end),
                    stp.get().evidence().and(evidence));
        } else {
            quality.add(loc, code, QualityReport.NOT_CHECKED, "no STP era ending 2022-06-30 for " + code
                    + " in ONS CHD E54; the organisation opens on 2022-07-01");
            model.addOrganisation(code, period, evidence);
        }
        model.addKind(code, period, OrganisationKind.ICB, evidence);

        String name = loc.required("ICB22NM");
        Evidence nameEvidence = Evidence.of(Certainty.MEDIUM, Sources.LOC22);
        if (dec2024.isPresent() && dec2024.get().required("ICB24NM").equals(name)) {
            nameEvidence = nameEvidence.plus(Sources.ICB_2024).with(Certainty.HIGH);
        } else {
            quality.add(loc, code, QualityReport.CONTRADICTION, "name '" + name + "' differs from the December 2024"
                    + " name " + dec2024.map(r -> "'" + r.get("ICB24NM") + "'").orElse("(absent)")
                    + "; the 2022 name is used for the whole period");
        }
        model.addName(code, period, name, nameEvidence);

        String region = loc.required("NHSER22CDH");
        Evidence regionEvidence = Evidence.of(Certainty.HIGH, Sources.LOC22);
        Optional<String> chdRegion = chdRecord.map(Chd.Entry::parent).flatMap(pairs::ods);
        if (chdRegion.isEmpty()) {
            quality.add(loc, code, QualityReport.NOT_CHECKED, "ONS CHD E54 gives no region for " + ons
                    + " on 2022-07-01");
        } else if (chdRegion.get().equals(region)) {
            regionEvidence = regionEvidence.plus(Sources.CHD_E54);
        } else {
            quality.add(loc, code, QualityReport.CONTRADICTION, "LOC22 puts the ICB in " + region + ", ONS CHD E54 in "
                    + chdRegion.get() + "; LOC22 is used (MEDIUM)");
            regionEvidence = regionEvidence.with(Certainty.MEDIUM);
        }
        if (model.organisation(region).filter(o -> o.period().encloses(period)).isEmpty()) {
            quality.add(loc, code, QualityReport.NOT_USED, "region " + region + " is not open for the whole of "
                    + period + "; no IN_REGION link");
            return;
        }
        model.addLink(code, RelationshipType.IN_REGION, region, period, regionEvidence);
    }
}
