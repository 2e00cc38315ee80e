package io.github.nhsstructure.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * The raw inputs of the national-body and trust sources (issue #5): their files under the raw folder and their rows
 * in {@code sources.csv}, registered by {@link NationalSource} and {@link TrustSource}. Provenance in full is in
 * {@code raw/SOURCES.md}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class NationalAndTrustSources {

    private static final String ODS = "NHS England Organisation Data Service (ODS)";
    private static final String PROJECT = "nhs-structure project, compiled from the public sources each row cites";
    private static final String CURATED_ORIGIN = "this repository:nhs-structure-generator/raw/";

    static final String NATIONAL_BODIES = "curated-national";
    static final String NATIONAL_RELATIONSHIPS = "curated-national-links";
    static final String ETR_2016 = "ods-stps-trusts-2017";
    static final String ETR_2018 = "ods-etr-2018-08";
    static final String ETR_2022 = "ods-etr-2022";
    static final String ETR_2025 = "ods-etr-2025";
    static final String ETR_2026 = "ods-etr-2026-07";

    static final String NATIONAL_BODIES_FILE = "curated/national-bodies.csv";
    static final String NATIONAL_RELATIONSHIPS_FILE = "curated/national-relationships.csv";
    static final String ETR_2016_FILE = "ods-2017-openprescribing/stps_Trusts.csv";
    static final String ETR_2018_FILE = "ods-2015-2018-odsR/etr_20180831.csv";
    static final String ETR_2022_FILE = "nhsd-gp-map-2022-01/etr.csv";
    static final String ETR_2025_FILE = "ods-2025-nhs-spend/etr.csv";
    static final String ETR_2026_FILE = "ods-2026-07-etr/etr.csv";

    /**
     * The day each trust extract speaks for: the first day on which every open and close date it records has taken
     * effect (its latest open date, or its latest close date plus one), except the 2018 file, dated by its name.
     * {@link TrustSource} checks each file against its date.
     */
    static final LocalDate ETR_2016_DATE = LocalDate.of(2016, 7, 1);
    static final LocalDate ETR_2018_DATE = LocalDate.of(2018, 8, 31);
    static final LocalDate ETR_2022_DATE = LocalDate.of(2021, 10, 1);
    static final LocalDate ETR_2025_DATE = LocalDate.of(2025, 1, 1);
    /** The mid-2026 file: latest open 2026-06-01 ({@code K0N6A}), latest close 2026-06-30 ({@code RVJ}). */
    static final LocalDate ETR_2026_DATE = LocalDate.of(2026, 7, 1);

    /** The research cut of docs/domain.md, which the curated files speak for. */
    private static final LocalDate CURATED_DATE = LocalDate.of(2026, 9, 1);

    static final List<Model.Source> NATIONAL = List.of(
            new Model.Source(NATIONAL_BODIES, "Curated national bodies: the Department of Health (and Social Care)"
                    + " and the national NHS bodies, their periods, names and kinds, one row per fact citing"
                    + " docs/domain.md keys; ZZN.. codes are project-assigned, not ODS codes", PROJECT, CURATED_DATE,
                    Sources.LICENCE, CURATED_ORIGIN + NATIONAL_BODIES_FILE + " (facts from docs/domain.md sources)"),
            new Model.Source(NATIONAL_RELATIONSHIPS, "Curated links and successions of the national bodies"
                    + " (accountable to the Department, part of NHS England, members of NHS Improvement), one row"
                    + " per fact citing docs/domain.md keys", PROJECT, CURATED_DATE, Sources.LICENCE,
                    CURATED_ORIGIN + NATIONAL_RELATIONSHIPS_FILE + " (facts from docs/domain.md sources)"));

    static final List<Model.Source> TRUSTS = List.of(
            new Model.Source(ETR_2016, "ODS / NHS Digital STP partner mapping workbook, sheet Trusts (trusts with"
                    + " region, local office, open and close dates, as at mid 2016; converted from stps.xlsx)", ODS,
                    ETR_2016_DATE, Sources.LICENCE,
                    "ebmdatalab/openprescribing@62015f4a3a00851b1fcee8f4359611da4218dab4:"
                            + "openprescribing/pipeline/e2e-test-data/data-1/stp_mapping/2017_08/stps.xlsx"),
            new Model.Source(ETR_2018, "ODS etr.csv: NHS trusts, extract of 2018-08-31", ODS, ETR_2018_DATE,
                    Sources.LICENCE, "PublicHealthEngland/odsR@6cae04a680547d5517e420bfd25362a504e139d0:"
                            + "tests/testthat/etr_20180831.csv"),
            new Model.Source(ETR_2022, "ODS etr.csv: NHS trusts, extract of late 2021 (latest close 2021-09-30)", ODS,
                    ETR_2022_DATE, Sources.LICENCE,
                    "nhsx-mirror/SystemHierarchies@c38ca0a10e436fa11bcab1063cc34809a21e4b86:data/etr.csv"),
            new Model.Source(ETR_2025, "ODS etr.csv: NHS trusts, extract of early 2025 (latest close 2024-12-31)", ODS,
                    ETR_2025_DATE, Sources.LICENCE,
                    "jhau/nhs-spend@e602ea98154e694e9afddca87e50caef0b8488b9:data/etr.csv"),
            new Model.Source(ETR_2026, "ODS etr.csv: NHS trusts, extract of mid 2026 (latest close 2026-06-30; column"
                    + " 4 gives the ICBs of the April 2026 mergers)", ODS, ETR_2026_DATE, Sources.LICENCE,
                    "Riyaburman-analytics/UK-healthcare-analysis@be5d9213db84e4fa6c2e2f6f88cf13a79e062eb2:etr.csv"));

    private NationalAndTrustSources() {
    }
}
