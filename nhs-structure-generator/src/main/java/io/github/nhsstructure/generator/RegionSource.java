package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * NHS England regions: the four commissioning regions of 2012/2013 ({@code Y54}-{@code Y57}, ODS {@code eauth.csv})
 * and the seven regions of 2018/2019 onwards ({@code Y56}, {@code Y58}-{@code Y63}, paired with ONS {@code E40}
 * codes by the NHS Digital mapping files and LOC22), dated by the ONS Code History Database {@code E40} and
 * checked against the region successions of {@code succ.csv}.
 *
 * <p>Rules (DATA.md): the start is the ODS open date where ODS gives one, else the first CHD record; the end is
 * the end of the last CHD record when every ONS code of the region has terminated; an ONS code no file pairs
 * with an ODS code is paired by name (MEDIUM). Names are the mixed-case names of the NHS Digital / ONS files keyed
 * by ODS code where there is one, else the ODS name as published.
 *
 * <p>This class is not thread-safe.
 */
final class RegionSource {

    private static final Pattern REGION_CODE = Pattern.compile("Y[0-9]{2}");
    private static final Pattern LOCAL_OFFICE_CODE = Pattern.compile("Q[0-9]{2}");
    private static final String EAUTH_SUFFIX = " COMMISSIONING REGION";

    private final List<OdsRecord> eauth;
    private final Chd chd;
    private final CodePairs pairs;
    private final MappingFiles maps;
    private final SuccessionFile succ;
    private final QualityReport quality;
    private final Set<String> regionsOfOpenEccgRows = new TreeSet<>();

    RegionSource(List<OdsRecord> eauth, List<OdsRecord> eccg, Chd chd, CodePairs pairs, MappingFiles maps,
            SuccessionFile succ, QualityReport quality) {
        this.eauth = eauth;
        for (OdsRecord r : eccg) {
            if (r.closeDate().isEmpty()) {
                regionsOfOpenEccgRows.add(r.nationalGrouping());
            }
        }
        this.chd = chd;
        this.pairs = pairs;
        this.maps = maps;
        this.succ = succ;
        this.quality = quality;
    }

    void addTo(Model model) {
        Map<String, OdsRecord> commissioningRegions = new TreeMap<>();
        int others = 0;
        for (OdsRecord r : eauth) {
            if (REGION_CODE.matcher(r.code()).matches() && r.name().endsWith(EAUTH_SUFFIX)) {
                commissioningRegions.put(r.code(), r);
            } else if (!LOCAL_OFFICE_CODE.matcher(r.code()).matches()) {
                others++;
            }
        }
        // The local offices Q70-Q84 are read by AreaTeamSource.
        quality.add(Sources.EAUTH_FILE, 0, "", QualityReport.SUMMARY, others + " rows (Government Office regions,"
                + " Welsh bodies) are outside this dataset and not used");
        Map<String, MappingFiles.SourcedName> mappedNames = maps.regionNames(quality);
        pairUnpairedByName(commissioningRegions, mappedNames);

        TreeSet<String> codes = new TreeSet<>(commissioningRegions.keySet());
        for (String e40 : chd.codes("E40")) {
            pairs.ods(e40).ifPresent(codes::add);
        }
        for (String code : codes) {
            addRegion(model, code, Optional.ofNullable(commissioningRegions.get(code)),
                    Optional.ofNullable(mappedNames.get(code)));
        }
        model.addCoverage(OrganisationKind.REGION, Period.from(Dates.CCG_ERA_START),
                List.of(Sources.EAUTH, Sources.CHD_E40, Sources.SUCC, Sources.GP_MAP_2020, Sources.LOC22),
                "From 2013-04-01, the first day ONS dates all four commissioning regions (ODS opens them"
                        + " 2012-10-01); " + Dates.LATEST_NOTE);
    }

    /** Pairs the E40 codes no file pairs with an ODS code (the 2013 regions, the 2024 recodes) by name. */
    private void pairUnpairedByName(Map<String, OdsRecord> commissioningRegions,
            Map<String, MappingFiles.SourcedName> mappedNames) {
        for (String e40 : chd.codes("E40")) {
            if (pairs.isPaired(e40)) {
                continue;
            }
            TreeSet<String> chdNames = new TreeSet<>();
            chd.entries(e40).forEach(e -> chdNames.add(normal(e.name())));
            List<String> matches = new ArrayList<>();
            List<String> sourceIds = new ArrayList<>();
            for (OdsRecord r : commissioningRegions.values()) {
                String name = r.name().substring(0, r.name().length() - EAUTH_SUFFIX.length());
                if (chdNames.contains(normal(name))) {
                    matches.add(r.code());
                    sourceIds.add(Sources.EAUTH);
                }
            }
            for (Map.Entry<String, MappingFiles.SourcedName> m : mappedNames.entrySet()) {
                if (chdNames.contains(normal(m.getValue().name())) && !matches.contains(m.getKey())) {
                    matches.add(m.getKey());
                    sourceIds.add(m.getValue().sourceId());
                }
            }
            String names = String.join(" / ", chd.entries(e40).stream().map(Chd.Entry::name).distinct().toList());
            if (matches.size() == 1) {
                pairs.add(e40, matches.get(0), Evidence.of(Certainty.MEDIUM, Sources.CHD_E40, sourceIds.get(0)),
                        Sources.CHD_E40_FILE, 0);
                quality.add(Sources.CHD_E40_FILE, 0, matches.get(0), QualityReport.PAIRED_BY_NAME, e40 + " '" + names
                        + "' is paired with " + matches.get(0) + " by name: no copied file pairs them (MEDIUM)");
            } else {
                quality.add(Sources.CHD_E40_FILE, 0, "", QualityReport.NOT_USED, e40 + " '" + names + "' matches "
                        + (matches.isEmpty() ? "no ODS region" : "several ODS regions " + matches) + " by name");
            }
        }
    }

    private void addRegion(Model model, String code, Optional<OdsRecord> ods,
            Optional<MappingFiles.SourcedName> mappedName) {
        // The ONS records of every E40 code paired with the region, each with the evidence of its pairing.
        List<Chd.Entry> records = new ArrayList<>();
        Map<String, Evidence> byE40 = new TreeMap<>();
        for (String e40 : pairs.ons(code)) {
            if (e40.startsWith("E40")) {
                records.addAll(chd.entries(e40));
                byE40.put(e40, Evidence.of(Certainty.HIGH, Sources.CHD_E40).and(pairs.evidence(e40)));
            }
        }
        if (records.isEmpty() && ods.isEmpty()) {
            throw new IllegalStateException(code + ": a region with neither an ODS record nor ONS records");
        }
        LocalDate chdStart = records.stream().map(e -> e.period().start()).min(LocalDate::compareTo).orElse(null);
        boolean live = records.stream().anyMatch(e -> e.period().isOpenEnded());
        LocalDate chdEnd = records.isEmpty() || live ? null
                : records.stream().map(e -> e.period().end()).max(LocalDate::compareTo).orElseThrow();
        Evidence chdStartEvidence = evidenceOf(records, byE40, e -> e.period().start().equals(chdStart));
        Evidence chdEndEvidence = evidenceOf(records, byE40,
                e -> live ? e.period().isOpenEnded() : e.period().endOrMax().equals(chdEnd));

        // Start: ODS open date, else the first ONS record; a successor row of succ.csv on that date confirms it.
        LocalDate start;
        Evidence startEvidence;
        if (ods.isPresent()) {
            start = ods.get().openDate();
            startEvidence = Evidence.of(Certainty.HIGH, Sources.EAUTH);
            if (chdStart != null && !chdStart.equals(start)) {
                quality.add(ods.get().where(), code, QualityReport.CONTRADICTION, "ODS opens " + code + " " + start
                        + "; ONS CHD E40 starts it " + chdStart + " (ONS dates all NHS England geographies from"
                        + " 2013-04-01); the ODS date is used (MEDIUM)");
                startEvidence = startEvidence.and(chdStartEvidence).with(Certainty.MEDIUM);
            }
        } else {
            start = chdStart;
            startEvidence = chdStartEvidence;
        }
        for (SuccessionFile.Row r : succ.asSuccessor(code)) {
            if (r.effectiveDate().equals(start)) {
                startEvidence = startEvidence.or(Evidence.of(Certainty.HIGH, Sources.SUCC));
            } else {
                quality.add(r.row(), code, QualityReport.CONTRADICTION, "succ.csv makes " + code + " a successor on "
                        + r.effectiveDate() + " but it opens " + start);
            }
        }

        // End: ODS close date, else the end of the last ONS record; succ.csv or a current ODS row confirms it.
        LocalDate end = ods.flatMap(OdsRecord::endExclusive).orElse(chdEnd);
        Evidence endEvidence = ods.isPresent() && ods.get().closeDate().isPresent()
                ? Evidence.of(Certainty.HIGH, Sources.EAUTH) : chdEndEvidence;
        for (SuccessionFile.Row r : succ.asPredecessor(code)) {
            if (r.effectiveDate().equals(end)) {
                Evidence succEvidence = Evidence.of(Certainty.HIGH, Sources.SUCC);
                endEvidence = endEvidence == null ? succEvidence.with(Certainty.MEDIUM) : endEvidence.or(succEvidence);
            } else {
                quality.add(r.row(), code, QualityReport.CONTRADICTION, "succ.csv gives " + code + " a successor from "
                        + r.effectiveDate() + " but the region " + (end == null ? "is still open" : "ends " + end));
            }
        }
        if (end == null && regionsOfOpenEccgRows.contains(code)) {
            // The 2025 eccg.csv files open sub-ICB locations under this region: ODS shows it still in use.
            Evidence current = Evidence.of(Certainty.HIGH, Sources.ECCG);
            endEvidence = endEvidence == null ? current : endEvidence.or(current);
        }
        Period period = new Period(start, end);
        Evidence evidence = endEvidence == null ? startEvidence : startEvidence.and(endEvidence);
        model.addOrganisation(code, period, evidence);
        model.addKind(code, period, OrganisationKind.REGION, evidence);

        // Name: mixed case from an NHS Digital / ONS file keyed by ODS code, else ODS eauth as published.
        String name;
        Evidence nameEvidence;
        if (mappedName.isPresent()) {
            name = mappedName.get().name();
            nameEvidence = Evidence.of(Certainty.MEDIUM, mappedName.get().sourceId());
        } else {
            name = ods.orElseThrow().name();
            nameEvidence = Evidence.of(Certainty.MEDIUM, Sources.EAUTH);
        }
        boolean chdCoversAll = chdStart != null && chdStart.equals(start) && (end == null ? live : end.equals(chdEnd));
        boolean chdAgrees = records.stream().allMatch(e -> e.name().equalsIgnoreCase(name));
        if (chdCoversAll && chdAgrees) {
            // Two sources give the name, and ONS dates it for the whole period.
            nameEvidence = nameEvidence.plus(Sources.CHD_E40).with(Certainty.HIGH);
        }
        model.addName(code, period, name, nameEvidence);
    }

    /** The evidence of the E40 codes having a record that matches: either of them states the fact. */
    private static @Nullable Evidence evidenceOf(List<Chd.Entry> records, Map<String, Evidence> byE40,
            Predicate<Chd.Entry> matches) {
        Evidence evidence = null;
        for (Chd.Entry e : records) {
            if (matches.test(e)) {
                Evidence one = byE40.get(e.code());
                evidence = evidence == null ? one : evidence.or(one);
            }
        }
        return evidence;
    }

    private static String normal(String name) {
        return name.toUpperCase(Locale.ROOT).replace("&", "AND").strip();
    }
}
