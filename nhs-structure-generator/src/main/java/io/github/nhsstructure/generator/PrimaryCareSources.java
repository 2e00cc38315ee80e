package io.github.nhsstructure.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * The raw inputs of the primary care chain (GP practices, PCGs, PCTs, SHAs, PCNs): their files under the raw
 * folder, their rows in {@code sources.csv} and the dates they speak for. Provenance is in {@code raw/SOURCES.md}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PrimaryCareSources {

    static final String EPCMEM = "ods-epcmem-2019";
    static final String EPRACCUR_2015 = "ods-epraccur-2015";
    static final String EPRACCUR_2018 = "ods-epraccur-2018";
    static final String EPRACCUR_2019 = "ods-epraccur-2019";
    static final String EPRACCUR_2022 = "ods-epraccur-2022";
    static final String EPCN_2022 = "ods-epcn-2022";
    static final String EPCN_2023 = "ods-epcn-2023";
    static final String EPRACCUR_2025 = "ods-epraccur-2025-09";
    static final String EPRACCUR_2026 = "ods-epraccur-2026-02";
    static final String EPCN_2024 = "ods-epcn-2024-10";
    static final String GP_MAP_2026 = "nhsd-gp-map-2026-01";
    static final String QOF_2021 = "nhsd-qof-2021";
    static final String CHD_E16 = "ons-chd-e16";
    static final String CHD_E17 = "ons-chd-e17";
    static final String CHD_E18 = "ons-chd-e18";
    static final String CURATED_SHA = "curated-sha";
    static final String CURATED_WELSH_BOARDS = "curated-welsh-boards";

    static final String EPCMEM_FILE = "ods-2019-gp2gp/epcmem.csv";
    static final String EPRACCUR_2015_FILE = "ods-2015-2018-odsR/epraccur_20150526.csv";
    static final String EPRACCUR_2018_FILE = "ods-2015-2018-odsR/epraccur_20180831.csv";
    static final String EPRACCUR_2019_FILE = "ods-2019-gp2gp/epraccur.csv";
    static final String EPRACCUR_2022_FILE = "ods-2023-practice-pcn/epraccur.csv";
    static final String PCN_DETAILS_2022_FILE = "ods-2022-pcn/ePCN_PCNDetails.csv";
    static final String PCN_PARTNERS_2022_FILE = "ods-2022-pcn/ePCN_PCN_Core_Partner_Details.csv";
    static final String PCN_DETAILS_2023_FILE = "ods-2023-practice-pcn/ePCN_PCNDetails.csv";
    static final String PCN_PARTNERS_2023_FILE = "ods-2023-practice-pcn/ePCN_PCN_Core_Partner_Details.csv";
    static final String EPRACCUR_2025_FILE = "ods-2025-09-epraccur/epraccur.csv";
    static final String EPRACCUR_2026_FILE = "ods-2026-02-epraccur/epraccur.csv";
    static final String PCN_DETAILS_2024_FILE = "ods-2024-10-pcn/ePCN_PCNDetails.csv";
    static final String PCN_PARTNERS_2024_FILE = "ods-2024-10-pcn/ePCN_PCN_Core_Partner_Details.csv";
    static final String GP_MAP_2026_FILE = "nhsd-gp-map-2026-01/gp-reg-pat-prac-map.csv";
    static final String QOF_2021_FILE = "nhsd-qof-2021/MAPPING_NHS_GEOGRAPHIES_2021.csv";
    static final String CHD_E16_FILE = "ons-chd-2024-07/E16.json";
    static final String CHD_E17_FILE = "ons-chd-2024-07/E17.json";
    static final String CHD_E18_FILE = "ons-chd-2024-07/E18.json";
    static final String CURATED_SHA_FILE = "curated/sha.csv";
    static final String CURATED_WELSH_BOARDS_FILE = "curated/welsh-health-boards.csv";

    /** The day {@code epcmem.csv} was generated ("generated on 20190830"). */
    static final LocalDate EPCMEM_DATE = LocalDate.of(2019, 8, 30);
    static final LocalDate EPRACCUR_2015_DATE = LocalDate.of(2015, 5, 26);
    static final LocalDate EPRACCUR_2018_DATE = LocalDate.of(2018, 8, 31);
    static final LocalDate EPRACCUR_2019_DATE = LocalDate.of(2019, 10, 3);
    /** The latest date in the December 2022 {@code epraccur.csv} (an open date); the extract is no older. */
    static final LocalDate EPRACCUR_2022_DATE = LocalDate.of(2022, 12, 5);
    /** The latest date in the September 2025 {@code epraccur.csv} (opens and joins of 2025-09-01). */
    static final LocalDate EPRACCUR_2025_DATE = LocalDate.of(2025, 9, 1);
    /**
     * The latest date in the February 2026 {@code epraccur.csv} (opens and joins of 2026-02-03; its latest close is
     * 2026-01-31): the extract is no older, and it predates the ICB mergers of 2026-04-01.
     */
    static final LocalDate EPRACCUR_2026_DATE = LocalDate.of(2026, 2, 3);
    /** The latest date in the October 2024 ePCN extract (opens, starts and ends of 2024-10-01). */
    static final LocalDate EPCN_2024_DATE = LocalDate.of(2024, 10, 1);
    /** The {@code EXTRACT_DATE} of the January 2026 mapping file. */
    static final LocalDate GP_MAP_2026_DATE = LocalDate.of(2026, 1, 1);
    /** The latest date in the 2022 ePCN extract. */
    static final LocalDate EPCN_2022_DATE = LocalDate.of(2022, 6, 29);
    /** The date of the 2023 ePCN extract (its latest date, a PCN opened that day). */
    static final LocalDate EPCN_2023_DATE = LocalDate.of(2023, 1, 9);
    /** The QOF 2020-21 mapping file uses the April 2021 geography (106 CCGs). */
    static final LocalDate QOF_2021_DATE = LocalDate.of(2021, 4, 1);
    static final LocalDate GP_MAP_2020_DATE = LocalDate.of(2020, 9, 1);
    static final LocalDate GP_MAP_2022_DATE = LocalDate.of(2022, 1, 1);

    private static final String ODS = "NHS England Organisation Data Service (ODS)";
    private static final String ONS = "Office for National Statistics";
    private static final String CHD_ORIGIN =
            "open-innovations/geography-code-adder@5c33e2d9f4c969d9c9b69d2fe6c8a07ba0e58b7b:docs/data/";
    private static final LocalDate CHD_DATE = LocalDate.of(2024, 7, 1);
    private static final String GP2GP = "nhsconnect/prm-gp2gp-data-sandbox@8e17a6019772cc4d7fba8dd85ac49d7689701b77:";
    private static final String ODSR = "PublicHealthEngland/odsR@6cae04a680547d5517e420bfd25362a504e139d0:tests/testthat/";
    private static final String PRACTICE_PCN = "blackwellrd/practice_pcn_imd@99f57a727325500e084f94d40d5f9488fcb539f8:";
    private static final String PCN_HI = "psychty/pcn_hi_2022_des@2d1d348d91568a5b9d7f6bfa5640436127b58988:";
    private static final String UK_FRONTEND = "Priyanshpaila/Uk_frontend@bf618d7775d7c78c2c347837b677433a60602cfb:";
    private static final String ANTIBIOTIC =
            "benstanbury/antibiotic-prescribing-analysis@875785333337beea7f1b1270b7a7c653a19a3bf8:";
    private static final String R_TUTORIALS = "efejiroe/r-tutorials@ad9f875afe9c62a04f63c7ac30c22c7e71482c31:";
    private static final String STW_PCN = "glovs1/SSOT_STW_PCN_Boundaries@e9518198ad2d1adbc4ac39391a64dfaf309d854c:";

    /** The sources of the primary care chain, for {@code sources.csv}. */
    static final List<Model.Source> ALL = List.of(
            new Model.Source(EPCMEM, "ODS epcmem.csv: GP practice and prescribing cost centre membership of PCGs, PCTs"
                    + " and CCGs with join and leave dates", ODS, EPCMEM_DATE, Sources.LICENCE,
                    GP2GP + "data/epcmem.csv"),
            new Model.Source(EPRACCUR_2015, "ODS epraccur.csv: GP practices and other prescribing settings, May 2015",
                    ODS, EPRACCUR_2015_DATE, Sources.LICENCE, ODSR + "epraccur_20150526.csv"),
            new Model.Source(EPRACCUR_2018, "ODS epraccur.csv: GP practices and other prescribing settings, August"
                    + " 2018", ODS, EPRACCUR_2018_DATE, Sources.LICENCE, ODSR + "epraccur_20180831.csv"),
            new Model.Source(EPRACCUR_2019, "ODS epraccur.csv: GP practices and other prescribing settings, October"
                    + " 2019", ODS, EPRACCUR_2019_DATE, Sources.LICENCE, GP2GP + "data/epraccur.csv"),
            new Model.Source(EPRACCUR_2022, "ODS epraccur.csv: GP practices and other prescribing settings, December"
                    + " 2022 (commissioner = sub-ICB location)", ODS, EPRACCUR_2022_DATE, Sources.LICENCE,
                    PRACTICE_PCN + "epraccur.csv"),
            new Model.Source(EPCN_2022, "ODS ePCN: primary care networks and their core partner practices, June 2022"
                    + " (converted to CSV from ePCN.xlsx)", ODS, EPCN_2022_DATE, Sources.LICENCE,
                    PCN_HI + "data/ePCN.xlsx"),
            new Model.Source(EPCN_2023, "ODS ePCN: primary care networks and their core partner practices, January"
                    + " 2023 (converted to CSV from ePCN.xlsx)", ODS, EPCN_2023_DATE, Sources.LICENCE,
                    PRACTICE_PCN + "data/ePCN.xlsx"),
            new Model.Source(EPRACCUR_2025, "ODS epraccur.csv: GP practices and other prescribing settings,"
                    + " September 2025 (classic layout; commissioner = sub-ICB location)", ODS, EPRACCUR_2025_DATE,
                    Sources.LICENCE, UK_FRONTEND + "data/epraccur.csv"),
            new Model.Source(EPRACCUR_2026, "ODS epraccur.csv: GP practices and other prescribing settings, February"
                    + " 2026 (2026 layout: status words, ODS role codes for the setting; most records closed before"
                    + " 2017 dropped)", ODS, EPRACCUR_2026_DATE, Sources.LICENCE, ANTIBIOTIC + "data/raw/epraccur.csv"),
            new Model.Source(EPCN_2024, "ODS ePCN: primary care networks and their core partner practices, October"
                    + " 2024 (converted to CSV from ePCN.xlsx)", ODS, EPCN_2024_DATE, Sources.LICENCE,
                    R_TUTORIALS + "data/ePCN.xlsx"),
            new Model.Source(GP_MAP_2026, "NHS Digital Patients Registered at a GP Practice, practice mapping file,"
                    + " January 2026 (practice, PCN, sub-ICB location, ICB, region; ODS and ONS codes)", "NHS Digital",
                    GP_MAP_2026_DATE, Sources.LICENCE, STW_PCN + "Data/gp-reg-pat-prac-map.csv"),
            new Model.Source(QOF_2021, "NHS Digital Quality and Outcomes Framework 2020-21 mapping of practices to"
                    + " PCN, CCG, STP and region (April 2021 geography)", "NHS Digital", QOF_2021_DATE,
                    Sources.LICENCE, PCN_HI + "data/MAPPING_NHS_GEOGRAPHIES_2021.csv"),
            new Model.Source(CHD_E16, "ONS Code History Database (July 2024), E16 primary care trusts (restructured"
                    + " JSON)", ONS, CHD_DATE, Sources.LICENCE, CHD_ORIGIN + "E16.json"),
            new Model.Source(CHD_E17, "ONS Code History Database (July 2024), E17 care trusts (restructured JSON)",
                    ONS, CHD_DATE, Sources.LICENCE, CHD_ORIGIN + "E17.json"),
            new Model.Source(CHD_E18, "ONS Code History Database (July 2024), E18 strategic health authorities"
                    + " (restructured JSON)", ONS, CHD_DATE, Sources.LICENCE, CHD_ORIGIN + "E18.json"),
            new Model.Source(CURATED_SHA, "Curated facts about strategic health authorities (start and end dates"
                    + " from docs/domain.md T13 and T33; ODS to ONS code pairing of the 10 SHAs of 2006, UNCERTAIN)",
                    "nhs-structure project (facts from public sources cited in each row)", LocalDate.of(2013, 4, 1),
                    Sources.LICENCE, "nhs-structure-generator/raw/curated/sha.csv; docs/domain.md"),
            new Model.Source(CURATED_WELSH_BOARDS, "Curated names of the seven Welsh local health boards 7A1-7A7"
                    + " (ODS codes with their names as two public repositories give them in 2021; earlier names of"
                    + " 7A3 and 7A5 UNCERTAIN)", "nhs-structure project (code-name pairs read in"
                    + " rcpch/rcpch-audit-engine@ac8bfffd1aad6d892c68bfdcf597c618aa73f729:"
                    + "epilepsy12/constants/welsh_regions.py)", LocalDate.of(2021, 4, 1), Sources.LICENCE,
                    "nhs-structure-generator/raw/curated/welsh-health-boards.csv"));

    private PrimaryCareSources() {
    }
}
