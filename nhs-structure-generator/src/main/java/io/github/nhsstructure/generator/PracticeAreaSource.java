package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The NHS England area team or local office whose area a GP practice, secure setting or Defence Medical Services
 * centre lay in ({@link RelationshipType#IN_AREA_OF}), from column 4 of the {@code epraccur.csv} snapshots of 2015,
 * 2018 and 2019, which give each code its area team or local office on the snapshot's date (a closed code: on its last
 * day).
 *
 * <p>Rules (DATA.md, "Areas of NHS England"): a value seen on two consecutive observation days holds between them
 * (HIGH); a change between them is put on the day the old area ends or the new one starts, or the day the code's
 * commissioner moved to the new area (MEDIUM), else on the later day with the old area UNCERTAIN until then
 * (reported); before the first and after the last observation the value is
 * assumed back to the code's opening and on to its closing (MEDIUM); every link is cut to the days its target is open
 * (area teams 2013-2015, local offices 2015-2020). Each observation is compared with the area of the code's
 * commissioner (a CCG's {@code IN_AREA_OF}); a difference is reported.
 *
 * <p>This class is not thread-safe.
 */
final class PracticeAreaSource {

    private static final Pattern Q_CODE = Pattern.compile("Q[0-9]{2}");
    private static final Set<String> SNAPSHOTS = Set.of(PrimaryCareSources.EPRACCUR_2015,
            PrimaryCareSources.EPRACCUR_2018, PrimaryCareSources.EPRACCUR_2019);
    private static final Set<OrganisationKind> AREAS = Set.of(OrganisationKind.AREA_TEAM,
            OrganisationKind.LOCAL_OFFICE);

    /** An area seen on a day. */
    private record Observation(LocalDate date, String area, String sourceId, PracticeFiles.PracticeRow row) {
    }

    /** An area for a period. */
    private record Run(Period period, String area, Evidence evidence) {
    }

    private final PracticeFiles files;
    private final QualityReport quality;

    PracticeAreaSource(PracticeFiles files, QualityReport quality) {
        this.files = files;
        this.quality = quality;
    }

    /**
     * Adds the links of the codes given.
     *
     * @param model  the model, not null
     * @param codes  the cost centres of the dataset, by code, with their periods, not null
     */
    void addTo(Model model, Map<String, Period> codes) {
        Map<String, List<Model.Kind>> kinds = new TreeMap<>();
        Map<String, List<Model.Link>> ccgAreas = new TreeMap<>();
        Map<String, List<Model.Link>> commissioners = new TreeMap<>();
        for (Model.Kind k : model.kinds()) {
            if (AREAS.contains(k.kind())) {
                kinds.computeIfAbsent(k.code(), c -> new ArrayList<>()).add(k);
            }
        }
        for (Model.Link l : model.links()) {
            if (l.type() == RelationshipType.IN_AREA_OF) {
                ccgAreas.computeIfAbsent(l.code(), c -> new ArrayList<>()).add(l);
            } else if (l.type() == RelationshipType.COMMISSIONED_BY && codes.containsKey(l.code())) {
                commissioners.computeIfAbsent(l.code(), c -> new ArrayList<>()).add(l);
            }
        }
        int links = 0;
        int withLinks = 0;
        int differ = 0;
        for (Map.Entry<String, Period> e : codes.entrySet()) {
            String code = e.getKey();
            Period life = e.getValue();
            List<Observation> seen = new ArrayList<>();
            for (PracticeFiles.PracticeRow r : files.rows(code)) {
                String area = r.record().highLevelHealthGeography();
                if (!SNAPSHOTS.contains(r.sourceId()) || !Q_CODE.matcher(area).matches()) {
                    continue;
                }
                LocalDate day = r.date();
                if (life.end() != null && !life.end().isAfter(day)) {
                    day = life.end().minusDays(1);
                }
                if (!life.contains(day)) {
                    continue;
                }
                LocalDate on = day;
                boolean isArea = kinds.getOrDefault(area, List.of()).stream().anyMatch(k -> k.period().contains(on));
                if (!isArea) {
                    continue; // Q99 and codes that are no area team or local office on that day
                }
                if (!seen.isEmpty() && seen.get(seen.size() - 1).date().equals(day)) {
                    continue; // a closed code seen on its last day by two snapshots: the older one is kept
                }
                seen.add(new Observation(day, area, r.sourceId(), r));
                Optional<String> ccgArea = ccgArea(commissioners.getOrDefault(code, List.of()), ccgAreas, day);
                if (ccgArea.isPresent() && !ccgArea.get().equals(area)) {
                    differ++;
                    quality.add(r.where(), code, QualityReport.CONTRADICTION, r.sourceId() + " (column 4) puts "
                            + code + " in the area of " + area + " on " + day + " but its commissioner is in the area"
                            + " of " + ccgArea.get() + " (ONS CHD); the practice's own link uses column 4");
                }
            }
            if (seen.isEmpty()) {
                continue;
            }
            List<Model.Link> mine = commissioners.getOrDefault(code, List.of());
            List<Run> runs = timeline(model, code, life, seen, day -> ccgArea(mine, ccgAreas, day), candidates(mine,
                    ccgAreas));
            for (Run r : runs) {
                model.addLink(code, RelationshipType.IN_AREA_OF, r.area(), r.period(), r.evidence());
                links++;
            }
            withLinks += runs.isEmpty() ? 0 : 1;
        }
        quality.add(PrimaryCareSources.EPRACCUR_2019_FILE, 0, "", QualityReport.SUMMARY, links + " IN_AREA_OF links of"
                + " " + withLinks + " practices and other cost centres to their area team or local office, from column"
                + " 4 of the 2015, 2018 and 2019 epraccur.csv snapshots; " + differ + " observations differ from the"
                + " area of the code's commissioner (each listed)");
    }

    /** The area of the commissioner a code had on a day, if that commissioner has one. */
    private static Optional<String> ccgArea(List<Model.Link> commissioners, Map<String, List<Model.Link>> areas,
            LocalDate day) {
        for (Model.Link c : commissioners) {
            if (c.period().contains(day)) {
                for (Model.Link a : areas.getOrDefault(c.target(), List.of())) {
                    if (a.period().contains(day)) {
                        return Optional.of(a.target());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The days on which a code's commissioner, or its commissioner's area, changes. */
    private static java.util.SortedSet<LocalDate> candidates(List<Model.Link> commissioners,
            Map<String, List<Model.Link>> areas) {
        java.util.SortedSet<LocalDate> days = new java.util.TreeSet<>();
        for (Model.Link c : commissioners) {
            days.add(c.period().start());
            for (Model.Link a : areas.getOrDefault(c.target(), List.of())) {
                days.add(a.period().start());
            }
        }
        return days;
    }

    private List<Run> timeline(Model model, String code, Period life, List<Observation> seen,
            java.util.function.Function<LocalDate, Optional<String>> commissionerArea,
            java.util.SortedSet<LocalDate> candidates) {
        List<Run> out = new ArrayList<>();
        Observation first = seen.get(0);
        if (life.start().isBefore(first.date())) {
            out.add(new Run(Period.of(life.start(), first.date()), first.area(),
                    Evidence.of(Certainty.MEDIUM, first.sourceId())));
        }
        for (int i = 0; i + 1 < seen.size(); i++) {
            Observation a = seen.get(i);
            Observation b = seen.get(i + 1);
            Evidence both = Evidence.of(Certainty.HIGH, a.sourceId(), b.sourceId());
            if (a.area().equals(b.area())) {
                out.add(new Run(Period.of(a.date(), b.date()), a.area(), both));
                continue;
            }
            Period old = model.organisation(a.area()).orElseThrow().period();
            Period next = model.organisation(b.area()).orElseThrow().period();
            LocalDate at = null;
            if (old.end() != null && old.end().isAfter(a.date()) && !old.end().isAfter(b.date())) {
                at = old.end();
            } else if (next.start().isAfter(a.date()) && !next.start().isAfter(b.date())) {
                at = next.start();
            } else {
                // The day the commissioner (or its area) moved to the new area, as ONS dates it.
                for (LocalDate d : candidates.subSet(a.date().plusDays(1), b.date().plusDays(1))) {
                    if (commissionerArea.apply(d).equals(Optional.of(b.area()))) {
                        at = d;
                        break;
                    }
                }
            }
            if (at != null) {
                out.add(new Run(Period.of(a.date(), at), a.area(), both.with(Certainty.MEDIUM)));
                if (at.isBefore(b.date())) {
                    out.add(new Run(Period.of(at, b.date()), b.area(), both.with(Certainty.MEDIUM)));
                }
            } else {
                out.add(new Run(Period.of(a.date(), b.date()), a.area(), both.with(Certainty.UNCERTAIN)));
                quality.add(b.row().where(), code, TrustSource.UNDATED_CHANGE, "area " + a.area() + " (" + a.date()
                        + ") became " + b.area() + " (" + b.date() + ") on a day no source gives: the change is put"
                        + " on " + b.date() + " and the old area is UNCERTAIN from " + a.date());
            }
        }
        Observation last = seen.get(seen.size() - 1);
        out.add(new Run(Period.of(last.date(), life.end()), last.area(), Evidence.of(Certainty.MEDIUM,
                last.sourceId())));
        // Only the days each area is open.
        List<Run> cut = new ArrayList<>();
        for (Run r : out) {
            Period open = model.organisation(r.area()).orElseThrow().period();
            r.period().intersection(open).ifPresent(p -> add(cut, new Run(p, r.area(), r.evidence())));
        }
        return cut;
    }

    private static void add(List<Run> runs, Run run) {
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (last.area().equals(run.area()) && last.evidence().certainty() == run.evidence().certainty()
                    && Objects.equals(last.period().end(), run.period().start())) {
                runs.set(runs.size() - 1, new Run(Period.of(last.period().start(), run.period().end()), run.area(),
                        last.evidence().and(run.evidence())));
                return;
            }
        }
        runs.add(run);
    }
}
