package io.github.nhsstructure.generator;

import io.github.nhsstructure.ods.EpraccurRecord;
import io.github.nhsstructure.ods.SourceLine;
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
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * NHS England area teams (2013-04-01 to 2015-03-31) and local offices (2015-04-01 to 2020-03-31), each
 * {@link RelationshipType#PART_OF PART_OF} its NHS England region on each date.
 *
 * <p>The ONS Code History Database ({@code E39}) dates them and names them, but under ONS codes; ODS knows them by
 * {@code Q} codes ({@code eauth.csv} holds only the local offices {@code Q70}-{@code Q84}). No file pairs the two, so
 * they are <em>joined</em> through GP practices: ODS {@code epraccur.csv} (October 2019) gives each practice its area
 * team or local office (column 4, the last one it had, so closed practices still show the 2013 area teams) and its
 * CCG (column 15); the CCG's ONS {@code E38} record on the practice's last day under that code gives the {@code E39}
 * parent. Each {@code E39} code is paired with the {@code Q} code most of its practices show (MEDIUM); a code no
 * practice reaches is paired by name with {@code eauth.csv} where the names agree.
 *
 * <p>The kind follows the ONS record: a record of 2013-04-01 to 2015-03-31 is an area team, a later one a local
 * office; the same {@code Q} code can be both ({@code Q70} Wessex, {@code Q71} London).
 *
 * <p>This class is not thread-safe.
 */
final class AreaTeamSource {

    /** The first day of the local offices (ONS {@code E39}; {@code succ.csv} area team rows). */
    static final LocalDate LOCAL_OFFICE_START = LocalDate.of(2015, 4, 1);

    private static final Pattern Q_CODE = Pattern.compile("Q[0-9]{2}");
    private static final Pattern REGION_CODE = Pattern.compile("Y[0-9]{2}");

    /** An {@code E39} code paired with a {@code Q} code, and how sure the pairing is. */
    record Pairing(String q, Evidence evidence) {
    }

    /** The attributes of one stretch of days. */
    private record Step(OrganisationKind kind, String name, @Nullable String region, Evidence evidence,
            Evidence regionEvidence, boolean nameConfirmed) {
    }

    private final Map<String, Pairing> pairOf = new TreeMap<>();
    private final List<OdsRecord> eauth;
    private final List<EpraccurRecord> epraccur;
    private final Chd chd;
    private final CodePairs pairs;
    private final SuccessionFile succ;
    private final QualityReport quality;

    AreaTeamSource(List<OdsRecord> eauth, List<EpraccurRecord> epraccur, Chd chd, CodePairs pairs, SuccessionFile succ,
            QualityReport quality) {
        this.eauth = eauth;
        this.epraccur = epraccur;
        this.chd = chd;
        this.pairs = pairs;
        this.succ = succ;
        this.quality = quality;
    }

    /** The pairings of {@code E39} codes with {@code Q} codes made by {@link #addTo(Model)}, by {@code E39} code. */
    Map<String, Pairing> pairings() {
        return java.util.Collections.unmodifiableMap(pairOf);
    }

    void addTo(Model model) {
        Map<String, OdsRecord> offices = new TreeMap<>();
        for (OdsRecord r : eauth) {
            if (Q_CODE.matcher(r.code()).matches()) {
                offices.put(r.code(), r);
            }
        }
        Map<String, LocalDate> lastDay = lastDays(offices);
        Map<String, Map<String, Integer>> votes = votes(lastDay);

        Map<String, Pairing> pairOf = this.pairOf;
        for (String e39 : chd.codes("E39")) {
            pair(e39, votes.getOrDefault(e39, Map.of()), offices).ifPresent(p -> pairOf.put(e39, p));
        }
        // Shared, so that the ONS codes of area teams and local offices are dated with the others.
        pairOf.forEach((e39, p) -> pairs.add(e39, p.q(), p.evidence(), Sources.CHD_E39_FILE, 0));
        SortedSet<String> codes = new TreeSet<>(offices.keySet());
        pairOf.values().forEach(p -> codes.add(p.q()));
        for (String q : codes) {
            Map<String, Pairing> mine = new TreeMap<>();
            pairOf.forEach((e39, p) -> {
                if (p.q().equals(q)) {
                    mine.put(e39, p);
                }
            });
            addOffice(model, q, Optional.ofNullable(offices.get(q)), mine);
        }
        model.addCoverage(OrganisationKind.AREA_TEAM, Period.from(Dates.CCG_ERA_START),
                List.of(Sources.CHD_E39, SystemsSources.EPRACCUR_2019, Sources.SUCC),
                "The area teams of ONS CHD E39 (2013-04-01 to 2015-03-31), paired with ODS Q codes through the"
                        + " practices of epraccur.csv: 25, London being one area team (Q71) in ODS and ONS alike;"
                        + " none exist from 2015-04-01, " + Dates.LATEST_NOTE);
        model.addCoverage(OrganisationKind.LOCAL_OFFICE, Period.from(LOCAL_OFFICE_START),
                List.of(Sources.CHD_E39, Sources.EAUTH, SystemsSources.EPRACCUR_2019),
                "The local offices of ONS CHD E39 from 2015-04-01 until ONS ends them all on 2020-03-31, paired"
                        + " with ODS Q codes (eauth.csv Q70-Q84; Q85-Q88 of the 2018 South split from epraccur.csv); none"
                        + " exist from 2020-04-01, " + Dates.LATEST_NOTE);
    }

    /** The last day each Q code can be read as itself: the ODS close date, else the day before its succession. */
    private Map<String, LocalDate> lastDays(Map<String, OdsRecord> offices) {
        Map<String, LocalDate> lastDay = new TreeMap<>();
        offices.forEach((q, r) -> r.closeDate().ifPresent(d -> lastDay.put(q, d)));
        for (SuccessionFile.Row r : succ.rows()) {
            if (Q_CODE.matcher(r.predecessor()).matches()) {
                lastDay.merge(r.predecessor(), r.effectiveDate().minusDays(1),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return lastDay;
    }

    /** For each E39 code, how many practice rows point from each Q code to it. */
    private Map<String, Map<String, Integer>> votes(Map<String, LocalDate> lastDay) {
        Map<String, Map<String, Integer>> votes = new TreeMap<>();
        int rows = 0;
        int unjoined = 0;
        for (EpraccurRecord p : epraccur) {
            String q = p.highLevelHealthGeography();
            if (!Q_CODE.matcher(q).matches() || !REGION_CODE.matcher(p.nationalGrouping()).matches()) {
                continue;
            }
            rows++;
            LocalDate day = SystemsSources.EPRACCUR_2019_DATE;
            Optional<LocalDate> close = p.closeDate();
            if (close.isPresent() && close.get().isBefore(day)) {
                day = close.get();
            }
            LocalDate last = lastDay.get(q);
            if (last != null && last.isBefore(day)) {
                day = last;
            }
            String ccg = p.commissioner().orElse("");
            TreeSet<String> parents = new TreeSet<>();
            for (String ons : pairs.ons(ccg)) {
                if (ons.startsWith("E38")) {
                    chd.on(ons, day).map(Chd.Entry::parent).filter(Objects::nonNull)
                            .filter(e -> e.startsWith("E39")).ifPresent(parents::add);
                }
            }
            if (parents.size() == 1) {
                votes.computeIfAbsent(parents.first(), k -> new TreeMap<>()).merge(q, 1, Integer::sum);
            } else {
                unjoined++;
            }
        }
        quality.add(SystemsSources.EPRACCUR_2019_FILE, 0, "", QualityReport.SUMMARY, rows + " rows name an English"
                + " area team or local office (column 4); " + unjoined + " of them could not be joined to an ONS E39"
                + " code (commissioner not a CCG paired with an ONS E38 code, or no E38 record on the practice's last"
                + " day under that code); the other rows vote for the pairing of E39 and Q codes");
        return votes;
    }

    private Optional<Pairing> pair(String e39, Map<String, Integer> votes, Map<String, OdsRecord> offices) {
        String names = String.join(" / ", chd.entries(e39).stream().map(Chd.Entry::name).distinct().toList());
        if (!votes.isEmpty()) {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> v : votes.entrySet()) {
                if (v.getValue() > most) {
                    best = v.getKey();
                    most = v.getValue();
                }
            }
            String winner = best;
            int top = most;
            if (votes.values().stream().filter(n -> n == top).count() > 1) {
                quality.add(SystemsSources.EPRACCUR_2019_FILE, 0, "", QualityReport.NOT_USED, e39 + " '" + names
                        + "': practices point to it from " + votes + " equally often; not paired");
                return Optional.empty();
            }
            Map<String, Integer> others = new TreeMap<>(votes);
            others.remove(winner);
            if (!others.isEmpty()) {
                quality.add(SystemsSources.EPRACCUR_2019_FILE, 0, winner, QualityReport.CONTRADICTION, e39 + " '"
                        + names + "' is reached from " + winner + " by " + top + " practice rows but also from "
                        + others + " (practices that moved or whose CCG changed parent); paired with " + winner);
            }
            return Optional.of(new Pairing(winner, Evidence.of(Certainty.MEDIUM, SystemsSources.EPRACCUR_2019,
                    Sources.CHD_E38, Sources.CHD_E39)));
        }
        TreeSet<String> chdNames = new TreeSet<>();
        chd.entries(e39).forEach(e -> chdNames.add(e.name().toUpperCase(Locale.ROOT)));
        List<String> matches = new ArrayList<>();
        offices.forEach((q, r) -> {
            if (chdNames.contains(r.name().toUpperCase(Locale.ROOT))) {
                matches.add(q);
            }
        });
        if (matches.size() == 1) {
            quality.add(Sources.CHD_E39_FILE, 0, matches.get(0), QualityReport.PAIRED_BY_NAME, e39 + " '" + names
                    + "' is reached by no practice of epraccur.csv; paired with " + matches.get(0) + " because"
                    + " eauth.csv gives it the same name (MEDIUM)");
            return Optional.of(new Pairing(matches.get(0), Evidence.of(Certainty.MEDIUM, Sources.CHD_E39,
                    Sources.EAUTH)));
        }
        quality.add(Sources.CHD_E39_FILE, 0, "", QualityReport.NOT_USED, e39 + " '" + names + "' is reached by no"
                + " practice and matches " + matches + " by name; not paired with an ODS code");
        return Optional.empty();
    }

    private void addOffice(Model model, String q, Optional<OdsRecord> ods, Map<String, Pairing> pairings) {
        List<Chd.Entry> records = new ArrayList<>();
        Evidence pairEvidence = null;
        for (Map.Entry<String, Pairing> p : pairings.entrySet()) {
            records.addAll(chd.entries(p.getKey()));
            pairEvidence = pairEvidence == null ? p.getValue().evidence() : pairEvidence.and(p.getValue().evidence());
        }
        records.sort((a, b) -> a.period().start().compareTo(b.period().start()));
        if (records.isEmpty()) {
            // Only eauth knows it: dates, name and region at the extract, kind local office as eauth lists it.
            OdsRecord r = ods.orElseThrow();
            quality.add(r.where(), q, QualityReport.NOT_CHECKED, "no ONS E39 code pairs with " + q
                    + ": dates, name and region from eauth.csv only");
            Evidence e = Evidence.of(Certainty.MEDIUM, Sources.EAUTH);
            model.addOrganisation(q, r.period(), e);
            model.addKind(q, r.period(), OrganisationKind.LOCAL_OFFICE, e);
            model.addName(q, r.period(), r.name(), e);
            addRegion(model, q, r.period(), r.nationalGrouping(), e, r.where());
            return;
        }
        Evidence chdEvidence = Evidence.of(Certainty.HIGH, Sources.CHD_E39).and(pairEvidence);
        LocalDate chdStart = records.get(0).period().start();
        boolean live = records.stream().anyMatch(e -> e.period().isOpenEnded());
        LocalDate chdEnd = live ? null
                : records.stream().map(e -> e.period().end()).max(LocalDate::compareTo).orElseThrow();

        LocalDate start = chdStart;
        Evidence startEvidence = chdEvidence;
        if (ods.isPresent()) {
            start = ods.get().openDate();
            startEvidence = Evidence.of(Certainty.HIGH, Sources.EAUTH);
            if (!start.equals(chdStart)) {
                quality.add(ods.get().where(), q, QualityReport.CONTRADICTION, "ODS opens " + q + " " + start
                        + " but ONS CHD E39 starts it " + chdStart + "; the ODS date is used, and the first ONS"
                        + " record's kind, name and eauth.csv's region are assumed before " + chdStart + " (MEDIUM)");
            }
        }
        LocalDate end = chdEnd;
        Evidence endEvidence = chdEvidence;
        Evidence odsEnd = null;
        if (ods.isPresent() && ods.get().endExclusive().isPresent()) {
            end = ods.get().endExclusive().get();
            odsEnd = Evidence.of(Certainty.HIGH, Sources.EAUTH);
        } else {
            TreeSet<LocalDate> succDates = new TreeSet<>();
            succ.asPredecessor(q).forEach(r -> succDates.add(r.effectiveDate()));
            if (!succDates.isEmpty()) {
                end = succDates.first();
                odsEnd = Evidence.of(Certainty.HIGH, Sources.SUCC);
            }
        }
        if (odsEnd != null) {
            if (Objects.equals(end, chdEnd)) {
                endEvidence = odsEnd.or(chdEvidence);
            } else {
                endEvidence = odsEnd;
                quality.add(Sources.CHD_E39_FILE, 0, q, QualityReport.CONTRADICTION, q + " ends " + end + " in ODS"
                        + " but its ONS records end " + chdEnd + "; the ODS date is used");
            }
        }
        Period period = new Period(start, end);
        model.addOrganisation(q, period, startEvidence.and(endEvidence));

        // One step per stretch of days between changes of any record.
        SortedSet<LocalDate> breaks = new TreeSet<>();
        breaks.add(start);
        for (Chd.Entry e : records) {
            breaks.add(e.period().start());
            if (e.period().end() != null) {
                breaks.add(e.period().end());
            }
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d : breaks) {
            if (period.contains(d)) {
                days.add(d);
            }
        }
        List<Period> spans = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate from = days.get(i);
            LocalDate to = i + 1 < days.size() ? days.get(i + 1) : end;
            spans.add(new Period(from, to));
            steps.add(step(q, from, records, ods, chdEvidence));
        }
        addRuns(model, q, spans, steps, ods);
    }

    /** Kind, name and region on one day: the ONS record in force, or the nearest one carried over (MEDIUM). */
    private Step step(String q, LocalDate day, List<Chd.Entry> records, Optional<OdsRecord> ods,
            Evidence chdEvidence) {
        Chd.Entry inForce = null;
        for (Chd.Entry e : records) {
            if (e.period().contains(day) && (inForce == null || e.period().start().isAfter(inForce.period().start()))) {
                inForce = e;
            }
        }
        boolean carried = inForce == null;
        if (carried) {
            Chd.Entry before = null;
            for (Chd.Entry e : records) {
                if (!e.period().start().isAfter(day)) {
                    before = e;
                }
            }
            inForce = before != null ? before : records.get(0);
            quality.add(Sources.CHD_E39_FILE, 0, q, QualityReport.UNDATED, "no ONS E39 record of " + q + " on " + day
                    + ": the record '" + inForce.name() + "' " + inForce.period() + " is carried over (MEDIUM)");
        }
        OrganisationKind kind = inForce.period().start().isBefore(LOCAL_OFFICE_START)
                ? OrganisationKind.AREA_TEAM : OrganisationKind.LOCAL_OFFICE;
        Evidence evidence = carried ? chdEvidence.atMost(Certainty.MEDIUM) : chdEvidence;
        boolean nameConfirmed = ods.isPresent() && ods.get().name().equalsIgnoreCase(inForce.name());
        String region = null;
        Evidence regionEvidence = evidence;
        if (!carried && inForce.parent() != null) {
            Optional<Chd.Entry> e40 = chd.on(inForce.parent(), day);
            Optional<String> y = e40.flatMap(r -> pairs.ods(r.code()));
            if (y.isPresent()) {
                region = y.get();
                regionEvidence = evidence.and(Evidence.of(Certainty.HIGH, Sources.CHD_E40))
                        .and(pairs.evidence(e40.get().code()));
            }
        }
        if (region == null && ods.isPresent() && REGION_CODE.matcher(ods.get().nationalGrouping()).matches()) {
            region = ods.get().nationalGrouping();
            regionEvidence = Evidence.of(Certainty.MEDIUM, Sources.EAUTH);
        }
        return new Step(kind, inForce.name(), region, evidence, regionEvidence, nameConfirmed);
    }

    /** Writes kinds, names and regions, merging equal neighbouring stretches. */
    private void addRuns(Model model, String q, List<Period> spans, List<Step> steps, Optional<OdsRecord> ods) {
        runs(spans, steps, (a, b) -> a.kind() == b.kind(), (p, s) -> model.addKind(q, p, s.kind(), s.evidence()));
        runs(spans, steps, (a, b) -> a.name().equals(b.name()), (p, s) -> model.addName(q, p, s.name(),
                s.nameConfirmed() ? s.evidence().plus(Sources.EAUTH).with(Certainty.HIGH) : s.evidence()));
        SourceLine where = ods.map(OdsRecord::where).orElse(null);
        runs(spans, steps, (a, b) -> Objects.equals(a.region(), b.region()), (p, s) -> {
            if (s.region() == null) {
                quality.add(Sources.CHD_E39_FILE, 0, q, QualityReport.UNDATED, "no region " + p);
            } else {
                addRegion(model, q, p, s.region(), s.regionEvidence(), where);
            }
        });
    }

    private interface Same {
        boolean test(Step a, Step b);
    }

    private interface Sink {
        void accept(Period p, Step s);
    }

    private static void runs(List<Period> spans, List<Step> steps, Same same, Sink sink) {
        int i = 0;
        while (i < steps.size()) {
            int j = i;
            Evidence evidence = steps.get(i).evidence();
            Evidence regionEvidence = steps.get(i).regionEvidence();
            while (j + 1 < steps.size() && same.test(steps.get(i), steps.get(j + 1))) {
                j++;
                evidence = evidence.and(steps.get(j).evidence());
                regionEvidence = regionEvidence.and(steps.get(j).regionEvidence());
            }
            Step s = steps.get(i);
            boolean confirmed = true;
            for (int k = i; k <= j; k++) {
                confirmed &= steps.get(k).nameConfirmed();
            }
            sink.accept(new Period(spans.get(i).start(), spans.get(j).end()),
                    new Step(s.kind(), s.name(), s.region(), evidence, regionEvidence, confirmed));
            i = j + 1;
        }
    }

    private void addRegion(Model model, String q, Period p, String region, Evidence evidence, @Nullable SourceLine row) {
        Optional<Period> open = model.organisation(region).flatMap(o -> o.period().intersection(p));
        if (open.isEmpty() || !open.get().equals(p)) {
            String detail = "the region " + region + " of " + q + " " + p + " is open only "
                    + model.organisation(region).map(o -> o.period().toString()).orElse("never")
                    + "; the link is cut to fit";
            if (row != null) {
                quality.add(row, q, QualityReport.CONTRADICTION, detail);
            } else {
                quality.add(Sources.CHD_E39_FILE, 0, q, QualityReport.CONTRADICTION, detail);
            }
        }
        open.ifPresent(o -> model.addLink(q, RelationshipType.PART_OF, region, o, evidence));
    }
}
