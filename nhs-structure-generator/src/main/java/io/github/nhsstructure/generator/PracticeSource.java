package io.github.nhsstructure.generator;

import io.github.nhsstructure.ods.PrescribingSetting;
import io.github.nhsstructure.ods.SourceLine;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * GP practices and the other prescribing cost centres the data models (secure settings, Defence Medical Services
 * centres, Welsh GP practices), and their commissioner on each date ({@link RelationshipType#COMMISSIONED_BY} the PCG,
 * PCT, CCG, sub-ICB location, NHS England hub or Welsh health board).
 *
 * <p>Rules (DATA.md, "Primary care chain" and "Prescribing settings"):
 * <ul>
 *   <li>a code is a Defence Medical Services centre if any source puts it under the national commissioning hub
 *       {@code 13Q} (MEDIUM); else a Welsh GP practice ({@code W} code) or a GP practice if an {@code epraccur.csv}
 *       snapshot gives it the GP practice setting (4, {@code RO76}); else a secure setting if one gives it a detention
 *       setting (prison, young offender institution, secure training centre, secure children's home, immigration
 *       removal centre); HIGH if every snapshot agrees, MEDIUM if only some do (for Welsh codes only the snapshots
 *       from December 2022, the first to give them a setting, count); a code only {@code epcmem.csv} knows is a GP
 *       practice when it has the English practice code form (a letter {@code A}-{@code P} and five digits), a Welsh
 *       one when it has the Welsh form ({@code W9} and four digits), UNCERTAIN; a Welsh code of that form that closed
 *       before December 2022 with setting 0 only is a Welsh practice, UNCERTAIN; other codes are counted in the
 *       report;</li>
 *   <li>the operational period is the latest snapshot's open and close dates; for codes only {@code epcmem.csv}
 *       knows, the span of the memberships (UNCERTAIN);</li>
 *   <li>each source states a commissioner for a period: an {@code epcmem.csv} row from its join to its leave date
 *       (an open row up to the file's date), a snapshot row from column 16 to column 17 (an open row up to the
 *       snapshot's date, the latest snapshot's open row open-ended). Where sources disagree the later extract wins
 *       and the disagreement is reported. These periods are HIGH;</li>
 *   <li>between the end of what an older extract states and what a newer one states, the code is assumed to stay
 *       with its commissioner while that is open, and to follow it to its {@code succ.csv} successor when it closes
 *       (the CCG mergers of 2020 and 2021); where a CCG has several successors the NHS Digital mapping files
 *       choose. These periods are MEDIUM;</li>
 *   <li>commissioners no other source lists (the 2013 direct commissioning codes, Welsh health boards) are added by
 *       {@link CommissionerCodeSource} first;</li>
 *   <li>a link is cut to the part of it when its target is open (the remainder is reported), and every day of a
 *       code's life from 1999-04-01 (a Welsh practice's from 2003-04-01) without a commissioner is reported as an
 *       undated gap.</li>
 * </ul>
 *
 * <p>This class is not thread-safe.
 */
final class PracticeSource {

    /** The form of an English GP practice code: a letter A-P (regional prefix) and five digits. */
    static final Pattern PRACTICE_CODE = Pattern.compile("[A-P][0-9]{5}");

    /** The undated-gap detail starts with this text and the period, so tests can read it back. */
    static final String GAP_PREFIX = "no COMMISSIONED_BY link ";

    /** The day after the latest date of the February 2026 snapshot: the end of the practices' coverage. */
    static final LocalDate COVERAGE_END = PrimaryCareSources.EPRACCUR_2026_DATE.plusDays(1);

    /** A commissioner stated by one source row for a period. */
    private record Statement(Period period, String target, String sourceId, int rank, boolean continues,
            SourceLine row) {
    }

    /**
     * A commissioner of a practice for a period, with its evidence.
     *
     * @param period  the period, not null
     * @param target  the commissioner's code, not null
     * @param evidence  the evidence, not null
     */
    record Run(Period period, String target, Evidence evidence) {
    }

    /** A period with no commissioner and why. */
    private record Hole(Period period, String reason) {
    }

    private final PracticeFiles files;
    private final QualityReport quality;
    private final CommissionerCodeSource commissionerCodes;
    private final Map<OrganisationKind, Integer> kindsAdded = new EnumMap<>(OrganisationKind.class);
    private final Map<String, List<SuccessionFile.Row>> successorsOf = new TreeMap<>();
    private final SortedMap<String, List<Run>> commissioners = new TreeMap<>();
    private final SortedMap<String, Period> practices = new TreeMap<>();
    private final SortedMap<String, Period> costCentres = new TreeMap<>();

    PracticeSource(PracticeFiles files, SuccessionFile succ, CommissionerCodeSource commissionerCodes,
            QualityReport quality) {
        this.files = files;
        this.quality = quality;
        this.commissionerCodes = commissionerCodes;
        for (SuccessionFile.Row r : succ.rows()) {
            successorsOf.computeIfAbsent(r.predecessor(), k -> new ArrayList<>()).add(r);
        }
    }

    /** The GP practices added, with their operational periods. */
    SortedMap<String, Period> practices() {
        return Collections.unmodifiableSortedMap(practices);
    }

    /** Every cost centre added (GP practices, secure settings, Defence Medical Services and Welsh practices). */
    SortedMap<String, Period> costCentres() {
        return Collections.unmodifiableSortedMap(costCentres);
    }

    /** The commissioners of each practice added, in date order. */
    List<Run> commissioners(String practice) {
        return commissioners.getOrDefault(practice, List.of());
    }

    /**
     * What a code of the practice files is taken to be, with its period and name.
     *
     * @param kind  the kind, not null
     * @param life  the operational period, not null
     * @param lifeEvidence  the period's evidence, not null
     * @param kindEvidence  the kind's evidence, not null
     * @param name  the name, not null
     * @param nameEvidence  the name's evidence, not null
     */
    record Decision(OrganisationKind kind, Period life, Evidence lifeEvidence, Evidence kindEvidence, String name,
            Evidence nameEvidence) {
    }

    /** Counts of the codes not taken, for the summary lines. */
    private final class Skipped {
        int welshOther;
        int notPracticeForm;
        int epcmemOnly;
        int welshEpcmemOnly;
        int bulkClosed;
        int renamed;
        final SortedMap<String, Integer> otherSettings = new TreeMap<>();
    }

    void addTo(Model model) {
        SortedMap<String, List<PracticeFiles.Membership>> byPractice = new TreeMap<>();
        for (PracticeFiles.Membership m : files.memberships) {
            byPractice.computeIfAbsent(m.practice(), k -> new ArrayList<>()).add(m);
        }
        SortedSet<String> codes = new TreeSet<>(byPractice.keySet());
        files.snapshots.forEach(s -> codes.addAll(s.rows().keySet()));

        Skipped skipped = new Skipped();
        SortedMap<String, Decision> decisions = new TreeMap<>();
        for (String code : codes) {
            decide(code, byPractice.getOrDefault(code, List.of()), files.rows(code), skipped)
                    .ifPresent(d -> decisions.put(code, d));
        }
        commissionerCodes.addTo(model, parentStatements(byPractice, decisions));
        Map<OrganisationKind, Integer> counts = new EnumMap<>(OrganisationKind.class);
        for (Map.Entry<String, Decision> e : decisions.entrySet()) {
            String code = e.getKey();
            Decision d = e.getValue();
            model.addOrganisation(code, d.life(), d.lifeEvidence());
            model.addKind(code, d.life(), d.kind(), d.kindEvidence());
            model.addName(code, d.life(), d.name(), d.nameEvidence());
            counts.merge(d.kind(), 1, Integer::sum);
            costCentres.put(code, d.life());
            if (d.kind() == OrganisationKind.GP_PRACTICE) {
                practices.put(code, d.life());
            }
            List<Run> runs = commissioners(model, code, d, statements(code, byPractice.getOrDefault(code, List.of()),
                    files.rows(code), true));
            commissioners.put(code, runs);
            for (Run r : runs) {
                model.addLink(code, RelationshipType.COMMISSIONED_BY, r.target(), r.period(), r.evidence());
            }
        }
        kindsAdded.putAll(counts);
        for (Map.Entry<String, List<PracticeFiles.MappedPractice>> e : files.mapped.entrySet()) {
            if (practices.containsKey(e.getKey())) {
                continue;
            }
            List<PracticeFiles.PracticeRow> rows = files.rows(e.getKey());
            String why = rows.isEmpty() ? "in no epraccur snapshot"
                    : "prescribing setting " + rows.get(rows.size() - 1).settingText() + " in " + rows.get(rows.size() - 1)
                            .sourceId();
            for (PracticeFiles.MappedPractice m : e.getValue()) {
                quality.add(m.row(), e.getKey(), QualityReport.NOT_USED, m.sourceId() + " lists " + e.getKey()
                        + " (CCG " + m.ccg() + ") but it is not a GP practice of this dataset (" + why + ")");
            }
        }
        StringBuilder taken = new StringBuilder();
        counts.forEach((k, n) -> taken.append(taken.length() == 0 ? "" : ", ").append(k).append(' ').append(n));
        quality.add(PrimaryCareSources.EPCMEM_FILE, 0, "", QualityReport.SUMMARY, "codes of epcmem.csv and the"
                + " epraccur snapshots taken as organisations: " + taken);
        quality.add(PrimaryCareSources.EPCMEM_FILE, 0, "", QualityReport.SUMMARY, skipped.welshOther + " Welsh codes"
                + " (W...) are neither GP practices nor secure settings (Welsh health board clinics and services):"
                + " not used");
        quality.add(PrimaryCareSources.EPCMEM_FILE, 0, "", QualityReport.SUMMARY, skipped.epcmemOnly + " codes only"
                + " epcmem.csv knows (closed before the 2015 snapshot, which lists closures from 2013-07-31) have the"
                + " GP practice code form (letter A-P and five digits) and are taken as GP practices, UNCERTAIN: in"
                + " the snapshots about 9 in 10 codes of that form have prescribing setting 4; no name (placeholder);"
                + " period = the span of their memberships; likewise " + skipped.welshEpcmemOnly + " Welsh codes of"
                + " the Welsh practice form (W9 and four digits) as Welsh GP practices");
        quality.add(PrimaryCareSources.EPCMEM_FILE, 0, "", QualityReport.SUMMARY, skipped.bulkClosed + " of them have"
                + " their last membership ending 2012-09-30, the day ODS ended the memberships of long-closed codes in"
                + " bulk: their real close date is unknown (earlier), so they count as open until 2012-09-30"
                + " (UNCERTAIN)");
        quality.add(PrimaryCareSources.EPCMEM_FILE, 0, "", QualityReport.SUMMARY, skipped.notPracticeForm + " codes"
                + " only epcmem.csv knows are not of the GP practice code form (mostly Y codes: other prescribing"
                + " settings, among them prisons closed before mid 2013, which no file names or sets); their setting"
                + " is unknown, not used");
        StringBuilder settings = new StringBuilder();
        skipped.otherSettings.forEach((st, n) -> settings.append(settings.length() == 0 ? "" : ", ")
                .append("setting ").append(st.isEmpty() ? "(blank)" : st).append(": ").append(n));
        String latestFile = files.latest().file();
        quality.add(latestFile, 0, "", QualityReport.SUMMARY, "English codes whose every snapshot row has a"
                + " prescribing setting that is neither a GP practice (4, RO76) nor a detention setting (prison,"
                + " young offender institution, secure training centre, secure children's home, immigration removal"
                + " centre) and no Defence Medical Services commissioner (13Q), by the latest row's setting: "
                + settings + "; not used");
        quality.add(latestFile, 0, "", QualityReport.SUMMARY, skipped.renamed + " organisations of the practice files"
                + " have another name in an earlier snapshot; the latest snapshot's name is used for the whole period"
                + " (MEDIUM)");
        addCoverage(model);
    }

    private void addCoverage(Model model) {
        List<String> snapshots = List.of(PrimaryCareSources.EPRACCUR_2015, PrimaryCareSources.EPRACCUR_2018,
                PrimaryCareSources.EPRACCUR_2019, PrimaryCareSources.EPRACCUR_2022, PrimaryCareSources.EPRACCUR_2025,
                PrimaryCareSources.EPRACCUR_2026);
        List<String> all = new ArrayList<>(snapshots);
        all.add(0, PrimaryCareSources.EPCMEM);
        String evidence = " to the February 2026 snapshot (evidence date " + PrimaryCareSources.EPRACCUR_2026_DATE + ").";
        model.addCoverage(OrganisationKind.GP_PRACTICE, Period.of(PrimaryCareTrustSource.PCG_ERA_START, COVERAGE_END),
                all, "Every English code with prescribing setting GP practice (4; role RO76 in the 2026 layout) in an"
                        + " ODS epraccur snapshot (2015, 2018, 2019, December 2022, September 2025, February 2026;"
                        + " closures from 2013-07-31), plus the codes of GP practice form that only epcmem.csv"
                        + " (memberships from 1999-04-01) knows, UNCERTAIN; before 2012-10-01 that set includes codes"
                        + " ODS closed only in bulk on 2012-09-30, so counts before then are too high (see"
                        + " data-quality.csv);" + evidence);
        model.addCoverage(OrganisationKind.SECURE_SETTING, Period.of(SNAPSHOT_CLOSURES_FROM, COVERAGE_END), snapshots,
                "Every prescribing cost centre of a prison, young offender institution, secure training centre,"
                        + " secure children's home or immigration removal centre (settings 25, 16, 17, 18, 19; roles"
                        + " RO82, RO260, RO257, RO256, RO251) in an ODS epraccur snapshot, from 2013-07-31, the"
                        + " earliest closure the snapshots list (earlier cost centres are only codes in epcmem.csv,"
                        + " without a setting);" + evidence);
        model.addCoverage(OrganisationKind.DEFENCE_MEDICAL_CENTRE, Period.of(Dates.CCG_ERA_START, COVERAGE_END), all,
                "Every cost centre commissioned by the national commissioning hub 13Q (armed forces) in"
                        + " epcmem.csv (memberships from 2013-04-01) or an epraccur snapshot: the Defence Medical"
                        + " Services medical centres, from 2013-04-01;" + evidence);
        model.addCoverage(OrganisationKind.WELSH_GP_PRACTICE, Period.of(SNAPSHOT_CLOSURES_FROM, COVERAGE_END), snapshots,
                "Every Welsh code (W...) with prescribing setting GP practice in an ODS epraccur snapshot (ODS gives"
                        + " Welsh practices that setting from the December 2022 snapshot), plus, UNCERTAIN, the codes"
                        + " of Welsh practice form (W9 and four digits) closed before December 2022 with no other"
                        + " setting, from 2013-07-31, the earliest closure the snapshots list;" + evidence);
    }

    /** The first day of the Welsh local health boards (the 22 of 2003, ODS codes 6A1-6C4). */
    static final LocalDate WELSH_BOARDS_FROM = LocalDate.of(2003, 4, 1);

    /** The first close date the snapshots list (the 2015 snapshot keeps the codes closed from 2013-07-31). */
    static final LocalDate SNAPSHOT_CLOSURES_FROM = LocalDate.of(2013, 7, 31);

    /** The first snapshot in which ODS gives Welsh practices the GP practice setting (older ones give 0). */
    private static final LocalDate WELSH_SETTINGS_FROM = PrimaryCareSources.EPRACCUR_2022_DATE;

    /** The form of a Welsh GP practice code: W9 and four digits. */
    static final Pattern WELSH_PRACTICE_CODE = Pattern.compile("W9[0-9]{4}");

    /** The national commissioning hub that commissions for the Defence Medical Services' centres from 2013. */
    static final String ARMED_FORCES_HUB = "13Q";

    /**
     * Decides what a code is (DATA.md, "Prescribing settings"): a Defence Medical Services centre if any source puts
     * it under 13Q; a Welsh GP practice, a GP practice or a secure setting by its prescribing settings; a code only
     * epcmem.csv knows by its practice code form (UNCERTAIN); otherwise not taken (counted).
     */
    private Optional<Decision> decide(String code, List<PracticeFiles.Membership> memberships,
            List<PracticeFiles.PracticeRow> rows, Skipped skipped) {
        boolean welsh = PrimaryCareTrustSource.isWelsh(code);
        boolean dms = memberships.stream().anyMatch(m -> m.parent().equals(ARMED_FORCES_HUB))
                || rows.stream().anyMatch(r -> r.commissioner().equals(ARMED_FORCES_HUB));
        if (rows.isEmpty()) {
            OrganisationKind kind;
            if (welsh && WELSH_PRACTICE_CODE.matcher(code).matches()) {
                kind = OrganisationKind.WELSH_GP_PRACTICE;
                skipped.welshEpcmemOnly++;
            } else if (!welsh && PRACTICE_CODE.matcher(code).matches()) {
                kind = OrganisationKind.GP_PRACTICE;
                skipped.epcmemOnly++;
            } else {
                if (welsh) {
                    skipped.welshOther++;
                } else {
                    skipped.notPracticeForm++;
                }
                return Optional.empty();
            }
            Period span = memberships.get(0).period();
            for (PracticeFiles.Membership m : memberships) {
                span = span(span, m.period());
            }
            if (LocalDate.of(2012, 10, 1).equals(span.end())) {
                skipped.bulkClosed++;
            }
            Evidence uncertain = Evidence.of(Certainty.UNCERTAIN, PrimaryCareSources.EPCMEM);
            String label = kind == OrganisationKind.GP_PRACTICE ? "GP practice " : "Welsh GP practice ";
            return Optional.of(new Decision(kind, span, uncertain, uncertain, label + code + " (name not in sources)",
                    uncertain));
        }
        PracticeFiles.PracticeRow latest = rows.get(rows.size() - 1);
        Evidence all = Evidence.of(Certainty.HIGH, rows.stream().map(PracticeFiles.PracticeRow::sourceId)
                .toArray(String[]::new));
        OrganisationKind kind;
        Evidence kindEvidence;
        long gp = rows.stream().filter(PracticeFiles.PracticeRow::isGpPractice).count();
        long detention = rows.stream().filter(r -> r.setting().map(PrescribingSetting::isDetention).orElse(false))
                .count();
        if (dms) {
            kind = OrganisationKind.DEFENCE_MEDICAL_CENTRE;
            // Inferred from the commissioner (13Q, the armed forces hub), not stated: MEDIUM.
            kindEvidence = all.with(Certainty.MEDIUM);
            if (!memberships.isEmpty()) {
                kindEvidence = kindEvidence.plus(PrimaryCareSources.EPCMEM);
            }
        } else if (welsh && gp > 0) {
            kind = OrganisationKind.WELSH_GP_PRACTICE;
            // Older snapshots give every Welsh code setting 0: only the rows from December 2022 on are compared.
            List<PracticeFiles.PracticeRow> recent = rows.stream()
                    .filter(r -> !r.date().isBefore(WELSH_SETTINGS_FROM)).toList();
            kindEvidence = recent.stream().allMatch(PracticeFiles.PracticeRow::isGpPractice) ? all
                    : all.with(Certainty.MEDIUM);
            reportMixedSettings(code, rows, latest, recent.stream().allMatch(PracticeFiles.PracticeRow::isGpPractice),
                    "GP_PRACTICE (4, RO76)");
        } else if (gp > 0) {
            kind = OrganisationKind.GP_PRACTICE;
            kindEvidence = gp == rows.size() ? all : all.with(Certainty.MEDIUM);
            reportMixedSettings(code, rows, latest, gp == rows.size(), "GP_PRACTICE (4, RO76)");
        } else if (detention > 0) {
            kind = OrganisationKind.SECURE_SETTING;
            kindEvidence = detention == rows.size() ? all : all.with(Certainty.MEDIUM);
            reportMixedSettings(code, rows, latest, detention == rows.size(), "a detention setting");
        } else if (welsh && WELSH_PRACTICE_CODE.matcher(code).matches()
                && rows.stream().allMatch(r -> r.setting().equals(Optional.of(PrescribingSetting.OTHER)))
                && latest.period().end() != null && latest.period().end().isBefore(WELSH_SETTINGS_FROM)) {
            // A Welsh practice that closed before ODS gave Welsh practices their setting.
            kind = OrganisationKind.WELSH_GP_PRACTICE;
            kindEvidence = all.with(Certainty.UNCERTAIN);
        } else {
            if (welsh) {
                skipped.welshOther++;
            } else {
                skipped.otherSettings.merge(latest.settingText(), 1, Integer::sum);
            }
            return Optional.empty();
        }
        Period life = latest.period();
        for (PracticeFiles.PracticeRow r : rows) {
            if (r != latest && !agrees(r.period(), r.date(), life)) {
                quality.add(r.where(), code, QualityReport.CONTRADICTION, "open/close " + r.period()
                        + " but the later " + latest.sourceId() + " gives " + life + "; the later is used");
            }
        }
        if (rows.stream().anyMatch(r -> !r.record().name().equals(latest.record().name()))) {
            skipped.renamed++;
        }
        return Optional.of(new Decision(kind, life, Evidence.of(Certainty.HIGH, latest.sourceId()), kindEvidence,
                latest.record().name(), Evidence.of(Certainty.MEDIUM, latest.sourceId())));
    }

    private void reportMixedSettings(String code, List<PracticeFiles.PracticeRow> rows,
            PracticeFiles.PracticeRow latest, boolean allAgree, String what) {
        if (allAgree) {
            return;
        }
        StringBuilder settings = new StringBuilder();
        rows.forEach(r -> settings.append(' ').append(r.sourceId()).append('=').append(r.settingText()));
        quality.add(latest.where(), code, QualityReport.CONTRADICTION, "prescribing setting " + what + " in some"
                + " snapshots only:" + settings + "; the kind is taken from them (MEDIUM)");
    }

    /**
     * What the practice files state about codes that are not organisations yet and are the commissioners of the
     * codes taken (hub and Welsh board codes): every membership and snapshot row naming them, as periods.
     */
    private SortedMap<String, List<CommissionerCodeSource.Statement>> parentStatements(
            Map<String, List<PracticeFiles.Membership>> byPractice, Map<String, Decision> decisions) {
        SortedMap<String, List<CommissionerCodeSource.Statement>> out = new TreeMap<>();
        for (String code : decisions.keySet()) {
            for (Statement s : statements(code, byPractice.getOrDefault(code, List.of()), files.rows(code), false)) {
                out.computeIfAbsent(s.target(), k -> new ArrayList<>()).add(new CommissionerCodeSource.Statement(
                        s.period(), s.continues(), s.sourceId(), s.row()));
            }
        }
        return out;
    }

    /**
     * Whether an earlier snapshot's open/close agrees with the later period: same open date, and the same close
     * date, or none yet if the later close is after the earlier snapshot's date.
     */
    private static boolean agrees(Period earlier, LocalDate earlierDate, Period later) {
        if (!earlier.start().equals(later.start())) {
            return false;
        }
        if (earlier.end() != null) {
            return earlier.end().equals(later.end());
        }
        return later.end() == null || later.end().isAfter(earlierDate);
    }

    // ------------------------------------------------------------------------------------------------ statements

    private List<Statement> statements(String code, List<PracticeFiles.Membership> memberships,
            List<PracticeFiles.PracticeRow> rows, boolean report) {
        List<Statement> out = new ArrayList<>();
        for (PracticeFiles.Membership m : memberships) {
            if (m.period().isOpenEnded()) {
                LocalDate to = max(m.period().start(), PrimaryCareSources.EPCMEM_DATE).plusDays(1);
                out.add(new Statement(Period.of(m.period().start(), to), m.parent(), PrimaryCareSources.EPCMEM,
                        PracticeFiles.EPCMEM_RANK, true, m.row()));
            } else {
                out.add(new Statement(m.period(), m.parent(), PrimaryCareSources.EPCMEM, PracticeFiles.EPCMEM_RANK,
                        false, m.row()));
            }
        }
        for (PracticeFiles.PracticeRow r : rows) {
            String target = r.commissioner();
            Optional<LocalDate> joined = r.joined();
            if (target.isEmpty() || joined.isEmpty()) {
                if (!report) {
                    continue;
                }
                quality.add(r.where(), code, QualityReport.NOT_USED, "no commissioner or join date (columns"
                        + " 15-16); the row states no commissioner");
                continue;
            }
            LocalDate start = joined.get();
            Optional<LocalDate> left = r.left();
            if (left.isPresent()) {
                if (left.get().isBefore(start)) {
                    if (!report) {
                        continue;
                    }
                    quality.add(r.where(), code, QualityReport.NOT_USED, "left the commissioner " + left.get()
                            + " before joining it " + start + "; the row states no commissioner");
                    continue;
                }
                out.add(new Statement(Period.of(start, left.get().plusDays(1)), target, r.sourceId(), r.rank(), false,
                        r.where()));
            } else if (r.rank() == files.latest().rank()) {
                out.add(new Statement(Period.from(start), target, r.sourceId(), r.rank(), false, r.where()));
            } else {
                out.add(new Statement(Period.of(start, max(start, r.date()).plusDays(1)), target, r.sourceId(),
                        r.rank(), true, r.where()));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- the timeline

    /** A stretch of days with the same statements. */
    private static final class Segment {
        final Period period;
        @Nullable String target;
        final TreeSet<String> sources = new TreeSet<>();
        Certainty certainty = Certainty.HIGH;
        boolean continues;

        Segment(Period period) {
            this.period = period;
        }
    }

    private List<Run> commissioners(Model model, String code, Decision decision, List<Statement> stated) {
        Period life = decision.life();
        List<Statement> statements = cutToTargets(model, code, stated);
        TreeSet<LocalDate> bounds = new TreeSet<>();
        bounds.add(life.start());
        for (Statement s : statements) {
            bounds.add(s.period().start());
            if (s.period().end() != null) {
                bounds.add(s.period().end());
            }
        }
        if (life.end() != null) {
            bounds.add(life.end());
        }
        List<Statement> outside = new ArrayList<>();
        for (Statement s : statements) {
            if (!life.encloses(s.period())) {
                outside.add(s);
            }
        }
        for (Statement s : outside) {
            quality.add(s.row(), code, QualityReport.CONTRADICTION, s.sourceId() + " puts " + code + " in "
                    + s.target() + " " + s.period() + " but the practice is open only " + life
                    + "; the link is cut to the practice's period");
        }
        // 1. the days each statement speaks for; the later extract wins a disagreement.
        List<Segment> segments = new ArrayList<>();
        Map<String, Period> conflicts = new TreeMap<>();
        List<LocalDate> list = new ArrayList<>(bounds);
        for (int i = 0; i < list.size(); i++) {
            LocalDate from = list.get(i);
            LocalDate to = i + 1 < list.size() ? list.get(i + 1) : null;
            Period p = Period.of(from, to);
            if (!life.encloses(p)) {
                continue;
            }
            Segment seg = new Segment(p);
            Statement winner = null;
            for (Statement s : statements) {
                if (s.period().encloses(p) && (winner == null || s.rank() > winner.rank())) {
                    winner = s;
                }
            }
            if (winner != null) {
                seg.target = winner.target();
                for (Statement s : statements) {
                    if (!s.period().encloses(p)) {
                        continue;
                    }
                    if (s.target().equals(winner.target())) {
                        seg.sources.add(s.sourceId());
                        seg.continues |= s.continues() && Objects.equals(s.period().end(), p.end());
                    } else {
                        conflicts.merge(s.sourceId() + " puts " + code + " in " + s.target() + " but "
                                + winner.sourceId() + " in " + winner.target() + "|" + s.row().line(), p,
                                PracticeSource::span);
                    }
                }
            }
            segments.add(seg);
        }
        conflicts.forEach((what, p) -> {
            String[] parts = what.split("\\|");
            String file = fileOf(parts[0].substring(0, parts[0].indexOf(' ')));
            quality.add(file, Long.parseLong(parts[1]), code, QualityReport.CONTRADICTION, parts[0] + " " + p
                    + "; the later extract is used");
        });

        // 2. gaps: follow a commissioner an older extract leaves open, through its successions.
        List<Hole> holes = new ArrayList<>();
        List<Segment> filled = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment seg = segments.get(i);
            if (seg.target != null) {
                filled.add(seg);
                continue;
            }
            int j = i;
            while (j + 1 < segments.size() && segments.get(j + 1).target == null) {
                j++;
            }
            Period gap = Period.of(seg.period.start(), segments.get(j).period.end());
            Segment before = filled.isEmpty() ? null : filled.get(filled.size() - 1);
            if (before != null && before.continues && before.period.end().equals(gap.start())) {
                filled.addAll(follow(model, code, before, gap, holes));
            } else {
                holes.add(new Hole(gap, "no source states a commissioner"));
            }
            i = j;
        }

        // 3. cut each run to its target's period.
        List<Run> runs = new ArrayList<>();
        for (Segment seg : filled) {
            String target = Objects.requireNonNull(seg.target);
            Optional<Model.Organisation> org = model.organisation(target);
            Evidence evidence = new Evidence(List.copyOf(seg.sources), seg.certainty);
            if (org.isEmpty()) {
                holes.add(new Hole(seg.period, target + " is not an organisation of this dataset"));
                continue;
            }
            Optional<Period> open = org.get().period().intersection(seg.period);
            if (open.isEmpty() || !open.get().equals(seg.period)) {
                holes.add(new Hole(seg.period, target + " is open only " + org.get().period()));
            }
            open.ifPresent(p -> add(runs, new Run(p, target, evidence)));
        }
        reportGaps(code, decision.kind(), life, runs, holes);
        crossCheck(code, life, runs);
        return runs;
    }

    /**
     * Cuts each statement to the period its target is open, so that a source dating a join before the target
     * existed (the December 2022 snapshot gives some practices the join date of their first CCG) does not outweigh
     * the sources that date the membership right; the part cut off is reported.
     */
    private List<Statement> cutToTargets(Model model, String code, List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        for (Statement s : statements) {
            Optional<Model.Organisation> target = model.organisation(s.target());
            if (target.isEmpty()) {
                out.add(s);
                continue;
            }
            Period open = target.get().period();
            Optional<Period> inside = open.intersection(s.period());
            if (inside.isPresent() && inside.get().equals(s.period())) {
                out.add(s);
                continue;
            }
            quality.add(s.row(), code, QualityReport.CONTRADICTION, s.sourceId() + " puts " + code + " in "
                    + s.target() + " " + s.period() + " but " + s.target() + " is open only " + open
                    + "; only the days it is open are used");
            inside.ifPresent(p -> out.add(new Statement(p, s.target(), s.sourceId(), s.rank(),
                    s.continues() && Objects.equals(p.end(), s.period().end()), s.row())));
        }
        return out;
    }

    /**
     * Follows a commissioner through a gap: it stays while open; when it closes, its single {@code succ.csv}
     * successor takes over, or the one of several successors a mapping file gives for the practice.
     */
    private List<Segment> follow(Model model, String code, Segment before, Period gap, List<Hole> holes) {
        List<Segment> out = new ArrayList<>();
        String current = Objects.requireNonNull(before.target);
        TreeSet<String> sources = new TreeSet<>(before.sources);
        LocalDate at = gap.start();
        while (true) {
            Optional<Model.Organisation> org = model.organisation(current);
            if (org.isEmpty()) {
                break;
            }
            Period open = org.get().period();
            if (open.contains(at)) {
                LocalDate end = min(gap.end(), open.end());
                Segment seg = new Segment(Period.of(at, end));
                seg.target = current;
                seg.sources.addAll(sources);
                seg.certainty = Certainty.MEDIUM;
                out.add(seg);
                if (Objects.equals(end, gap.end())) {
                    return out;
                }
                at = end;
                continue;
            }
            if (!at.equals(open.end())) {
                break;
            }
            List<String> next = new ArrayList<>();
            for (SuccessionFile.Row r : successorsOf.getOrDefault(current, List.of())) {
                Optional<Model.Organisation> s = model.organisation(r.successor());
                if (r.effectiveDate().equals(at) && s.isPresent() && s.get().period().contains(at)) {
                    next.add(r.successor());
                }
            }
            if (next.size() == 1) {
                current = next.get(0);
                sources.add(Sources.SUCC);
                continue;
            }
            String chosen = null;
            if (next.size() > 1) {
                for (PracticeFiles.MappedPractice m : files.mapped.getOrDefault(code, List.of())) {
                    if (gap.contains(m.date()) && !m.date().isBefore(at) && next.contains(m.ccg())) {
                        chosen = m.ccg();
                        sources.add(m.sourceId());
                        break;
                    }
                }
            }
            if (chosen == null) {
                holes.add(new Hole(Period.of(at, gap.end()), current + " closed " + at.minusDays(1) + " with "
                        + (next.isEmpty() ? "no successor open then" : "successors " + next + " and no mapping file"
                        + " choosing one")));
                return out;
            }
            current = chosen;
            sources.add(Sources.SUCC);
        }
        holes.add(new Hole(Period.of(at, gap.end()), current + " is not an organisation of this dataset"));
        return out;
    }

    /** Adds a run, merging it with the previous one if they abut with the same target and certainty. */
    private static void add(List<Run> runs, Run run) {
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (last.target().equals(run.target()) && last.evidence().certainty() == run.evidence().certainty()
                    && Objects.equals(last.period().end(), run.period().start())) {
                runs.set(runs.size() - 1, new Run(Period.of(last.period().start(), run.period().end()), run.target(),
                        last.evidence().and(run.evidence())));
                return;
            }
        }
        runs.add(run);
    }

    /**
     * Reports every day of the organisation's life from 1999-04-01 (for a Welsh practice from 2003-04-01, when the
     * Welsh local health boards took over from the local health groups, which are not in the dataset) with no
     * commissioner, with the reasons.
     */
    private void reportGaps(String code, OrganisationKind kind, Period life, List<Run> runs, List<Hole> holes) {
        LocalDate from = max(life.start(), kind == OrganisationKind.WELSH_GP_PRACTICE ? WELSH_BOARDS_FROM
                : PrimaryCareTrustSource.PCG_ERA_START);
        if (life.end() != null && !life.end().isAfter(from)) {
            return;
        }
        List<Period> free = new ArrayList<>();
        LocalDate at = from;
        for (Run r : runs) {
            if (r.period().start().isAfter(at)) {
                free.add(Period.of(at, r.period().start()));
            }
            if (r.period().end() == null) {
                at = null;
                break;
            }
            at = max(at, r.period().end());
        }
        if (at != null && (life.end() == null || at.isBefore(life.end()))) {
            free.add(Period.of(at, life.end()));
        }
        for (Period gap : free) {
            TreeSet<String> reasons = new TreeSet<>();
            for (Hole h : holes) {
                if (h.period().overlaps(gap)) {
                    reasons.add(h.reason());
                }
            }
            if (reasons.isEmpty()) {
                reasons.add(gap.start().equals(life.start()) || gap.start().equals(from)
                        ? "no source states a commissioner" : "unexplained");
            }
            quality.add(PrimaryCareSources.EPCMEM_FILE, 0, code, QualityReport.UNDATED, GAP_PREFIX + gap + ": "
                    + String.join("; ", reasons));
        }
    }

    /** Compares the practice's commissioner with the CCG the NHS Digital mapping files give on their dates. */
    private void crossCheck(String code, Period life, List<Run> runs) {
        for (PracticeFiles.MappedPractice m : files.mapped.getOrDefault(code, List.of())) {
            if (!life.contains(m.date())) {
                quality.add(m.row(), code, QualityReport.CONTRADICTION, m.sourceId() + " lists " + code + " on "
                        + m.date() + " but ODS gives it the period " + life);
                continue;
            }
            String ours = null;
            for (Run r : runs) {
                if (r.period().contains(m.date())) {
                    ours = r.target();
                }
            }
            if (ours != null && !ours.equals(m.ccg())) {
                quality.add(m.row(), code, QualityReport.CONTRADICTION, m.sourceId() + " puts " + code + " in "
                        + m.ccg() + " on " + m.date() + " but the dataset has " + ours + " (ODS dates are used)");
            }
        }
    }

    private String fileOf(String sourceId) {
        if (sourceId.equals(PrimaryCareSources.EPCMEM)) {
            return PrimaryCareSources.EPCMEM_FILE;
        }
        for (PracticeFiles.Snapshot s : files.snapshots) {
            if (s.sourceId().equals(sourceId)) {
                return s.file();
            }
        }
        throw new IllegalStateException(sourceId);
    }

    static Period span(Period a, Period b) {
        LocalDate start = a.start().isBefore(b.start()) ? a.start() : b.start();
        LocalDate end = a.end() == null || b.end() == null ? null : max(a.end(), b.end());
        return Period.of(start, end);
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static @Nullable LocalDate min(@Nullable LocalDate a, @Nullable LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
