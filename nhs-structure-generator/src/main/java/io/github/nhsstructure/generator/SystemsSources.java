package io.github.nhsstructure.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * The raw inputs of the regional and system layers (issue #5): NHS England area teams and local offices, STPs and
 * ICSs, the April 2026 ICBs, upper-tier local authorities. Kept apart from {@link Sources} so that the source families
 * of other layers can be merged without conflict; {@link Generator} adds {@link #ALL} to the model. Provenance is
 * given in full in {@code raw/SOURCES.md} (and {@code raw/curated/README.md} for the curated files).
 *
 * <p>This class is immutable and thread-safe.
 */
final class SystemsSources {

    /** The October 2019 practice file; its {@link Model.Source} is {@link PrimaryCareSources}'s, one id for one file. */
    static final String EPRACCUR_2019 = PrimaryCareSources.EPRACCUR_2019;
    static final String STP_MAPPING = "ods-stp-mapping-2019";
    static final String CHD_E06 = "ons-chd-e06";
    static final String CHD_E07 = "ons-chd-e07";
    static final String CHD_E08 = "ons-chd-e08";
    static final String CHD_E09 = "ons-chd-e09";
    static final String CHD_E10 = "ons-chd-e10";
    static final String CURATED_ICB_2026 = "curated-icb-2026";
    static final String CURATED_STP_PAIRS = "curated-stp-ons-pairs";

    static final String EPRACCUR_2019_FILE = "ods-2019-gp2gp/epraccur.csv";
    static final String STP_CURRENT_FILE = "ods-2017-openprescribing/stps_Current_STPs.csv";
    static final String STP_CLOSED_FILE = "ods-2017-openprescribing/stps_Closed_STP_codes.csv";
    static final String STP_CHANGE_LOG_FILE = "ods-2017-openprescribing/stps_Change_Log.csv";
    static final String CHD_E06_FILE = "ons-chd-2024-07/E06.json";
    static final String CHD_E07_FILE = "ons-chd-2024-07/E07.json";
    static final String CHD_E08_FILE = "ons-chd-2024-07/E08.json";
    static final String CHD_E09_FILE = "ons-chd-2024-07/E09.json";
    static final String CHD_E10_FILE = "ons-chd-2024-07/E10.json";
    static final String CURATED_ICB_2026_FILE = "curated/icb-2026-observed.csv";
    static final String CURATED_STP_PAIRS_FILE = "curated/stp-ons-pairs.csv";

    /** The day {@code epraccur.csv} of the gp2gp repository was retrieved (its {@code data/__init__.py}). */
    static final LocalDate EPRACCUR_2019_DATE = LocalDate.of(2019, 10, 3);

    private static final String ODS = "NHS England Organisation Data Service (ODS)";
    private static final String ONS = "Office for National Statistics";
    private static final String CHD_ORIGIN =
            "open-innovations/geography-code-adder@5c33e2d9f4c969d9c9b69d2fe6c8a07ba0e58b7b:docs/data/";
    private static final LocalDate CHD_DATE = LocalDate.of(2024, 7, 1);

    /** Every source of this family, by id. */
    static final List<Model.Source> ALL = List.of(
            new Model.Source(CURATED_ICB_2026, "Curated: the April 2026 ICBs and the sub-ICB locations of the merged"
                    + " ICBs as observed (read, not copied) in the NHS Digital GP practice mapping file of"
                    + " 01-Apr-2026", "nhs-structure (observed from NHS Digital)", LocalDate.of(2026, 4, 1),
                    Sources.LICENCE, "nhs-structure-generator/raw/curated/icb-2026-observed.csv, observed in"
                            + " andy-at-githb/PrimaryCareResearchMap@a66f301c9c7eec16db802ef9fd87cd2059bde645:"
                            + "data/gp-reg-pat-prac-map_2026-04.csv"),
            new Model.Source(CURATED_STP_PAIRS, "Curated: two 2016 ONS STP codes paired with the ODS codes of"
                    + " their 2017 recodes (inference from ONS CHD E54 records, UNCERTAIN)", "nhs-structure",
                    CHD_DATE, Sources.LICENCE, "nhs-structure-generator/raw/curated/stp-ons-pairs.csv"),
            new Model.Source(STP_MAPPING, "ODS STP Partner Mapping workbook (last updated 2019-04-03): current STPs"
                    + " with partner CCGs, closed STP codes, change log (sheets converted to CSV)", ODS,
                    LocalDate.of(2019, 4, 3), Sources.LICENCE,
                    "ebmdatalab/openprescribing@62015f4a3a00851b1fcee8f4359611da4218dab4:"
                            + "openprescribing/pipeline/e2e-test-data/data-1/stp_mapping/2017_08/stps.xlsx"),
            new Model.Source(CHD_E06, "ONS Code History Database (July 2024), E06 unitary authorities"
                    + " (restructured JSON)", ONS, CHD_DATE, Sources.LICENCE, CHD_ORIGIN + "E06.json"),
            new Model.Source(CHD_E07, "ONS Code History Database (July 2024), E07 non-metropolitan districts"
                    + " (restructured JSON; counted, not loaded)", ONS, CHD_DATE, Sources.LICENCE,
                    CHD_ORIGIN + "E07.json"),
            new Model.Source(CHD_E08, "ONS Code History Database (July 2024), E08 metropolitan districts"
                    + " (restructured JSON)", ONS, CHD_DATE, Sources.LICENCE, CHD_ORIGIN + "E08.json"),
            new Model.Source(CHD_E09, "ONS Code History Database (July 2024), E09 London boroughs"
                    + " (restructured JSON)", ONS, CHD_DATE, Sources.LICENCE, CHD_ORIGIN + "E09.json"),
            new Model.Source(CHD_E10, "ONS Code History Database (July 2024), E10 counties (restructured JSON)",
                    ONS, CHD_DATE, Sources.LICENCE, CHD_ORIGIN + "E10.json"));

    private SystemsSources() {
    }
}
