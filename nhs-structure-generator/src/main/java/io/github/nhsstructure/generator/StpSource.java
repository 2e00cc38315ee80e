package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.provenance.Certainty;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Sustainability and transformation partnerships (from 2018 also integrated care systems), 2016-04-01 to
 * 2022-06-30: the STP era of the 42 ICB codes and the three STPs merged into {@code QHM} on 2018-04-01.
 *
 * <p>ONS CHD {@code E54} dates and names them under ONS codes, which change where the ODS code stays (boundary
 * changes of 2017, 2020, 2022 and 2023). The ODS codes come from the published pairs: the ODS STP partner mapping of
 * 2019 (current and closed STP codes), the NHS Digital mapping files, LOC22 and the December 2024 ICB file; an
 * {@code E54} code with none is paired with the ODS code of a paired code of the same name (MEDIUM), or by the
 * curated file {@code curated/stp-ons-pairs.csv} (UNCERTAIN).
 *
 * <p>Links: {@code IN_REGION} from the {@code E54} record's {@code E40} parent where ONS gives one (mostly from
 * 2019), otherwise the region every member CCG is in on that day (MEDIUM); CCG {@code MEMBER_OF} STP from the
 * CCG's {@code E38} parent from 2020-04-01 (HIGH) and, before that, from the partner CCGs of the 2019 mapping (and of
 * the closed codes), assumed for the whole time both were open (MEDIUM).
 *
 * <p>Used in two steps: {@link #prepare()} before the ICBs are added (so that an ICB code's operational period
 * starts with its STP), {@link #addTo(Model)} after the CCGs.
 *
 * <p>This class is not thread-safe.
 */
final class StpSource {

    /** The first day of the STPs in ONS CHD {@code E54}. */
    static final LocalDate STP_START = LocalDate.of(2016, 4, 1);

    /** The first day CHD gives a CCG's {@code E54} parent (before, its parent is the {@code E39} local office). */
    static final LocalDate CHD_E54_PARENT_START = LocalDate.of(2020, 4, 1);

    /** The STP era of one ODS code: its period and the ONS records behind it. */
    record Era(Period period, Evidence evidence, List<Chd.Entry> records) {
    }

    private final Path rawDir;
    private final Chd chd;
    private final CodePairs pairs;
    private final QualityReport quality;
    private final Map<String, Era> eras = new TreeMap<>();
    private final Map<String, Evidence> pairEvidence = new TreeMap<>();
    private List<RawRow> current = List.of();
    private List<RawRow> closed = List.of();

    private final SuccessionFile succ;

    StpSource(Path rawDir, Chd chd, CodePairs pairs, SuccessionFile succ, QualityReport quality) {
        this.succ = succ;
        this.rawDir = rawDir;
        this.chd = chd;
        this.pairs = pairs;
        this.quality = quality;
    }

    /** Reads the STP files, pairs every {@code E54} code and computes each ODS code's STP era. */
    void prepare() {
        current = table(RawCsv.headerless(rawDir, SystemsSources.STP_CURRENT_FILE), "ODS STP Code");
        closed = table(RawCsv.headerless(rawDir, SystemsSources.STP_CLOSED_FILE), "ODS STP Code");
        Evidence mapping = Evidence.of(Certainty.HIGH, SystemsSources.STP_MAPPING);
        for (List<RawRow> table : List.of(current, closed)) {
            for (RawRow r : table) {
                if (r.get("ODS STP Code").isBlank()) {
                    quality.add(r, "", QualityReport.NOT_USED, "a partner row with no STP code");
                    continue;
                }
                pairs.add(r.required("ONS STP Code"), r.required("ODS STP Code"), mapping, r);
            }
        }
        for (RawRow r : RawCsv.withHeader(rawDir, SystemsSources.CURATED_STP_PAIRS_FILE)) {
            String ons = r.required("ons_code");
            if (pairs.isPaired(ons)) {
                quality.add(r, r.required("ods_code"), QualityReport.NOT_USED, ons + " is already paired with "
                        + pairs.ods(ons).orElseThrow() + " by a published file; the curated pair is not needed");
                continue;
            }
            pairs.add(ons, r.required("ods_code"), Evidence.of(Certainty.valueOf(r.required("certainty")),
                    SystemsSources.CURATED_STP_PAIRS, Sources.CHD_E54), r);
        }
        pairByName();

        Map<String, List<Chd.Entry>> byOds = new TreeMap<>();
        for (String e54 : chd.codes("E54")) {
            Optional<String> ods = pairs.ods(e54);
            if (ods.isEmpty()) {
                continue;
            }
            for (Chd.Entry e : chd.entries(e54)) {
                if (e.period().start().isBefore(Dates.ICB_ERA_START)) {
                    byOds.computeIfAbsent(ods.get(), k -> new ArrayList<>()).add(e);
                }
            }
            Evidence pe = pairs.evidence(e54);
            pairEvidence.merge(ods.get(), pe, Evidence::and);
        }
        for (Map.Entry<String, List<Chd.Entry>> e : byOds.entrySet()) {
            List<Chd.Entry> records = new ArrayList<>(e.getValue());
            records.sort((a, b) -> a.period().start().compareTo(b.period().start()));
            LocalDate start = records.get(0).period().start();
            LocalDate end = null;
            boolean pastIcbStart = false;
            for (Chd.Entry r : records) {
                if (r.period().end() == null || !r.period().end().isBefore(Dates.ICB_ERA_START)) {
                    pastIcbStart = true;
                } else if (end == null || r.period().end().isAfter(end)) {
                    end = r.period().end();
                }
            }
            Period period = new Period(start, pastIcbStart ? Dates.ICB_ERA_START : end);
            Evidence evidence = Evidence.of(Certainty.HIGH, Sources.CHD_E54).and(pairEvidence.get(e.getKey()));
            eras.put(e.getKey(), new Era(period, evidence, List.copyOf(records)));
        }
    }

    /** The STP era of an ODS code, if it was an STP. */
    Optional<Era> era(String code) {
        return Optional.ofNullable(eras.get(code));
    }

    /** Pairs an unpaired {@code E54} code whose name is that of a code paired with one ODS code (MEDIUM). */
    private void pairByName() {
        for (String e54 : chd.codes("E54")) {
            if (pairs.isPaired(e54)) {
                continue;
            }
            TreeSet<String> names = new TreeSet<>();
            chd.entries(e54).forEach(e -> names.add(e.name().toUpperCase(Locale.ROOT)));
            TreeSet<String> matches = new TreeSet<>();
            for (String other : chd.codes("E54")) {
                Optional<String> ods = pairs.ods(other);
                if (ods.isPresent() && chd.entries(other).stream()
                        .anyMatch(e -> names.contains(e.name().toUpperCase(Locale.ROOT)))) {
                    matches.add(ods.get());
                }
            }
            String shown = String.join(" / ", names);
            if (matches.size() == 1) {
                pairs.add(e54, matches.first(), Evidence.of(Certainty.MEDIUM, Sources.CHD_E54),
                        Sources.CHD_E54_FILE, 0);
                quality.add(Sources.CHD_E54_FILE, 0, matches.first(), QualityReport.PAIRED_BY_NAME, e54 + " '" + shown
                        + "' is paired with " + matches.first() + ": another ONS code of the same name is (MEDIUM)");
            } else {
                quality.add(Sources.CHD_E54_FILE, 0, "", QualityReport.NOT_USED, e54 + " '" + shown + "' pairs with"
                        + " no ODS code (name matches: " + matches + "); its records are not used");
            }
        }
    }

    void addTo(Model model) {
        for (Map.Entry<String, Era> e : eras.entrySet()) {
            String code = e.getKey();
            Era era = e.getValue();
            if (!model.contains(code)) {
                // A code that never became an ICB: an STP merged away (2018).
                model.addOrganisation(code, era.period(), era.evidence());
            }
        }
        addKindsAndNames(model);
        Map<String, List<Model.Link>> members = addMemberships(model);
        addRegions(model, members);
        crossCheckChangeLog();
        model.addCoverage(OrganisationKind.STP, Period.from(STP_START),
                List.of(Sources.CHD_E54, SystemsSources.STP_MAPPING, Sources.GP_MAP_2020, Sources.LOC22),
                "Every STP / ICS of ONS CHD E54 from 2016-04-01 to 2022-06-30 (the day before the ICBs), paired"
                        + " with ODS codes: 44 in 2016, 42 from 2018-04-01 (three merged into QHM); none exist from"
                        + " 2022-07-01, when the STP codes became ICBs, " + Dates.LATEST_NOTE);
    }

    /**
     * Kinds and names from the {@code E54} record in force (the latest starting one where two overlap), equal
     * neighbours merged; each with the evidence of the ONS record and of its pairing with the ODS code.
     */
    private void addKindsAndNames(Model model) {
        for (Map.Entry<String, Era> e : eras.entrySet()) {
            String code = e.getKey();
            Era era = e.getValue();
            List<LocalDate> days = breaks(era);
            List<Period> spans = new ArrayList<>();
            List<Chd.Entry> shown = new ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                LocalDate day = days.get(i);
                Optional<Chd.Entry> rec = inForce(era, day);
                if (rec.isEmpty()) {
                    quality.add(Sources.CHD_E54_FILE, 0, code, QualityReport.UNDATED, "no ONS E54 record of " + code
                            + " on " + day + "; the previous record is carried over");
                }
                spans.add(Period.of(day, i + 1 < days.size() ? days.get(i + 1) : era.period().end()));
                shown.add(rec.orElse(shown.isEmpty() ? era.records().get(0) : shown.get(shown.size() - 1)));
            }
            runs(spans, shown, (a, b) -> recordEvidence(a).certainty() == recordEvidence(b).certainty(),
                    (p, ev, r) -> model.addKind(code, p, OrganisationKind.STP, ev));
            runs(spans, shown, (a, b) -> a.name().equals(b.name()), (p, ev, r) -> model.addName(code, p, r.name(), ev));
        }
    }

    private Evidence recordEvidence(Chd.Entry r) {
        return Evidence.of(Certainty.HIGH, Sources.CHD_E54).and(pairs.evidence(r.code()));
    }

    private interface Same {
        boolean test(Chd.Entry a, Chd.Entry b);
    }

    private interface Sink {
        void accept(Period p, Evidence evidence, Chd.Entry first);
    }

    private void runs(List<Period> spans, List<Chd.Entry> records, Same same, Sink sink) {
        int i = 0;
        while (i < records.size()) {
            int j = i;
            Evidence evidence = recordEvidence(records.get(i));
            while (j + 1 < records.size() && same.test(records.get(i), records.get(j + 1))) {
                j++;
                evidence = evidence.and(recordEvidence(records.get(j)));
            }
            sink.accept(Period.of(spans.get(i).start(), spans.get(j).end()), evidence, records.get(i));
            i = j + 1;
        }
    }

    private static List<LocalDate> breaks(Era era) {
        SortedSet<LocalDate> all = new TreeSet<>();
        all.add(era.period().start());
        for (Chd.Entry r : era.records()) {
            addBounds(all, r.period());
        }
        return within(all, era.period());
    }

    /** Adds a period's start and, if it has one, its end. */
    private static void addBounds(SortedSet<LocalDate> days, Period period) {
        days.add(period.start());
        if (period.end() != null) {
            days.add(period.end());
        }
    }

    /** The days of a sorted set that fall within a period, in order. */
    private static List<LocalDate> within(SortedSet<LocalDate> days, Period period) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d : days) {
            if (period.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private static Optional<Chd.Entry> inForce(Era era, LocalDate day) {
        Chd.Entry best = null;
        for (Chd.Entry r : era.records()) {
            if (r.period().contains(day) && (best == null || r.period().start().isAfter(best.period().start()))) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * CCG {@code MEMBER_OF} STP: the {@code E38} parent from 2020-04-01 (HIGH), the 2019 partner mapping before
     * (MEDIUM, assumed from the later of the two openings). Returns the links by STP.
     */
    private Map<String, List<Model.Link>> addMemberships(Model model) {
        Map<String, List<Model.Link>> byStp = new TreeMap<>();
        Map<String, List<Period>> taken = new HashMap<>();
        // From ONS: each CCG's E38 records from 2020-04-01 to the end of the CCG era.
        for (Model.Organisation o : model.organisations()) {
            Optional<Period> ccgEra = ccgEra(model, o.code());
            if (ccgEra.isEmpty()) {
                continue;
            }
            for (String ons : pairs.ons(o.code())) {
                if (!ons.startsWith("E38")) {
                    continue;
                }
                for (Chd.Entry r : chd.entries(ons)) {
                    if (r.parent() == null || !r.parent().startsWith("E54")) {
                        continue;
                    }
                    Optional<Period> p = r.period().intersection(ccgEra.get())
                            .flatMap(q -> q.intersection(Period.from(CHD_E54_PARENT_START)));
                    Optional<String> stp = pairs.ods(r.parent());
                    if (p.isEmpty()) {
                        continue;
                    }
                    if (stp.isEmpty()) {
                        quality.add(Sources.CHD_E38_FILE, 0, o.code(), QualityReport.UNDATED, "no MEMBER_OF "
                                + p.get() + ": the E54 parent " + r.parent() + " pairs with no ODS code");
                        continue;
                    }
                    Evidence ev = Evidence.of(Certainty.HIGH, Sources.CHD_E38, Sources.CHD_E54)
                            .and(pairs.evidence(ons)).and(pairs.evidence(r.parent()));
                    member(model, o.code(), stp.get(), p.get(), ev, byStp, taken, null);
                }
            }
        }
        // From the ODS partner mapping (as at 2019-04-03; closed codes as at their closure in 2018).
        Evidence mapping = Evidence.of(Certainty.MEDIUM, SystemsSources.STP_MAPPING);
        for (List<RawRow> table : List.of(closed, current)) {
            for (RawRow r : table) {
                String ccg = r.get("ODS CCG Code").strip();
                if (ccg.isEmpty() || r.get("ODS STP Code").isBlank()) {
                    continue;
                }
                String stp = r.required("ODS STP Code");
                Optional<Period> ccgEra = ccgEra(model, ccg);
                Era era = eras.get(stp);
                if (ccgEra.isEmpty() || era == null) {
                    quality.add(r, ccg, QualityReport.NOT_USED, "partner CCG " + ccg + " of " + stp + ": "
                            + (ccgEra.isEmpty() ? "not a CCG of this dataset" : "not an STP of this dataset"));
                    continue;
                }
                Optional<Period> p = ccgEra.get().intersection(era.period())
                        .flatMap(q -> q.endingBy(CHD_E54_PARENT_START));
                if (p.isEmpty()) {
                    quality.add(r, ccg, QualityReport.NOT_USED, "partner CCG " + ccg + " of " + stp + ": no common"
                            + " period before 2020-04-01");
                    continue;
                }
                member(model, ccg, stp, p.get(), mapping, byStp, taken, r);
            }
        }
        // CCGs closed before the 2019 mapping: the STP the mapping gives their successor(s), UNCERTAIN.
        Map<String, String> mapped = new TreeMap<>();
        for (List<RawRow> table : List.of(closed, current)) {
            for (RawRow r : table) {
                String ccg = r.get("ODS CCG Code").strip();
                if (!ccg.isEmpty() && !r.get("ODS STP Code").isBlank()) {
                    mapped.putIfAbsent(ccg, r.required("ODS STP Code"));
                }
            }
        }
        for (Model.Organisation o : model.organisations()) {
            Optional<Period> ccgEra = ccgEra(model, o.code());
            if (ccgEra.isEmpty() || !ccgEra.get().overlaps(Period.of(STP_START, Dates.ICB_ERA_START))
                    || taken.containsKey(o.code())) {
                continue;
            }
            TreeSet<String> via = new TreeSet<>();
            TreeSet<String> stps = new TreeSet<>();
            successorStps(o.code(), mapped, via, stps, 0);
            Optional<Period> p = stps.size() != 1 || !eras.containsKey(stps.first()) ? Optional.empty()
                    : ccgEra.get().intersection(eras.get(stps.first()).period())
                            .flatMap(q -> q.endingBy(CHD_E54_PARENT_START));
            if (p.isEmpty()) {
                quality.add(Sources.CHD_E38_FILE, 0, o.code(), QualityReport.UNDATED, "CCG " + ccgEra.get()
                        + " has no MEMBER_OF: it closed before the 2019 partner mapping, and its successors " + via
                        + " are mapped to " + stps);
                continue;
            }
            member(model, o.code(), stps.first(), p.get(), Evidence.of(Certainty.UNCERTAIN,
                    SystemsSources.STP_MAPPING, Sources.SUCC), byStp, taken, null);
            quality.add(Sources.CHD_E38_FILE, 0, o.code(), QualityReport.NOT_CHECKED, "CCG closed before the 2019"
                    + " partner mapping: MEMBER_OF " + stps.first() + " " + p.get() + " inferred from its successors "
                    + via + " (UNCERTAIN)");
        }
        return byStp;
    }

    /** The mapped STPs of a CCG's successors, following succ.csv through CCGs that are not mapped themselves. */
    private void successorStps(String ccg, Map<String, String> mapped, Set<String> via, Set<String> stps, int depth) {
        if (depth > 5) {
            return;
        }
        for (SuccessionFile.Row r : succ.asPredecessor(ccg)) {
            via.add(r.successor());
            String stp = mapped.get(r.successor());
            if (stp != null) {
                stps.add(stp);
            } else {
                successorStps(r.successor(), mapped, via, stps, depth + 1);
            }
        }
    }

    private void member(Model model, String ccg, String stp, Period p, Evidence evidence,
            Map<String, List<Model.Link>> byStp, Map<String, List<Period>> taken, @Nullable RawRow row) {
        List<Period> mine = taken.computeIfAbsent(ccg, k -> new ArrayList<>());
        for (Period other : mine) {
            if (other.overlaps(p)) {
                String detail = ccg + " MEMBER_OF " + stp + " " + p + " overlaps a membership " + other
                        + " already given; not used";
                if (row != null) {
                    quality.add(row, ccg, QualityReport.CONTRADICTION, detail);
                } else {
                    quality.add(Sources.CHD_E38_FILE, 0, ccg, QualityReport.CONTRADICTION, detail);
                }
                return;
            }
        }
        mine.add(p);
        model.addLink(ccg, RelationshipType.MEMBER_OF, stp, p, evidence);
        byStp.computeIfAbsent(stp, k -> new ArrayList<>())
                .add(new Model.Link(ccg, RelationshipType.MEMBER_OF, stp, p, evidence));
    }

    /** The period a code had kind CCG, if any (its kinds are contiguous). */
    private static Optional<Period> ccgEra(Model model, String code) {
        LocalDate start = null;
        LocalDate end = null;
        for (Model.Kind k : model.kinds()) {
            if (k.code().equals(code) && k.kind() == OrganisationKind.CCG) {
                start = start == null || k.period().start().isBefore(start) ? k.period().start() : start;
                end = end == null || k.period().endOrMax().isAfter(end) ? k.period().endOrMax() : end;
            }
        }
        return start == null ? Optional.empty() : Optional.of(Period.of(start, end));
    }

    /**
     * {@code IN_REGION}: the {@code E54} record's region where ONS gives one, else the region all member CCGs share
     * on the day (MEDIUM).
     */
    private void addRegions(Model model, Map<String, List<Model.Link>> members) {
        Map<String, List<Model.Link>> ccgRegions = new HashMap<>();
        SortedSet<LocalDate> regionChanges = new TreeSet<>();
        for (Model.Link l : model.links()) {
            if (l.type() == RelationshipType.IN_REGION) {
                ccgRegions.computeIfAbsent(l.code(), k -> new ArrayList<>()).add(l);
                addBounds(regionChanges, l.period());
            }
        }
        for (Map.Entry<String, Era> e : eras.entrySet()) {
            String code = e.getKey();
            Era era = e.getValue();
            SortedSet<LocalDate> all = new TreeSet<>(breaks(era));
            for (Model.Link m : members.getOrDefault(code, List.of())) {
                addBounds(all, m.period());
            }
            all.addAll(regionChanges);
            for (Chd.Entry r : chd.all("E40")) {
                addBounds(all, r.period());
            }
            List<LocalDate> days = within(all, era.period());
            String runRegion = null;
            Evidence runEvidence = null;
            LocalDate runStart = null;
            for (int i = 0; i <= days.size(); i++) {
                LocalDate day = i < days.size() ? days.get(i) : null;
                String region = null;
                Evidence evidence = null;
                if (day != null) {
                    Optional<Chd.Entry> rec = inForce(era, day);
                    if (rec.isPresent() && rec.get().parent() != null) {
                        Optional<Chd.Entry> e40 = chd.on(rec.get().parent(), day);
                        Optional<String> ods = e40.flatMap(x -> pairs.ods(x.code()));
                        if (ods.isPresent()) {
                            region = ods.get();
                            evidence = era.evidence().and(Evidence.of(Certainty.HIGH, Sources.CHD_E40))
                                    .and(pairs.evidence(e40.get().code()));
                        }
                    }
                    if (region == null) {
                        TreeSet<String> found = new TreeSet<>();
                        int count = 0;
                        Evidence fromCcgs = Evidence.of(Certainty.MEDIUM, SystemsSources.STP_MAPPING);
                        for (Model.Link m : members.getOrDefault(code, List.of())) {
                            if (!m.period().contains(day)) {
                                continue;
                            }
                            count++;
                            for (Model.Link l : ccgRegions.getOrDefault(m.code(), List.of())) {
                                if (l.period().contains(day)) {
                                    found.add(l.target());
                                    fromCcgs = fromCcgs.and(l.evidence()).and(m.evidence());
                                }
                            }
                        }
                        if (found.size() == 1) {
                            region = found.first();
                            evidence = fromCcgs.atMost(Certainty.MEDIUM);
                        } else {
                            quality.add(Sources.CHD_E54_FILE, 0, code, QualityReport.UNDATED, "no IN_REGION on "
                                    + day + ": ONS gives no region and the " + count + " member CCGs are in "
                                    + found);
                        }
                    }
                }
                if (!Objects.equals(region, runRegion) || day == null) {
                    if (runRegion != null) {
                        Period p = Period.of(runStart, day == null ? era.period().end() : day);
                        Optional<Period> open = model.organisation(runRegion)
                                .flatMap(o -> o.period().intersection(p));
                        if (open.isPresent() && open.get().equals(p)) {
                            model.addLink(code, RelationshipType.IN_REGION, runRegion, p, runEvidence);
                        } else {
                            quality.add(Sources.CHD_E54_FILE, 0, code, QualityReport.CONTRADICTION, "region "
                                    + runRegion + " of " + code + " " + p + " is not open then; no link");
                        }
                    }
                    runRegion = region;
                    runEvidence = evidence;
                    runStart = day;
                } else if (evidence != null) {
                    runEvidence = runEvidence.and(evidence);
                }
            }
        }
    }

    /** Checks the change log's STP closures against {@code succ.csv} successions into the named code. */
    private void crossCheckChangeLog() {
        List<RawRow> log = table(RawCsv.headerless(rawDir, SystemsSources.STP_CHANGE_LOG_FILE), "STP Code");
        int other = 0;
        for (RawRow r : log) {
            if (!r.get("Type of Change").startsWith("STP code closed")) {
                other++;
                continue;
            }
            String code = r.required("STP Code");
            if (!eras.containsKey(code)) {
                quality.add(r, code, QualityReport.NOT_CHECKED, "a closed STP code that no ONS E54 code pairs with");
            } else {
                quality.add(r, code, QualityReport.NOT_CHECKED, "the change log closes " + code + " on "
                        + r.get("Date") + " (an administrative date); ONS CHD and succ.csv end it "
                        + eras.get(code).period().end() + ", which is used");
            }
        }
        quality.add(SystemsSources.STP_CHANGE_LOG_FILE, 0, "", QualityReport.SUMMARY, other + " rows (partner,"
                + " name, address and region updates) are not used");
    }

    /**
     * The rows below the row whose cells include {@code headerCell}, keyed by that row's cells (the workbook sheets
     * have title rows above the header).
     */
    static List<RawRow> table(List<RawRow> rows, String headerCell) {
        Map<String, Integer> header = null;
        List<RawRow> out = new ArrayList<>();
        for (RawRow r : rows) {
            if (header == null) {
                if (r.values().stream().anyMatch(v -> v.strip().equals(headerCell))) {
                    header = new HashMap<>();
                    for (int i = 0; i < r.values().size(); i++) {
                        header.putIfAbsent(r.values().get(i).strip(), i);
                    }
                }
                continue;
            }
            if (r.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            List<String> values = new ArrayList<>(r.values());
            int width = header.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            while (values.size() < width) {
                values.add("");
            }
            out.add(new RawRow(r.file(), r.line(), values, header));
        }
        if (header == null) {
            throw new RawDataException(rows.isEmpty() ? "(empty)" : rows.get(0).file(), 0, headerCell,
                    "no header row holding this column");
        }
        return out;
    }
}
