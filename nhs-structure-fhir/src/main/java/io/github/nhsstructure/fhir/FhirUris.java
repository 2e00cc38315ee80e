package io.github.nhsstructure.fhir;

/**
 * The identifier systems, code systems and extensions that {@link FhirExport} writes.
 *
 * <p>Where the NHS has a system, it is used as NHS England's Organisation Data Service (ODS) FHIR API uses it: the
 * ODS organisation and site code systems, the ODS organisation role and relationship code systems, and the NHS
 * England extensions for an organisation's roles and typed periods. ONS (GSS) codes use the Office for National
 * Statistics' own statistical-geography namespace. What the NHS has no system for (the library's kinds and link
 * types, the project-assigned codes of national bodies without an ODS code) uses systems under the project's
 * placeholder address {@value #PROJECT_BASE}, to be replaced with the project's published address before its
 * first release (as in the build files). {@code docs/adr/0013-fhir-and-spark.md} says which of these were
 * verified against published ODS API payloads and which are the project's choice.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FhirUris {

    /** The ODS organisation code identifier system, such as {@code 02P} or {@code RR8}. */
    public static final String ODS_ORGANISATION_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";

    /** The ODS site code identifier system, for a site of another organisation (ODS record class RC2). */
    public static final String ODS_SITE_CODE = "https://fhir.nhs.uk/Id/ods-site-code";

    /**
     * The ONS (GSS) code identifier system: the namespace of the Office for National Statistics' statistical
     * geographies, under which {@code E38000006} is {@code http://statistics.data.gov.uk/id/statistical-geography/E38000006}.
     */
    public static final String ONS_CODE = "http://statistics.data.gov.uk/id/statistical-geography";

    /** The ODS organisation role code system ({@code RO98}, {@code RO177}, ...). */
    public static final String ODS_ORGANISATION_ROLE =
            "https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSOrganisationRole";

    /** The ODS relationship code system ({@code RE4} "is commissioned by", ...). */
    public static final String ODS_RELATIONSHIP =
            "https://digital.nhs.uk/services/organisation-data-service/CodeSystem/ODSRelationship";

    /** The NHS England extension for one role of an organisation: role code, its period, whether active. */
    public static final String EXTENSION_ORGANISATION_ROLE =
            "https://fhir.nhs.uk/England/StructureDefinition/Extension-England-OrganisationRole";

    /** The NHS England extension for a period with a type ({@code Legal} or {@code Operational}). */
    public static final String EXTENSION_TYPED_PERIOD =
            "https://fhir.nhs.uk/England/StructureDefinition/Extension-England-TypedPeriod";

    /** The NHS England code system of period types, the {@code dateType} of {@link #EXTENSION_TYPED_PERIOD}. */
    public static final String PERIOD_TYPE = "https://fhir.nhs.uk/England/CodeSystem/England-PeriodType";

    /** The project's placeholder address, under which its own systems sit. */
    public static final String PROJECT_BASE = "https://nhs-structure.invalid/fhir";

    /**
     * The identifier system of the project-assigned codes ({@code ZZN01} ...) of national bodies that have no ODS code
     * in the sources: never presented as ODS codes (docs/adr/0004-project-assigned-codes.md).
     */
    public static final String PROJECT_ASSIGNED_CODE = PROJECT_BASE + "/Id/project-assigned-code";

    /** The code system of the library's organisation kinds: the names of {@code OrganisationKind}. */
    public static final String ORGANISATION_KIND = PROJECT_BASE + "/CodeSystem/organisation-kind";

    /** The code system of the library's link types: the names of {@code RelationshipType}. */
    public static final String RELATIONSHIP_TYPE = PROJECT_BASE + "/CodeSystem/relationship-type";

    private FhirUris() {
    }
}
