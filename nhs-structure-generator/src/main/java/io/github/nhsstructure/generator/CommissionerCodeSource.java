package io.github.nhsstructure.generator;

import io.github.nhsstructure.ods.SourceLine;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The commissioners of prescribing cost centres that no other source lists: the NHS England direct commissioning
 * codes of 2013 (area teams' codes such as {@code 12Q}, succeeded by the hubs of 2015; kind
 * {@link OrganisationKind#COMMISSIONING_HUB}) and the Welsh local health boards ({@code 6A1}-{@code 6C4} of
 * 2003-2009, {@code 7A1}-{@code 7A7} from 2009; kind {@link OrganisationKind#WELSH_HEALTH_BOARD}).
 *
 * <p>Rules (DATA.md, "Prescribing settings"): the kind from the code's form (two digits and a letter; {@code 6}, a
 * letter and a digit or {@code 7A1}-{@code 7A7}); the period from the earliest membership a practice file states (or
 * the first succession into the code, or the day before the first out of it), no earlier than 2013-04-01 for a hub
 * and 2003-04-01 for a Welsh board, to the last succession out of it, or,
 * with none, open-ended while a membership is open, else to the end of the last membership (MEDIUM: derived); the
 * names of {@code 7A1}-{@code 7A7} from {@code raw/curated/welsh-health-boards.csv}, other names placeholders
 * (UNCERTAIN). Other codes the files name as commissioners (the Welsh local health groups of 1999-2003) are not
 * added: a practice's gap in them is reported by {@link PracticeSource}.
 *
 * <p>This class is not thread-safe.
 */
final class CommissionerCodeSource {

    /**
     * A practice file's statement that some cost centre belonged to the code for a period.
     *
     * @param period  the period, not null
     * @param open  whether the membership was still open at the file's date
     * @param sourceId  the file's id in {@code sources.csv}, not null
     * @param row  where the statement is, not null
     */
    record Statement(Period period, boolean open, String sourceId, SourceLine row) {
    }

    private final SuccessionFile succ;
    private final List<RawRow> curated;
    private final QualityReport quality;
    private final Set<String> added = new TreeSet<>();

    CommissionerCodeSource(SuccessionFile succ, List<RawRow> curated, QualityReport quality) {
        this.succ = succ;
        this.curated = curated;
        this.quality = quality;
    }

    static CommissionerCodeSource read(Path rawDir, SuccessionFile succ, QualityReport quality) {
        return new CommissionerCodeSource(succ, CuratedCsv.read(rawDir, PrimaryCareSources.CURATED_WELSH_BOARDS_FILE),
                quality);
    }

    /** The codes added. */
    Set<String> codes() {
        return java.util.Collections.unmodifiableSet(added);
    }

    /**
     * Adds the codes of the statements that are not organisations yet and have the form of a hub or a Welsh board.
     *
     * @param model  the model, not null
     * @param statements  per code, what the practice files state about it, not null
     */
    void addTo(Model model, SortedMap<String, List<Statement>> statements) {
        Map<String, List<RawRow>> names = curatedNames();
        int welshBoards = 0;
        int hubs = 0;
        SortedMap<String, Integer> notAdded = new TreeMap<>();
        for (Map.Entry<String, List<Statement>> e : statements.entrySet()) {
            String code = e.getKey();
            if (model.contains(code)) {
                continue;
            }
            OrganisationKind kind = SuccessionCodeSource.classify(code, c -> false).kind();
            if (kind != OrganisationKind.COMMISSIONING_HUB && kind != OrganisationKind.WELSH_HEALTH_BOARD) {
                notAdded.merge(code, e.getValue().size(), Integer::sum);
                continue;
            }
            Period life = life(code, kind, e.getValue());
            TreeSet<String> sources = new TreeSet<>();
            e.getValue().forEach(s -> sources.add(s.sourceId()));
            boolean succeeded = !succ.asPredecessor(code).isEmpty() || !succ.asSuccessor(code).isEmpty();
            if (succeeded) {
                sources.add(Sources.SUCC);
            }
            Evidence evidence = new Evidence(List.copyOf(sources), Certainty.MEDIUM);
            model.addOrganisation(code, life, evidence);
            model.addKind(code, life, kind, evidence);
            addNames(model, code, kind, life, names.getOrDefault(code, List.of()));
            added.add(code);
            if (kind == OrganisationKind.WELSH_HEALTH_BOARD) {
                welshBoards++;
            } else {
                hubs++;
            }
        }
        for (String code : names.keySet()) {
            if (!added.contains(code)) {
                quality.add(names.get(code).get(0), code, QualityReport.NOT_USED, code + " is the commissioner of"
                        + " no cost centre of the practice files; its curated name is not used");
            }
        }
        quality.add(PrimaryCareSources.EPCMEM_FILE, 0, "", QualityReport.SUMMARY, hubs + " NHS England direct"
                + " commissioning codes and " + welshBoards + " Welsh local health boards that only the practice"
                + " files (and succ.csv) name are organisations, with periods from their members' dates and"
                + " succ.csv (MEDIUM); " + notAdded.size() + " other commissioner codes are not organisations of"
                + " this dataset (the Welsh local health groups of 1999-2003 and others): " + notAdded.keySet());
        model.addCoverage(OrganisationKind.WELSH_HEALTH_BOARD, Period.from(PracticeSource.WELSH_BOARDS_FROM),
                List.of(PrimaryCareSources.EPCMEM, Sources.SUCC, PrimaryCareSources.CURATED_WELSH_BOARDS),
                "The 22 Welsh local health boards of 2003-2009 (6A1-6C4) and the seven of 2009-10-01 (7A1-7A7), as"
                        + " the parents of Welsh practices in epcmem.csv and the epraccur snapshots and the 2009"
                        + " successions of succ.csv, from 2003-04-01; " + Dates.LATEST_NOTE + " Names of the seven"
                        + " curated (raw/curated/welsh-health-boards.csv), of the 22 placeholders.");
    }

    /**
     * The period the statements and {@code succ.csv} give a code, starting no earlier than its kind existed: NHS
     * England's direct commissioning codes on 2013-04-01, the Welsh local health boards on 2003-04-01 (an earlier
     * join date, the join date of a practice's first parent, is reported and cut by {@link PracticeSource}).
     */
    private Period life(String code, OrganisationKind kind, List<Statement> statements) {
        LocalDate start = LocalDate.MAX;
        LocalDate lastEnd = LocalDate.MIN;
        boolean open = false;
        for (Statement s : statements) {
            start = s.period().start().isBefore(start) ? s.period().start() : start;
            if (s.period().end() == null || s.open()) {
                open = true;
            }
            if (s.period().end() != null && s.period().end().isAfter(lastEnd)) {
                lastEnd = s.period().end();
            }
        }
        TreeSet<LocalDate> out = new TreeSet<>();
        for (SuccessionFile.Row r : succ.asPredecessor(code)) {
            out.add(r.effectiveDate());
            LocalDate before = r.effectiveDate().minusDays(1);
            start = before.isBefore(start) ? before : start;
        }
        for (SuccessionFile.Row r : succ.asSuccessor(code)) {
            start = r.effectiveDate().isBefore(start) ? r.effectiveDate() : start;
        }
        LocalDate floor = kind == OrganisationKind.COMMISSIONING_HUB ? Dates.CCG_ERA_START
                : PracticeSource.WELSH_BOARDS_FROM;
        start = start.isBefore(floor) ? floor : start;
        LocalDate end = !out.isEmpty() ? out.last() : open ? null : lastEnd;
        if (end != null && !end.isAfter(start)) {
            end = start.plusDays(1);
        }
        return Period.of(start, end);
    }

    private void addNames(Model model, String code, OrganisationKind kind, Period life, List<RawRow> rows) {
        String placeholder = (kind == OrganisationKind.WELSH_HEALTH_BOARD ? "Welsh local health board "
                : "NHS England direct commissioning code ") + code + " (name not in sources)";
        Evidence uncertain = Evidence.of(Certainty.UNCERTAIN, PrimaryCareSources.EPCMEM);
        LocalDate at = life.start();
        for (RawRow r : rows) {
            Period p = Period.of(date(r, "start"), r.get("end").isBlank() ? null : date(r, "end"));
            java.util.Optional<Period> inside = p.intersection(life);
            if (inside.isEmpty()) {
                quality.add(r, code, QualityReport.NOT_USED, "curated name period " + p + " is outside " + life);
                continue;
            }
            if (inside.get().start().isAfter(at)) {
                model.addName(code, Period.of(at, inside.get().start()), placeholder, uncertain);
            }
            Certainty certainty;
            try {
                certainty = Certainty.valueOf(r.required("certainty"));
            } catch (IllegalArgumentException ex) {
                throw r.error("certainty", "'" + r.get("certainty") + "' is not HIGH, MEDIUM or UNCERTAIN");
            }
            model.addName(code, inside.get(), r.required("name"), Evidence.of(certainty,
                    PrimaryCareSources.CURATED_WELSH_BOARDS));
            at = inside.get().end();
            if (at == null) {
                return;
            }
        }
        if (life.end() == null || at.isBefore(life.end())) {
            model.addName(code, Period.of(at, life.end()), placeholder, uncertain);
        }
    }

    private Map<String, List<RawRow>> curatedNames() {
        Map<String, List<RawRow>> out = new TreeMap<>();
        for (RawRow r : curated) {
            out.computeIfAbsent(r.required("code"), k -> new ArrayList<>()).add(r);
            r.required("source");
        }
        out.values().forEach(l -> l.sort((a, b) -> date(a, "start").compareTo(date(b, "start"))));
        return out;
    }

    private static LocalDate date(RawRow r, String column) {
        try {
            return LocalDate.parse(r.required(column));
        } catch (DateTimeParseException e) {
            throw r.error(column, "'" + r.get(column) + "' is not a date (yyyy-MM-dd)");
        }
    }
}
