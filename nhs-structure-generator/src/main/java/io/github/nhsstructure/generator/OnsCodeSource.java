package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The ONS (GSS) codes each organisation bore, with their dates: the rows of {@code ons_codes.csv}.
 *
 * <p>ONS issues a new code when a body's boundary changes while the ODS code stays, so an organisation may bear
 * several ONS codes one after another. Pairs of ONS and ODS codes come from:
 * <ul>
 *   <li>{@link CodePairs}, as the other source families left them: {@code E38} CCGs and sub-ICB locations,
 *       {@code E40} regions and {@code E54} STPs and ICBs from the NHS Digital mapping files, the ONS lookups
 *       (LOC22, ICB December 2024), the STP mapping and the pairs made by name, and {@code E39} area teams and
 *       local offices as {@link AreaTeamSource} paired them through the practices;</li>
 *   <li>{@code E16} PCTs (and the {@code E17} care trusts acting as PCTs) from the ONS-derived April 2013 PCT to
 *       CCG lookup (MEDIUM, its origin being unnamed);</li>
 *   <li>{@code E18} SHAs from the curated {@code curated/sha.csv} (UNCERTAIN there);</li>
 *   <li>the April 2026 ICBs and sub-ICB locations observed in the April 2026 mapping file
 *       ({@code curated/icb-2026-observed.csv});</li>
 *   <li>the NHS Digital practice mapping file of January 2026 (HIGH), which also confirms the codes in use on
 *       2026-01-01 (the 2022 and 2024 region codes among them).</li>
 * </ul>
 *
 * <p>Each code is dated by its ONS Code History Database records (abutting records joined), cut to the
 * organisation's operational period; a code CHD does not hold (the April 2026 ICBs) starts on its observed first
 * day. Where two codes of one organisation overlap (CHD starts the new region codes of 2024 on 2024-01-01 but ends
 * the old ones on 2024-03-31), the newer code is used from its first day and the older one ends there (MEDIUM).
 * A row's certainty is the weaker of its dating and its pairing. Local authorities are keyed by their GSS code:
 * their ONS code is their own code, for their whole period. Disagreements go to the data-quality report, naming
 * both sources.
 *
 * <p>This class is not thread-safe.
 */
final class OnsCodeSource {

    /** The source id of the January 2026 practice mapping file. */
    static final String GP_MAP_2026 = "nhsd-gp-map-2026-01";
    /** The January 2026 practice mapping file, under the raw folder. */
    static final String GP_MAP_2026_FILE = "nhsd-gp-map-2026-01/gp-reg-pat-prac-map.csv";
    /** The {@code EXTRACT_DATE} of the January 2026 mapping file. */
    static final LocalDate GP_MAP_2026_DATE = LocalDate.of(2026, 1, 1);

    /** The January 2026 mapping file's row of {@code sources.csv}. */
    static final Model.Source GP_MAP_2026_SOURCE = new Model.Source(GP_MAP_2026, "NHS Digital Patients Registered at"
            + " a GP Practice, practice mapping file, January 2026 (practice, PCN, sub-ICB location, ICB, region; ODS"
            + " and ONS codes)", "NHS Digital", GP_MAP_2026_DATE, Sources.LICENCE,
            "glovs1/SSOT_STW_PCN_Boundaries@e9518198ad2d1adbc4ac39391a64dfaf309d854c:Data/gp-reg-pat-prac-map.csv");

    /** The ONS entity types of the NHS bodies paired here; local authorities are keyed by their own codes. */
    private static final List<String> NHS_ENTITIES = List.of("E16", "E17", "E18", "E38", "E39", "E40", "E54");

    /** The ODS and ONS code columns of the January 2026 mapping file, per level. */
    private static final List<List<String>> GP_MAP_2026_COLUMNS = List.of(
            List.of("SUB_ICB_LOCATION_CODE", "ONS_SUB_ICB_LOCATION_CODE"),
            List.of("ICB_CODE", "ONS_ICB_CODE"),
            List.of("COMM_REGION_CODE", "ONS_COMM_REGION_CODE"));

    /** A candidate row: one organisation bearing one ONS code during a period, with its evidence. */
    record Use(String code, String ons, Period period, Evidence evidence) {
    }

    /** A code no CHD record dates: its observed first day and the evidence for it. */
    private record Observed(LocalDate start, Evidence evidence) {
    }

    /** A file's statement that an organisation bore an ONS code on a date, to check the rows against. */
    private record Observation(String ons, LocalDate date, RawRow row, String file) {
    }

    private final Path rawDir;
    private final Chd chd;
    private final CodePairs pairs;
    private final MappingFiles maps;
    private final QualityReport quality;
    private final Map<String, Observed> undatedByChd = new TreeMap<>();
    /** The pairs of the January 2026 mapping file, by ONS code, with the first row stating each. */
    private final Map<String, RawRow> in2026 = new TreeMap<>();
    /** What the 2026 files say each organisation bore on their dates, by ODS code. */
    private final Map<String, List<Observation>> observations = new TreeMap<>();
    private Chd primaryCare;

    OnsCodeSource(Path rawDir, Chd chd, CodePairs pairs, MappingFiles maps, QualityReport quality) {
        this.rawDir = rawDir;
        this.chd = chd;
        this.pairs = pairs;
        this.maps = maps;
        this.quality = quality;
    }

    void addTo(Model model) {
        if (model.sources().stream().noneMatch(s -> s.id().equals(GP_MAP_2026))) {
            // The primary care chain reads the same file; whichever family comes first registers it.
            model.addSource(GP_MAP_2026_SOURCE);
        }
        primaryCare = Chd.parse(
                Map.of(PrimaryCareSources.CHD_E16_FILE, RawCsv.read(rawDir, PrimaryCareSources.CHD_E16_FILE),
                        PrimaryCareSources.CHD_E17_FILE, RawCsv.read(rawDir, PrimaryCareSources.CHD_E17_FILE),
                        PrimaryCareSources.CHD_E18_FILE, RawCsv.read(rawDir, PrimaryCareSources.CHD_E18_FILE)),
                Map.of(PrimaryCareSources.CHD_E16_FILE, PrimaryCareSources.CHD_E16,
                        PrimaryCareSources.CHD_E17_FILE, PrimaryCareSources.CHD_E17,
                        PrimaryCareSources.CHD_E18_FILE, PrimaryCareSources.CHD_E18));
        pairPcts();
        pairShas();
        pairIcbs2026();
        pairGpMap2026();

        int rows = 0;
        Map<String, Integer> byEntity = new TreeMap<>();
        for (Model.Organisation o : model.organisations()) {
            List<Use> uses = new ArrayList<>();
            for (String ons : pairs.ons(o.code())) {
                if (NHS_ENTITIES.contains(ons.substring(0, 3))) {
                    uses.addAll(dated(o, ons));
                }
            }
            List<Use> kept = oneAtATime(o.code(), uses, quality, this::sourceFile);
            for (Use u : kept) {
                model.addOnsCode(u.code(), u.period(), u.ons(), u.evidence());
                byEntity.merge(u.ons().substring(0, 3), 1, Integer::sum);
                rows++;
            }
            checkObserved(o.code(), kept);
        }
        for (String ons : pairs.onsCodes()) {
            if (NHS_ENTITIES.contains(ons.substring(0, 3)) && !model.contains(pairs.ods(ons).orElseThrow())) {
                quality.add(sourceFile(ons), 0, pairs.ods(ons).orElseThrow(), QualityReport.NOT_USED, ons
                        + " is paired with " + pairs.ods(ons).orElseThrow() + " (" + pairs.evidence(ons).sourceField()
                        + "), which is not an organisation of the dataset");
            }
        }
        for (Model.Kind k : model.kinds()) {
            if (k.kind() == OrganisationKind.LOCAL_AUTHORITY) {
                // Keyed by its GSS code: the same code is its ONS code, as ONS dates it.
                model.addOnsCode(k.code(), k.period(), k.code(), k.evidence());
                byEntity.merge(k.code().substring(0, 3), 1, Integer::sum);
                rows++;
            }
        }
        quality.add("ons_codes.csv", 0, "", QualityReport.SUMMARY, rows + " dated ONS codes: " + byEntity);
    }

    // ------------------------------------------------------------------------------------------------- pairing

    /** {@code E16} PCTs and {@code E17} care trusts acting as PCTs, from the April 2013 lookup (MEDIUM). */
    private void pairPcts() {
        Evidence lookup = Evidence.of(Certainty.MEDIUM, Sources.PCT_CCG_2013);
        for (RawRow r : maps.pctCcg2013) {
            // One row per PCT and CCG: the same pair recurs, and a different one is reported by CodePairs.
            pairs.add(r.required("PCT_ONS_CODE"), r.required("PCT_ODS_CODE"), lookup, r);
        }
        for (String prefix : List.of("E16", "E17")) {
            for (String ons : primaryCare.codes(prefix)) {
                if (!pairs.isPaired(ons)) {
                    Chd.Entry last = primaryCare.entries(ons).get(primaryCare.entries(ons).size() - 1);
                    quality.add(sourceFileOf(last.sourceId()), 0, "", QualityReport.NOT_USED, ons + " '"
                            + last.name() + "' " + span(primaryCare.entries(ons)) + " is in no PCT lookup: no ODS"
                            + " code pairs with it");
                }
            }
        }
    }

    /** {@code E18} SHAs, from the curated file's {@code ons_code} facts, with their certainty. */
    private void pairShas() {
        for (RawRow r : CuratedCsv.read(rawDir, PrimaryCareSources.CURATED_SHA_FILE)) {
            if (r.required("fact").equals("ons_code")) {
                pairs.add(r.required("value"), r.required("code"), Evidence.of(
                        Certainty.valueOf(r.required("certainty")), PrimaryCareSources.CURATED_SHA), r);
            }
        }
    }

    /** The April 2026 ICBs and sub-ICB locations as observed; a code CHD does not hold starts on its first day. */
    private void pairIcbs2026() {
        for (RawRow r : RawCsv.withHeader(rawDir, SystemsSources.CURATED_ICB_2026_FILE)) {
            String ons = r.required("ons_code");
            Evidence evidence = Evidence.of(Certainty.valueOf(r.required("certainty")),
                    SystemsSources.CURATED_ICB_2026);
            pairs.add(ons, r.required("code"), evidence, r);
            observe(r.required("code"), new Observation(ons, LocalDate.parse(r.required("start")), r,
                    "the April 2026 observations"));
            if (records(ons).isEmpty()) {
                undatedByChd.put(ons, new Observed(LocalDate.parse(r.required("start")), evidence));
            }
        }
    }

    /** The pairs of the January 2026 mapping file (HIGH); each distinct pair once, with its first row. */
    private void pairGpMap2026() {
        Evidence map = Evidence.of(Certainty.HIGH, GP_MAP_2026);
        for (RawRow r : RawCsv.withHeader(rawDir, GP_MAP_2026_FILE)) {
            for (List<String> columns : GP_MAP_2026_COLUMNS) {
                String ons = r.required(columns.get(1));
                String ods = r.required(columns.get(0));
                RawRow first = in2026.get(ons);
                if (first == null) {
                    in2026.put(ons, r);
                    pairs.add(ons, ods, map, r);
                    observe(ods, new Observation(ons, GP_MAP_2026_DATE, r, "the January 2026 mapping file"));
                } else if (!first.required(columns.get(0)).equals(ods)) {
                    quality.add(r, ods, QualityReport.CONTRADICTION, columns.get(1) + " " + ons + " is paired with "
                            + ods + " but with " + first.required(columns.get(0)) + " at line " + first.line()
                            + " of the same file; the first is used");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- dating

    private List<Chd.Entry> records(String ons) {
        List<Chd.Entry> e = chd.entries(ons);
        return e.isEmpty() ? primaryCare.entries(ons) : e;
    }

    /** The periods an organisation bore an ONS code: CHD's runs of abutting records, cut to its period. */
    private List<Use> dated(Model.Organisation o, String ons) {
        Evidence pair = pairs.evidence(ons);
        List<Use> out = new ArrayList<>();
        List<Chd.Entry> records = records(ons);
        if (records.isEmpty()) {
            Observed observed = undatedByChd.get(ons);
            if (observed == null) {
                quality.add(sourceFile(ons), 0, o.code(), QualityReport.NOT_CHECKED, ons + " is paired with "
                        + o.code() + " (" + pair.sourceField() + ") but has no ONS Code History Database record"
                        + " to date it: no row");
                return out;
            }
            clip(o, ons, Period.from(observed.start()), pair, out);
            return out;
        }
        Evidence chdEvidence = Evidence.of(Certainty.HIGH, records.get(0).sourceId());
        LocalDate start = null;
        LocalDate end = null;
        for (Chd.Entry e : records) {
            if (start != null && e.period().start().equals(end)) {
                end = e.period().end();
                continue;
            }
            if (start != null) {
                clip(o, ons, Period.of(start, end), chdEvidence.and(pair), out);
            }
            start = e.period().start();
            end = e.period().end();
        }
        clip(o, ons, Period.of(start, end), chdEvidence.and(pair), out);
        return out;
    }

    /** Adds the part of a dated use inside the organisation's period; ONS dates outside ODS's are reported. */
    private void clip(Model.Organisation o, String ons, Period chdPeriod, Evidence evidence, List<Use> out) {
        Optional<Period> inside = chdPeriod.intersection(o.period());
        boolean startsEarlier = chdPeriod.start().isBefore(o.period().start());
        boolean endsLater = chdPeriod.end() != null && chdPeriod.endOrMax().isAfter(o.period().endOrMax());
        if (inside.isEmpty() || startsEarlier || endsLater) {
            quality.add(sourceFile(ons), 0, o.code(), QualityReport.CONTRADICTION, "ONS dates " + ons + " "
                    + chdPeriod + " (" + evidence.sourceField() + ") but " + o.code() + " is open " + o.period()
                    + " (" + o.evidence().sourceField() + ")" + (inside.isEmpty() ? "; not used"
                            : "; used " + inside.get()));
        }
        inside.ifPresent(p -> out.add(new Use(o.code(), ons, p, evidence)));
    }

    /**
     * Orders an organisation's uses and ends each where the next, newer code starts, reporting every overlap with
     * the sources of both codes.
     *
     * @param fileOf  the raw file named in a report line, by ONS code
     */
    static List<Use> oneAtATime(String code, List<Use> uses, QualityReport quality, Function<String, String> fileOf) {
        List<Use> sorted = new ArrayList<>(uses);
        sorted.sort(Comparator.comparing((Use u) -> u.period().start()).thenComparing(Use::ons));
        List<Use> out = new ArrayList<>();
        for (Use next : sorted) {
            Use prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.period().overlaps(next.period())) {
                quality.add(fileOf.apply(next.ons()), 0, code, QualityReport.CONTRADICTION, prev.ons() + " "
                        + prev.period() + " (" + prev.evidence().sourceField() + ") and " + next.ons() + " "
                        + next.period() + " (" + next.evidence().sourceField() + ") overlap; the newer code is used"
                        + " from its first day, " + next.period().start());
                out.remove(out.size() - 1);
                if (prev.period().start().isBefore(next.period().start())) {
                    out.add(new Use(code, prev.ons(), Period.of(prev.period().start(), next.period().start()),
                            prev.evidence().atMost(Certainty.MEDIUM)));
                }
                if (prev.period().endOrMax().isAfter(next.period().endOrMax())) {
                    quality.add(fileOf.apply(prev.ons()), 0, code, QualityReport.UNDATED, prev.ons() + " outlasts "
                            + next.ons() + "; its days after " + next.period() + " are not used");
                }
            }
            out.add(next);
        }
        return out;
    }

    private void observe(String ods, Observation observation) {
        observations.computeIfAbsent(ods, k -> new ArrayList<>()).add(observation);
    }

    /**
     * Checks that the organisation bore, by its rows, the code the January 2026 mapping file and the April 2026
     * observations give it on their dates.
     */
    private void checkObserved(String code, List<Use> kept) {
        for (Observation seen : observations.getOrDefault(code, List.of())) {
            String held = null;
            for (Use u : kept) {
                if (u.period().contains(seen.date())) {
                    held = u.ons() + " (" + u.evidence().sourceField() + ")";
                }
            }
            if (held == null || !held.startsWith(seen.ons() + " ")) {
                quality.add(seen.row(), code, QualityReport.CONTRADICTION, seen.file() + " gives " + code + " the ONS"
                        + " code " + seen.ons() + " on " + seen.date() + " but the dated ONS codes give "
                        + (held == null ? "none" : held));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- messages

    /** The raw file that dates an ONS code, for the report: its CHD file, else where it was observed. */
    private String sourceFile(String ons) {
        List<Chd.Entry> records = records(ons);
        if (!records.isEmpty()) {
            return sourceFileOf(records.get(0).sourceId());
        }
        return undatedByChd.containsKey(ons) ? SystemsSources.CURATED_ICB_2026_FILE : "ons_codes.csv";
    }

    private static String sourceFileOf(String sourceId) {
        return "ons-chd-2024-07/" + sourceId.substring(sourceId.lastIndexOf('-') + 1).toUpperCase(java.util.Locale.ROOT)
                + ".json";
    }

    private static String span(List<Chd.Entry> records) {
        return Period.of(records.get(0).period().start(), records.get(records.size() - 1).period().end()).toString();
    }
}
