package io.github.nhsstructure.generator;

import io.github.nhsstructure.ods.EpcnReader;
import io.github.nhsstructure.ods.PcnMembershipRecord;
import io.github.nhsstructure.ods.PcnRecord;
import io.github.nhsstructure.ods.SourceLine;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.provenance.Certainty;
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
 * core partner practices ({@link RelationshipType#MEMBER_OF}), from the ODS ePCN extracts of June 2022 (CCG era),
 * January 2023 and October 2024 (sub-ICB locations), read by {@link EpcnReader}.
 *
 * <p>Rules (DATA.md, "Primary care chain"):
 * <ul>
 *   <li>a PCN's open and close dates, name and kind: the latest extract listing it (HIGH; the name, given at the
 *       extract, MEDIUM for the whole life); an earlier extract giving other dates is reported;</li>
 *   <li>{@code PART_OF}: the 2022 extract's current CCG up to 2022-06-30 (assumed for the PCN's life in that era,
 *       MEDIUM); from 2022-07-01 the current sub-ICB location of each later extract, which holds from the previous
 *       extract's date (or 2022-07-01) to the extract's date and, for the latest, onwards (MEDIUM). Where two
 *       extracts give different parents, the stretch between them, and any stretch before the stated parent opened
 *       (the CCG mergers of 2020 and 2021), takes the commissioner all member practices share on each day
 *       (MEDIUM), else an undated gap is reported;</li>
 *   <li>{@code MEMBER_OF}: the relationship dates of the latest extract listing the practice (a later extract
 *       rewrites some of the history of an earlier one: each disagreement is reported with both sources); the NHS
 *       Digital mapping files cross-check the practice's PCN on their dates.</li>
 * </ul>
 *
 * <p>This class is not thread-safe.
 */
final class PcnSource {

    /** The first day of the ODS PCN records (every PCN of the first wave opens 2019-10-01). */
    static final LocalDate FIRST_PCN_DAY = LocalDate.of(2019, 10, 1);

    /**
     * One ePCN extract.
     *
     * @param sourceId  the id in {@code sources.csv}, not null
     * @param file  the details sheet under the raw folder, not null
     * @param date  the date it speaks for (its latest date), not null
     * @param data  the two sheets, not null
     */
    record Extract(String sourceId, String file, LocalDate date, EpcnReader.Extract data) {
    }

    /** One practice-to-PCN relationship of one extract. */
    record Relationship(SourceLine row, String practice, String pcn, Period period, String sourceId) {
    }

    private final List<Extract> extracts;
    private final PracticeFiles files;
    private final PracticeSource practices;
    private final QualityReport quality;

    PcnSource(Path rawDir, PracticeFiles files, PracticeSource practices, QualityReport quality) {
        this.extracts = List.of(
                extract(rawDir, PrimaryCareSources.EPCN_2022, PrimaryCareSources.PCN_DETAILS_2022_FILE,
                        PrimaryCareSources.PCN_PARTNERS_2022_FILE, PrimaryCareSources.EPCN_2022_DATE),
                extract(rawDir, PrimaryCareSources.EPCN_2023, PrimaryCareSources.PCN_DETAILS_2023_FILE,
                        PrimaryCareSources.PCN_PARTNERS_2023_FILE, PrimaryCareSources.EPCN_2023_DATE),
                extract(rawDir, PrimaryCareSources.EPCN_2024, PrimaryCareSources.PCN_DETAILS_2024_FILE,
                        PrimaryCareSources.PCN_PARTNERS_2024_FILE, PrimaryCareSources.EPCN_2024_DATE));
        this.files = files;
        this.practices = practices;
        this.quality = quality;
    }

    private static Extract extract(Path rawDir, String sourceId, String details, String partners, LocalDate date) {
        EpcnReader.Extract data = EpcnReader.read(rawDir.resolve(details), details, rawDir.resolve(partners),
                partners);
        for (PcnRecord p : data.pcns()) {
            check(p.where(), "Open Date", p.openDate(), date);
            p.closeDate().ifPresent(d -> check(p.where(), "Close Date", d, date));
        }
        for (PcnMembershipRecord m : data.memberships()) {
            check(m.where(), "Practice to PCN Relationship Start Date", m.start(), date);
            m.end().ifPresent(d -> check(m.where(), "Practice to PCN Relationship End Date", d, date));
        }
        return new Extract(sourceId, details, date, data);
    }

    /** An extract speaks for its date: no date in it is later. */
    private static void check(SourceLine where, String field, LocalDate value, LocalDate date) {
        if (value.isAfter(date)) {
            throw new RawDataException(where.file(), where.line(), field, value + " is after the day the extract"
                    + " speaks for, " + date);
        }
    }

    private Extract latestExtract() {
        return extracts.get(extracts.size() - 1);
    }

    void addTo(Model model) {
        List<Map<String, PcnRecord>> byExtract = new ArrayList<>();
        SortedSet<String> codes = new TreeSet<>();
        for (Extract e : extracts) {
            Map<String, PcnRecord> byCode = new TreeMap<>();
            for (PcnRecord p : e.data().pcns()) {
                if (byCode.put(p.code(), p) != null) {
                    throw new RawDataException(p.where().file(), p.where().line(), "PCN Code", p.code()
                            + " given twice");
                }
            }
            byExtract.add(byCode);
            codes.addAll(byCode.keySet());
        }
        SortedMap<String, Period> lives = new TreeMap<>();
        for (String code : codes) {
            int latest = -1;
            for (int i = 0; i < extracts.size(); i++) {
                if (byExtract.get(i).containsKey(code)) {
                    latest = i;
                }
            }
            PcnRecord last = byExtract.get(latest).get(code);
            String sourceId = extracts.get(latest).sourceId();
            Period life = period(last);
            Evidence evidence = Evidence.of(Certainty.HIGH, sourceId);
            for (int i = 0; i < latest; i++) {
                PcnRecord earlier = byExtract.get(i).get(code);
                if (earlier == null) {
                    continue;
                }
                Period then = period(earlier);
                if (then.equals(life)) {
                    evidence = evidence.plus(extracts.get(i).sourceId());
                } else if (!then.start().equals(life.start()) || then.end() != null
                        || (life.end() != null && !life.end().isAfter(extracts.get(i).date()))) {
                    quality.add(earlier.where(), code, QualityReport.CONTRADICTION, "open/close " + then + " in "
                            + extracts.get(i).sourceId() + " but " + sourceId + " gives " + life + "; " + sourceId
                            + " is used");
                }
            }
            lives.put(code, life);
            model.addOrganisation(code, life, evidence);
            model.addKind(code, life, OrganisationKind.PCN, evidence);
            model.addName(code, life, last.name(), Evidence.of(Certainty.MEDIUM, sourceId));
        }
        SortedMap<String, List<PracticeSource.Run>> members = addMemberships(model, lives);
        for (String code : codes) {
            List<PcnRecord> rows = new ArrayList<>();
            for (Map<String, PcnRecord> m : byExtract) {
                rows.add(m.get(code));
            }
            addParents(model, code, lives.get(code), rows, members);
        }
        List<String> sources = new ArrayList<>();
        extracts.forEach(e -> sources.add(e.sourceId()));
        model.addCoverage(OrganisationKind.PCN, Period.of(FIRST_PCN_DAY, latestExtract().date().plusDays(1)), sources,
                "Every PCN of the ODS ePCN extracts of June 2022, January 2023 and October 2024 (closed PCNs"
                        + " included), from 2019-10-01, the ODS open date of the first PCNs (the Network Contract DES"
                        + " started 2019-07-01, docs/domain.md T51, but ODS dates no PCN before October), to the"
                        + " October 2024 extract (evidence date " + latestExtract().date() + ").");
    }

    static Period period(PcnRecord r) {
        return Period.of(r.openDate(), r.endExclusive().orElse(null));
    }

    // -------------------------------------------------------------------------------------------- memberships

    private static List<Relationship> relationships(Extract e) {
        List<Relationship> out = new ArrayList<>();
        for (PcnMembershipRecord r : e.data().memberships()) {
            out.add(new Relationship(r.where(), r.practice(), r.pcn(), Period.of(r.start(),
                    r.endExclusive().orElse(null)), e.sourceId()));
        }
        return out;
    }

    private SortedMap<String, List<PracticeSource.Run>> addMemberships(Model model, Map<String, Period> lives) {
        List<SortedMap<String, List<Relationship>>> byExtract = new ArrayList<>();
        SortedSet<String> codes = new TreeSet<>();
        for (Extract e : extracts) {
            SortedMap<String, List<Relationship>> of = new TreeMap<>();
            relationships(e).forEach(r -> of.computeIfAbsent(r.practice(), k -> new ArrayList<>()).add(r));
            byExtract.add(of);
            codes.addAll(of.keySet());
        }
        SortedMap<String, List<PracticeSource.Run>> membersByPcn = new TreeMap<>();
        int[] differ = new int[extracts.size()];
        for (String practice : codes) {
            List<List<Run>> timelines = new ArrayList<>();
            int latest = -1;
            for (int i = 0; i < extracts.size(); i++) {
                List<Relationship> rows = byExtract.get(i).getOrDefault(practice, List.of());
                boolean last = i == extracts.size() - 1;
                timelines.add(timeline(practice, rows, last ? null : extracts.get(i).date()));
                if (!rows.isEmpty()) {
                    latest = i;
                }
            }
            List<Relationship> latestRows = byExtract.get(latest).get(practice);
            List<Run> used = timelines.get(latest);
            if (latest < extracts.size() - 1 && latestRows.stream().anyMatch(r -> r.period().isOpenEnded())) {
                quality.add(latestRows.get(0).row(), practice, QualityReport.NOT_CHECKED, practice + " is a member of "
                        + used.get(used.size() - 1).pcn() + " in " + extracts.get(latest).sourceId() + " but absent"
                        + " from the later extract(s): the membership is taken to end after "
                        + extracts.get(latest).date() + ", that extract's date");
            }
            for (int i = 0; i < latest; i++) {
                List<Relationship> older = byExtract.get(i).getOrDefault(practice, List.of());
                LocalDate until = extracts.get(i).date().plusDays(1);
                List<String> differences = differences(timelines.get(i), used, until, extracts.get(i).sourceId(),
                        extracts.get(latest).sourceId());
                if (!differences.isEmpty()) {
                    quality.add(older.isEmpty() ? latestRows.get(0).row() : older.get(0).row(), practice,
                            QualityReport.CONTRADICTION, "the " + extracts.get(latest).sourceId() + " extract rewrites"
                                    + " the " + extracts.get(i).sourceId() + " one: " + String.join("; ", differences)
                                    + "; the later extract is used");
                }
                if (!Objects.equals(pcnOn(timelines.get(i), extracts.get(i).date()),
                        pcnOn(used, extracts.get(i).date()))) {
                    differ[i]++;
                }
            }
            Relationship first = latestRows.get(0);
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
        for (int i = 0; i < extracts.size() - 1; i++) {
            quality.add(extracts.get(i).file(), 0, "", QualityReport.SUMMARY, differ[i] + " practices have another"
                    + " PCN (or none) on " + extracts.get(i).date() + ", the date of " + extracts.get(i).sourceId()
                    + ", in the later extract that lists them than in " + extracts.get(i).sourceId() + " (some are"
                    + " missing from it); each is listed as a contradiction; the later extract is used");
        }
        return membersByPcn;
    }

    /** A practice's PCN for a period, from one extract. */
    private record Run(Period period, String pcn, String sourceId, SourceLine row) {
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
    private static List<String> differences(List<Run> older, List<Run> newer, LocalDate until, String olderSource,
            String newerSource) {
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
                out.add(difference(runStart, d, olderSource, a, newerSource, b));
                runStart = null;
            }
            if (differ && runStart == null) {
                runStart = d;
                a = x;
                b = y;
            }
        }
        if (runStart != null) {
            out.add(difference(runStart, until, olderSource, a, newerSource, b));
        }
        return out;
    }

    private static String difference(LocalDate from, LocalDate to, String olderSource, @Nullable String older,
            String newerSource, @Nullable String newer) {
        return "[" + from + ", " + to + ") " + olderSource + ": " + (older == null ? "none" : older) + ", "
                + newerSource + ": " + (newer == null ? "none" : newer);
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

    private void addParents(Model model, String code, Period life, List<@Nullable PcnRecord> rows,
            Map<String, List<PracticeSource.Run>> members) {
        List<PracticeSource.Run> stated = new ArrayList<>();
        List<Period> between = new ArrayList<>();
        Optional<Period> ccgEra = life.endingBy(Dates.ICB_ERA_START);
        Optional<Period> icbEra = life.intersection(Period.from(Dates.ICB_ERA_START));
        int ccgRow = -1;
        int firstRow = -1;
        List<Integer> icbRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                continue;
            }
            firstRow = firstRow < 0 ? i : firstRow;
            if (extracts.get(i).date().isBefore(Dates.ICB_ERA_START)) {
                ccgRow = i;
            } else {
                icbRows.add(i);
            }
        }
        PcnRecord where = Objects.requireNonNull(rows.get(icbRows.isEmpty() ? firstRow : icbRows.get(0)));
        if (ccgEra.isPresent()) {
            int i = ccgRow >= 0 ? ccgRow : firstRow;
            stated.add(new PracticeSource.Run(ccgEra.get(), Objects.requireNonNull(rows.get(i)).parent(),
                    Evidence.of(Certainty.MEDIUM, extracts.get(i).sourceId())));
        }
        if (icbEra.isPresent() && icbRows.isEmpty()) {
            quality.add(where.where(), code, QualityReport.NOT_CHECKED, code + " is open after 2022-06-30 in "
                    + extracts.get(firstRow).sourceId() + " but absent from the later extracts; its CCG of that"
                    + " extract is assumed");
            stated.add(new PracticeSource.Run(icbEra.get(), where.parent(),
                    Evidence.of(Certainty.MEDIUM, extracts.get(firstRow).sourceId())));
        } else if (icbEra.isPresent()) {
            LocalDate from = icbEra.get().start();
            PcnRecord previous = null;
            for (int k = 0; k < icbRows.size(); k++) {
                int i = icbRows.get(k);
                PcnRecord r = Objects.requireNonNull(rows.get(i));
                LocalDate to = k == icbRows.size() - 1 ? null : extracts.get(i).date().plusDays(1);
                Evidence e = Evidence.of(Certainty.MEDIUM, extracts.get(i).sourceId());
                if (previous != null && !previous.parent().equals(r.parent())) {
                    // The parent changed between two extracts: the members date the change.
                    LocalDate at = extracts.get(i).date().plusDays(1);
                    Period.of(from, at).intersection(icbEra.get()).ifPresent(between::add);
                    from = at;
                }
                if (to == null || to.isAfter(from)) {
                    Period p = Period.of(from, to);
                    p.intersection(icbEra.get()).ifPresent(q -> stated.add(new PracticeSource.Run(q, r.parent(), e)));
                    from = to == null ? from : to;
                }
                previous = r;
            }
        }
        List<PracticeSource.Run> runs = new ArrayList<>();
        for (PracticeSource.Run s : stated) {
            Optional<Model.Organisation> target = model.organisation(s.target());
            if (target.isEmpty()) {
                quality.add(where.where(), code, QualityReport.NOT_USED, "parent "
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
        for (Period p : between) {
            fromMembers(model, code, p, members, runs);
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
            quality.add(latestExtract().file(), 0, code, QualityReport.UNDATED, "no PART_OF link"
                    + " where the stated parent was not open or the extracts give different parents: " + String.join("; ", gaps.stream()
                            .map(g -> g.getKey() + g.getValue()).toList()));
        }
    }
}
