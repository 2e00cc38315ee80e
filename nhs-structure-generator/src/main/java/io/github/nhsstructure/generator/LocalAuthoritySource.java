package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.SuccessionReason;
import io.github.nhsstructure.provenance.Certainty;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Upper-tier local authorities (kind {@code LOCAL_AUTHORITY}) from the ONS Code History Database: unitary
 * authorities ({@code E06}), metropolitan districts ({@code E08}), London boroughs ({@code E09}) and counties
 * ({@code E10}), each with its dated names and period, identified by its ONS GSS code (such as {@code E06000001},
 * which fits the dataset's code pattern). Non-metropolitan districts ({@code E07}) are lower-tier and only counted.
 *
 * <p>CHD begins on 2009-01-01: an authority whose first record starts that day existed by then, not from then, so
 * its opening is MEDIUM. Where a code ends and a code of the same name starts the next day (a boundary change
 * recoded by ONS, or a county replaced by a unitary authority of the same name), a succession is added (MEDIUM: CHD's
 * change file, which would state it, is not available); other endings are reported.
 *
 * <p>This class is not thread-safe.
 */
final class LocalAuthoritySource {

    /** The first day of the ONS Code History Database. */
    static final LocalDate CHD_START = LocalDate.of(2009, 1, 1);

    private final Path rawDir;
    private final QualityReport quality;

    LocalAuthoritySource(Path rawDir, QualityReport quality) {
        this.rawDir = rawDir;
        this.quality = quality;
    }

    void addTo(Model model) {
        Map<String, String> files = new TreeMap<>();
        Map<String, String> ids = new TreeMap<>();
        files.put(SystemsSources.CHD_E06_FILE, RawCsv.read(rawDir, SystemsSources.CHD_E06_FILE));
        files.put(SystemsSources.CHD_E08_FILE, RawCsv.read(rawDir, SystemsSources.CHD_E08_FILE));
        files.put(SystemsSources.CHD_E09_FILE, RawCsv.read(rawDir, SystemsSources.CHD_E09_FILE));
        files.put(SystemsSources.CHD_E10_FILE, RawCsv.read(rawDir, SystemsSources.CHD_E10_FILE));
        ids.put(SystemsSources.CHD_E06_FILE, SystemsSources.CHD_E06);
        ids.put(SystemsSources.CHD_E08_FILE, SystemsSources.CHD_E08);
        ids.put(SystemsSources.CHD_E09_FILE, SystemsSources.CHD_E09);
        ids.put(SystemsSources.CHD_E10_FILE, SystemsSources.CHD_E10);
        Chd chd = Chd.parse(files, ids);
        Chd districts = Chd.parse(Map.of(SystemsSources.CHD_E07_FILE,
                RawCsv.read(rawDir, SystemsSources.CHD_E07_FILE)), Map.of(SystemsSources.CHD_E07_FILE,
                SystemsSources.CHD_E07));

        Map<String, Period> periods = new TreeMap<>();
        int fromChdStart = 0;
        for (String prefix : List.of("E06", "E08", "E09", "E10")) {
            for (String code : chd.codes(prefix)) {
                List<Chd.Entry> records = chd.entries(code);
                String sourceId = records.get(0).sourceId();
                LocalDate start = records.get(0).period().start();
                boolean live = records.stream().anyMatch(e -> e.period().isOpenEnded());
                LocalDate end = live ? null
                        : records.stream().map(e -> e.period().end()).max(LocalDate::compareTo).orElseThrow();
                Period period = new Period(start, end);
                Evidence evidence = Evidence.of(Certainty.HIGH, sourceId);
                if (start.equals(CHD_START)) {
                    fromChdStart++;
                    evidence = evidence.with(Certainty.MEDIUM);
                }
                model.addOrganisation(code, period, evidence);
                model.addKind(code, period, OrganisationKind.LOCAL_AUTHORITY, Evidence.of(Certainty.HIGH, sourceId));
                periods.put(code, period);
                // Names: one row per record, equal neighbours merged; a gap between records keeps the earlier name.
                String runName = null;
                LocalDate runStart = null;
                for (Chd.Entry e : records) {
                    if (runName != null && !runName.equals(e.name())) {
                        model.addName(code, Period.of(runStart, e.period().start()), runName,
                                Evidence.of(Certainty.HIGH, sourceId));
                        runStart = e.period().start();
                    }
                    if (runName == null) {
                        runStart = start;
                    }
                    runName = e.name();
                }
                model.addName(code, Period.of(runStart, end), runName, Evidence.of(Certainty.HIGH, sourceId));
            }
        }
        quality.add(SystemsSources.CHD_E06_FILE, 0, "", QualityReport.SUMMARY, fromChdStart + " upper-tier"
                + " authorities (E06, E08, E09, E10) start on 2009-01-01, the first day of the Code History Database:"
                + " they existed by then, and their opening is MEDIUM");
        quality.add(SystemsSources.CHD_E07_FILE, 0, "", QualityReport.SUMMARY, districts.codes("E07").size()
                + " non-metropolitan districts (E07, lower-tier) are outside this dataset and not used");
        addSuccessions(model, chd, periods);
        model.addCoverage(OrganisationKind.LOCAL_AUTHORITY, Period.from(CHD_START),
                List.of(SystemsSources.CHD_E06, SystemsSources.CHD_E08, SystemsSources.CHD_E09,
                        SystemsSources.CHD_E10),
                "Every upper-tier local authority (unitary, metropolitan district, London borough, county) of the"
                        + " ONS Code History Database from its first day, 2009-01-01; as at its July 2024 edition,"
                        + " later changes are not known.");
    }

    private void addSuccessions(Model model, Chd chd, Map<String, Period> periods) {
        for (Map.Entry<String, Period> ended : periods.entrySet()) {
            LocalDate end = ended.getValue().end();
            if (end == null) {
                continue;
            }
            List<Chd.Entry> old = chd.entries(ended.getKey());
            String lastName = old.get(old.size() - 1).name();
            String successor = null;
            for (Map.Entry<String, Period> started : periods.entrySet()) {
                if (started.getValue().start().equals(end)
                        && chd.entries(started.getKey()).get(0).name().equals(lastName)) {
                    successor = started.getKey();
                }
            }
            String sourceId = old.get(0).sourceId();
            if (successor == null) {
                quality.add(sourceId.equals(SystemsSources.CHD_E10) ? SystemsSources.CHD_E10_FILE
                        : SystemsSources.CHD_E06_FILE, 0, ended.getKey(), QualityReport.NOT_CHECKED, ended.getKey()
                        + " '" + lastName + "' ends " + end + "; no code of the same name starts that day, and"
                        + " CHD's change file is not available: no succession");
                continue;
            }
            model.addSuccession(ended.getKey(), successor, end, SuccessionReason.UNSPECIFIED,
                    Evidence.of(Certainty.MEDIUM, sourceId, chd.entries(successor).get(0).sourceId()));
        }
    }
}
