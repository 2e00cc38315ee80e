package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.provenance.Certainty;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The April 2026 ICB mergers: the ICBs {@code succ.csv} names as successors on 2026-04-01 that are not ICBs of
 * 2022 (kind ICB from 2026-04-01), their regions, and the parents and names from that day of the sub-ICB locations
 * and reporting entities of the ICBs that ended.
 *
 * <p>No copied file names the new ICBs. Their names, the sub-ICB locations' new parents and names and the new code
 * {@code U2G6B} were observed in (read from, not copied) the NHS Digital GP practice mapping file of 01-Apr-2026 and
 * recorded in {@code raw/curated/icb-2026-observed.csv} (MEDIUM; see {@code raw/curated/README.md}). Where no row
 * is curated: a new ICB gets an UNCERTAIN placeholder name; a sub-ICB location or reporting entity of an ICB with one
 * successor is {@code PART_OF} that successor (MEDIUM, inferred); one of an ICB split between several is left without
 * a parent from 2026-04-01 and reported. A new ICB's region is its predecessors' region where they all agree
 * (MEDIUM), checked against the observed region.
 *
 * <p>This class is not thread-safe.
 */
final class Icb2026Source {

    private static final Set<String> KINDS = Set.of(OrganisationKind.ICB.name(),
            OrganisationKind.SUB_ICB_LOCATION.name());

    private final Path rawDir;
    private final SuccessionFile succ;
    private final QualityReport quality;

    Icb2026Source(Path rawDir, SuccessionFile succ, QualityReport quality) {
        this.rawDir = rawDir;
        this.succ = succ;
        this.quality = quality;
    }

    /**
     * Reads the curated observations, checking every field.
     *
     * @throws RawDataException naming file, line and field for a malformed row
     */
    static Map<String, RawRow> readCurated(List<RawRow> rows) {
        Map<String, RawRow> byCode = new TreeMap<>();
        for (RawRow r : rows) {
            String code = r.required("code");
            if (!code.matches("[A-Z0-9]{2,10}")) {
                throw r.error("code", "'" + code + "' is not an ODS code");
            }
            if (!KINDS.contains(r.required("kind"))) {
                throw r.error("kind", "'" + r.get("kind") + "' is not one of " + new TreeSet<>(KINDS));
            }
            r.required("name");
            try {
                Certainty.valueOf(r.required("certainty"));
            } catch (IllegalArgumentException e) {
                throw r.error("certainty", "'" + r.get("certainty") + "' is not HIGH, MEDIUM or UNCERTAIN");
            }
            try {
                LocalDate.parse(r.required("start"));
            } catch (DateTimeParseException e) {
                throw r.error("start", "'" + r.get("start") + "' is not a date (yyyy-MM-dd)");
            }
            if (r.get("kind").equals(OrganisationKind.SUB_ICB_LOCATION.name())) {
                r.required("parent");
            }
            if (byCode.put(code, r) != null) {
                throw r.error("code", code + " given twice");
            }
        }
        return byCode;
    }

    void addTo(Model model) {
        Map<String, RawRow> curated = readCurated(RawCsv.withHeader(rawDir, SystemsSources.CURATED_ICB_2026_FILE));
        LocalDate day = Dates.ICB_MERGERS_2026;
        Map<String, TreeSet<String>> successorsOf = new TreeMap<>();
        Map<String, TreeSet<String>> predecessorsOf = new TreeMap<>();
        for (SuccessionFile.Row r : succ.rows()) {
            if (r.effectiveDate().equals(day) && isIcb(model, r.predecessor(), day.minusDays(1))) {
                successorsOf.computeIfAbsent(r.predecessor(), k -> new TreeSet<>()).add(r.successor());
                predecessorsOf.computeIfAbsent(r.successor(), k -> new TreeSet<>()).add(r.predecessor());
            }
        }
        Set<String> handled = new TreeSet<>();
        for (Map.Entry<String, TreeSet<String>> e : predecessorsOf.entrySet()) {
            if (!model.contains(e.getKey())) {
                addIcb(model, e.getKey(), e.getValue(), Optional.ofNullable(curated.get(e.getKey())));
                handled.add(e.getKey());
            }
        }
        for (Model.Link l : List.copyOf(model.links())) {
            if (l.type() == RelationshipType.PART_OF && day.equals(l.period().end())
                    && successorsOf.containsKey(l.target())) {
                reparent(model, l, successorsOf.get(l.target()), Optional.ofNullable(curated.get(l.code())));
                handled.add(l.code());
            }
        }
        for (Map.Entry<String, RawRow> c : curated.entrySet()) {
            if (handled.contains(c.getKey())) {
                continue;
            }
            if (!model.contains(c.getKey()) && c.getValue().get("kind").equals("SUB_ICB_LOCATION")) {
                addNewSubIcbLocation(model, c.getKey(), c.getValue());
            } else {
                quality.add(c.getValue(), c.getKey(), QualityReport.NOT_USED, "curated row for a code that is"
                        + " neither a new ICB of succ.csv nor a sub-ICB location of an ICB ending " + day);
            }
        }
    }

    private static boolean isIcb(Model model, String code, LocalDate date) {
        return model.kinds().stream().anyMatch(k -> k.code().equals(code) && k.kind() == OrganisationKind.ICB
                && k.period().contains(date));
    }

    private void addIcb(Model model, String code, Set<String> predecessors, Optional<RawRow> observed) {
        LocalDate day = Dates.ICB_MERGERS_2026;
        Period period = Period.from(day);
        Evidence start = Evidence.of(Certainty.MEDIUM, Sources.SUCC);
        if (observed.isPresent()) {
            start = start.plus(SystemsSources.CURATED_ICB_2026);
            if (!observed.get().required("start").equals(day.toString())) {
                quality.add(observed.get(), code, QualityReport.CONTRADICTION, "observed start "
                        + observed.get().get("start") + " differs from the succ.csv date " + day + ", which is used");
            }
        }
        model.addOrganisation(code, period, start);
        if (observed.isPresent() && observed.get().get("kind").equals("ICB")) {
            model.addKind(code, period, OrganisationKind.ICB, start);
            model.addName(code, period, observed.get().required("name"), Evidence.of(
                    Certainty.valueOf(observed.get().required("certainty")), SystemsSources.CURATED_ICB_2026));
        } else {
            // The successor of ICBs only, named by no file: an ICB by inference.
            model.addKind(code, period, OrganisationKind.ICB, start.with(Certainty.UNCERTAIN));
            model.addName(code, period, "ICB " + code + " (name not in sources)",
                    Evidence.of(Certainty.UNCERTAIN, Sources.SUCC));
            quality.add(Sources.SUCC_FILE, 0, code, QualityReport.NOT_CHECKED, "successor of " + predecessors
                    + " on " + day + " named by no file: kind ICB inferred, placeholder name (UNCERTAIN)");
        }
        TreeSet<String> regions = new TreeSet<>();
        Evidence regionEvidence = Evidence.of(Certainty.MEDIUM, Sources.SUCC);
        for (Model.Link l : model.links()) {
            if (predecessors.contains(l.code()) && l.type() == RelationshipType.IN_REGION
                    && l.period().contains(day.minusDays(1))) {
                regions.add(l.target());
                regionEvidence = regionEvidence.and(l.evidence());
            }
        }
        String seen = observed.map(r -> r.get("region").strip()).orElse("");
        if (regions.size() != 1) {
            quality.add(Sources.SUCC_FILE, 0, code, QualityReport.UNDATED, "no IN_REGION from " + day
                    + ": its predecessors " + predecessors + " are in " + regions);
            return;
        }
        String region = regions.first();
        if (!seen.isEmpty() && !seen.equals(region)) {
            quality.add(observed.get(), code, QualityReport.CONTRADICTION, "observed in region " + seen + " but its"
                    + " predecessors are all in " + region + "; the predecessors' region is used");
        } else if (!seen.isEmpty()) {
            regionEvidence = regionEvidence.plus(SystemsSources.CURATED_ICB_2026);
        }
        model.addLink(code, RelationshipType.IN_REGION, region, period, regionEvidence.atMost(Certainty.MEDIUM));
    }

    /** A sub-ICB location or reporting entity of an ICB that ended on 2026-04-01. */
    private void reparent(Model model, Model.Link old, Set<String> successors, Optional<RawRow> observed) {
        LocalDate day = Dates.ICB_MERGERS_2026;
        String code = old.code();
        Period from = Period.from(day);
        if (observed.isPresent()) {
            RawRow r = observed.get();
            String parent = r.required("parent");
            Evidence evidence = Evidence.of(Certainty.valueOf(r.required("certainty")),
                    SystemsSources.CURATED_ICB_2026);
            if (!successors.contains(parent)) {
                quality.add(r, code, QualityReport.CONTRADICTION, "observed under " + parent + " but succ.csv gives"
                        + " its ICB " + old.target() + " the successors " + successors + "; the observation is used");
            } else {
                evidence = evidence.plus(Sources.SUCC);
            }
            model.addLink(code, RelationshipType.PART_OF, parent, from, evidence);
            model.endOpenName(code, day);
            model.addName(code, from, r.required("name"), evidence);
            return;
        }
        if (successors.size() == 1) {
            model.addLink(code, RelationshipType.PART_OF, successors.iterator().next(), from,
                    Evidence.of(Certainty.MEDIUM, Sources.SUCC));
            quality.add(Sources.SUCC_FILE, 0, code, QualityReport.NOT_CHECKED, "PART_OF " + successors
                    + " from " + day + " inferred: its ICB " + old.target() + " has that one successor (MEDIUM)");
            return;
        }
        quality.add(Sources.SUCC_FILE, 0, code, QualityReport.UNDATED, "no PART_OF from " + day + ": its ICB "
                + old.target() + " was split between " + successors + " and no observation places it (see"
                + " raw/curated/README.md)");
    }

    private void addNewSubIcbLocation(Model model, String code, RawRow r) {
        LocalDate start = LocalDate.parse(r.required("start"));
        Period period = Period.from(start);
        Certainty certainty = Certainty.valueOf(r.required("certainty"));
        Evidence observed = Evidence.of(Certainty.MEDIUM, SystemsSources.CURATED_ICB_2026);
        // The code is in no copied extract: its opening day is inferred from its first observation.
        model.addOrganisation(code, period, observed.with(certainty));
        model.addKind(code, period, OrganisationKind.SUB_ICB_LOCATION, observed);
        model.addName(code, period, r.required("name"), observed);
        String parent = r.required("parent");
        if (model.organisation(parent).filter(o -> o.period().encloses(period)).isEmpty()) {
            quality.add(r, code, QualityReport.NOT_USED, "observed parent " + parent + " is not open for all of "
                    + period + "; no PART_OF link");
            return;
        }
        model.addLink(code, RelationshipType.PART_OF, parent, period, observed);
        quality.add(r, code, QualityReport.NOT_CHECKED, "a sub-ICB location in no copied extract, observed in the"
                + " April 2026 mapping file; opening day " + start + " inferred (" + certainty + ")");
    }
}
