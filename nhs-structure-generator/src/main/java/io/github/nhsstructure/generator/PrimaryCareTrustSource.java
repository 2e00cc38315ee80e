package io.github.nhsstructure.generator;

import io.github.nhsstructure.ods.SourceLine;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Primary care groups (1999-2002), primary care trusts (2000-2013, care trusts acting as PCTs included) and
 * strategic health authorities (2002-2013).
 *
 * <p>No copied file lists PCGs or PCTs with open and close dates, so (DATA.md, "Primary care chain"):
 * <ul>
 *   <li>the codes are the parents of English practices in {@code epcmem.csv}: five-character codes beginning
 *       {@code 4} are PCGs, three-character codes beginning {@code 5} or {@code T} are PCTs (care trusts);
 *       Welsh local health groups and boards, parents of Welsh ({@code W}) practices only, are left out;</li>
 *   <li>the operational period runs from the first membership to the day after the last, stretched to the
 *       {@code succ.csv} dates where a PCG or PCT is a predecessor or successor (MEDIUM: derived);</li>
 *   <li>PCT names come from the ONS-derived 2013 PCT lookup where the ONS Code History Database ({@code E16},
 *       {@code E17}) gives the same name under the paired ONS code (MEDIUM); other PCTs and every PCG get an
 *       UNCERTAIN placeholder name;</li>
 *   <li>SHAs are the codes of the {@code succ.csv} rows of 2006-07-01 from {@code Q01}-{@code Q28} to
 *       {@code Q30}-{@code Q39}; their other dates and the ONS pairing of the ten come from
 *       {@code raw/curated/sha.csv}.</li>
 * </ul>
 * The successions between these codes are added by {@link SuccessionSource}. No file links a PCT to its SHA, so
 * there is no such link.
 *
 * <p>This class is not thread-safe.
 */
final class PrimaryCareTrustSource {

    /** The first day of primary care groups (Health Act 1999; docs/domain.md T11). */
    static final LocalDate PCG_ERA_START = LocalDate.of(1999, 4, 1);
    /** The first day of primary care trusts (docs/domain.md T12). */
    static final LocalDate PCT_ERA_START = LocalDate.of(2000, 4, 1);
    /** The first day without PCTs and SHAs (Health and Social Care Act 2012; docs/domain.md T33). */
    static final LocalDate PCT_ERA_END = Dates.CCG_ERA_START;
    /** The SHA merger day: 28 SHAs became 10 (docs/domain.md T21). */
    static final LocalDate SHA_MERGER = LocalDate.of(2006, 7, 1);

    private static final Pattern PCG = Pattern.compile("4[A-Z0-9]{4}");
    private static final Pattern PCT = Pattern.compile("[5T][A-Z0-9]{2}");
    private static final Pattern OLD_SHA = Pattern.compile("Q(0[1-9]|1[0-9]|2[0-8])");
    private static final Pattern NEW_SHA = Pattern.compile("Q3[0-9]");

    private final PracticeFiles files;
    private final SuccessionFile succ;
    private final MappingFiles maps;
    private final Chd chd;
    private final List<RawRow> curated;
    private final QualityReport quality;
    private final Set<String> pcts = new TreeSet<>();
    private final Set<String> pcgs = new TreeSet<>();

    PrimaryCareTrustSource(PracticeFiles files, SuccessionFile succ, MappingFiles maps, Chd chd,
            List<RawRow> curated, QualityReport quality) {
        this.files = files;
        this.succ = succ;
        this.maps = maps;
        this.chd = chd;
        this.curated = curated;
        this.quality = quality;
    }

    /** Reads the ONS Code History Database files this source needs ({@code E16}, {@code E17}, {@code E18}). */
    static Chd readChd(Path rawDir) {
        return Chd.parse(
                Map.of(PrimaryCareSources.CHD_E16_FILE, RawCsv.read(rawDir, PrimaryCareSources.CHD_E16_FILE),
                        PrimaryCareSources.CHD_E17_FILE, RawCsv.read(rawDir, PrimaryCareSources.CHD_E17_FILE),
                        PrimaryCareSources.CHD_E18_FILE, RawCsv.read(rawDir, PrimaryCareSources.CHD_E18_FILE)),
                Map.of(PrimaryCareSources.CHD_E16_FILE, PrimaryCareSources.CHD_E16,
                        PrimaryCareSources.CHD_E17_FILE, PrimaryCareSources.CHD_E17,
                        PrimaryCareSources.CHD_E18_FILE, PrimaryCareSources.CHD_E18));
    }

    /** Whether a practice code is Welsh (ODS gives Welsh practices codes beginning {@code W}). */
    static boolean isWelsh(String practice) {
        return practice.startsWith("W");
    }

    boolean isPct(String code) {
        return pcts.contains(code);
    }

    boolean isPcg(String code) {
        return pcgs.contains(code);
    }

    void addTo(Model model) {
        addPcgsAndPcts(model);
        addShas(model);
    }

    // ---------------------------------------------------------------------------------------------- PCGs, PCTs

    private void addPcgsAndPcts(Model model) {
        SortedMap<String, Period> spans = new TreeMap<>();
        SortedMap<String, SourceLine> firstRow = new TreeMap<>();
        SortedSet<String> welshOnly = new TreeSet<>();
        for (PracticeFiles.Membership m : files.memberships) {
            String parent = m.parent();
            if (model.contains(parent)) {
                continue; // a CCG or hub of the dataset
            }
            if (!PCG.matcher(parent).matches() && !PCT.matcher(parent).matches()) {
                continue; // reported by the practice source, which knows which rows it uses
            }
            if (isWelsh(m.practice())) {
                welshOnly.add(parent);
                continue;
            }
            spans.merge(parent, m.period(), PrimaryCareTrustSource::span);
            firstRow.putIfAbsent(parent, m.row());
        }
        welshOnly.removeAll(spans.keySet());
        quality.add(PrimaryCareSources.EPCMEM_FILE, 0, "", QualityReport.SUMMARY, welshOnly.size() + " parent codes"
                + " of the PCG/PCT form have only Welsh (W) practices as members (Welsh local health groups"
                + " 1999-2003): outside the English NHS, not used");

        // succ.csv rows of the PCG/PCT era between these codes: their dates bound the periods.
        Map<String, List<SuccessionFile.Row>> asPredecessor = new TreeMap<>();
        Map<String, List<SuccessionFile.Row>> asSuccessor = new TreeMap<>();
        for (SuccessionFile.Row r : succ.rows()) {
            if (r.effectiveDate().isBefore(PCT_ERA_START) || r.effectiveDate().isAfter(PCT_ERA_END)) {
                continue;
            }
            if (spans.containsKey(r.predecessor())) {
                asPredecessor.computeIfAbsent(r.predecessor(), k -> new ArrayList<>()).add(r);
            }
            if (spans.containsKey(r.successor())) {
                asSuccessor.computeIfAbsent(r.successor(), k -> new ArrayList<>()).add(r);
            }
        }

        Map<String, MappingFiles.SourcedName> names = pctNames();
        for (Map.Entry<String, Period> e : spans.entrySet()) {
            String code = e.getKey();
            boolean pcg = PCG.matcher(code).matches();
            Period members = e.getValue();
            LocalDate start = members.start();
            LocalDate end = members.end();
            Evidence evidence = Evidence.of(Certainty.MEDIUM, PrimaryCareSources.EPCMEM);
            SourceLine where = firstRow.get(code);
            for (SuccessionFile.Row r : asSuccessor.getOrDefault(code, List.of())) {
                evidence = evidence.plus(Sources.SUCC);
                if (r.effectiveDate().isBefore(start)) {
                    quality.add(r.row(), code, QualityReport.CONTRADICTION, code + " succeeds " + r.predecessor()
                            + " from " + r.effectiveDate() + " but its first member joins " + start
                            + ": the period starts on the succession date");
                    start = r.effectiveDate();
                }
            }
            for (SuccessionFile.Row r : asPredecessor.getOrDefault(code, List.of())) {
                evidence = evidence.plus(Sources.SUCC);
                LocalDate effective = r.effectiveDate();
                if (end == null || effective.isBefore(end)) {
                    quality.add(r.row(), code, QualityReport.CONTRADICTION, code + " is succeeded by "
                            + r.successor() + " from " + effective + " but has members until "
                            + (end == null ? "the extract (open)" : end.minusDays(1))
                            + ": the period follows the members");
                } else if (effective.isAfter(end)) {
                    quality.add(r.row(), code, QualityReport.NOT_CHECKED, code + " is succeeded by "
                            + r.successor() + " from " + effective + " but its last member leaves "
                            + end.minusDays(1) + ": the period is stretched to the succession date");
                    end = effective;
                }
            }
            if (!pcg && (end == null || end.isAfter(PCT_ERA_END))) {
                quality.add(where, code, QualityReport.CONTRADICTION, "PCT " + code + " has members after "
                        + "2013-03-31, when PCTs were abolished; its period follows the members");
            }
            Period life = Period.of(start, end);
            if (pcg) {
                pcgs.add(code);
                model.addOrganisation(code, life, evidence);
                model.addKind(code, life, OrganisationKind.PCG, evidence);
                model.addName(code, life, "Primary care group " + code + " (name not in sources)",
                        Evidence.of(Certainty.UNCERTAIN, PrimaryCareSources.EPCMEM));
                if (life.start().isBefore(PCG_ERA_START) || life.endOrMax().isAfter(PCT_ERA_START.plusYears(3))) {
                    quality.add(where, code, QualityReport.NOT_CHECKED, "PCG " + code + " open " + life
                            + ", outside 1999-04-01 to 2003-04-01");
                }
                continue;
            }
            pcts.add(code);
            model.addOrganisation(code, life, evidence);
            MappingFiles.SourcedName name = names.get(code);
            Evidence kindEvidence = evidence;
            if (name != null) {
                kindEvidence = evidence.plus(Sources.PCT_CCG_2013);
                model.addName(code, life, name.name(), Evidence.of(Certainty.MEDIUM, name.sourceId().split(";")));
            } else {
                model.addName(code, life, "Primary care trust " + code + " (name not in sources)",
                        Evidence.of(Certainty.UNCERTAIN, PrimaryCareSources.EPCMEM));
            }
            model.addKind(code, life, OrganisationKind.PCT, kindEvidence);
        }
        for (Map.Entry<String, MappingFiles.SourcedName> n : names.entrySet()) {
            if (!pcts.contains(n.getKey())) {
                quality.add(n.getValue().row(), n.getKey(), QualityReport.NOT_USED, "PCT " + n.getKey() + " '"
                        + n.getValue().name() + "' of the 2013 lookup has no member in epcmem.csv; not used");
            }
        }
        LocalDate lastPcg = PCG_ERA_START;
        for (String code : pcgs) {
            Period p = model.organisation(code).orElseThrow().period();
            lastPcg = p.endOrMax().isAfter(lastPcg) ? p.endOrMax() : lastPcg;
        }
        model.addCoverage(OrganisationKind.PCG, Period.from(PCG_ERA_START),
                List.of(PrimaryCareSources.EPCMEM), "Every PCG that had an English practice as a member in ODS"
                        + " epcmem.csv (the membership history of every practice from 1999-04-01), from the start of"
                        + " PCGs on 1999-04-01; none exist from " + lastPcg + " (the last membership's end), "
                        + Dates.LATEST_NOTE + " Periods derived from the memberships and succ.csv"
                        + " (MEDIUM); no names in the sources.");
        model.addCoverage(OrganisationKind.PCT, Period.from(PCT_ERA_START),
                List.of(PrimaryCareSources.EPCMEM, Sources.SUCC), "Every PCT (and care trust acting as one) that had"
                        + " an English practice as a member in ODS epcmem.csv, from the first PCTs on 2000-04-01; none"
                        + " exist from 2013-04-01 (abolished by the Health and Social Care Act 2012), "
                        + Dates.LATEST_NOTE + " Periods derived from the memberships and succ.csv (MEDIUM).");
    }

    /**
     * The PCT names of the 2013 lookup, where the ONS Code History Database gives the same name to the paired
     * ONS code; a disagreement is reported and the lookup's name kept.
     */
    private Map<String, MappingFiles.SourcedName> pctNames() {
        Map<String, MappingFiles.SourcedName> names = new TreeMap<>();
        for (RawRow r : maps.pctCcg2013) {
            String ods = r.required("PCT_ODS_CODE");
            String ons = r.required("PCT_ONS_CODE");
            String name = r.required("PCT_NAME");
            if (names.containsKey(ods)) {
                if (!names.get(ods).name().equals(name)) {
                    quality.add(r, ods, QualityReport.CONTRADICTION, "PCT_NAME '" + name + "' differs from '"
                            + names.get(ods).name() + "' on another row; the first is used");
                }
                continue;
            }
            List<Chd.Entry> records = chd.entries(ons);
            String sourceIds = Sources.PCT_CCG_2013;
            if (records.isEmpty()) {
                quality.add(r, ods, QualityReport.NOT_CHECKED, "ONS code " + ons + " of PCT " + ods
                        + " is not in ONS CHD E16/E17; the lookup's name is used");
            } else {
                Chd.Entry last = records.get(records.size() - 1);
                if (last.name().equals(name)) {
                    sourceIds = sourceIds + ";" + last.sourceId();
                } else {
                    quality.add(r, ods, QualityReport.CONTRADICTION, "the lookup names PCT " + ods + " '" + name
                            + "' but ONS CHD names " + ons + " '" + last.name() + "'; the lookup's name is used");
                }
            }
            names.put(ods, new MappingFiles.SourcedName(name, sourceIds, r));
        }
        return names;
    }

    private static Period span(Period a, Period b) {
        LocalDate start = a.start().isBefore(b.start()) ? a.start() : b.start();
        LocalDate end = a.end() == null || b.end() == null ? null
                : (a.end().isAfter(b.end()) ? a.end() : b.end());
        return Period.of(start, end);
    }

    // ------------------------------------------------------------------------------------------------------ SHAs

    private void addShas(Model model) {
        Map<String, LocalDate> starts = new TreeMap<>();
        Map<String, LocalDate> ends = new TreeMap<>();
        Map<String, RawRow> onsCodes = new TreeMap<>();
        Map<String, Evidence> curatedEvidence = new TreeMap<>();
        for (RawRow r : curated) {
            String code = r.required("code");
            String fact = r.required("fact");
            String value = r.required("value");
            r.required("source");
            Certainty certainty = certainty(r);
            Evidence evidence = Evidence.of(certainty, PrimaryCareSources.CURATED_SHA);
            switch (fact) {
                case "start" -> starts.put(code, date(r, value));
                case "end" -> ends.put(code, date(r, value));
                case "ons_code" -> onsCodes.put(code, r);
                default -> throw r.error("fact", "'" + fact + "' is not start, end or ons_code");
            }
            curatedEvidence.merge(code + " " + fact, evidence, Evidence::and);
        }
        SortedMap<String, SortedSet<String>> merged = new TreeMap<>();
        SortedMap<String, SuccessionFile.Row> mergerRow = new TreeMap<>();
        for (SuccessionFile.Row r : succ.rows()) {
            if (OLD_SHA.matcher(r.predecessor()).matches() && NEW_SHA.matcher(r.successor()).matches()) {
                if (!r.effectiveDate().equals(SHA_MERGER)) {
                    quality.add(r.row(), r.predecessor(), QualityReport.CONTRADICTION, r.predecessor() + " -> "
                            + r.successor() + " dated " + r.effectiveDate() + ", not " + SHA_MERGER + "; not used");
                    continue;
                }
                merged.computeIfAbsent(r.successor(), k -> new TreeSet<>()).add(r.predecessor());
                mergerRow.put(r.predecessor(), r);
            }
        }
        Evidence succEvidence = Evidence.of(Certainty.HIGH, Sources.SUCC);
        for (String old : mergerRow.keySet()) {
            LocalDate start = starts.get(old);
            if (start == null) {
                quality.add(mergerRow.get(old).row(), old, QualityReport.NOT_USED, "SHA " + old
                        + " has no start date in " + PrimaryCareSources.CURATED_SHA_FILE + "; not used");
                continue;
            }
            Period life = Period.of(start, SHA_MERGER);
            Evidence evidence = succEvidence.and(curatedEvidence.get(old + " start")).atMost(Certainty.MEDIUM);
            model.addOrganisation(old, life, evidence);
            model.addKind(old, life, OrganisationKind.SHA, evidence);
            model.addName(old, life, "Strategic health authority " + old + " (name not in sources)",
                    Evidence.of(Certainty.UNCERTAIN, Sources.SUCC));
        }
        for (Map.Entry<String, SortedSet<String>> e : merged.entrySet()) {
            String code = e.getKey();
            LocalDate end = ends.get(code);
            if (end == null) {
                quality.add(PrimaryCareSources.CURATED_SHA_FILE, 0, code, QualityReport.NOT_USED, "SHA " + code
                        + " has no end date in the curated file; not used");
                continue;
            }
            Period life = Period.of(SHA_MERGER, end);
            Evidence evidence = succEvidence.and(curatedEvidence.get(code + " end")).atMost(Certainty.MEDIUM);
            model.addOrganisation(code, life, evidence);
            model.addKind(code, life, OrganisationKind.SHA, evidence);
            addShaName(model, code, life, onsCodes.get(code));
        }
        for (String code : starts.keySet()) {
            if (!mergerRow.containsKey(code)) {
                quality.add(PrimaryCareSources.CURATED_SHA_FILE, 0, code, QualityReport.NOT_USED, code
                        + " has a curated start but no 2006-07-01 succ.csv row; not used");
            }
        }
        long oldCount = mergerRow.keySet().stream().filter(model::contains).count();
        long newCount = merged.keySet().stream().filter(model::contains).count();
        if (oldCount != 28 || newCount != 10) {
            quality.add(Sources.SUCC_FILE, 0, "", QualityReport.NOT_CHECKED, "succ.csv gives " + oldCount
                    + " SHAs before and " + newCount + " after 2006-07-01, not 28 and 10 (docs/domain.md 1.1)");
        }
        model.addCoverage(OrganisationKind.SHA, Period.of(starts.values().stream().min(LocalDate::compareTo)
                .orElse(SHA_MERGER), null), List.of(Sources.SUCC, PrimaryCareSources.CURATED_SHA),
                "The 28 SHAs of 2002-04-01 (Q01-Q28) and the 10 of 2006-07-01 (Q30-Q39), as succ.csv pairs them on"
                        + " 2006-07-01; none exist from 2013-04-01 (abolished); "
                        + Dates.LATEST_NOTE + " Dates from the curated file (docs/domain.md"
                        + " T13, T33); names of the 10 UNCERTAIN (ODS-ONS pairing by knowledge), of the 28"
                        + " placeholders.");
    }

    private void addShaName(Model model, String code, Period life, RawRow onsRow) {
        if (onsRow == null) {
            model.addName(code, life, "Strategic health authority " + code + " (name not in sources)",
                    Evidence.of(Certainty.UNCERTAIN, Sources.SUCC));
            quality.add(PrimaryCareSources.CURATED_SHA_FILE, 0, code, QualityReport.NOT_USED, "SHA " + code
                    + " has no ONS code in the curated file: placeholder name");
            return;
        }
        String ons = onsRow.required("value");
        List<Chd.Entry> records = chd.entries(ons);
        if (records.isEmpty()) {
            throw onsRow.error("value", ons + " is not in ONS CHD E18");
        }
        Chd.Entry last = records.get(records.size() - 1);
        if (records.stream().map(Chd.Entry::name).distinct().count() > 1) {
            quality.add(onsRow, code, QualityReport.NOT_USED, ons + " has several names in ONS CHD; the last, '"
                    + last.name() + "', is used for the whole period");
        }
        if (last.period().end() == null || !last.period().end().equals(life.end())) {
            quality.add(onsRow, code, QualityReport.CONTRADICTION, "ONS CHD ends " + ons + " "
                    + (last.period().end() == null ? "never" : last.period().end().minusDays(1).toString())
                    + " but the curated end of " + code + " is " + life.end() + "; the curated end is used");
        }
        model.addName(code, life, last.name(), Evidence.of(certainty(onsRow), PrimaryCareSources.CURATED_SHA,
                last.sourceId()));
    }

    private static Certainty certainty(RawRow r) {
        String text = r.required("certainty");
        try {
            return Certainty.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw r.error("certainty", "'" + text + "' is not HIGH, MEDIUM or UNCERTAIN");
        }
    }

    private static LocalDate date(RawRow r, String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw r.error("value", "'" + text + "' is not a date (yyyy-MM-dd)");
        }
    }
}
