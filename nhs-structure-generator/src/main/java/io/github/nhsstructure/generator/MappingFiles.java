package io.github.nhsstructure.generator;

import io.github.nhsstructure.provenance.Certainty;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The NHS Digital mapping files and ONS lookups that pair ODS codes with ONS codes and give mixed-case names:
 * the GP practice mapping files of September 2020 and January 2022, the ONS July 2022 sub-ICB location / ICB /
 * region lookup (LOC22), the ONS December 2024 ICB names and codes, and the ONS-derived April 2013 PCT to CCG
 * lookup.
 *
 * <p>This class is immutable after construction and not thread-safe.
 */
final class MappingFiles {

    /** A name one file gives for an ODS code, with where it says so. */
    record SourcedName(String name, String sourceId, RawRow row) {
    }

    final List<RawRow> gpMap2020;
    final List<RawRow> gpMap2022;
    final List<RawRow> loc22;
    final List<RawRow> icb2024;
    final List<RawRow> pctCcg2013;

    private MappingFiles(List<RawRow> gpMap2020, List<RawRow> gpMap2022, List<RawRow> loc22, List<RawRow> icb2024,
            List<RawRow> pctCcg2013) {
        this.gpMap2020 = gpMap2020;
        this.gpMap2022 = gpMap2022;
        this.loc22 = loc22;
        this.icb2024 = icb2024;
        this.pctCcg2013 = pctCcg2013;
    }

    static MappingFiles read(Path rawDir) {
        return new MappingFiles(RawCsv.withHeader(rawDir, Sources.GP_MAP_2020_FILE),
                RawCsv.withHeader(rawDir, Sources.GP_MAP_2022_FILE), RawCsv.withHeader(rawDir, Sources.LOC22_FILE),
                RawCsv.withHeader(rawDir, Sources.ICB_2024_FILE),
                RawCsv.withHeader(rawDir, Sources.PCT_CCG_2013_FILE));
    }

    /**
     * Collects every ONS/ODS code pair the files state: CCGs and sub-ICB locations ({@code E38}), STPs and ICBs
     * ({@code E54}) and regions ({@code E40}).
     */
    CodePairs pairs(QualityReport quality) {
        CodePairs pairs = new CodePairs(quality);
        Evidence gp2020 = Evidence.of(Certainty.HIGH, Sources.GP_MAP_2020);
        Evidence gp2022 = Evidence.of(Certainty.HIGH, Sources.GP_MAP_2022);
        Evidence loc = Evidence.of(Certainty.HIGH, Sources.LOC22);
        Evidence icb = Evidence.of(Certainty.HIGH, Sources.ICB_2024);
        // The 2013 lookup is ONS-derived but its origin is not named (SOURCES.md): its pairs are MEDIUM.
        Evidence pct = Evidence.of(Certainty.MEDIUM, Sources.PCT_CCG_2013);
        addGpMapPairs(pairs, gpMap2020, gp2020);
        addGpMapPairs(pairs, gpMap2022, gp2022);
        for (RawRow r : loc22) {
            pairs.add(r.required("LOC22CD"), r.required("LOC22CDH"), loc, r);
            pairs.add(r.required("ICB22CD"), r.required("ICB22CDH"), loc, r);
            pairs.add(r.required("NHSER22CD"), r.required("NHSER22CDH"), loc, r);
        }
        for (RawRow r : icb2024) {
            pairs.add(r.required("ICB24CD"), r.required("ICB24CDH"), icb, r);
        }
        for (RawRow r : pctCcg2013) {
            pairs.add(r.required("CCG_ONS_CODE"), r.required("CCG_ODS_CODE"), pct, r);
        }
        return pairs;
    }

    private static void addGpMapPairs(CodePairs pairs, List<RawRow> rows, Evidence evidence) {
        for (RawRow r : rows) {
            pairs.add(r.required("ONS_CCG_CODE"), r.required("CCG_CODE"), evidence, r);
            pairs.add(r.required("ONS_STP_CODE"), r.required("STP_CODE"), evidence, r);
            pairs.add(r.required("ONS_COMM_REGION_CODE"), r.required("COMM_REGION_CODE"), evidence, r);
        }
    }

    /**
     * The CCG names of the January 2022 mapping file ({@code CCG_NAME}, mixed case as published), by ODS code.
     * A code given two names is reported; the first is used.
     */
    Map<String, SourcedName> ccgNames2022(QualityReport quality) {
        return names(gpMap2022, "CCG_CODE", "CCG_NAME", Sources.GP_MAP_2022, quality);
    }

    /**
     * The region names of the mapping files and LOC22, by ODS region code; the latest file wins, and a name that
     * differs between files is reported.
     */
    Map<String, SourcedName> regionNames(QualityReport quality) {
        Map<String, SourcedName> names = new TreeMap<>();
        mergeLatest(names, names(gpMap2020, "COMM_REGION_CODE", "COMM_REGION_NAME", Sources.GP_MAP_2020, quality),
                quality);
        mergeLatest(names, names(gpMap2022, "COMM_REGION_CODE", "COMM_REGION_NAME", Sources.GP_MAP_2022, quality),
                quality);
        mergeLatest(names, names(loc22, "NHSER22CDH", "NHSER22NM", Sources.LOC22, quality), quality);
        return names;
    }

    private static void mergeLatest(Map<String, SourcedName> into, Map<String, SourcedName> later,
            QualityReport quality) {
        for (Map.Entry<String, SourcedName> e : later.entrySet()) {
            SourcedName earlier = into.put(e.getKey(), e.getValue());
            if (earlier != null && !earlier.name().equals(e.getValue().name())) {
                quality.add(e.getValue().row(), e.getKey(), QualityReport.CONTRADICTION, "name '"
                        + e.getValue().name() + "' differs from '" + earlier.name() + "' in " + earlier.sourceId()
                        + "; the later file's name is used");
            }
        }
    }

    private static Map<String, SourcedName> names(List<RawRow> rows, String codeColumn, String nameColumn,
            String sourceId, QualityReport quality) {
        Map<String, SourcedName> names = new TreeMap<>();
        for (RawRow r : rows) {
            String code = r.required(codeColumn);
            String name = r.required(nameColumn);
            SourcedName known = names.putIfAbsent(code, new SourcedName(name, sourceId, r));
            if (known != null && !known.name().equals(name)) {
                quality.add(r, code, QualityReport.CONTRADICTION, nameColumn + " '" + name + "' differs from '"
                        + known.name() + "' at line " + known.row().line() + "; the first is used");
            }
        }
        return names;
    }
}
