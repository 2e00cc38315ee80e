package io.github.nhsstructure.commissioning;

import io.github.nhsstructure.organisation.OrganisationKind;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A type of body that held (or holds) the duty to commission, run or pay for a service.
 *
 * <p>Before 1991 there was no purchaser/provider split, so the early types (executive councils, regional and area
 * health authorities) are the bodies that ran or administered a service. Two types are not bodies:
 * {@link #NOT_COMMISSIONED} (the service did not exist as a commissioned service on the date) and {@link #UNKNOWN}
 * (the sources give no commissioner for the date; such a row is always {@code UNCERTAIN}).
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum CommissionerType {
    /** Executive Council (1948 to 1974): family practitioner services. */
    EXECUTIVE_COUNCIL("Executive Council", null),
    /** Family Practitioner Committee (1974 to 1990). */
    FAMILY_PRACTITIONER_COMMITTEE("Family Practitioner Committee", null),
    /** Family Health Services Authority (1990 to 1996). */
    FHSA("Family Health Services Authority", null),
    /** Regional Hospital Board (1948 to 1974). */
    REGIONAL_HOSPITAL_BOARD("Regional Hospital Board", null),
    /** Regional and area (from 1982 district) health authorities running hospital and community services. */
    REGIONAL_AND_AREA_HEALTH_AUTHORITY("Regional/area (district) health authority", null),
    /** District Health Authority as purchaser (1991 to 1996). */
    DISTRICT_HEALTH_AUTHORITY("District Health Authority", null),
    /** Health Authority (1996 to 2002). */
    HEALTH_AUTHORITY("Health Authority", null),
    /** Local Health Authority of a local council (1948 to 1974). */
    LOCAL_HEALTH_AUTHORITY("Local Health Authority (local council)", null),
    /** Primary Care Trust (2002 to 2013). */
    PCT("Primary Care Trust", OrganisationKind.PCT),
    /** Clinical Commissioning Group (2013 to 2022). */
    CCG("Clinical Commissioning Group", OrganisationKind.CCG),
    /** Integrated Care Board (from 2022-07-01). */
    ICB("Integrated Care Board", OrganisationKind.ICB),
    /** NHS England (NHS Commissioning Board until 2013). */
    NHS_ENGLAND("NHS England", null),
    /** An upper-tier local authority (from 2013 for public health; the medical officer of health before 1974). */
    LOCAL_AUTHORITY("Local authority", OrganisationKind.LOCAL_AUTHORITY),
    /** Public Health England (2013 to 2021). */
    PHE("Public Health England", null),
    /** UK Health Security Agency (health protection from 2021-10-01). */
    UKHSA("UK Health Security Agency", null),
    /** The Department of Health (and Social Care). */
    DEPARTMENT_OF_HEALTH("Department of Health", null),
    /** HM Prison Service (outside the NHS). */
    HM_PRISON_SERVICE("HM Prison Service", null),
    /** Ministry of Defence, Defence Medical Services (not NHS). */
    MOD_DMS("Ministry of Defence (Defence Medical Services)", null),
    /** A national NHS body providing a national service, such as NHS Direct. */
    NATIONAL_BODY("National NHS body", OrganisationKind.NATIONAL_BODY),
    /** Not a body: the service was not commissioned as such on the date (it did not yet exist, or had ended). */
    NOT_COMMISSIONED("not commissioned (service did not exist)", null),
    /** Not a body: the sources give no commissioner for the date. */
    UNKNOWN("unknown (not in the sources)", null);

    private final String label;
    private final @Nullable OrganisationKind kind;

    CommissionerType(String label, @Nullable OrganisationKind kind) {
        this.label = label;
        this.kind = kind;
    }

    /**
     * Returns a readable name.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Returns the organisation kind that bodies of this type have in the dataset, where there is one.
     *
     * @return the kind, or empty if bodies of this type are not organisations of the dataset, not null
     */
    public Optional<OrganisationKind> organisationKind() {
        return Optional.ofNullable(kind);
    }

    /**
     * Checks whether this type names a body (rather than {@link #NOT_COMMISSIONED} or {@link #UNKNOWN}).
     *
     * @return true if a body
     */
    public boolean isBody() {
        return this != NOT_COMMISSIONED && this != UNKNOWN;
    }
}
