package io.github.nhsstructure.generator;

import io.github.nhsstructure.ods.EtrReader;
import io.github.nhsstructure.ods.EtrRecord;
import io.github.nhsstructure.ods.SourceLine;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.ProviderType;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.provenance.Certainty;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * NHS trusts and NHS foundation trusts, from five ODS snapshots of the trust file: the trust sheet of the STP
 * partner mapping workbook (mid 2016), {@code etr.csv} of 2018-08-31, of late 2021, of early 2025 (which also keeps
 * 68 trusts closed 2006 to 2024) and of mid 2026 (column 4 giving the ICBs of the April 2026 mergers), read by
 * {@link EtrReader}. Each snapshot gives, for every trust it lists, the name, the region
 * (column 3) and a parent (column 4) as on the snapshot's date, or for a closed trust as on its last day.
 *
 * <p>Rules (DATA.md "NHS trusts"):
 * <ul>
 *   <li>the operational period is the ODS open date to the close date plus one day (all snapshots agree); a trust
 *       still open in the last snapshot that {@code succ.csv} succeeds later ends on that effective date (MEDIUM);</li>
 *   <li>the kind follows the name: {@code NHS FOUNDATION TRUST} gives {@link OrganisationKind#NHS_FOUNDATION_TRUST},
 *       any other NHS trust name {@link OrganisationKind#NHS_TRUST}; a row whose name is not an NHS trust's would be
 *       excluded and reported;</li>
 *   <li>names, kinds, provider types, regions and ICBs are dated from the snapshots: a value seen in two
 *       consecutive snapshots holds between them (HIGH); before the first and after the last snapshot it is
 *       assumed (MEDIUM; names before 2013-04-01, and foundation trust status before the first snapshot,
 *       UNCERTAIN); where it changed between two snapshots the change is put on a date that explains it (a
 *       succession into the trust, the end of a region; MEDIUM) or else on the later snapshot's date, the old
 *       value being UNCERTAIN until then;</li>
 *   <li>no foundation trust existed before 2004-04-01 (docs/domain.md T16, T17): a trust first seen as a foundation
 *       trust is an NHS trust before that day;</li>
 *   <li>the provider type is derived from the name ({@link #providerType(String)});</li>
 *   <li>{@code IN_REGION} is column 3 where it names a region of the dataset open on the row's date;
 *       {@code MEMBER_OF} is column 4 where it names an ICB of the dataset on the row's date (the 2025 and 2026
 *       files: earlier files give local offices and STPs, which are not linked); column 24, a letter code nobody has
 *       decoded, is not used.</li>
 * </ul>
 *
 * <p>This class is not thread-safe.
 */
final class TrustSource {

    /**
     * The issue of a quality line for a value that changed between two snapshots on a day no source gives: the
     * change is put on the later snapshot's date and the old value is UNCERTAIN until then.
     */
    static final String UNDATED_CHANGE = "undated change";

    /** The first day NHS foundation trusts existed: the first were authorised in April 2004 (docs/domain.md T17). */
    static final LocalDate FIRST_FOUNDATION_TRUSTS = LocalDate.of(2004, 4, 1);

    /** The first day the dataset claims every trust for; see {@link #addCoverage(Model)}. */
    static final LocalDate COVERAGE_START = Dates.CCG_ERA_START;

    /** One trust as one snapshot lists it. */
    record Row(SourceLine raw, String sourceId, LocalDate snapshotDate, String code, String name, String region,
            String parent, LocalDate open, @Nullable LocalDate close) {

        /** The day the row speaks for: the snapshot's date, or the last day open of a closed trust. */
        LocalDate date() {
            return close != null && close.isBefore(snapshotDate) ? close : snapshotDate;
        }
    }

    /** A snapshot of the trust file. */
    record Snapshot(String sourceId, String file, LocalDate date, List<Row> rows) {
    }

    /** A value seen on a date, with the sources that show it and the (latest) row that shows it. */
    record Observation<V>(LocalDate date, V value, Set<String> sources, SourceLine raw) {
    }

    /** A value over a period, with its evidence. */
    record Segment<V>(Period period, V value, Evidence evidence) {
    }

    /** A provider type derived from a name, with how sure the derivation is. */
    record Derived(ProviderType type, Certainty certainty) {
    }

    /** Specialist trusts recognised by name (DATA.md): one specialty such as cancer, eyes, children, heart. */
    private static final List<String> SPECIALIST_NAMES = List.of("ROYAL MARSDEN", "MOORFIELDS EYE", "CHRISTIE",
            "GREAT ORMOND STREET", "ROYAL BROMPTON", "ORTHOPAEDIC", "CLATTERBRIDGE", "PAPWORTH", "WALTON CENTRE",
            "LIVERPOOL HEART AND CHEST", "ALDER HEY", "CHILDREN'S", "WOMEN'S", "TAVISTOCK", "RHEUMATIC");

    /**
     * Names in which a keyword misleads: partnership trusts are mostly mental health trusts, but Staffordshire and
     * Stoke on Trent Partnership NHS Trust was a community trust. Such names get {@link ProviderType#OTHER}.
     */
    private static final List<String> KEYWORD_MISLEADS = List.of("STAFFORDSHIRE AND STOKE ON TRENT PARTNERSHIP");

    private final List<Snapshot> snapshots;
    private final SuccessionFile succ;
    private final QualityReport quality;

    TrustSource(List<Snapshot> snapshots, SuccessionFile succ, QualityReport quality) {
        List<Snapshot> sorted = new ArrayList<>(snapshots);
        sorted.sort(Comparator.comparing(Snapshot::date));
        this.snapshots = List.copyOf(sorted);
        this.succ = succ;
        this.quality = quality;
    }

    static TrustSource read(Path rawDir, SuccessionFile succ, QualityReport quality) {
        List<Snapshot> snapshots = new ArrayList<>();
        snapshots.add(stpWorkbook(RawCsv.withHeader(rawDir, NationalAndTrustSources.ETR_2016_FILE)));
        snapshots.add(etr(rawDir, NationalAndTrustSources.ETR_2018, NationalAndTrustSources.ETR_2018_FILE,
                NationalAndTrustSources.ETR_2018_DATE));
        snapshots.add(etr(rawDir, NationalAndTrustSources.ETR_2022, NationalAndTrustSources.ETR_2022_FILE,
                NationalAndTrustSources.ETR_2022_DATE));
        snapshots.add(etr(rawDir, NationalAndTrustSources.ETR_2025, NationalAndTrustSources.ETR_2025_FILE,
                NationalAndTrustSources.ETR_2025_DATE));
        snapshots.add(etr(rawDir, NationalAndTrustSources.ETR_2026, NationalAndTrustSources.ETR_2026_FILE,
                NationalAndTrustSources.ETR_2026_DATE));
        return new TrustSource(snapshots, succ, quality);
    }

    private static Snapshot etr(Path rawDir, String sourceId, String file, LocalDate date) {
        return etr(sourceId, file, date, EtrReader.read(rawDir.resolve(file), file));
    }

    /** An {@code etr.csv} snapshot read by {@link EtrReader}. */
    static Snapshot etr(String sourceId, String file, LocalDate date, List<EtrRecord> records) {
        List<Row> rows = new ArrayList<>();
        for (EtrRecord r : records) {
            rows.add(new Row(r.where(), sourceId, date, r.code(), r.name(), r.nationalGrouping(),
                    r.highLevelHealthGeography(), r.openDate(), r.closeDate().orElse(null)));
        }
        return checked(new Snapshot(sourceId, file, date, rows));
    }

    /** The trust sheet of the STP partner mapping workbook: a header row; trailing blank cells were trimmed. */
    static Snapshot stpWorkbook(List<RawRow> raw) {
        List<Row> rows = new ArrayList<>();
        for (RawRow r : raw) {
            LocalDate open = OdsRecord.parseDate(r, r.required("Open date"), "Open date")
                    .orElseThrow(() -> r.error("Open date", "must not be blank"));
            LocalDate close = OdsRecord.parseDate(r, optional(r, "Close Date"), "Close Date").orElse(null);
            rows.add(new Row(r.source(), NationalAndTrustSources.ETR_2016, NationalAndTrustSources.ETR_2016_DATE, r.required("ORG CODE"),
                    r.required("ORGANISATION NAME"), r.get("NATIONAL GROUPING").strip(), r.get("HLHG").strip(), open,
                    close));
        }
        return checked(new Snapshot(NationalAndTrustSources.ETR_2016, NationalAndTrustSources.ETR_2016_FILE, NationalAndTrustSources.ETR_2016_DATE, rows));
    }

    /**
     * Checks that a snapshot can speak for its date: nothing opens after it, nothing closes on or after it, and a
     * code appears once.
     *
     * @throws RawDataException naming file and line otherwise
     */
    private static Snapshot checked(Snapshot s) {
        Set<String> codes = new TreeSet<>();
        for (Row r : s.rows()) {
            if (!codes.add(r.code())) {
                throw error(r.raw(), "code", r.code() + " appears twice");
            }
            if (r.open().isAfter(s.date())) {
                throw error(r.raw(), "open date", r.open() + " is after the day the file speaks for, " + s.date());
            }
            if (r.close() != null && !r.close().isBefore(s.date())) {
                throw error(r.raw(), "close date", r.close() + " is not before the day the file speaks for, "
                        + s.date());
            }
            if (r.close() != null && r.close().isBefore(r.open())) {
                throw error(r.raw(), "close date", r.close() + " is before the open date " + r.open());
            }
        }
        return s;
    }

    private static RawDataException error(SourceLine where, String field, String problem) {
        return new RawDataException(where.file(), where.line(), field, problem);
    }

    private static String optional(RawRow r, String column) {
        Integer index = r.header().get(column);
        if (index == null) {
            throw r.error(column, "no such column in the header " + r.header().keySet());
        }
        return index < r.values().size() ? r.values().get(index).strip() : "";
    }

    void addTo(Model model) {
        NationalAndTrustSources.TRUSTS.forEach(model::addSource);
        Map<String, List<Row>> byCode = new TreeMap<>();
        for (Snapshot s : snapshots) {
            for (Row r : s.rows()) {
                if (kindOf(r.name()).isEmpty()) {
                    quality.add(r.raw(), r.code(), QualityReport.NOT_USED, "'" + r.name() + "' is not the name of an"
                            + " NHS trust or foundation trust: excluded");
                    continue;
                }
                byCode.computeIfAbsent(r.code(), c -> new ArrayList<>()).add(r);
            }
        }
        Map<String, Period> periods = new TreeMap<>();
        for (Map.Entry<String, List<Row>> e : byCode.entrySet()) {
            periods.put(e.getKey(), addOrganisation(model, e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, List<Row>> e : byCode.entrySet()) {
            String code = e.getKey();
            List<Row> rows = e.getValue();
            Period life = periods.get(code);
            addNames(model, code, life, rows);
            addKinds(model, code, life, rows);
            addProviderTypes(model, code, life, rows);
            addLinks(model, code, life, rows, RelationshipType.IN_REGION, OrganisationKind.REGION, Row::region);
            addLinks(model, code, life, rows, RelationshipType.MEMBER_OF, OrganisationKind.ICB, Row::parent);
        }
        reportUnusedColumns(model);
        checkCoverageClaim(model);
        addCoverage(model);
    }

    /**
     * The coverage claim rests on every NHS trust code (three characters, {@code R..}) that {@code succ.csv} names
     * on a date of the claimed period being a trust of the dataset.
     *
     * @throws IllegalStateException naming the codes otherwise, so that new raw data cannot silently break the claim
     */
    private void checkCoverageClaim(Model model) {
        Period claimed = Period.of(COVERAGE_START, Dates.ICB_MERGERS_2026);
        Set<String> missing = new TreeSet<>();
        for (SuccessionFile.Row r : succ.rows()) {
            if (!claimed.contains(r.effectiveDate()) && !r.effectiveDate().equals(Dates.ICB_MERGERS_2026)) {
                continue;
            }
            for (String c : List.of(r.predecessor(), r.successor())) {
                if (c.matches("R[A-Z0-9]{2}") && !model.contains(c)) {
                    missing.add(c + " (" + r.effectiveDate() + ")");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("NHS trust coverage from " + COVERAGE_START + " is claimed, but succ.csv"
                    + " names trusts no extract lists: " + missing);
        }
    }

    private Period addOrganisation(Model model, String code, List<Row> rows) {
        Set<String> sources = sources(rows);
        Row latest = rows.get(rows.size() - 1);
        Evidence evidence = new Evidence(List.copyOf(sources), Certainty.HIGH);
        LocalDate open = latest.open();
        LocalDate close = latest.close();
        for (Row r : rows) {
            if (r.close() == null && close != null && close.isBefore(r.snapshotDate())) {
                quality.add(r.raw(), code, QualityReport.CONTRADICTION, "listed as open in the extract of "
                        + r.snapshotDate() + " but closed " + close + " in " + latest.raw().file() + "; the close"
                        + " date is used and the row is taken as speaking for the trust's last day");
                evidence = evidence.atMost(Certainty.MEDIUM);
            }
            if (!r.open().equals(open)) {
                quality.add(r.raw(), code, QualityReport.CONTRADICTION, "open date " + r.open() + " differs from "
                        + open + " in " + latest.raw().file() + "; the latest is used");
                evidence = evidence.atMost(Certainty.MEDIUM);
            }
            if (r.close() != null && !r.close().equals(close)) {
                quality.add(r.raw(), code, QualityReport.CONTRADICTION, "close date " + r.close() + " differs from "
                        + close + " in " + latest.raw().file() + "; the latest is used");
                evidence = evidence.atMost(Certainty.MEDIUM);
            }
        }
        LocalDate end = close == null ? null : OdsRecord.dayAfterClose(close);
        TreeSet<LocalDate> successions = new TreeSet<>();
        succ.asPredecessor(code).forEach(s -> successions.add(s.effectiveDate()));
        Snapshot last = snapshots.get(snapshots.size() - 1);
        if (end == null && latest.sourceId().equals(last.sourceId())) {
            // Open in the latest extract, succeeded later (RNK, RY2, RYV on 2026-04-01): closed on that day.
            Optional<LocalDate> later = successions.stream().filter(d -> d.isAfter(last.date())).findFirst();
            if (later.isPresent()) {
                end = later.get();
                evidence = evidence.and(Evidence.of(Certainty.MEDIUM, Sources.SUCC));
                quality.add(latest.raw(), code, QualityReport.CONTRADICTION, "open in " + latest.raw().file()
                        + " (as at " + last.date() + ") but succ.csv gives it successors from " + end
                        + ": closed on " + end + " (MEDIUM)");
            }
        } else if (end == null) {
            quality.add(latest.raw(), code, QualityReport.NOT_CHECKED, "open in " + latest.raw().file() + " but"
                    + " absent from the later extract(s): kept open");
            evidence = evidence.atMost(Certainty.MEDIUM);
        } else if (!successions.isEmpty() && !successions.contains(end)) {
            // The contradiction itself is reported by the succession source.
            evidence = evidence.atMost(Certainty.MEDIUM);
        }
        if (end != null && end.isAfter(Dates.ICB_MERGERS_2026) && successions.isEmpty()) {
            quality.add(latest.raw(), code, QualityReport.NOT_CHECKED, "closed " + close + " in " + latest.raw()
                    .file() + ", after the latest date succ.csv speaks for (" + Dates.ICB_MERGERS_2026 + "), which"
                    + " gives it no successor: the close is used and no successor is known");
        }
        Period period = new Period(open, end);
        model.addOrganisation(code, period, evidence);
        return period;
    }

    private void addNames(Model model, String code, Period life, List<Row> rows) {
        List<Observation<String>> seen = observations(rows, life, Row::name);
        for (Segment<String> s : timeline(code, life, seen, this::successionHint, (first, window) -> before(window,
                first.value(), first.sources(), kindOf(first.value()).orElseThrow()
                        == OrganisationKind.NHS_FOUNDATION_TRUST), "name")) {
            model.addName(code, s.period(), s.value(), s.evidence());
        }
    }

    private void addKinds(Model model, String code, Period life, List<Row> rows) {
        List<Observation<OrganisationKind>> seen = observations(rows, life, r -> kindOf(r.name()).orElseThrow());
        for (Segment<OrganisationKind> s : timeline(code, life, seen, this::successionHint,
                (first, window) -> kindBefore(window, first), "kind")) {
            model.addKind(code, s.period(), s.value(), s.evidence());
        }
    }

    private void addProviderTypes(Model model, String code, Period life, List<Row> rows) {
        List<Observation<Derived>> seen = observations(rows, life, r -> providerType(r.name()));
        List<Segment<ProviderType>> capped = new ArrayList<>();
        for (Segment<Derived> s : timeline(code, life, seen, this::successionHint, (first, window) -> before(window,
                first.value(), first.sources(), false), "provider type")) {
            // No surer than the derivation from the name.
            capped.add(new Segment<>(s.period(), s.value().type(), s.evidence().atMost(s.value().certainty())));
        }
        for (Segment<ProviderType> s : merged(capped)) {
            model.addProviderType(code, s.period(), s.value(), s.evidence());
        }
    }

    /**
     * Adds the dated links of one type from the column {@code column} of the rows: only where the column names an
     * organisation of the dataset with {@code targetKind} on the row's date; each link lies inside the target's
     * operational period.
     */
    private void addLinks(Model model, String code, Period life, List<Row> rows, RelationshipType type,
            OrganisationKind targetKind, Function<Row, String> column) {
        List<Row> usable = new ArrayList<>();
        for (Row r : rows) {
            String target = column.apply(r);
            LocalDate date = dateIn(r, life);
            if (target.isEmpty() || !kindOn(model, target, date).equals(Optional.of(targetKind))) {
                if (type == RelationshipType.IN_REGION) {
                    quality.add(r.raw(), code, QualityReport.NOT_USED, "region (column 3) '" + target + "' is not a"
                            + " region of this dataset on " + date + (r.close() != null ? " (the trust's last"
                            + " day; ODS gives closed trusts today's regions)" : "") + "; no IN_REGION link");
                }
                continue;
            }
            usable.add(r);
        }
        if (usable.isEmpty()) {
            return;
        }
        List<Observation<String>> seen = observations(usable, life, column);
        HintFinder<String> hint = (c, a, b) -> targetHint(model, a, b);
        for (Segment<String> s : timeline(code, life, seen, hint, (first, window) -> List.of(new Segment<>(window,
                first.value(), new Evidence(List.copyOf(first.sources()), Certainty.MEDIUM))), type.name())) {
            // Only while the target is of the kind the extract says it is: an ICB code's earlier STP era is not
            // evidence that the trust was a partner of that STP.
            for (Model.Kind k : model.kinds()) {
                if (k.code().equals(s.value()) && k.kind() == targetKind) {
                    s.period().intersection(k.period()).ifPresent(p -> model.addLink(code, type, s.value(), p,
                            s.evidence()));
                }
            }
        }
    }

    /** A date that explains a change between two observations, and how sure it is. */
    record Hint(LocalDate date, Certainty certainty, String reason) {
    }

    /** A name (and so kind) change explained by a succession into the trust between the two snapshots. */
    private Optional<Hint> successionHint(String code, Observation<?> before, Observation<?> after) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (SuccessionFile.Row r : succ.asSuccessor(code)) {
            if (r.effectiveDate().isAfter(before.date()) && !r.effectiveDate().isAfter(after.date())) {
                dates.add(r.effectiveDate());
            }
        }
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Hint(dates.last(), dates.size() == 1 ? Certainty.MEDIUM : Certainty.UNCERTAIN,
                "succ.csv gives " + code + " predecessors on " + dates));
    }

    /** A region or ICB change explained by the old target closing, or the new one opening, in between. */
    private static Optional<Hint> targetHint(Model model, Observation<String> before, Observation<String> after) {
        Period old = model.organisation(before.value()).orElseThrow().period();
        if (old.end() != null && old.end().isAfter(before.date()) && !old.end().isAfter(after.date())) {
            return Optional.of(new Hint(old.end(), Certainty.MEDIUM, before.value() + " ends " + old.end()));
        }
        Period next = model.organisation(after.value()).orElseThrow().period();
        if (next.start().isAfter(before.date()) && !next.start().isAfter(after.date())) {
            return Optional.of(new Hint(next.start(), Certainty.MEDIUM, after.value() + " starts " + next.start()));
        }
        return Optional.empty();
    }

    /** Finds the date that explains a change of value between two observations of a trust. */
    private interface HintFinder<V> {
        Optional<Hint> find(String code, Observation<V> before, Observation<V> after);
    }

    /**
     * Dates a value from its observations (see the class rules): {@code before} gives the segments before the
     * first observation, {@code hint} dates a change between two observations.
     */
    private <V> List<Segment<V>> timeline(String code, Period life, List<Observation<V>> seen, HintFinder<V> hint,
            BiFunction<Observation<V>, Period, List<Segment<V>>> before, String what) {
        List<Segment<V>> out = new ArrayList<>();
        Observation<V> first = seen.get(0);
        if (life.start().isBefore(first.date())) {
            out.addAll(before.apply(first, new Period(life.start(), first.date())));
        }
        for (int i = 0; i + 1 < seen.size(); i++) {
            Observation<V> a = seen.get(i);
            Observation<V> b = seen.get(i + 1);
            Set<String> both = new TreeSet<>(a.sources());
            both.addAll(b.sources());
            if (a.value().equals(b.value())) {
                out.add(new Segment<>(new Period(a.date(), b.date()), a.value(),
                        new Evidence(List.copyOf(both), Certainty.HIGH)));
                continue;
            }
            Optional<Hint> h = hint.find(code, a, b);
            if (h.isPresent()) {
                LocalDate at = h.get().date();
                out.add(new Segment<>(new Period(a.date(), at), a.value(),
                        new Evidence(List.copyOf(both), h.get().certainty())));
                if (at.isBefore(b.date())) {
                    out.add(new Segment<>(new Period(at, b.date()), b.value(),
                            new Evidence(List.copyOf(both), h.get().certainty())));
                }
            } else {
                out.add(new Segment<>(new Period(a.date(), b.date()), a.value(),
                        new Evidence(List.copyOf(both), Certainty.UNCERTAIN)));
                if (what.equals("provider type")) {
                    continue; // derived from the name, whose change is reported
                }
                quality.add(b.raw(), code, UNDATED_CHANGE, what + " '" + a.value() + "' (" + a.date()
                        + ") became '" + b.value() + "' (" + b.date() + ") on a day no source gives: the change is"
                        + " put on " + b.date() + " and the old value is UNCERTAIN from " + a.date());
            }
        }
        Observation<V> last = seen.get(seen.size() - 1);
        Certainty after = Certainty.MEDIUM;
        if (life.end() != null && last.date().plusDays(1).equals(life.end()) && !out.isEmpty()) {
            // A closed trust seen on its last day: that day goes with the stretch before it.
            Segment<V> previous = out.get(out.size() - 1);
            if (previous.value().equals(last.value()) && last.date().equals(previous.period().end())) {
                after = previous.evidence().certainty();
            }
        }
        out.add(new Segment<>(new Period(last.date(), life.end()), last.value(),
                new Evidence(List.copyOf(last.sources()), after)));
        return merged(out);
    }

    /** Joins consecutive segments with the same value and certainty. */
    private static <V> List<Segment<V>> merged(List<Segment<V>> segments) {
        List<Segment<V>> out = new ArrayList<>();
        for (Segment<V> s : segments) {
            if (!out.isEmpty()) {
                Segment<V> p = out.get(out.size() - 1);
                if (p.value().equals(s.value()) && p.evidence().certainty() == s.evidence().certainty()
                        && Objects.equals(p.period().end(), s.period().start())) {
                    Set<String> all = new TreeSet<>(p.evidence().sources());
                    all.addAll(s.evidence().sources());
                    out.set(out.size() - 1, new Segment<>(new Period(p.period().start(), s.period().end()), p.value(),
                            new Evidence(List.copyOf(all), p.evidence().certainty())));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /**
     * A value before the first snapshot that shows it, back to the trust's opening: UNCERTAIN before 2013-04-01 (or
     * throughout for a foundation trust's name, whose authorisation date no file gives), MEDIUM after.
     */
    private static <V> List<Segment<V>> before(Period window, V value, Set<String> sources, boolean foundation) {
        List<Segment<V>> out = new ArrayList<>();
        LocalDate cut = foundation ? window.end() : max(window.start(), min(window.end(), COVERAGE_START));
        if (window.start().isBefore(cut)) {
            out.add(new Segment<>(new Period(window.start(), cut), value,
                    new Evidence(List.copyOf(sources), Certainty.UNCERTAIN)));
        }
        if (cut.isBefore(window.end())) {
            out.add(new Segment<>(new Period(cut, window.end()), value,
                    new Evidence(List.copyOf(sources), Certainty.MEDIUM)));
        }
        return out;
    }

    /**
     * The kind before the first snapshot: an NHS trust stays one back to its opening (MEDIUM: status is never
     * lost); a foundation trust was one at most since 2004-04-01 (UNCERTAIN: its authorisation date is in no file)
     * and an NHS trust before (MEDIUM).
     */
    private static List<Segment<OrganisationKind>> kindBefore(Period window, Observation<OrganisationKind> first) {
        Evidence medium = new Evidence(List.copyOf(first.sources()), Certainty.MEDIUM);
        if (first.value() != OrganisationKind.NHS_FOUNDATION_TRUST) {
            return List.of(new Segment<>(window, first.value(), medium));
        }
        List<Segment<OrganisationKind>> out = new ArrayList<>();
        LocalDate cut = max(window.start(), min(window.end(), FIRST_FOUNDATION_TRUSTS));
        if (window.start().isBefore(cut)) {
            out.add(new Segment<>(new Period(window.start(), cut), OrganisationKind.NHS_TRUST, medium));
        }
        if (cut.isBefore(window.end())) {
            out.add(new Segment<>(new Period(cut, window.end()), OrganisationKind.NHS_FOUNDATION_TRUST,
                    medium.with(Certainty.UNCERTAIN)));
        }
        return out;
    }

    /**
     * The observations of one value, one per date, oldest first. Rows of the same date agree (a closed trust is
     * seen at its last day by every file that keeps it); if not, the latest file's value is used and reported.
     */
    private <V> List<Observation<V>> observations(List<Row> rows, Period life, Function<Row, V> value) {
        TreeMap<LocalDate, Observation<V>> byDate = new TreeMap<>();
        for (Row r : rows) {
            V v = value.apply(r);
            LocalDate date = dateIn(r, life);
            Observation<V> previous = byDate.get(date);
            Set<String> sources = new TreeSet<>(Set.of(r.sourceId()));
            if (previous != null) {
                if (!previous.value().equals(v)) {
                    quality.add(r.raw(), r.code(), QualityReport.CONTRADICTION, "'" + v + "' differs from '"
                            + previous.value() + "' (" + previous.sources() + ") for " + date + "; this later"
                            + " file is used");
                } else {
                    sources.addAll(previous.sources());
                }
            }
            byDate.put(date, new Observation<>(date, v, sources, r.raw()));
        }
        return List.copyOf(byDate.values());
    }

    /** The day a row speaks for within the trust's life: a row listing a trust after its close, its last day. */
    private static LocalDate dateIn(Row r, Period life) {
        return life.contains(r.date()) ? r.date() : Objects.requireNonNull(life.end()).minusDays(1);
    }

    private static Set<String> sources(List<Row> rows) {
        Set<String> sources = new TreeSet<>();
        rows.forEach(r -> sources.add(r.sourceId()));
        return sources;
    }

    /** The kind of an organisation of the model on a date. */
    private static Optional<OrganisationKind> kindOn(Model model, String code, LocalDate date) {
        for (Model.Kind k : model.kinds()) {
            if (k.code().equals(code) && k.period().contains(date)) {
                return Optional.of(k.kind());
            }
        }
        return Optional.empty();
    }

    /**
     * The kind an ODS trust name gives: a foundation trust if it says so, an NHS trust for any other NHS trust
     * name ({@code NHS} or {@code NATIONAL HEALTH SERVICE}, and {@code TRUST}).
     *
     * @param name  the ODS name, not null
     * @return the kind, or empty if the name is not an NHS trust's
     */
    static Optional<OrganisationKind> kindOf(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.contains("NHS FOUNDATION TRUST")) {
            return Optional.of(OrganisationKind.NHS_FOUNDATION_TRUST);
        }
        if ((n.contains("NHS") || n.contains("NATIONAL HEALTH SERVICE")) && n.contains("TRUST")) {
            return Optional.of(OrganisationKind.NHS_TRUST);
        }
        return Optional.empty();
    }

    /**
     * The provider type an ODS trust name suggests, first rule that matches: {@code AMBULANCE} gives ambulance; a
     * specialist name (cancer, eye, children's, women's, orthopaedic, heart and chest hospitals and the like)
     * gives specialist; {@code MENTAL HEALTH} or {@code LEARNING DISABILITY} mental health; {@code COMMUNITY}
     * community; {@code HOSPITAL} acute, all MEDIUM; {@code PARTNERSHIP} mental health, UNCERTAIN (most partnership
     * trusts are mental health trusts, not all); anything else other, UNCERTAIN.
     *
     * @param name  the ODS name, not null
     * @return the derived type, not null
     */
    static Derived providerType(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        for (String misleading : KEYWORD_MISLEADS) {
            if (n.contains(misleading)) {
                return new Derived(ProviderType.OTHER, Certainty.UNCERTAIN);
            }
        }
        if (n.contains("AMBULANCE")) {
            return new Derived(ProviderType.AMBULANCE, Certainty.MEDIUM);
        }
        for (String specialist : SPECIALIST_NAMES) {
            if (n.contains(specialist)) {
                return new Derived(ProviderType.SPECIALIST, Certainty.MEDIUM);
            }
        }
        for (String keyword : List.of("MENTAL HEALTH", "LEARNING DISABILITY")) {
            if (n.contains(keyword)) {
                return new Derived(ProviderType.MENTAL_HEALTH, Certainty.MEDIUM);
            }
        }
        if (n.contains("COMMUNITY")) {
            return new Derived(ProviderType.COMMUNITY, Certainty.MEDIUM);
        }
        if (n.contains("HOSPITAL")) {
            return new Derived(ProviderType.ACUTE, Certainty.MEDIUM);
        }
        if (n.contains("PARTNERSHIP")) {
            return new Derived(ProviderType.MENTAL_HEALTH, Certainty.UNCERTAIN);
        }
        return new Derived(ProviderType.OTHER, Certainty.UNCERTAIN);
    }

    /** Summary lines for the columns not used: column 4 before 2025 (local offices, STPs) and column 24. */
    private void reportUnusedColumns(Model model) {
        for (Snapshot s : snapshots) {
            TreeMap<String, Integer> unlinked = new TreeMap<>();
            for (Row r : s.rows()) {
                if (!r.parent().isEmpty() && !kindOn(model, r.parent(), r.date())
                        .equals(Optional.of(OrganisationKind.ICB))) {
                    unlinked.merge(r.parent(), 1, Integer::sum);
                } else if (r.parent().isEmpty()) {
                    unlinked.merge("(blank)", 1, Integer::sum);
                }
            }
            if (!unlinked.isEmpty()) {
                int rows = unlinked.values().stream().mapToInt(Integer::intValue).sum();
                quality.add(s.file(), 0, "", QualityReport.SUMMARY, rows + " rows: the parent column (ODS high level"
                        + " health geography) is not an ICB of this dataset on the row's date (local offices and"
                        + " STPs are not linked to trusts; closed trusts show today's ICB): no MEMBER_OF link; codes "
                        + unlinked);
            }
            if (!s.sourceId().equals(NationalAndTrustSources.ETR_2016)) {
                quality.add(s.file(), 0, "", QualityReport.NOT_USED, "column 24, a one-letter code (A-K, W) that no"
                        + " source decodes, is not used");
            } else {
                quality.add(s.file(), 0, "", QualityReport.NOT_USED, "columns ORG TYPE (the same undecoded letter as"
                        + " etr.csv column 24), LOOKUP TO STP PARTNERS and Reason not in partner list are not used");
            }
        }
    }

    private void addCoverage(Model model) {
        List<String> sources = List.of(NationalAndTrustSources.ETR_2026, NationalAndTrustSources.ETR_2025,
                NationalAndTrustSources.ETR_2022, NationalAndTrustSources.ETR_2018, NationalAndTrustSources.ETR_2016,
                Sources.SUCC);
        String note = " from 2013-04-01, as at the latest extract (etr.csv of mid 2026, evidence date "
                + NationalAndTrustSources.ETR_2026_DATE + "); later changes are not known. As ODS lists them in its"
                + " trust file (etr.csv): every trust code succ.csv names on a date of that period is in one of the"
                + " five extracts (the last one missing from them, Great Western Ambulance Service RX5, closed"
                + " 2013-02-01; a trust closed with no successor and in no extract could not be seen). Includes the"
                + " three Welsh trusts ODS lists (no region). Care trusts, which ODS lists in a separate file (codes"
                + " T.., such as Bradford District Care NHS Foundation Trust TAD and Camden and Islington NHS"
                + " Foundation Trust TAF), are not included. Names and kinds are dated from the extracts (2016, 2018,"
                + " 2021, 2025, 2026): a foundation trust's authorisation date is in no file. Trusts closed before"
                + " 2013 that only succ.csv names are in the dataset but not claimed complete.";
        model.addCoverage(OrganisationKind.NHS_TRUST, Period.from(COVERAGE_START), sources, "NHS trusts" + note);
        model.addCoverage(OrganisationKind.NHS_FOUNDATION_TRUST, Period.from(COVERAGE_START), sources,
                "NHS foundation trusts" + note);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
