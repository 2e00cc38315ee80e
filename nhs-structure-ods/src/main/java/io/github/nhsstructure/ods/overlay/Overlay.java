package io.github.nhsstructure.ods.overlay;

import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.exception.ExtractException;
import io.github.nhsstructure.ods.EauthReader;
import io.github.nhsstructure.ods.EauthRecord;
import io.github.nhsstructure.ods.EccgReader;
import io.github.nhsstructure.ods.EccgRecord;
import io.github.nhsstructure.ods.EpcmemReader;
import io.github.nhsstructure.ods.EpcmemRecord;
import io.github.nhsstructure.ods.EpcnReader;
import io.github.nhsstructure.ods.EpraccurReader;
import io.github.nhsstructure.ods.EpraccurRecord;
import io.github.nhsstructure.ods.EtrReader;
import io.github.nhsstructure.ods.EtrRecord;
import io.github.nhsstructure.ods.ExtractFile;
import io.github.nhsstructure.ods.ExtractFolder;
import io.github.nhsstructure.ods.OdsFormat;
import io.github.nhsstructure.ods.PcnMembershipRecord;
import io.github.nhsstructure.ods.PcnRecord;
import io.github.nhsstructure.ods.PracticeMapReader;
import io.github.nhsstructure.ods.PrescribingSetting;
import io.github.nhsstructure.ods.SourceLine;
import io.github.nhsstructure.ods.SuccReader;
import io.github.nhsstructure.ods.SuccessionRecord;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.overlay.DiffEntry;
import io.github.nhsstructure.overlay.DiffType;
import io.github.nhsstructure.overlay.StructureDiff;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.provenance.Source;
import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.OverlaidDataset;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One overlay: the files of an extract laid over a dataset by the rule of ADR 12 ({@code docs/adr/0012-overlay.md}).
 *
 * <p>For each organisation, {@code u} is the first day the dataset does not speak for its kind: the end of the
 * kind's coverage, or where the coverage is open-ended ("as at the latest extract") the day after the latest extract
 * date of the sources of that claim. Before {@code u} the dataset's facts stand and a disagreement is a
 * contradiction; from {@code u} the extract's facts replace the dataset's. A fact the extract states without a date
 * (a name, a trust's ICB: "as at the extract") applies from {@code u}; a dated fact (a practice's commissioner from
 * its join date, a PCN membership, a closure) from its own date, but never before {@code u}.
 *
 * <p>This class is mutable and not thread-safe: each overlay makes one.
 */
final class Overlay {

    /** The first day of the ICB era, when a CCG with the sub-ICB location role became one. */
    private static final LocalDate ICB_ERA = LocalDate.of(2022, 7, 1);
    /** The national commissioning hub whose cost centres are Defence Medical Services centres. */
    private static final String ARMED_FORCES_HUB = "13Q";

    private final Dataset base;
    private final ExtractFolder folder;
    private final Map<OdsCode, Organisation> baseByCode = new HashMap<>();
    private final Map<OdsCode, Draft> drafts = new TreeMap<>();
    /** Codes added by this overlay, with the extract line that added them. */
    private final Map<OdsCode, String> added = new TreeMap<>();
    private final List<DiffEntry> entries = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<OdsFormat, Source> sources = new EnumMap<>(OdsFormat.class);
    /** The kinds each file speaks for, with the day after the file's extract date. */
    private final Map<OrganisationKind, Map<String, LocalDate>> spokenFor = new EnumMap<>(OrganisationKind.class);
    private final Map<OrganisationKind, LocalDate> knownUntil = new EnumMap<>(OrganisationKind.class);
    private final Map<OdsFormat, Integer> overlaps = new EnumMap<>(OdsFormat.class);
    private final Map<OdsFormat, String> overlapExample = new EnumMap<>(OdsFormat.class);
    private final Map<OdsFormat, Integer> anachronisms = new EnumMap<>(OdsFormat.class);
    private final Map<OdsFormat, Integer> uncodable = new EnumMap<>(OdsFormat.class);

    Overlay(Dataset base, ExtractFolder folder) {
        this.base = base;
        this.folder = folder;
        for (Organisation o : base.organisations()) {
            baseByCode.put(o.code(), o);
        }
        Map<String, LocalDate> sourceDates = new HashMap<>();
        base.sources().forEach(s -> sourceDates.put(s.id(), s.extractDate()));
        for (Coverage.KindCoverage c : base.coverage().entries()) {
            LocalDate until = c.period().end();
            if (c.period().isUnboundedEnd()) {
                until = c.provenance().sourceIds().stream().map(sourceDates::get).filter(Objects::nonNull)
                        .max(Comparator.naturalOrder()).map(d -> d.plusDays(1)).orElse(LocalDate.MAX);
            }
            knownUntil.put(c.kind(), until);
        }
    }

    /** Reads every file, then lays them over the dataset in order: organisations, dated links, successions. */
    OverlaidDataset run() {
        // Everything is parsed first: a malformed row fails the overlay before any work, and no partial result.
        Optional<ExtractFile> epraccurFile = folder.file(OdsFormat.EPRACCUR);
        Optional<ExtractFile> detailsFile = folder.file(OdsFormat.EPCN_DETAILS);
        Optional<ExtractFile> partnersFile = folder.file(OdsFormat.EPCN_PARTNERS);
        List<EccgRecord> eccg = folder.file(OdsFormat.ECCG).map(EccgReader::read).orElse(List.of());
        List<EauthRecord> eauth = folder.file(OdsFormat.EAUTH).map(EauthReader::read).orElse(List.of());
        List<EtrRecord> etr = folder.file(OdsFormat.ETR).map(EtrReader::read).orElse(List.of());
        List<EpraccurRecord> epraccur = epraccurFile.map(EpraccurReader::readEitherLayout).orElse(List.of());
        List<PcnRecord> pcns = detailsFile.map(f -> EpcnReader.parseDetails(f.name(), f.text())).orElse(List.of());
        List<PcnMembershipRecord> partners = partnersFile.map(f -> EpcnReader.parsePartners(f.name(), f.text()))
                .orElse(List.of());
        List<EpcmemRecord> epcmem = folder.file(OdsFormat.EPCMEM).map(EpcmemReader::read).orElse(List.of());
        List<SuccessionRecord> succ = folder.file(OdsFormat.SUCC).map(SuccReader::read).orElse(List.of());
        // Read (so a malformed file is reported), but not laid over: it is a cross-check of the other files.
        folder.file(OdsFormat.PRACTICE_MAP).ifPresent(f -> notes.add(f.name() + ": an NHS Digital practice mapping"
                + " file of " + PracticeMapReader.read(f).size() + " practices: a cross-check, not laid over"));

        unique(eccg, EccgRecord::code, EccgRecord::where);
        unique(eauth, EauthRecord::code, EauthRecord::where);
        unique(etr, EtrRecord::code, EtrRecord::where);
        unique(epraccur, EpraccurRecord::code, EpraccurRecord::where);
        unique(pcns, PcnRecord::code, PcnRecord::where, "PCN Code");
        checkSuccessions(succ);

        source(OdsFormat.ECCG, eccg.stream().flatMap(r -> dates(r.openDate(), r.endExclusive())).toList());
        source(OdsFormat.EAUTH, eauth.stream().flatMap(r -> dates(r.openDate(), r.endExclusive())).toList());
        source(OdsFormat.ETR, etr.stream().flatMap(r -> dates(r.openDate(), r.endExclusive())).toList());
        source(OdsFormat.EPRACCUR, epraccur.stream().flatMap(r -> java.util.stream.Stream.concat(
                dates(r.openDate(), r.endExclusive()), java.util.stream.Stream.concat(r.joinedCommissioner().stream(),
                        r.leftCommissioner().map(d -> d.plusDays(1)).stream()))).toList());
        source(OdsFormat.EPCN_DETAILS, pcns.stream().flatMap(r -> dates(r.openDate(), r.endExclusive())).toList());
        source(OdsFormat.EPCN_PARTNERS, partners.stream().flatMap(r -> dates(r.start(), r.endExclusive())).toList());
        source(OdsFormat.EPCMEM, epcmem.stream().flatMap(r -> dates(r.joined(), r.endExclusive())).toList());
        source(OdsFormat.SUCC, succ.stream().map(SuccessionRecord::effectiveDate).toList());

        // 1. Organisations, with what the files say of them as at their dates.
        layEccg(eccg);
        layEtr(etr);
        layEauth(eauth);
        layPcns(pcns);
        List<EpraccurRecord> practices = layEpraccur(epraccur);
        // 2. Dated links.
        layCommissioners(practices);
        layMemberships(partners);
        layEpcmem(epcmem);
        // 3. Successions.
        laySuccessions(succ);

        uncodable.forEach((format, n) -> notes.add(sources.get(format).origin() + ": " + n + " rows with a code the"
                + " dataset cannot hold (it holds codes of 2 to 10 letters and digits): not laid over"));
        anachronisms.forEach((format, n) -> notes.add(sources.get(format).origin() + ": " + n + " region, ICB,"
                + " parent or commissioner columns name an organisation not open, or not of that kind, on their row's"
                + " date (ODS gives the current geography even for closed organisations): not compared"));
        overlaps.forEach((format, n) -> notes.add(sources.get(format).origin() + ": " + n + " rows overlap an"
                + " earlier row of the same organisation with another target; the later row is taken from its start"
                + " (the first: " + overlapExample.get(format) + ")"));
        for (Map.Entry<OdsCode, String> e : added.entrySet()) {
            Draft d = drafts.get(e.getKey());
            String kind = Draft.last(d.kinds).map(k -> k.value().toString()).orElse("?");
            String name = Draft.last(d.names).map(Dated::value).orElse("?");
            entries.add(new DiffEntry(DiffType.ADDED, d.code, d.period.start(), "organisation", "",
                    d.period + " " + kind + " " + name, e.getValue(), List.of(), ""));
        }
        return new OverlaidDataset(build(), StructureDiff.of(sources.values(), entries, notes));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reading checks and sources

    private static <R> void unique(List<R> rows, Function<R, String> code, Function<R, SourceLine> where) {
        unique(rows, code, where, "organisation code (column 1)");
    }

    private static <R> void unique(List<R> rows, Function<R, String> code, Function<R, SourceLine> where,
            String field) {
        Map<String, SourceLine> seen = new HashMap<>();
        for (R r : rows) {
            SourceLine before = seen.putIfAbsent(code.apply(r), where.apply(r));
            if (before != null) {
                SourceLine w = where.apply(r);
                throw new ExtractException(w.file(), w.line(), field,
                        code.apply(r) + " given twice (first at line " + before.line() + ")");
            }
        }
    }

    /** A succession given twice, or both ways on one day (a cycle), is an error naming both lines. */
    private static void checkSuccessions(List<SuccessionRecord> rows) {
        Map<String, SuccessionRecord> seen = new HashMap<>();
        for (SuccessionRecord r : rows) {
            String key = r.predecessor() + ">" + r.successor() + "@" + r.effectiveDate();
            SuccessionRecord twice = seen.putIfAbsent(key, r);
            if (twice != null) {
                throw new ExtractException(r.where().file(), r.where().line(), "successor (column 2)",
                        r.predecessor() + " -> " + r.successor() + " on " + r.effectiveDate()
                                + " given twice (first at line " + twice.where().line() + ")");
            }
            SuccessionRecord back = seen.get(r.successor() + ">" + r.predecessor() + "@" + r.effectiveDate());
            if (back != null) {
                throw new ExtractException(r.where().file(), r.where().line(), "successor (column 2)",
                        r.predecessor() + " -> " + r.successor() + " on " + r.effectiveDate() + " and the reverse"
                                + " at line " + back.where().line() + " form a cycle");
            }
        }
    }

    private static java.util.stream.Stream<LocalDate> dates(LocalDate start, Optional<LocalDate> endExclusive) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(start), endExclusive.stream());
    }

    /** The source of a file: its extract date is the latest date it records (a last day counts as the next). */
    private void source(OdsFormat format, List<LocalDate> dates) {
        folder.file(format).ifPresent(f -> {
            LocalDate date = dates.stream().max(Comparator.naturalOrder()).orElse(LocalDate.of(1970, 1, 1));
            String base = f.name().substring(Math.max(f.name().lastIndexOf('!'), f.name().lastIndexOf('/')) + 1);
            sources.put(format, new Source("overlay:" + base, base + ": an extract laid over dataset "
                    + this.base.version() + " (data as at its latest date)", "NHS England Organisation Data"
                    + " Service (ODS), as given to the overlay", date, "OGL-3.0", f.name()));
        });
    }

    private String sourceId(OdsFormat format) {
        return sources.get(format).id();
    }

    private LocalDate extractDate(OdsFormat format) {
        return sources.get(format).extractDate();
    }

    private void speaksFor(OdsFormat format, OrganisationKind kind) {
        spokenFor.computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(sourceId(format),
                extractDate(format).plusDays(1), (a, b) -> a.isAfter(b) ? a : b);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The files

    private void layEccg(List<EccgRecord> rows) {
        for (EccgRecord r : rows) {
            if (!holdable(OdsFormat.ECCG, r.code())) {
                continue;
            }
            LocalDate asAt = asAt(OdsFormat.ECCG, r.closeDate());
            OrganisationKind kind = r.roles().contains(EccgRecord.COMMISSIONING_HUB_ROLE)
                    ? OrganisationKind.COMMISSIONING_HUB
                    : r.roles().contains(EccgRecord.REPORTING_ENTITY_ROLE) ? OrganisationKind.SUB_ICB_REPORTING_ENTITY
                    : r.roles().contains(EccgRecord.SUB_ICB_LOCATION_ROLE) && !asAt.isBefore(ICB_ERA)
                            ? OrganisationKind.SUB_ICB_LOCATION : OrganisationKind.CCG;
            speaksFor(OdsFormat.ECCG, kind);
            Fact f = new Fact(OdsFormat.ECCG, r.where(), r.code(), kind, asAt);
            if (layOrganisation(f, r.openDate(), r.endExclusive())) {
                layName(f, r.name());
                layKind(f, kind);
                if (kind == OrganisationKind.SUB_ICB_LOCATION || kind == OrganisationKind.SUB_ICB_REPORTING_ENTITY) {
                    layLinkAsAt(f, RelationshipType.PART_OF, r.highLevelHealthGeography(),
                            EnumSet.of(OrganisationKind.ICB));
                }
            }
        }
    }

    private void layEtr(List<EtrRecord> rows) {
        for (EtrRecord r : rows) {
            if (!holdable(OdsFormat.ETR, r.code())) {
                continue;
            }
            // The kind follows the name, as the generator decides it (DATA.md, NHS trusts).
            OrganisationKind kind = r.name().toUpperCase(Locale.ROOT).contains("FOUNDATION TRUST")
                    ? OrganisationKind.NHS_FOUNDATION_TRUST : OrganisationKind.NHS_TRUST;
            speaksFor(OdsFormat.ETR, kind);
            Fact f = new Fact(OdsFormat.ETR, r.where(), r.code(), kind, asAt(OdsFormat.ETR, r.closeDate()));
            if (layOrganisation(f, r.openDate(), r.endExclusive())) {
                layName(f, r.name());
                layKind(f, kind);
                layLinkAsAt(f, RelationshipType.IN_REGION, r.nationalGrouping(), EnumSet.of(OrganisationKind.REGION));
                layLinkAsAt(f, RelationshipType.MEMBER_OF, r.highLevelHealthGeography(),
                        EnumSet.of(OrganisationKind.ICB));
            }
        }
    }

    private void layEauth(List<EauthRecord> rows) {
        int unknown = 0;
        for (EauthRecord r : rows) {
            Optional<OrganisationKind> kind = current(r.code()).flatMap(o -> Draft.last(o.kinds)).map(Dated::value);
            if (kind.isEmpty()) {
                unknown++;
                continue;
            }
            Fact f = new Fact(OdsFormat.EAUTH, r.where(), r.code(), kind.get(), asAt(OdsFormat.EAUTH, r.closeDate()));
            if (layOrganisation(f, r.openDate(), r.endExclusive())) {
                layName(f, r.name());
            }
        }
        if (unknown > 0) {
            notes.add(sources.get(OdsFormat.EAUTH).origin() + ": " + unknown + " rows of codes the dataset does not"
                    + " hold (government office regions and others whose kind the file does not give): not laid over");
        }
    }

    private void layPcns(List<PcnRecord> rows) {
        for (PcnRecord r : rows) {
            if (!holdable(OdsFormat.EPCN_DETAILS, r.code())) {
                continue;
            }
            speaksFor(OdsFormat.EPCN_DETAILS, OrganisationKind.PCN);
            Fact f = new Fact(OdsFormat.EPCN_DETAILS, r.where(), r.code(), OrganisationKind.PCN,
                    asAt(OdsFormat.EPCN_DETAILS, r.closeDate()));
            if (layOrganisation(f, r.openDate(), r.endExclusive())) {
                layName(f, r.name());
                layKind(f, OrganisationKind.PCN);
                layLinkAsAt(f, RelationshipType.PART_OF, r.parent(),
                        EnumSet.of(OrganisationKind.SUB_ICB_LOCATION, OrganisationKind.CCG));
            }
        }
    }

    /** Lays the practices and the other settings the dataset holds; returns the rows laid over. */
    private List<EpraccurRecord> layEpraccur(List<EpraccurRecord> rows) {
        List<EpraccurRecord> laid = new ArrayList<>();
        Map<String, Integer> other = new TreeMap<>();
        for (EpraccurRecord r : rows) {
            if (!holdable(OdsFormat.EPRACCUR, r.code())) {
                continue;
            }
            Optional<OrganisationKind> kind = kindOf(r);
            if (kind.isEmpty()) {
                other.merge(r.setting().map(Enum::name).orElse("no setting"), 1, Integer::sum);
                continue;
            }
            speaksFor(OdsFormat.EPRACCUR, kind.get());
            Fact f = new Fact(OdsFormat.EPRACCUR, r.where(), r.code(), kind.get(),
                    asAt(OdsFormat.EPRACCUR, r.closeDate()));
            if (layOrganisation(f, r.openDate(), r.endExclusive())) {
                layName(f, r.name());
                layKind(f, kind.get());
                laid.add(r);
            }
        }
        if (!other.isEmpty()) {
            notes.add(sources.get(OdsFormat.EPRACCUR).origin() + ": rows of prescribing settings the dataset does not"
                    + " hold, not laid over: " + other);
        }
        return laid;
    }

    /** The kind of an epraccur row as the generator decides it (DATA.md, "Prescribing settings"), if any. */
    private Optional<OrganisationKind> kindOf(EpraccurRecord r) {
        if (r.commissioner().equals(Optional.of(ARMED_FORCES_HUB))) {
            return Optional.of(OrganisationKind.DEFENCE_MEDICAL_CENTRE);
        }
        if (r.isGpPractice()) {
            // A Welsh code begins with W (DATA.md, "Prescribing settings").
            return Optional.of(r.code().startsWith("W") ? OrganisationKind.WELSH_GP_PRACTICE
                    : OrganisationKind.GP_PRACTICE);
        }
        if (r.setting().map(PrescribingSetting::isDetention).orElse(false)) {
            return Optional.of(OrganisationKind.SECURE_SETTING);
        }
        return current(r.code()).flatMap(d -> Draft.last(d.kinds)).map(Dated::value);
    }

    private void layCommissioners(List<EpraccurRecord> rows) {
        for (EpraccurRecord r : rows) {
            if (r.commissioner().isEmpty()) {
                continue;
            }
            OdsCode code = code(r.code());
            Draft d = current(code).orElseThrow();
            LocalDate asAt = asAt(OdsFormat.EPRACCUR, r.closeDate());
            Fact f = new Fact(OdsFormat.EPRACCUR, r.where(), r.code(), Draft.last(d.kinds).orElseThrow().value(),
                    asAt);
            if (r.joinedCommissioner().isPresent()) {
                layDatedLinks(f, RelationshipType.COMMISSIONED_BY, List.of(new Row(r.where(), r.commissioner().get(),
                        r.joinedCommissioner().get(), r.leftCommissioner().map(x -> x.plusDays(1)))));
            } else {
                layLinkAsAt(f, RelationshipType.COMMISSIONED_BY, r.commissioner().get(),
                        EnumSet.allOf(OrganisationKind.class));
            }
        }
    }

    private void layMemberships(List<PcnMembershipRecord> rows) {
        layDated(OdsFormat.EPCN_PARTNERS, RelationshipType.MEMBER_OF, rows, r -> new Row(r.where(), r.pcn(),
                r.start(), r.endExclusive()), PcnMembershipRecord::practice, "practice-to-PCN relationships");
    }

    private void layEpcmem(List<EpcmemRecord> rows) {
        layDated(OdsFormat.EPCMEM, RelationshipType.COMMISSIONED_BY, rows, r -> new Row(r.where(), r.parent(),
                r.joined(), r.endExclusive()), EpcmemRecord::code, "memberships");
    }

    /** Lays the dated links of a file, grouped by organisation; rows of codes the dataset lacks are counted. */
    private <R> void layDated(OdsFormat format, RelationshipType type, List<R> rows, Function<R, Row> row,
            Function<R, String> codeOf, String what) {
        Map<String, List<Row>> byCode = new TreeMap<>();
        for (R r : rows) {
            byCode.computeIfAbsent(codeOf.apply(r), c -> new ArrayList<>()).add(row.apply(r));
        }
        int unknown = 0;
        for (Map.Entry<String, List<Row>> e : byCode.entrySet()) {
            Optional<Draft> d = current(e.getKey());
            if (d.isEmpty()) {
                unknown += e.getValue().size();
                continue;
            }
            Row first = e.getValue().get(0);
            OrganisationKind kind = format == OdsFormat.EPCN_PARTNERS ? OrganisationKind.PCN
                    : Draft.last(d.get().kinds).orElseThrow().value();
            Fact f = new Fact(format, first.where(), e.getKey(), kind, extractDate(format));
            layDatedLinks(f, type, e.getValue());
        }
        if (unknown > 0) {
            notes.add(sources.get(format).origin() + ": " + unknown + " " + what + " of codes the dataset does not"
                    + " hold (prescribing settings it does not model), not laid over");
        }
    }

    private void laySuccessions(List<SuccessionRecord> rows) {
        for (SuccessionRecord r : rows) {
            if (codeOf(r.predecessor()).isEmpty() || codeOf(r.successor()).isEmpty()) {
                uncodable.merge(OdsFormat.SUCC, 1, Integer::sum);
                continue;
            }
            OdsCode pred = code(r.predecessor());
            OdsCode succ = code(r.successor());
            String where = r.where().toString();
            Optional<Draft> p = current(pred);
            Optional<Draft> s = current(succ);
            if (p.isEmpty() || s.isEmpty()) {
                entries.add(new DiffEntry(DiffType.UNRESOLVED, pred, r.effectiveDate(),
                        "succession", "", pred + " -> " + succ, where, List.of(), (p.isEmpty() ? pred : succ)
                                + " is not an organisation of the dataset or the extract: the succession is not laid"
                                + " over"));
                continue;
            }
            Succession wanted = new Succession(pred, succ, r.effectiveDate(), r.reason(),
                    Provenance.of(sourceId(OdsFormat.SUCC), Certainty.HIGH));
            boolean known = p.get().successions.stream().anyMatch(x -> x.predecessor().equals(pred)
                    && x.successor().equals(succ) && x.effectiveDate().equals(r.effectiveDate()));
            if (known) {
                continue;
            }
            LocalDate u = until(p.get());
            List<Succession> mine = p.get().successions.stream().filter(x -> x.predecessor().equals(pred)).toList();
            if (r.effectiveDate().isBefore(u)) {
                entries.add(new DiffEntry(DiffType.CONTRADICTED, pred, r.effectiveDate(), "succession",
                        mine.stream().map(x -> x.successor() + " on " + x.effectiveDate()).toList().toString(),
                        succ + " on " + r.effectiveDate(), where, mine.stream().flatMap(x -> x.provenance()
                                .sourceIds().stream()).distinct().toList(), "the dataset speaks for " + pred
                                + "'s successions before " + u + " and has no such one: kept"));
                continue;
            }
            Draft pd = touch(pred, where);
            Draft sd = touch(succ, where);
            pd.successions.add(wanted);
            sd.successions.add(wanted);
            if (!added.containsKey(pred)) {
                entries.add(new DiffEntry(DiffType.SUCCEEDED, pred, r.effectiveDate(), "succession", "",
                        succ.toString(), where, List.of(), r.reason().toString()));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The rule

    /** What one row says of one organisation: where it is, the kind it speaks for and the date it is as at. */
    private record Fact(OdsFormat format, SourceLine where, String code, OrganisationKind kind, LocalDate asAt) {
    }

    /** One dated link of a file: its target and the period from the first day to the first day after. */
    private record Row(SourceLine where, String target, LocalDate start, Optional<LocalDate> endExclusive) {
        DateRange period() {
            return DateRange.of(start, endExclusive.orElse(LocalDate.MAX));
        }
    }

    /** The day a row is as at: its last open day if it closed before the extract date, else the extract date. */
    private LocalDate asAt(OdsFormat format, Optional<LocalDate> closeDate) {
        LocalDate date = extractDate(format);
        return closeDate.filter(c -> c.isBefore(date)).orElse(date);
    }

    /** The first day the dataset does not speak for, for an organisation of a kind. */
    private LocalDate until(OrganisationKind kind, @Nullable Draft d) {
        LocalDate u = knownUntil.get(kind);
        if (u != null) {
            return u;
        }
        // A kind the dataset claims no coverage for: it speaks for what its own sources saw.
        LocalDate latest = LocalDate.MIN;
        if (d != null) {
            for (String id : d.provenance.sourceIds()) {
                for (Source s : base.sources()) {
                    if (s.id().equals(id) && s.extractDate().isAfter(latest)) {
                        latest = s.extractDate();
                    }
                }
            }
        }
        return latest.equals(LocalDate.MIN) ? LocalDate.MIN : latest.plusDays(1);
    }

    private LocalDate until(Draft d) {
        return until(Draft.last(d.kinds).map(Dated::value).orElse(OrganisationKind.OTHER), d);
    }

    private OdsCode code(String text) {
        return OdsCode.of(text);
    }

    /** The code as the dataset holds codes (2 to 10 letters and digits), or empty: ODS also has 1-letter codes. */
    private static Optional<OdsCode> codeOf(String text) {
        try {
            return Optional.of(OdsCode.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The organisation as this overlay has it so far, by a code of the file; empty for a code no dataset holds. */
    private Optional<Draft> current(String text) {
        return codeOf(text).flatMap(this::current);
    }

    /** Whether a row's code is one the dataset can hold; counts it for the notes if not. */
    private boolean holdable(OdsFormat format, String text) {
        if (codeOf(text).isPresent()) {
            return true;
        }
        uncodable.merge(format, 1, Integer::sum);
        return false;
    }

    /** The organisation as this overlay has it so far (a copy of the dataset's, not yet touched), if any. */
    private Optional<Draft> current(OdsCode code) {
        Draft d = drafts.get(code);
        if (d != null) {
            return Optional.of(d);
        }
        Organisation o = baseByCode.get(code);
        return o == null ? Optional.empty() : Optional.of(Draft.of(o));
    }

    /** The organisation's draft, made on first change. */
    private Draft touch(OdsCode code, String where) {
        Draft d = drafts.computeIfAbsent(code, c -> Draft.of(Objects.requireNonNull(baseByCode.get(c))));
        d.lastChange = where;
        return d;
    }

    private Provenance provenance(OdsFormat format, Certainty certainty) {
        return Provenance.of(sourceId(format), certainty);
    }

    /**
     * Lays an organisation's operational period; returns whether its other facts are to be laid (false when it is
     * neither in the dataset nor added).
     */
    private boolean layOrganisation(Fact f, LocalDate open, Optional<LocalDate> endExclusive) {
        OdsCode code = code(f.code());
        LocalDate end = endExclusive.orElse(LocalDate.MAX);
        DateRange stated = DateRange.of(open, end);
        LocalDate speaksUntil = extractDate(f.format()).plusDays(1);
        Optional<Draft> existing = current(code);
        String where = f.where().toString();
        if (existing.isEmpty()) {
            LocalDate u = until(f.kind(), null);
            if (!speaksUntil.isAfter(u) || !end.isAfter(u)) {
                entries.add(new DiffEntry(DiffType.CONTRADICTED, code, open, "organisation", "", stated + " "
                        + f.kind(), where, coverageSources(f.kind()), "the dataset, which speaks for " + f.kind()
                        + " before " + u + ", does not have it: not added"));
                return false;
            }
            LocalDate start = open.isBefore(u) ? u : open;
            if (open.isBefore(u)) {
                entries.add(new DiffEntry(DiffType.CONTRADICTED, code, open, "organisation", "", stated + " "
                        + f.kind(), where, coverageSources(f.kind()), "the dataset, which speaks for " + f.kind()
                        + " before " + u + ", does not have it: added from " + u));
            }
            Draft d = Draft.added(code, DateRange.of(start, end), provenance(f.format(), Certainty.HIGH));
            d.lastChange = where;
            drafts.put(code, d);
            added.put(code, where);
            return true;
        }
        if (added.containsKey(code)) {
            return true;
        }
        Draft d = existing.get();
        LocalDate u = until(d);
        DateRange had = d.period;
        // Before the first day the dataset does not speak for, and no later than the extract speaks: compared.
        LocalDate limit = u.isBefore(speaksUntil) ? u : speaksUntil;
        Optional<LocalDate> differs = firstDisagreement(had, stated, limit);
        if (differs.isPresent()) {
            entries.add(new DiffEntry(DiffType.CONTRADICTED, code, differs.get(), "organisation", had.toString(),
                    stated.toString(), where, d.provenance.sourceIds(), "open " + stated + " in the extract, "
                            + had + " in the dataset, which speaks for it before " + u + ": its period is kept"));
            return true;
        }
        // From that day, when the extract is that recent, its end replaces the dataset's.
        if (!speaksUntil.isAfter(u) || end.equals(had.end()) || end.isBefore(u) || had.end().isBefore(u)) {
            return true;
        }
        Draft t = touch(code, where);
        t.end(end);
        t.provenance = merge(t.provenance, sourceId(f.format()));
        entries.add(new DiffEntry(end.isBefore(had.end()) ? DiffType.CLOSED : DiffType.REOPENED, code,
                end.isBefore(had.end()) ? end : had.end(), "organisation", had.toString(), t.period.toString(),
                where, d.provenance.sourceIds(), ""));
        return true;
    }

    /** The first day before a limit on which one period holds and the other does not. */
    private static Optional<LocalDate> firstDisagreement(DateRange a, DateRange b, LocalDate limit) {
        TreeSet<LocalDate> candidates = new TreeSet<>();
        if (!a.start().equals(b.start())) {
            candidates.add(a.start().isBefore(b.start()) ? a.start() : b.start());
        }
        if (!a.end().equals(b.end())) {
            candidates.add(a.end().isBefore(b.end()) ? a.end() : b.end());
        }
        for (LocalDate day : candidates) {
            if (day.isBefore(limit) && a.contains(day) != b.contains(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private List<String> coverageSources(OrganisationKind kind) {
        return base.coverage().entry(kind).map(c -> c.provenance().sourceIds()).orElse(List.of());
    }

    private static Provenance merge(Provenance p, String id) {
        if (p.sourceIds().contains(id)) {
            return p;
        }
        List<String> ids = new ArrayList<>(p.sourceIds());
        ids.add(id);
        return new Provenance(ids, p.certainty());
    }

    private void layName(Fact f, String name) {
        layValue(f, "name", d -> d.names, name, Certainty.MEDIUM,
                (a, b) -> normal(a).equals(normal(b)), DiffType.RENAMED);
    }

    private void layKind(Fact f, OrganisationKind kind) {
        layValue(f, "kind", d -> d.kinds, kind, Certainty.MEDIUM, Object::equals, DiffType.RETYPED);
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** A link the row states as at its date, such as a trust's ICB; the target must be an organisation. */
    private void layLinkAsAt(Fact f, RelationshipType type, String target, Set<OrganisationKind> kinds) {
        if (target.isBlank()) {
            return;
        }
        OdsCode code = code(f.code());
        Draft d = current(code).orElseThrow();
        LocalDate u = added.containsKey(code) ? d.period.start() : until(d);
        Optional<Draft> t = current(target);
        Optional<OrganisationKind> kindThen = t.flatMap(x -> Draft.at(x.kinds, f.asAt())).map(Dated::value);
        boolean fits = kindThen.isPresent() && kinds.contains(kindThen.get());
        if (!fits && f.asAt().isBefore(u)) {
            // ODS fills the geography columns with the current region and ICB, even for an organisation that
            // closed before they existed (or before the code was an ICB): nothing to compare.
            anachronisms.merge(f.format(), 1, Integer::sum);
            return;
        }
        if (!fits) {
            entries.add(new DiffEntry(DiffType.UNRESOLVED, code, f.asAt(), type.name(), "", target,
                    f.where().toString(), List.of(), target + (t.isEmpty() ? " is not an organisation of the dataset"
                            + " or the extract" : " is not " + kinds + " on " + f.asAt()) + ": the link is not laid"
                            + " over"));
            return;
        }
        layValue(f, type.name(), x -> x.links.get(type), code(target), Certainty.MEDIUM, Object::equals,
                DiffType.MOVED);
    }

    /**
     * Lays a value the row states as at its date: before the dataset's first unknown day it is compared; from that
     * day it replaces the dataset's values to the organisation's end.
     */
    private <T> void layValue(Fact f, String fact, Function<Draft, List<Dated<T>>> list, T value, Certainty certainty,
            java.util.function.BiPredicate<T, T> same, DiffType type) {
        OdsCode code = code(f.code());
        Draft d = current(code).orElseThrow();
        boolean isNew = added.containsKey(code);
        LocalDate u = isNew ? d.period.start() : until(d);
        String where = f.where().toString();
        LocalDate asAt = f.asAt().isBefore(d.period.start()) ? d.period.start() : f.asAt();
        if (!asAt.isBefore(d.period.end())) {
            asAt = d.period.end().minusDays(1);
        }
        if (asAt.isBefore(u)) {
            Optional<Dated<T>> had = Draft.at(list.apply(d), asAt);
            if (had.isEmpty() || !same.test(had.get().value(), value)) {
                entries.add(new DiffEntry(DiffType.CONTRADICTED, code, asAt, fact,
                        had.map(h -> h.value().toString()).orElse(""), value.toString(), where,
                        had.map(h -> h.provenance().sourceIds()).orElse(List.of()), "the extract is as at " + asAt
                                + ", a date the dataset speaks for: the dataset's value is kept"));
            }
            return;
        }
        LocalDate from = u.isBefore(d.period.start()) ? d.period.start() : u;
        if (!from.isBefore(d.period.end())) {
            return;
        }
        DateRange range = DateRange.of(from, d.period.end());
        List<Dated<T>> old = List.copyOf(list.apply(d));
        List<Dated<T>> updated = new ArrayList<>(old);
        Draft.put(updated, range, value, provenance(f.format(), isNew ? Certainty.HIGH : certainty));
        if (!differs(old, updated, range, same)) {
            return;
        }
        Draft t = touch(code, where);
        List<Dated<T>> target = list.apply(t);
        target.clear();
        target.addAll(updated);
        if (!isNew) {
            report(type, code, fact, old, updated, range, where, from.equals(u) ? "the extract (as at " + asAt
                    + ") does not say when; taken from " + u + ", the first day the dataset does not speak for" : "",
                    same);
        }
    }

    /**
     * Lays the dated links of one organisation from one file: on the dataset's dates each row is compared; from
     * its first unknown day each row's target holds over the row's period, and a row that ended ends the same link
     * the dataset extends past it.
     */
    private void layDatedLinks(Fact f, RelationshipType type, List<Row> rows) {
        OdsCode code = code(f.code());
        Draft d = current(code).orElseThrow();
        boolean isNew = added.containsKey(code);
        // The kind the file speaks for decides (a practice's PCN membership is a fact of the PCN extract).
        LocalDate u = isNew ? d.period.start() : until(f.kind(), d);
        LocalDate speaksUntil = extractDate(f.format()).plusDays(1);
        boolean lays = speaksUntil.isAfter(u);
        LocalDate limit = lays ? u : speaksUntil;
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Row::start));
        for (int i = 1; i < sorted.size(); i++) {
            Row a = sorted.get(i - 1);
            Row b = sorted.get(i);
            // ODS files do this (an end date equal to the next start): the later row is taken from its start.
            if (a.period().overlaps(b.period()) && !a.target().equals(b.target())) {
                overlaps.merge(f.format(), 1, Integer::sum);
                overlapExample.putIfAbsent(f.format(), b.where() + ": " + f.code() + " " + type + " " + b.target()
                        + " " + b.period() + " overlaps " + a.target() + " " + a.period() + " at line "
                        + a.where().line());
            }
        }
        List<Dated<OdsCode>> old = List.copyOf(d.links.get(type));
        List<Dated<OdsCode>> updated = new ArrayList<>(old);
        for (Row r : sorted) {
            Optional<Draft> target = current(r.target());
            DateRange inPeriod = r.period().overlaps(d.period) ? r.period().intersection(d.period) : null;
            if (target.isEmpty() || inPeriod == null) {
                entries.add(new DiffEntry(DiffType.UNRESOLVED, code, r.start(), type.name(), "", r.target(),
                        r.where().toString(), List.of(), target.isEmpty() ? r.target() + " is not an organisation of"
                                + " the dataset or the extract: the link is not laid over" : "the link " + r.period()
                                + " lies outside " + code + "'s period " + d.period + ": not laid over"));
                continue;
            }
            OdsCode to = code(r.target());
            if (inPeriod.start().isBefore(limit)) {
                DateRange known = DateRange.of(inPeriod.start(), inPeriod.end().isBefore(limit) ? inPeriod.end()
                        : limit);
                Optional<LocalDate> at = firstDifference(old, known, to);
                if (at.isPresent() && !isNew) {
                    Optional<Dated<OdsCode>> had = Draft.at(old, at.get());
                    entries.add(new DiffEntry(DiffType.CONTRADICTED, code, at.get(), type.name(),
                            had.map(h -> h.value().toString()).orElse(""), to + " " + r.period(),
                            r.where().toString(), had.map(h -> h.provenance().sourceIds()).orElse(List.of()),
                            "a date the dataset speaks for: the dataset's link is kept"));
                }
            }
            if (lays && inPeriod.end().isAfter(u)) {
                DateRange laid = DateRange.of(inPeriod.start().isBefore(u) ? u : inPeriod.start(), inPeriod.end());
                Draft.put(updated, laid, to, provenance(f.format(), Certainty.HIGH));
                // A row that ended ends the dataset's same link running on past it.
                if (!laid.isUnboundedEnd()) {
                    Optional<Dated<OdsCode>> after = Draft.at(updated, laid.end());
                    if (after.isPresent() && after.get().value().equals(to)
                            && !after.get().provenance().sourceIds().contains(sourceId(f.format()))) {
                        Draft.clear(updated, DateRange.of(laid.end(), after.get().period().end()));
                    }
                }
            }
        }
        LocalDate from = u.isBefore(d.period.start()) ? d.period.start() : u;
        if (!from.isBefore(d.period.end())) {
            return;
        }
        DateRange range = DateRange.of(from, d.period.end());
        if (!differs(old, updated, range, Object::equals)) {
            return;
        }
        Draft t = touch(code, f.where().toString());
        t.links.put(type, updated);
        if (!isNew) {
            report(DiffType.MOVED, code, type.name(), old, updated, range, f.where().toString(), "", Object::equals);
        }
    }

    /** The first date in a range on which a timeline's value is not the given one (absent included). */
    private static <T> Optional<LocalDate> firstDifference(List<Dated<T>> list, DateRange range, T value) {
        LocalDate day = range.start();
        List<Dated<T>> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(x -> x.period().start()));
        while (day.isBefore(range.end())) {
            Optional<Dated<T>> here = Draft.at(sorted, day);
            if (here.isEmpty() || !here.get().value().equals(value)) {
                return Optional.of(day);
            }
            day = here.get().period().end();
        }
        return Optional.empty();
    }

    /** Whether two timelines differ anywhere in a range. */
    private static <T> boolean differs(List<Dated<T>> a, List<Dated<T>> b, DateRange range,
            java.util.function.BiPredicate<T, T> same) {
        for (LocalDate day : boundaries(a, b, range)) {
            Optional<T> x = Draft.at(a, day).map(Dated::value);
            Optional<T> y = Draft.at(b, day).map(Dated::value);
            if (x.isPresent() != y.isPresent() || (x.isPresent() && !same.test(x.get(), y.get()))) {
                return true;
            }
        }
        return false;
    }

    /** The days in a range where either timeline may change value, the range's start first. */
    private static <T> TreeSet<LocalDate> boundaries(List<Dated<T>> a, List<Dated<T>> b, DateRange range) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(range.start());
        for (List<Dated<T>> l : List.of(a, b)) {
            for (Dated<T> d : l) {
                for (LocalDate day : List.of(d.period().start(), d.period().end())) {
                    if (range.contains(day)) {
                        days.add(day);
                    }
                }
            }
        }
        return days;
    }

    /** One entry per day in a range on which the new timeline's value starts to differ from the old one's. */
    private <T> void report(DiffType type, OdsCode code, String fact, List<Dated<T>> old, List<Dated<T>> updated,
            DateRange range, String where, String detail, java.util.function.BiPredicate<T, T> same) {
        Optional<T> lastOld = Optional.empty();
        Optional<T> lastNew = Optional.empty();
        boolean open = false;
        for (LocalDate day : boundaries(old, updated, range)) {
            Optional<Dated<T>> x = Draft.at(old, day);
            Optional<Dated<T>> y = Draft.at(updated, day);
            Optional<T> xv = x.map(Dated::value);
            Optional<T> yv = y.map(Dated::value);
            boolean differ = xv.isPresent() != yv.isPresent() || (xv.isPresent() && !same.test(xv.get(), yv.get()));
            if (differ && (!open || !xv.equals(lastOld) || !yv.equals(lastNew))) {
                entries.add(new DiffEntry(type, code, day, fact, xv.map(Object::toString).orElse(""),
                        yv.map(Object::toString).orElse(""), where,
                        x.map(h -> h.provenance().sourceIds()).orElse(List.of()), detail));
            }
            open = differ;
            lastOld = xv;
            lastNew = yv;
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The result

    private Dataset build() {
        List<Organisation> organisations = new ArrayList<>(base.organisations().size() + added.size());
        for (Organisation o : base.organisations()) {
            if (!drafts.containsKey(o.code())) {
                organisations.add(o);
            }
        }
        for (Draft d : drafts.values()) {
            try {
                organisations.add(d.build());
            } catch (IllegalArgumentException e) {
                throw new ExtractException(d.lastChange.isEmpty() ? folder.path().toString() : d.lastChange, 0, null,
                        "the extract leaves " + d.code + " inconsistent: " + e.getMessage());
            }
        }
        List<Source> all = new ArrayList<>(base.sources());
        all.addAll(sources.values());
        try {
            return Dataset.of(base.version() + "+overlay", all, coverage(), organisations, base.events(),
                    base.commissioningRules().all());
        } catch (DatasetException e) {
            throw new ExtractException(folder.path().toString(), 0, null, "the extract leaves the data inconsistent: "
                    + e.getMessage());
        }
    }

    /** The coverage of every kind an extract speaks for runs on to the extract's date. */
    private Coverage coverage() {
        List<Coverage.KindCoverage> out = new ArrayList<>();
        for (Coverage.KindCoverage c : base.coverage().entries()) {
            Map<String, LocalDate> files = spokenFor.get(c.kind());
            if (files == null) {
                out.add(c);
                continue;
            }
            DateRange period = c.period();
            List<String> ids = new ArrayList<>(c.provenance().sourceIds());
            StringBuilder note = new StringBuilder(c.note());
            for (Map.Entry<String, LocalDate> f : files.entrySet()) {
                if (!ids.contains(f.getKey())) {
                    ids.add(f.getKey());
                }
                if (!period.isUnboundedEnd() && f.getValue().isAfter(period.end())) {
                    period = DateRange.of(period.start(), f.getValue());
                }
            }
            note.append(" Laid over by ").append(String.join(", ", files.keySet())).append(" (to ")
                    .append(files.values().stream().max(Comparator.naturalOrder()).orElseThrow().minusDays(1))
                    .append(").");
            out.add(new Coverage.KindCoverage(c.kind(), period, new Provenance(ids, c.provenance().certainty()),
                    note.toString()));
        }
        return Coverage.of(out);
    }
}
