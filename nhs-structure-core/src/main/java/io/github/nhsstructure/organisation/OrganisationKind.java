package io.github.nhsstructure.organisation;

/**
 * The kind of an English NHS (or NHS-related) body.
 *
 * <p>A kind is dated: the same ODS code can change kind over time. For example the code of a sustainability and
 * transformation partnership ({@link #STP}) became an {@link #ICB} on 2022-07-01, and every
 * clinical commissioning group code still open on 2022-06-30 became a {@link #SUB_ICB_LOCATION} the next day.
 * {@link Organisation#kindOn(java.time.LocalDate)} gives the kind on a date.
 *
 * <p>The constants cover every kind of body in the structure of the English NHS since 1999 (see
 * {@code docs/domain.md}) and the ODS roles that the English commissioning structure uses. Each has a short {@link #label() label} for display and a {@link #tier() tier}.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum OrganisationKind {
    /** A government department: Department of Health, later the Department of Health and Social Care. */
    GOVERNMENT_DEPARTMENT("Government department", Tier.NATIONAL),
    /**
     * A national arm's-length body: NHS Commissioning Board / NHS England, Monitor, NHS Trust Development
     * Authority, NHS Improvement, CQC, NICE, HEE, PHE, UKHSA, NHS Digital and the like.
     */
    NATIONAL_BODY("National body", Tier.NATIONAL),
    /** An NHS England (commissioning) region, ODS role RO209, for example {@code Y56} London. */
    REGION("NHS England region", Tier.REGIONAL),
    /** One of the 27 NHS England area teams of 2013 to 2015 (ODS codes {@code Q44} to {@code Q69}). */
    AREA_TEAM("NHS England area team", Tier.REGIONAL),
    /** An NHS England local office (ODS role RO210), 2015 onwards, for example {@code Q83}. */
    LOCAL_OFFICE("NHS England local office", Tier.REGIONAL),
    /** A strategic health authority, 2002 to 2013. */
    SHA("Strategic health authority", Tier.REGIONAL),
    /** A cluster of strategic health authorities, 2011 to 2013 (management grouping, not a statutory body). */
    SHA_CLUSTER("SHA cluster", Tier.REGIONAL),
    /** A primary care group (a health authority sub-committee), 1999 to 2002. */
    PCG("Primary care group", Tier.LOCAL),
    /** A primary care trust (or a care trust acting as one), 2000 to 2013. */
    PCT("Primary care trust", Tier.LOCAL),
    /** A cluster of primary care trusts, 2011 to 2013 (management grouping, not a statutory body). */
    PCT_CLUSTER("PCT cluster", Tier.LOCAL),
    /** A clinical commissioning group (ODS role RO98), 2013-04-01 to 2022-06-30. */
    CCG("Clinical commissioning group", Tier.LOCAL),
    /** An NHS England commissioning hub (ODS role RO218). */
    COMMISSIONING_HUB("Commissioning hub", Tier.LOCAL),
    /** A commissioning support unit. */
    CSU("Commissioning support unit", Tier.LOCAL),
    /**
     * A sustainability and transformation partnership, from 2018 also called an integrated care system where
     * designated (ODS roles RO261 + RO262), 2016 to 2022-06-30.
     */
    STP("Sustainability and transformation partnership / integrated care system", Tier.SYSTEM),
    /** An integrated care board (ODS roles RO261 + RO318), from 2022-07-01. */
    ICB("Integrated care board", Tier.SYSTEM),
    /** A sub-ICB location (ODS role RO319 on a former CCG code), from 2022-07-01. */
    SUB_ICB_LOCATION("Sub-ICB location", Tier.LOCAL),
    /** A sub-ICB reporting entity (ODS role RO327). */
    SUB_ICB_REPORTING_ENTITY("Sub-ICB reporting entity", Tier.LOCAL),
    /** A primary care network, from 2019-07-01. */
    PCN("Primary care network", Tier.NEIGHBOURHOOD),
    /** A GP practice. */
    GP_PRACTICE("GP practice", Tier.PROVIDER),
    /** An NHS trust (not a foundation trust). */
    NHS_TRUST("NHS trust", Tier.PROVIDER),
    /** An NHS foundation trust. */
    NHS_FOUNDATION_TRUST("NHS foundation trust", Tier.PROVIDER),
    /**
     * A secure setting's healthcare cost centre: a prison, young offender institution, immigration removal centre
     * or similar (ODS prescribing setting 25, role RO82), whose commissioner is the body responsible for health
     * care in the establishment.
     */
    SECURE_SETTING("Secure setting (prison healthcare)", Tier.PROVIDER),
    /** A Ministry of Defence (Defence Medical Services) medical centre registered with ODS as a practice code. */
    DEFENCE_MEDICAL_CENTRE("Defence medical centre", Tier.PROVIDER),
    /** A GP practice in Wales, under a Welsh local health board (for cross-border questions). */
    WELSH_GP_PRACTICE("GP practice in Wales", Tier.PROVIDER),
    /** A Welsh local health board (ODS codes {@code 7A1} to {@code 7A7}), the commissioner of Welsh practices. */
    WELSH_HEALTH_BOARD("Welsh local health board", Tier.LOCAL),
    /**
     * A site of another organisation (ODS record class RC2): a hospital or clinic of an NHS trust, a site of a PCT,
     * care trust, CCG, Welsh health body or independent provider, or a branch surgery, recognised by its code (the
     * owner's code and two more characters). The dataset holds the sites the ODS successor file names.
     *
     * @since 0.1.0
     */
    SITE("Site of an organisation", Tier.PROVIDER),
    /**
     * An organisation whose kind the sources do not give: a code only the ODS successor file names, in a form no rule
     * of the data places (DATA.md lists the forms: for example care trusts, independent providers, 1990s health
     * authority units, local authorities under their ODS codes).
     *
     * @since 0.1.0
     */
    OTHER("Other organisation (kind not in the sources)", Tier.PROVIDER),
    /** An upper-tier local authority (county, unitary, metropolitan or London borough). */
    LOCAL_AUTHORITY("Local authority", Tier.LOCAL),
    /** A health and wellbeing board of an upper-tier local authority, from 2013. */
    HEALTH_AND_WELLBEING_BOARD("Health and wellbeing board", Tier.LOCAL);

    /**
     * The broad tier of the structure a kind sits in, from the national level down to providers.
     *
     * <p>This enum is immutable and thread-safe.
     *
     * @since 0.1.0
     */
    public enum Tier {
        /** Department and national bodies. */
        NATIONAL,
        /** Regions, area teams, local offices, strategic health authorities. */
        REGIONAL,
        /** Systems: STPs, integrated care systems and boards. */
        SYSTEM,
        /** Local commissioners and local government. */
        LOCAL,
        /** Neighbourhood level: primary care networks. */
        NEIGHBOURHOOD,
        /** Providers of care: practices and trusts. */
        PROVIDER
    }

    private final String label;
    private final Tier tier;

    OrganisationKind(String label, Tier tier) {
        this.label = label;
        this.tier = tier;
    }

    /**
     * Returns a short human-readable label, such as {@code "Integrated care board"}.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Returns the tier of the structure this kind sits in.
     *
     * @return the tier, not null
     */
    public Tier tier() {
        return tier;
    }
}
