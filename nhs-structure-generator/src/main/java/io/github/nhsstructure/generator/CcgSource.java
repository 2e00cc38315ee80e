package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The rows of ODS {@code eccg.csv}: clinical commissioning groups (2013-04-01 to 2022-06-30), the sub-ICB
 * locations that kept their codes from 2022-07-01, commissioning hubs and sub-ICB reporting entities.
 *
 * <p>Rules (SOURCES.md "Conventions", DATA.md):
 * <ul>
 *   <li>column 14 empty: a CCG that closed; {@code RO319}: a CCG until 2022-06-30, a sub-ICB location from
 *       2022-07-01; {@code RO218}: a commissioning hub; {@code RO327}: a sub-ICB reporting entity;</li>
 *   <li>a CCG's region ({@code IN_REGION}) is dated from the ONS Code History Database: the {@code E38} record's
 *       parent ({@code E39} area team / local office until 2020-03-31, {@code E54} STP after) and that parent's
 *       {@code E40} region, the ONS codes joined to ODS codes by the mapping files; {@code eccg.csv} column 3 (the
 *       region at the extract) only cross-checks it;</li>
 *   <li>a sub-ICB location is {@code PART_OF} the ICB in column 4, checked against LOC22, until the ICB ends.</li>
 * </ul>
 *
 * <p>This class is not thread-safe.
 */
final class CcgSource {

    /** What an {@code eccg.csv} row is, from its extra ODS role codes (column 14). */
    enum Role {
        /** No extra role: a CCG that closed before 2022-07-01. */
        CCG,
        /** {@code RO319}: a CCG until 2022-06-30 and a sub-ICB location from 2022-07-01, under the same code. */
        CCG_THEN_SUB_ICB_LOCATION,
        /** {@code RO218}: an NHS England commissioning hub, not a CCG. */
        COMMISSIONING_HUB,
        /** {@code RO327}: a sub-ICB reporting entity (2024 onwards), not a CCG. */
        SUB_ICB_REPORTING_ENTITY
    }

    static final String SUB_ICB_LOCATION_ROLE = "RO319";
    static final String COMMISSIONING_HUB_ROLE = "RO218";
    static final String REPORTING_ENTITY_ROLE = "RO327";

    private final List<OdsRecord> eccg;
    private final Chd chd;
    private final CodePairs pairs;
    private final MappingFiles maps;
    private final QualityReport quality;
    private final SortedSet<LocalDate> regionChangeDates = new TreeSet<>();

    CcgSource(List<OdsRecord> eccg, Chd chd, CodePairs pairs, MappingFiles maps, QualityReport quality) {
        this.eccg = eccg;
        this.chd = chd;
        this.pairs = pairs;
        this.maps = maps;
        this.quality = quality;
        for (String prefix : List.of("E39", "E40", "E54")) {
            for (Chd.Entry e : chd.all(prefix)) {
                regionChangeDates.add(e.period().start());
                if (e.period().end() != null) {
                    regionChangeDates.add(e.period().end());
                }
            }
        }
    }

    /**
     * Classifies an {@code eccg.csv} row by its extra role codes.
     *
     * @param roles  the role codes of column 14, not null
     * @return the role, or empty for a combination the generator does not know
     */
    static Optional<Role> classify(Set<String> roles) {
        if (roles.isEmpty()) {
            return Optional.of(Role.CCG);
        }
        if (roles.contains(SUB_ICB_LOCATION_ROLE)) {
            return Optional.of(Role.CCG_THEN_SUB_ICB_LOCATION);
        }
        if (roles.contains(COMMISSIONING_HUB_ROLE)) {
            return Optional.of(Role.COMMISSIONING_HUB);
        }
        if (roles.contains(REPORTING_ENTITY_ROLE)) {
            return Optional.of(Role.SUB_ICB_REPORTING_ENTITY);
        }
        return Optional.empty();
    }

    void addTo(Model model) {
        Map<String, RawRow> loc22 = new TreeMap<>();
        maps.loc22.forEach(r -> loc22.put(r.required("LOC22CDH"), r));
        Map<String, MappingFiles.SourcedName> names2022 = maps.ccgNames2022(quality);
        pairUnpairedByName();
        TreeSet<String> sicbls = new TreeSet<>();
        for (OdsRecord rec : eccg) {
            Optional<Role> role = classify(rec.roles());
            if (role.isEmpty()) {
                quality.add(rec.where(), rec.code(), QualityReport.NOT_USED, "unknown role codes " + rec.roles());
                continue;
            }
            switch (role.get()) {
                case CCG -> addCcg(model, rec, false, names2022, loc22);
                case CCG_THEN_SUB_ICB_LOCATION -> {
                    sicbls.add(rec.code());
                    addCcg(model, rec, true, names2022, loc22);
                }
                case COMMISSIONING_HUB -> addHub(model, rec);
                case SUB_ICB_REPORTING_ENTITY -> addReportingEntity(model, rec);
                default -> throw new IllegalStateException(role.get().name());
            }
        }
        for (Map.Entry<String, RawRow> e : loc22.entrySet()) {
            if (!sicbls.contains(e.getKey())) {
                quality.add(e.getValue(), e.getKey(), QualityReport.NOT_USED,
                        "a sub-ICB location of LOC22 with no RO319 row in eccg.csv");
            }
        }
        model.addCoverage(OrganisationKind.CCG, Period.from(Dates.CCG_ERA_START),
                List.of(Sources.ECCG, Sources.CHD_E38), "Every CCG from 2013-04-01 (eccg.csv lists every CCG"
                        + " code, open or closed); none exist from 2022-07-01, when CCGs were abolished; "
                        + Dates.LATEST_NOTE);
        model.addCoverage(OrganisationKind.SUB_ICB_LOCATION, Period.from(Dates.ICB_ERA_START),
                List.of(Sources.ECCG, Sources.LOC22, SystemsSources.CURATED_ICB_2026), "From 2022-07-01: the"
                        + " sub-ICB locations of eccg.csv (2025 extract) and LOC22, with the new code U2G6B and the"
                        + " parents from 2026-04-01 observed in the April 2026 mapping file; "
                        + Dates.LATEST_NOTE);
    }

    /**
     * Pairs the {@code E38} codes no mapping file pairs with an ODS code, by name: the CHD name and the ODS name
     * agree once upper-cased, {@code &} read as {@code AND} and a final {@code CCG} dropped, and their periods
     * overlap.
     */
    private void pairUnpairedByName() {
        for (String e38 : chd.codes("E38")) {
            if (pairs.isPaired(e38)) {
                continue;
            }
            List<Chd.Entry> records = chd.entries(e38);
            TreeSet<String> chdNames = new TreeSet<>();
            records.forEach(e -> chdNames.add(normal(e.name())));
            Period chdPeriod = new Period(records.get(0).period().start(),
                    records.get(records.size() - 1).period().end());
            List<OdsRecord> matches = new ArrayList<>();
            for (OdsRecord rec : eccg) {
                Optional<Role> role = classify(rec.roles());
                boolean ccgRole = role.isPresent()
                        && (role.get() == Role.CCG || role.get() == Role.CCG_THEN_SUB_ICB_LOCATION);
                if (ccgRole && chdNames.contains(normal(rec.name())) && rec.period().overlaps(chdPeriod)) {
                    matches.add(rec);
                }
            }
            String names = String.join(" / ", records.stream().map(Chd.Entry::name).distinct().toList());
            if (matches.size() == 1) {
                OdsRecord m = matches.get(0);
                pairs.add(e38, m.code(), Evidence.of(Certainty.MEDIUM, Sources.CHD_E38, Sources.ECCG),
                        Sources.CHD_E38_FILE, 0);
                quality.add(Sources.CHD_E38_FILE, 0, m.code(), QualityReport.PAIRED_BY_NAME, e38 + " '" + names
                        + "' " + chdPeriod + " is paired with " + m.code() + " '" + m.name() + "' by name: no copied"
                        + " mapping file pairs them (MEDIUM)");
            } else {
                quality.add(Sources.CHD_E38_FILE, 0, "", QualityReport.NOT_USED, e38 + " '" + names + "' "
                        + chdPeriod + " matches " + (matches.isEmpty() ? "no ODS CCG" : "several ODS CCGs "
                        + matches.stream().map(OdsRecord::code).toList()) + " by name, so it dates no region");
            }
        }
    }

    private void addCcg(Model model, OdsRecord rec, boolean becameSubIcbLocation,
            Map<String, MappingFiles.SourcedName> names2022, Map<String, RawRow> loc22) {
        String code = rec.code();
        Period life = rec.period();
        if (becameSubIcbLocation != life.isOpenEnded() || !life.start().isBefore(Dates.ICB_ERA_START)) {
            quality.add(rec.where(), code, QualityReport.NOT_USED, "role codes " + rec.roles() + " but period " + life
                    + ": neither a CCG that closed before 2022-07-01 nor one open since then; not used");
            return;
        }
        Period ccgEra = life.endingBy(Dates.ICB_ERA_START).orElseThrow();
        List<Chd.Entry> records = e38Records(code);

        Evidence orgEvidence = Evidence.of(Certainty.HIGH, Sources.ECCG);
        Evidence kindEvidence = Evidence.of(Certainty.HIGH, Sources.ECCG);
        LocalDate confirmedStart = life.start();
        if (records.isEmpty()) {
            quality.add(rec.where(), code, QualityReport.NOT_CHECKED, "no ONS E38 code pairs with " + code
                    + ": dates from ODS only, no dated region");
        } else {
            LocalDate chdStart = records.get(0).period().start();
            if (chdStart.isAfter(life.start())) {
                quality.add(rec.where(), code, QualityReport.CONTRADICTION, "ODS opens " + code + " " + life.start()
                        + " but ONS CHD E38 starts it " + chdStart + " (and succ.csv closes its predecessors the day"
                        + " before, if any): the ODS date is kept, the CCG kind before " + chdStart
                        + " is UNCERTAIN and no region is dated before " + chdStart);
                orgEvidence = orgEvidence.plus(Sources.CHD_E38).with(Certainty.UNCERTAIN);
                confirmedStart = chdStart;
            } else if (chdStart.isBefore(life.start())) {
                quality.add(rec.where(), code, QualityReport.CONTRADICTION, "ODS opens " + code + " " + life.start()
                        + " but ONS CHD E38 starts it " + chdStart + "; the ODS date is used");
                orgEvidence = orgEvidence.plus(Sources.CHD_E38).with(Certainty.UNCERTAIN);
            }
            LocalDate ccgEnd = ccgEra.end();
            boolean chdEndsCcg = records.stream().anyMatch(e -> ccgEnd.equals(e.period().end()));
            boolean chdStartsSicbl = !becameSubIcbLocation
                    || records.stream().anyMatch(e -> e.period().start().equals(Dates.ICB_ERA_START));
            if (chdEndsCcg && chdStartsSicbl) {
                kindEvidence = kindEvidence.plus(Sources.CHD_E38);
            } else {
                quality.add(rec.where(), code, QualityReport.CONTRADICTION, "ONS CHD E38 records of " + code + " do not"
                        + " end on " + ccgEnd.minusDays(1) + (becameSubIcbLocation ? " and restart on 2022-07-01" : "")
                        + "; the ODS " + (becameSubIcbLocation ? "role codes are" : "close date is") + " used");
                if (becameSubIcbLocation) {
                    kindEvidence = kindEvidence.with(Certainty.MEDIUM);
                }
            }
        }
        model.addOrganisation(code, life, orgEvidence);
        if (confirmedStart.isAfter(life.start())) {
            model.addKind(code, Period.of(life.start(), confirmedStart), OrganisationKind.CCG,
                    Evidence.of(Certainty.UNCERTAIN, Sources.ECCG));
        }
        model.addKind(code, Period.of(confirmedStart, ccgEra.end()), OrganisationKind.CCG, kindEvidence);
        addRegions(model, rec, ccgEra, records);

        if (!becameSubIcbLocation) {
            // eccg gives the name at close only: assumed for the whole life.
            model.addName(code, life, rec.name(), Evidence.of(Certainty.MEDIUM, Sources.ECCG));
            return;
        }
        MappingFiles.SourcedName ccgName = names2022.get(code);
        if (ccgName != null) {
            // The name of January 2022, assumed for the whole CCG period (eccg shows only the sub-ICB name).
            model.addName(code, ccgEra, ccgName.name(), Evidence.of(Certainty.MEDIUM, ccgName.sourceId()));
        } else {
            quality.add(rec.where(), code, QualityReport.NOT_USED, "no CCG name in the January 2022 mapping file; the"
                    + " eccg name is used for the CCG period (UNCERTAIN)");
            model.addName(code, ccgEra, rec.name(), Evidence.of(Certainty.UNCERTAIN, Sources.ECCG));
        }
        Period sicblPeriod = Period.from(Dates.ICB_ERA_START);
        model.addKind(code, sicblPeriod, OrganisationKind.SUB_ICB_LOCATION,
                kindEvidence.plus(Sources.LOC22));
        RawRow loc = loc22.get(code);
        if (loc == null) {
            quality.add(rec.where(), code, QualityReport.NOT_CHECKED, "not in LOC22: the eccg name and ICB are used");
            model.addName(code, sicblPeriod, rec.name(), Evidence.of(Certainty.MEDIUM, Sources.ECCG));
            addPartOf(model, rec, rec.highLevelHealthGeography(), Evidence.of(Certainty.MEDIUM, Sources.ECCG));
            return;
        }
        String name = loc.required("LOC22NM");
        if (name.equalsIgnoreCase(rec.name())) {
            model.addName(code, sicblPeriod, name, Evidence.of(Certainty.HIGH, Sources.LOC22, Sources.ECCG));
        } else {
            quality.add(loc, code, QualityReport.CONTRADICTION, "LOC22 name '" + name + "' differs from eccg '"
                    + rec.name() + "'; the LOC22 name is used for the whole period");
            model.addName(code, sicblPeriod, name, Evidence.of(Certainty.MEDIUM, Sources.LOC22));
        }
        String icb = loc.required("ICB22CDH");
        if (icb.equals(rec.highLevelHealthGeography())) {
            addPartOf(model, rec, icb, Evidence.of(Certainty.HIGH, Sources.ECCG, Sources.LOC22));
        } else {
            quality.add(rec.where(), code, QualityReport.CONTRADICTION, "eccg column 4 gives ICB "
                    + rec.highLevelHealthGeography() + " but LOC22 gives " + icb + " on 2022-07-01; LOC22 is used");
            addPartOf(model, rec, icb, Evidence.of(Certainty.MEDIUM, Sources.LOC22));
        }
    }

    /** The E38 records of every ONS code paired with an ODS code, oldest first. */
    private List<Chd.Entry> e38Records(String code) {
        List<Chd.Entry> records = new ArrayList<>();
        for (String ons : pairs.ons(code)) {
            if (ons.startsWith("E38")) {
                records.addAll(chd.entries(ons));
            }
        }
        records.sort((a, b) -> a.period().start().compareTo(b.period().start()));
        return records;
    }

    /** The outcome of walking E38 -> E39/E54 -> E40 -> ODS region on one day. */
    private record Step(@Nullable String region, @Nullable Evidence evidence, @Nullable String failure) {
        boolean sameAs(Step other) {
            return Objects.equals(region, other.region) && Objects.equals(failure, other.failure);
        }
    }

    /**
     * Adds the CCG's dated {@code IN_REGION} links: the region of each day of the CCG period, from the CHD chain,
     * evaluated on every day something in the chain changes and merged where it stays the same.
     */
    private void addRegions(Model model, OdsRecord rec, Period ccgEra, List<Chd.Entry> records) {
        String code = rec.code();
        SortedSet<LocalDate> days = new TreeSet<>();
        days.add(ccgEra.start());
        for (Chd.Entry e : records) {
            days.add(e.period().start());
            if (e.period().end() != null) {
                days.add(e.period().end());
            }
        }
        days.addAll(regionChangeDates);
        List<LocalDate> breaks = new ArrayList<>();
        for (LocalDate d : days) {
            if (ccgEra.contains(d)) {
                breaks.add(d);
            }
        }
        List<Period> periods = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < breaks.size(); i++) {
            LocalDate from = breaks.get(i);
            LocalDate to = i + 1 < breaks.size() ? breaks.get(i + 1) : ccgEra.end();
            Step step = step(code, from);
            int last = steps.size() - 1;
            if (last >= 0 && steps.get(last).sameAs(step)) {
                Step merged = steps.get(last);
                steps.set(last, new Step(merged.region, merged.evidence == null ? null
                        : merged.evidence.and(step.evidence), merged.failure));
                periods.set(last, Period.of(periods.get(last).start(), to));
            } else {
                steps.add(step);
                periods.add(Period.of(from, to));
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            Period p = periods.get(i);
            if (s.region == null) {
                quality.add(rec.where(), code, QualityReport.UNDATED, "no IN_REGION " + p + ": " + s.failure);
                continue;
            }
            Optional<Period> open = model.organisation(s.region).flatMap(o -> o.period().intersection(p));
            if (open.isEmpty() || !open.get().equals(p)) {
                quality.add(rec.where(), code, QualityReport.CONTRADICTION, "ONS CHD puts the CCG in " + s.region + " "
                        + p + " but that region is open only " + model.organisation(s.region).map(o -> o.period()
                                .toString()).orElse("never") + "; the link is cut to fit");
            }
            open.ifPresent(q -> model.addLink(code, RelationshipType.IN_REGION, s.region, q, s.evidence));
        }
        crossCheckRegion(model, rec, ccgEra, steps.isEmpty() ? null : steps.get(steps.size() - 1).region);
    }

    private Step step(String code, LocalDate day) {
        List<Chd.Entry> inForce = new ArrayList<>();
        for (String ons : pairs.ons(code)) {
            if (ons.startsWith("E38")) {
                chd.on(ons, day).ifPresent(inForce::add);
            }
        }
        if (inForce.isEmpty()) {
            return new Step(null, null, "no ONS CHD E38 record of " + String.join(", ", onsCodes(code)));
        }
        if (inForce.size() > 1) {
            return new Step(null, null, "several ONS codes in force: " + inForce.stream().map(Chd.Entry::code)
                    .toList());
        }
        Chd.Entry ccg = inForce.get(0);
        if (ccg.parent() == null) {
            return new Step(null, null, ccg.code() + " has no parent in ONS CHD");
        }
        Optional<Chd.Entry> parent = chd.on(ccg.parent(), day);
        if (parent.isEmpty() || parent.get().parent() == null) {
            return new Step(null, null, "the parent " + ccg.parent() + " of " + ccg.code()
                    + " has no region in ONS CHD");
        }
        Optional<Chd.Entry> region = chd.on(parent.get().parent(), day);
        if (region.isEmpty()) {
            return new Step(null, null, "the region " + parent.get().parent() + " has no ONS CHD record");
        }
        Optional<String> ods = pairs.ods(region.get().code());
        if (ods.isEmpty()) {
            return new Step(null, null, "no ODS code pairs with region " + region.get().code());
        }
        Evidence evidence = Evidence.of(Certainty.HIGH, ccg.sourceId(), parent.get().sourceId(),
                region.get().sourceId()).and(pairs.evidence(ccg.code())).and(pairs.evidence(region.get().code()));
        return new Step(ods.get(), evidence, null);
    }

    private List<String> onsCodes(String code) {
        List<String> codes = new ArrayList<>();
        for (String ons : pairs.ons(code)) {
            if (ons.startsWith("E38")) {
                codes.add(ons);
            }
        }
        return codes.isEmpty() ? List.of("(none paired)") : codes;
    }

    /**
     * Checks eccg column 3 (the region at the extract, or at close) against the dated region on the CCG's last
     * day, where that region existed then.
     */
    private void crossCheckRegion(Model model, OdsRecord rec, Period ccgEra, @Nullable String lastRegion) {
        String code = rec.code();
        String stated = rec.nationalGrouping();
        LocalDate lastDay = ccgEra.end().minusDays(1);
        Optional<Model.Organisation> region = model.organisation(stated);
        if (region.isEmpty()) {
            quality.add(rec.where(), code, QualityReport.NOT_CHECKED, "eccg column 3 gives '" + stated
                    + "', not a region of this dataset");
        } else if (!region.get().period().contains(lastDay)) {
            quality.add(rec.where(), code, QualityReport.NOT_CHECKED, "eccg column 3 gives " + stated + ", which did"
                    + " not exist on the CCG's last day " + lastDay + " (ODS shows closed CCGs under today's"
                    + " regions); not used");
        } else if (lastRegion != null && !lastRegion.equals(stated)) {
            quality.add(rec.where(), code, QualityReport.CONTRADICTION, "eccg column 3 gives " + stated
                    + " but ONS CHD gives " + lastRegion + " on " + lastDay + "; ONS CHD is used");
        }
    }

    private void addPartOf(Model model, OdsRecord rec, String icb, Evidence evidence) {
        String code = rec.code();
        Optional<Model.Organisation> target = model.organisation(icb);
        Period life = rec.period();
        Optional<Period> period = target.flatMap(t -> t.period().intersection(life))
                .flatMap(p -> p.intersection(Period.from(Dates.ICB_ERA_START)));
        if (period.isEmpty()) {
            quality.add(rec.where(), code, QualityReport.NOT_USED, "ICB " + icb + " is not an ICB of this dataset while "
                    + code + " is open; no PART_OF link");
            return;
        }
        model.addLink(code, RelationshipType.PART_OF, icb, period.get(), evidence);
        Optional<Model.Link> icbRegion = model.links().stream()
                .filter(l -> l.code().equals(icb) && l.type() == RelationshipType.IN_REGION).findFirst();
        if (icbRegion.isPresent() && !icbRegion.get().target().equals(rec.nationalGrouping())) {
            quality.add(rec.where(), code, QualityReport.CONTRADICTION, "eccg column 3 gives region "
                    + rec.nationalGrouping() + " but its ICB " + icb + " is in " + icbRegion.get().target());
        }
    }

    private void addHub(Model model, OdsRecord rec) {
        Period life = rec.period();
        model.addOrganisation(rec.code(), life, Evidence.of(Certainty.HIGH, Sources.ECCG));
        model.addKind(rec.code(), life, OrganisationKind.COMMISSIONING_HUB, Evidence.of(Certainty.HIGH, Sources.ECCG));
        model.addName(rec.code(), life, rec.name(), Evidence.of(Certainty.MEDIUM, Sources.ECCG));
        quality.add(rec.where(), rec.code(), QualityReport.NOT_USED, "commissioning hub (RO218): columns 3-4 ("
                + rec.nationalGrouping() + "/" + rec.highLevelHealthGeography() + ") are hosting codes, not a dated"
                + " region or parent; no relationship");
    }

    private void addReportingEntity(Model model, OdsRecord rec) {
        Period life = rec.period();
        model.addOrganisation(rec.code(), life, Evidence.of(Certainty.HIGH, Sources.ECCG));
        model.addKind(rec.code(), life, OrganisationKind.SUB_ICB_REPORTING_ENTITY,
                Evidence.of(Certainty.HIGH, Sources.ECCG));
        model.addName(rec.code(), life, rec.name(), Evidence.of(Certainty.MEDIUM, Sources.ECCG));
        // ODS gives the ICB at the extract; it is assumed from the opening (MEDIUM).
        addPartOf(model, rec, rec.highLevelHealthGeography(), Evidence.of(Certainty.MEDIUM, Sources.ECCG));
    }

    private static String normal(String name) {
        String n = name.toUpperCase(Locale.ROOT).replace("&", "AND").strip();
        return n.endsWith(" CCG") ? n.substring(0, n.length() - 4) : n;
    }
}
