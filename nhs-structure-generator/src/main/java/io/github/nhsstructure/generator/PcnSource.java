package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.relationship.RelationshipType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Primary care networks (from 2019), their parent CCG / sub-ICB location ({@link RelationshipType#PART_OF}) and their
 * core partner practices ({@link RelationshipType#MEMBER_OF}), from the ODS ePCN extracts of June 2022 (CCG era)
 * and January 2023 (sub-ICB locations).
 *
 * <p>Rules (DATA.md, "Primary care chain"):
 * <ul>
 *   <li>a PCN's open and close dates, name and kind: the 2023 extract, else the 2022 one (HIGH; the name, given
 *       at the extract, MEDIUM for the whole life);</li>
 *   <li>{@code PART_OF}: the 2022 extract's current CCG up to 2022-06-30 and the 2023 extract's current sub-ICB
 *       location from 2022-07-01, each assumed for the PCN's life in that era (MEDIUM: each is the parent at its
 *       extract only); before the stated parent opened (the CCG mergers of 2020 and 2021) the parent is the
 *       commissioner all member practices share (MEDIUM), else an undated gap;</li>
 *   <li>{@code MEMBER_OF}: the 2023 extract's relationship dates for every practice it lists (it rewrites some of the
 *       2022 history: each disagreement is reported), the 2022 extract's for the practices only it lists; the
 *       NHS Digital mapping files cross-check the practice's PCN on their dates.</li>
 * </ul>
 *
 * <p>This class is not thread-safe.
 */
final class PcnSource {

    /** The first day of the ODS PCN records (every PCN of the first wave opens 2019-10-01). */
    static final LocalDate FIRST_PCN_DAY = LocalDate.of(2019, 10, 1);

    private static final String CODE = "PCN Code";
    private static final String NAME = "PCN Name";
    private static final String PARENT_2022 = "Current Clinical  Commissioning  Group Code";
    private static final String PARENT_2023 = "Current Sub ICB Loc Code";
    private static final String OPEN = "Open Date";
    private static final String CLOSE = "Close Date";
    private static final String PARTNER = "Partner Organisation Code";
    private static final String START = "Practice to PCN Relationship Start Date";
    private static final String END = "Practice to PCN Relationship End Date";

    /** One practice-to-PCN relationship of one extract. */
    record Relationship(RawRow row, String practice, String pcn, Period period, String sourceId) {
    }

    private final List<RawRow> details2022;
    private final List<RawRow> details2023;
    private final List<RawRow> partners2022;
    private final List<RawRow> partners2023;
    private final PracticeFiles files;
    private final PracticeSource practices;
    private final QualityReport quality;

    PcnSource(Path rawDir, PracticeFiles files, PracticeSource practices, QualityReport quality) {
        this.details2022 = RawCsv.withHeader(rawDir, PrimaryCareSources.PCN_DETAILS_2022_FILE);
        this.details2023 = RawCsv.withHeader(rawDir, PrimaryCareSources.PCN_DETAILS_2023_FILE);
        this.partners2022 = RawCsv.withHeader(rawDir, PrimaryCareSources.PCN_PARTNERS_2022_FILE);
        this.partners2023 = RawCsv.withHeader(rawDir, PrimaryCareSources.PCN_PARTNERS_2023_FILE);
        this.files = files;
        this.practices = practices;
        this.quality = quality;
    }

    void addTo(Model model) {
        Map<String, RawRow> by2022 = byCode(details2022);
        Map<String, RawRow> by2023 = byCode(details2023);
        SortedSet<String> codes = new TreeSet<>(by2022.keySet());
        codes.addAll(by2023.keySet());
        SortedMap<String, Period> lives = new TreeMap<>();
        for (String code : codes) {
            RawRow r22 = by2022.get(code);
            RawRow r23 = by2023.get(code);
            RawRow latest = r23 != null ? r23 : r22;
            String sourceId = r23 != null ? PrimaryCareSources.EPCN_2023 : PrimaryCareSources.EPCN_2022;
            Period life = period(latest);
            Evidence evidence = Evidence.of(Certainty.HIGH, sourceId);
            if (r22 != null && r23 != null) {
                Period earlier = period(r22);
                if (earlier.equals(life)) {
                    evidence = evidence.plus(PrimaryCareSources.EPCN_2022);
                } else {
                    quality.add(r22, code, QualityReport.CONTRADICTION, "open/close " + earlier + " but the 2023"
                            + " extract gives " + life + "; the 2023 extract is used");
                }
            }
            lives.put(code, life);
            model.addOrganisation(code, life, evidence);
            model.addKind(code, life, OrganisationKind.PCN, evidence);
            model.addName(code, life, latest.required(NAME), Evidence.of(Certainty.MEDIUM, sourceId));
        }
        SortedMap<String, List<PracticeSource.Run>> members = addMemberships(model, lives);
        for (String code : codes) {
            addParents(model, code, lives.get(code), by2022.get(code), by2023.get(code), members);
        }
        model.addCoverage(OrganisationKind.PCN, Period.of(FIRST_PCN_DAY, PrimaryCareSources.EPCN_2023_DATE
                .plusDays(1)), List.of(PrimaryCareSources.EPCN_2022, PrimaryCareSources.EPCN_2023),
                "Every PCN of the ODS ePCN extracts of June 2022 and January 2023 (closed PCNs included), from"
                        + " 2019-10-01, the ODS open date of the first PCNs (the Network Contract DES started"
                        + " 2019-07-01, docs/domain.md T51, but ODS dates no PCN before October), to the 2023 extract.");
    }

    private Map<String, RawRow> byCode(List<RawRow> rows) {
        Map<String, RawRow> out = new TreeMap<>();
        for (RawRow r : rows) {
            String code = r.required(CODE);
            if (out.put(code, r) != null) {
                throw r.error(CODE, code + " given twice");
            }
        }
        return out;
    }

    static Period period(RawRow r) {
        LocalDate open = OdsRecord.parseDate(r, r.get(OPEN), OPEN)
                .orElseThrow(() -> r.error(OPEN, "must not be blank"));
        LocalDate end = OdsRecord.parseDate(r, r.get(CLOSE), CLOSE).map(OdsRecord::dayAfterClose).orElse(null);
        if (end != null && !end.isAfter(open)) {
            throw r.error(CLOSE, "before the open date " + open);
        }
        return Period.of(open, end);
    }

    // -------------------------------------------------------------------------------------------- memberships

    private static List<Relationship> relationships(List<RawRow> rows, String sourceId) {
        List<Relationship> out = new ArrayList<>();
        for (RawRow r : rows) {
            LocalDate start = OdsRecord.parseDate(r, r.get(START), START)
                    .orElseThrow(() -> r.error(START, "must not be blank"));
            LocalDate end = OdsRecord.parseDate(r, r.get(END), END).map(OdsRecord::dayAfterClose).orElse(null);
            if (end != null && !end.isAfter(start)) {
                throw r.error(END, "before the start date " + start);
            }
            out.add(new Relationship(r, r.required(PARTNER), r.required(CODE), Period.of(start, end), sourceId));
        }
        return out;
    }

    private SortedMap<String, List<PracticeSource.Run>> addMemberships(Model model, Map<String, Period> lives) {
        SortedMap<String, List<Relationship>> of2022 = new TreeMap<>();
        SortedMap<String, List<Relationship>> of2023 = new TreeMap<>();
        relationships(partners2022, PrimaryCareSources.EPCN_2022)
                .forEach(r -> of2022.computeIfAbsent(r.practice(), k -> new ArrayList<>()).add(r));
        relationships(partners2023, PrimaryCareSources.EPCN_2023)
                .forEach(r -> of2023.computeIfAbsent(r.practice(), k -> new ArrayList<>()).add(r));
        SortedSet<String> codes = new TreeSet<>(of2022.keySet());
        codes.addAll(of2023.keySet());
        SortedMap<String, List<PracticeSource.Run>> membersByPcn = new TreeMap<>();
        int differOnJune1 = 0;
        LocalDate june1 = LocalDate.of(2022, 6, 1);
        for (String practice : codes) {
            List<Relationship> r22 = of2022.getOrDefault(practice, List.of());
            List<Relationship> r23 = of2023.getOrDefault(practice, List.of());
            List<Run> t22 = timeline(practice, r22, PrimaryCareSources.EPCN_2022_DATE);
            List<Run> t23 = timeline(practice, r23, null);
            List<Run> used;
            if (r23.isEmpty()) {
                used = t22;
                if (!t22.isEmpty() && t22.get(t22.size() - 1).period().end() != null
                        && r22.stream().anyMatch(r -> r.period().isOpenEnded())) {
                    quality.add(r22.get(0).row(), practice, QualityReport.NOT_CHECKED, practice + " is a member of "
                            + t22.get(t22.size() - 1).pcn() + " in the 2022 extract but absent from the 2023 extract:"
                            + " the membership is taken to end after 2022-06-29, the 2022 extract's date");
                }
            } else {
                used = t23;
                List<String> differences = differences(t22, t23, PrimaryCareSources.EPCN_2022_DATE.plusDays(1));
                if (!differences.isEmpty()) {
                    quality.add(r22.isEmpty() ? r23.get(0).row() : r22.get(0).row(), practice,
                            QualityReport.CONTRADICTION, "the 2023 ePCN extract rewrites the 2022 one: "
                                    + String.join("; ", differences) + "; the 2023 extract is used");
                }
                if (!Objects.equals(pcnOn(t22, june1), pcnOn(t23, june1))) {
                    differOnJune1++;
                }
            }
            Relationship first = r23.isEmpty() ? r22.get(0) : r23.get(0);
            Period life = practices.practices().get(practice);
            if (life == null) {
                quality.add(first.row(), practice, QualityReport.NOT_USED, practice + " (a core partner of "
                        + first.pcn() + ") is not a GP practice of this dataset; no MEMBER_OF link");
                continue;
            }
            List<PracticeSource.Run> runs = new ArrayList<>();
            for (Run run : used) {
                Period pcnLife = lives.get(run.pcn());
                if (pcnLife == null) {
                    quality.add(run.row(), practice, QualityReport.NOT_USED, run.pcn() + " is in no PCN details"
                            + " sheet; no MEMBER_OF link " + run.period());
                    continue;
                }
                Optional<Period> p = run.period().intersection(life).flatMap(q -> q.intersection(pcnLife));
                if (p.isEmpty() || !p.get().equals(run.period())) {
                    quality.add(run.row(), practice, QualityReport.CONTRADICTION, "member of " + run.pcn() + " "
                            + run.period() + " but the practice is open " + life + " and the PCN " + pcnLife
                            + "; the link is cut to fit");
                }
                if (p.isPresent()) {
                    Evidence e = Evidence.of(Certainty.HIGH, run.sourceId());
                    runs.add(new PracticeSource.Run(p.get(), run.pcn(), e));
                    model.addLink(practice, RelationshipType.MEMBER_OF, run.pcn(), p.get(), e);
                    membersByPcn.computeIfAbsent(run.pcn(), k -> new ArrayList<>())
                            .add(new PracticeSource.Run(p.get(), practice, e));
                }
            }
            crossCheck(practice, life, runs);
        }
        quality.add(PrimaryCareSources.PCN_PARTNERS_2023_FILE, 0, "", QualityReport.SUMMARY, differOnJune1
                + " practices have another PCN (or none) on 2022-06-01 in the 2023 extract than in the 2022 one (4 of"
                + " them are missing from the 2022 file); each is listed as a contradiction; the 2023 extract is used");
        return membersByPcn;
    }

    /** A practice's PCN for a period, from one extract. */
    private record Run(Period period, String pcn, String sourceId, RawRow row) {
    }

    /**
     * A practice's PCN over time in one extract: open relationships end after {@code extractDate} (or stay open
     * for the latest extract, {@code extractDate} null); where two overlap the later start wins (reported).
     */
    private List<Run> timeline(String practice, List<Relationship> rows, @Nullable LocalDate extractDate) {
        List<Relationship> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> a.period().start().compareTo(b.period().start()));
        List<Run> out = new ArrayList<>();
        for (Relationship r : sorted) {
            Period p = r.period();
            if (p.isOpenEnded() && extractDate != null) {
                p = Period.of(p.start(), PracticeSource.max(p.start(), extractDate).plusDays(1));
            }
            if (!out.isEmpty()) {
                Run last = out.get(out.size() - 1);
                if (last.period().overlaps(p)) {
                    quality.add(r.row(), practice, QualityReport.CONTRADICTION, "member of " + last.pcn() + " "
                            + last.period() + " and of " + r.pcn() + " " + r.period() + " in the same extract; the"
                            + " later membership is used from " + p.start());
                    if (!last.period().start().isBefore(p.start())) {
                        out.remove(out.size() - 1);
                    } else {
                        out.set(out.size() - 1, new Run(Period.of(last.period().start(), p.start()), last.pcn(),
                                last.sourceId(), last.row()));
                    }
                }
            }
            out.add(new Run(p, r.pcn(), r.sourceId(), r.row()));
        }
        return out;
    }

    private static @Nullable String pcnOn(List<Run> runs, LocalDate date) {
        for (Run r : runs) {
            if (r.period().contains(date)) {
                return r.pcn();
            }
        }
        return null;
    }

    /** The periods before {@code until} in which two timelines give different PCNs. */
    private static List<String> differences(List<Run> older, List<Run> newer, LocalDate until) {
        TreeSet<LocalDate> bounds = new TreeSet<>();
        bounds.add(FIRST_PCN_DAY);
        bounds.add(until);
        for (List<Run> t : List.of(older, newer)) {
            for (Run r : t) {
                bounds.add(r.period().start());
                if (r.period().end() != null) {
                    bounds.add(r.period().end());
                }
            }
        }
        List<String> out = new ArrayList<>();
        List<LocalDate> list = new ArrayList<>(bounds.headSet(until, true));
        LocalDate runStart = null;
        String a = null;
        String b = null;
        for (int i = 0; i + 1 < list.size(); i++) {
            LocalDate d = list.get(i);
            String x = pcnOn(older, d);
            String y = pcnOn(newer, d);
            boolean differ = !Objects.equals(x, y);
            if (runStart != null && (!differ || !Objects.equals(x, a) || !Objects.equals(y, b))) {
                out.add("[" + runStart + ", " + d + ") 2022: " + (a == null ? "none" : a) + ", 2023: "
                        + (b == null ? "none" : b));
                runStart = null;
            }
            if (differ && runStart == null) {
                runStart = d;
                a = x;
                b = y;
            }
        }
        if (runStart != null) {
            out.add("[" + runStart + ", " + until + ") 2022: " + (a == null ? "none" : a) + ", 2023: "
                    + (b == null ? "none" : b));
        }
        return out;
    }

    private void crossCheck(String practice, Period life, List<PracticeSource.Run> runs) {
        for (PracticeFiles.MappedPractice m : files.mapped.getOrDefault(practice, List.of())) {
            if (!life.contains(m.date())) {
                continue; // reported by the practice source
            }
            String ours = null;
            for (PracticeSource.Run r : runs) {
                if (r.period().contains(m.date())) {
                    ours = r.target();
                }
            }
            if (!Objects.equals(ours, m.pcn())) {
                quality.add(m.row(), practice, QualityReport.CONTRADICTION, m.sourceId() + " puts " + practice
                        + " in PCN " + (m.pcn() == null ? "(none)" : m.pcn()) + " on " + m.date() + " but the ePCN"
                        + " extracts give " + (ours == null ? "none" : ours) + " (ePCN is used)");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ parents

    private void addParents(Model model, String code, Period life, @Nullable RawRow r22, @Nullable RawRow r23,
            Map<String, List<PracticeSource.Run>> members) {
        List<PracticeSource.Run> stated = new ArrayList<>();
        Optional<Period> ccgEra = life.endingBy(Dates.ICB_ERA_START);
        Optional<Period> icbEra = life.intersection(Period.from(Dates.ICB_ERA_START));
        RawRow ccgRow = r22 != null ? r22 : r23;
        RawRow icbRow = r23 != null ? r23 : r22;
        if (ccgEra.isPresent()) {
            stated.add(new PracticeSource.Run(ccgEra.get(), parent(Objects.requireNonNull(ccgRow)),
                    Evidence.of(Certainty.MEDIUM, r22 != null ? PrimaryCareSources.EPCN_2022
                            : PrimaryCareSources.EPCN_2023)));
        }
        if (icbEra.isPresent()) {
            if (r23 == null) {
                quality.add(Objects.requireNonNull(r22), code, QualityReport.NOT_CHECKED, code + " is open after"
                        + " 2022-06-30 in the 2022 extract but absent from the 2023 extract; its 2022 CCG is assumed");
            }
            stated.add(new PracticeSource.Run(icbEra.get(), parent(Objects.requireNonNull(icbRow)),
                    Evidence.of(Certainty.MEDIUM, r23 != null ? PrimaryCareSources.EPCN_2023
                            : PrimaryCareSources.EPCN_2022)));
        }
        List<PracticeSource.Run> runs = new ArrayList<>();
        for (PracticeSource.Run s : stated) {
            Optional<Model.Organisation> target = model.organisation(s.target());
            if (target.isEmpty()) {
                quality.add(r23 != null ? r23 : Objects.requireNonNull(r22), code, QualityReport.NOT_USED, "parent "
                        + s.target() + " is not an organisation of this dataset");
                fromMembers(model, code, s.period(), members, runs);
                continue;
            }
            Period open = target.get().period();
            Optional<Period> inside = open.intersection(s.period());
            if (inside.isPresent() && s.period().start().isBefore(inside.get().start())) {
                fromMembers(model, code, Period.of(s.period().start(), inside.get().start()), members, runs);
            }
            inside.ifPresent(p -> runs.add(new PracticeSource.Run(p, s.target(), s.evidence())));
            if (inside.isEmpty()) {
                fromMembers(model, code, s.period(), members, runs);
            } else if (inside.get().end() != null && !Objects.equals(inside.get().end(), s.period().end())) {
                fromMembers(model, code, Period.of(inside.get().end(), s.period().end()), members, runs);
            }
        }
        runs.sort((a, b) -> a.period().start().compareTo(b.period().start()));
        List<PracticeSource.Run> merged = new ArrayList<>();
        for (PracticeSource.Run r : runs) {
            if (!merged.isEmpty()) {
                PracticeSource.Run last = merged.get(merged.size() - 1);
                if (last.target().equals(r.target()) && Objects.equals(last.period().end(), r.period().start())) {
                    merged.set(merged.size() - 1, new PracticeSource.Run(Period.of(last.period().start(),
                            r.period().end()), r.target(), last.evidence().and(r.evidence())));
                    continue;
                }
            }
            merged.add(r);
        }
        for (PracticeSource.Run r : merged) {
            model.addLink(code, RelationshipType.PART_OF, r.target(), r.period(), r.evidence());
        }
    }

    private static String parent(RawRow row) {
        return row.header().containsKey(PARENT_2023) ? row.required(PARENT_2023) : row.required(PARENT_2022);
    }

    /**
     * The PCN's parent for a period its stated parent does not cover: on each day, the commissioner its member
     * practices share; days with no members or members in several commissioners are reported as undated gaps.
     */
    private void fromMembers(Model model, String code, Period period, Map<String, List<PracticeSource.Run>> members,
            List<PracticeSource.Run> out) {
        List<PracticeSource.Run> ms = members.getOrDefault(code, List.of());
        TreeSet<LocalDate> bounds = new TreeSet<>();
        bounds.add(period.start());
        if (period.end() != null) {
            bounds.add(period.end());
        }
        for (PracticeSource.Run m : ms) {
            bounds.add(m.period().start());
            if (m.period().end() != null) {
                bounds.add(m.period().end());
            }
            for (PracticeSource.Run c : practices.commissioners(m.target())) {
                bounds.add(c.period().start());
                if (c.period().end() != null) {
                    bounds.add(c.period().end());
                }
            }
        }
        List<LocalDate> list = new ArrayList<>(bounds);
        List<PracticeSource.Run> found = new ArrayList<>();
        List<Map.Entry<Period, String>> gaps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Period p = Period.of(list.get(i), i + 1 < list.size() ? list.get(i + 1) : null);
            if (!period.encloses(p)) {
                continue;
            }
            TreeSet<String> targets = new TreeSet<>();
            TreeSet<String> sources = new TreeSet<>();
            for (PracticeSource.Run m : ms) {
                if (!m.period().encloses(p)) {
                    continue;
                }
                sources.addAll(m.evidence().sources());
                String t = null;
                for (PracticeSource.Run c : practices.commissioners(m.target())) {
                    if (c.period().encloses(p)) {
                        t = c.target();
                        sources.addAll(c.evidence().sources());
                    }
                }
                targets.add(t == null ? "(none)" : t);
            }
            if (targets.size() == 1 && !targets.first().equals("(none)")
                    && model.organisation(targets.first()).map(o -> o.period().encloses(p)).orElse(false)) {
                PracticeSource.Run r = new PracticeSource.Run(p, targets.first(),
                        new Evidence(List.copyOf(sources), Certainty.MEDIUM));
                int last = found.size() - 1;
                if (last >= 0 && found.get(last).target().equals(r.target())
                        && Objects.equals(found.get(last).period().end(), p.start())) {
                    found.set(last, new PracticeSource.Run(Period.of(found.get(last).period().start(), p.end()),
                            r.target(), found.get(last).evidence().and(r.evidence())));
                } else {
                    found.add(r);
                }
            } else {
                String why = targets.isEmpty() ? " no member practice" : " members in " + targets;
                int last = gaps.size() - 1;
                if (last >= 0 && gaps.get(last).getValue().equals(why)
                        && Objects.equals(gaps.get(last).getKey().end(), p.start())) {
                    gaps.set(last, Map.entry(Period.of(gaps.get(last).getKey().start(), p.end()), why));
                } else {
                    gaps.add(Map.entry(p, why));
                }
            }
        }
        out.addAll(found);
        if (!gaps.isEmpty()) {
            quality.add(PrimaryCareSources.PCN_DETAILS_2023_FILE, 0, code, QualityReport.UNDATED, "no PART_OF link"
                    + " where the stated parent was not open: " + String.join("; ", gaps.stream()
                            .map(g -> g.getKey() + g.getValue()).toList()));
        }
    }
}
