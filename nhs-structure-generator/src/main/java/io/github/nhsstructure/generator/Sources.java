package io.github.nhsstructure.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * The raw inputs: their files under the raw folder and their rows in {@code sources.csv}. Provenance is given in
 * full in {@code raw/SOURCES.md}; an {@code extract_date} is the date the extract speaks for, or where only a
 * year is known, the latest date the file itself shows (see DATA.md).
 *
 * <p>This class is immutable and thread-safe.
 */
final class Sources {

    static final String LICENCE = "OGL-3.0";

    private static final String ODS = "NHS England Organisation Data Service (ODS)";
    private static final String ONS = "Office for National Statistics";
    private static final String NHSD = "NHS Digital";

    static final String ECCG = "ods-eccg-2025";
    static final String EAUTH = "ods-eauth-2017";
    static final String SUCC = "ods-succ-2026";
    static final String ICB_2024 = "ons-icb-2024-12";
    static final String LOC22 = "ons-loc22";
    static final String CHD_E38 = "ons-chd-e38";
    static final String CHD_E39 = "ons-chd-e39";
    static final String CHD_E40 = "ons-chd-e40";
    static final String CHD_E54 = "ons-chd-e54";
    static final String GP_MAP_2020 = "nhsd-gp-map-2020-09";
    static final String GP_MAP_2022 = "nhsd-gp-map-2022-01";
    static final String PCT_CCG_2013 = "ons-pct-ccg-2013";

    static final String ECCG_FILE = "ods-2025-nhs-spend/eccg.csv";
    static final String EAUTH_FILE = "ods-2017-openprescribing/eauth.csv";
    static final String SUCC_FILE = "ods-succ-2026/succ.csv";
    static final String ICB_2024_FILE = "ods-2025-nhs-spend/icb_names_codes_dec_2024.csv";
    static final String LOC22_FILE = "ons-loc22-icb22/LOC22_ICB22_NHSER22_EN_LU.csv";
    static final String CHD_E38_FILE = "ons-chd-2024-07/E38.json";
    static final String CHD_E39_FILE = "ons-chd-2024-07/E39.json";
    static final String CHD_E40_FILE = "ons-chd-2024-07/E40.json";
    static final String CHD_E54_FILE = "ons-chd-2024-07/E54.json";
    static final String GP_MAP_2020_FILE = "nhsd-gp-map-2020-09/gp-reg-pat-prac-map.csv";
    static final String GP_MAP_2022_FILE = "nhsd-gp-map-2022-01/gp-reg-pat-prac-map.csv";
    static final String PCT_CCG_2013_FILE = "ons-pct-ccg-2013/pct_to_ccg_2013.csv";

    private static final String CHD_ORIGIN =
            "open-innovations/geography-code-adder@5c33e2d9f4c969d9c9b69d2fe6c8a07ba0e58b7b:docs/data/";
    private static final LocalDate CHD_DATE = LocalDate.of(2024, 7, 1);

    /** Every source, in {@code sources.csv} order (by id). */
    static final List<Model.Source> ALL = List.of(
            new Model.Source(GP_MAP_2020, "NHS Digital Patients Registered at a GP Practice, practice mapping file,"
                    + " September 2020 (practice, PCN, CCG, STP, region; ODS and ONS codes)", NHSD,
                    LocalDate.of(2020, 9, 1), LICENCE,
                    "ebmdatalab/scmd-rheumatology@af8e5598102b698a6929f2fae8aa420b0a7b5ab3:"
                            + "data/gp-reg-pat-prac-map.csv"),
            new Model.Source(GP_MAP_2022, "NHS Digital Patients Registered at a GP Practice, practice mapping file,"
                    + " January 2022 (practice, PCN, CCG, STP, region; ODS and ONS codes)", NHSD,
                    LocalDate.of(2022, 1, 1), LICENCE,
                    "nhsx-mirror/SystemHierarchies@c4d6cff5a8ca65ee287814ee312d0cdfa0c35833:"
                            + "data/gp-reg-pat-prac-map.csv"),
            new Model.Source(EAUTH, "ODS eauth.csv: NHS England commissioning regions and local offices", ODS,
                    LocalDate.of(2016, 4, 1), LICENCE,
                    "ebmdatalab/openprescribing@62015f4a3a00851b1fcee8f4359611da4218dab4:"
                            + "openprescribing/pipeline/e2e-test-data/data-1/region_details/2017_08/eauth.csv"),
            new Model.Source(ECCG, "ODS eccg.csv: clinical commissioning groups, sub-ICB locations, commissioning"
                    + " hubs and sub-ICB reporting entities", ODS, LocalDate.of(2024, 7, 24), LICENCE,
                    "jhau/nhs-spend@e602ea98154e694e9afddca87e50caef0b8488b9:data/eccg.csv"),
            new Model.Source(SUCC, "ODS succ.csv: successor organisations", ODS, LocalDate.of(2026, 4, 1), LICENCE,
                    "Maglehoj/42578-Project@c0ee05455a35fe72a39dc3b1462973243a687712:data/succ.csv"),
            new Model.Source(CHD_E38, "ONS Code History Database (July 2024), E38 clinical commissioning groups and"
                    + " sub-ICB locations (restructured JSON)", ONS, CHD_DATE, LICENCE, CHD_ORIGIN + "E38.json"),
            new Model.Source(CHD_E39, "ONS Code History Database (July 2024), E39 NHS England area teams and local"
                    + " offices (restructured JSON)", ONS, CHD_DATE, LICENCE, CHD_ORIGIN + "E39.json"),
            new Model.Source(CHD_E40, "ONS Code History Database (July 2024), E40 NHS England regions"
                    + " (restructured JSON)", ONS, CHD_DATE, LICENCE, CHD_ORIGIN + "E40.json"),
            new Model.Source(CHD_E54, "ONS Code History Database (July 2024), E54 sustainability and transformation"
                    + " partnerships and integrated care boards (restructured JSON)", ONS, CHD_DATE, LICENCE,
                    CHD_ORIGIN + "E54.json"),
            new Model.Source(ICB_2024, "ONS Integrated Care Boards (December 2024) names and codes in England", ONS,
                    LocalDate.of(2024, 12, 1), LICENCE,
                    "jhau/nhs-spend@5274f1eac65a4a07431469c051cf26f3e901aa82:data/icb_names_codes_dec_2024.csv"),
            new Model.Source(LOC22, "ONS Sub ICB Locations to Integrated Care Boards to NHS England (Region)"
                    + " (July 2022) Lookup in England", ONS, LocalDate.of(2022, 7, 1), LICENCE,
                    "craig-shenton/cqc-icb-lookup@2415e278a01b08befd10ad28dc9d20d0d878830f:"
                            + "data/LOC22_ICB22_NHSER22_EN_LU.csv"),
            new Model.Source(PCT_CCG_2013, "PCT to CCG lookup, April 2013 (ONS-derived; converted to CSV from a"
                    + " JavaScript array)", ONS, LocalDate.of(2013, 4, 1), LICENCE,
                    "elahmo/dsfood@7dd5b372eb29e70eb5fed14d30bb7146bb4b674a:app/static/csv/ccg2ons.js"));

    private Sources() {
    }
}
