package io.github.nhsstructure.commissioning;

/**
 * A category of NHS (or NHS-adjacent) service whose commissioner is recorded over time: one constant for every
 * service category of {@code docs/domain.md} section 2.
 *
 * <p>A category is what a commissioning rule row and a Who Pays? question are keyed by. Where {@code docs/domain.md}
 * splits one heading (the sexual and reproductive health split, the specialised services delegated in 2024/25
 * versus those retained), the split is kept as separate constants so that one row answers one category.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ServiceCategory {
    /** GP / primary medical services: the GP contract (GMS, PMS, APMS) and the services under it. */
    GP_PRIMARY_MEDICAL("GP / primary medical services", Group.PRIMARY_CARE_CONTRACT),
    /** GP out-of-hours services. */
    GP_OUT_OF_HOURS("GP out-of-hours", Group.GENERAL),
    /** Primary, community and secondary dental services. */
    DENTAL("Dental (primary, community, secondary specialties)", Group.PRIMARY_CARE_CONTRACT),
    /** Community pharmacy (pharmaceutical lists and contract). */
    COMMUNITY_PHARMACY("Community pharmacy", Group.PRIMARY_CARE_CONTRACT),
    /** Optometry: general ophthalmic services (GOS). */
    OPTOMETRY("Optometry (GOS)", Group.PRIMARY_CARE_CONTRACT),
    /** Planned secondary / acute care (elective in-patient, day case, out-patient). */
    ACUTE_PLANNED("Secondary / acute planned care", Group.GENERAL),
    /** Urgent and emergency care: A&amp;E, urgent treatment centres, minor injuries units, walk-in centres. */
    URGENT_AND_EMERGENCY("Urgent and emergency care (A&E, UTC, MIU, WIC)", Group.EMERGENCY),
    /** NHS Direct telephone advice (1998 to 2014). */
    NHS_DIRECT("NHS Direct (telephone advice)", Group.GENERAL),
    /** NHS 111 and integrated urgent care. */
    NHS_111("NHS 111 / integrated urgent care", Group.GENERAL),
    /** Emergency ambulance services. */
    AMBULANCE("Ambulance (emergency)", Group.EMERGENCY),
    /** Community health services (district nursing, therapies and similar). */
    COMMUNITY_HEALTH("Community health services", Group.GENERAL),
    /** Non-specialised mental health services, including Mental Health Act aftercare (s.117). */
    MENTAL_HEALTH("Mental health (non-specialised)", Group.GENERAL),
    /** Specialised mental health: secure (high, medium, low), CAMHS in-patient, adult eating disorders, MBUs. */
    MENTAL_HEALTH_SPECIALISED("Mental health specialised (secure, CAMHS in-patient, eating disorders, MBUs)",
            Group.SPECIALISED),
    /** Learning disability services (community, assessment and treatment). */
    LEARNING_DISABILITY("Learning disability", Group.GENERAL),
    /** Prescribed specialised services of the kind delegated to ICBs in 2024/25 (the 59, then 70, services). */
    SPECIALISED_DELEGABLE("Specialised services (delegable: the 59/70 services)", Group.SPECIALISED),
    /** Prescribed specialised services kept by NHS England, including every highly specialised service. */
    SPECIALISED_RETAINED("Specialised services (retained by NHS England, incl. highly specialised)",
            Group.SPECIALISED),
    /** Health care for people detained in prisons, YOIs, IRCs, STCs and secure children's homes. */
    HEALTH_AND_JUSTICE("Health and justice (prisons, YOIs, IRCs, STCs, secure children's homes)", Group.GENERAL),
    /** Primary care for serving armed forces personnel (Defence Medical Services). */
    ARMED_FORCES_PRIMARY("Armed forces: primary care for serving personnel", Group.GENERAL),
    /** Secondary and community care for serving personnel, mobilised reservists and DMS-registered families. */
    ARMED_FORCES_SECONDARY("Armed forces: secondary/community care for serving personnel", Group.GENERAL),
    /** Care for veterans, non-mobilised reservists and families registered with NHS GPs. */
    ARMED_FORCES_VETERANS("Armed forces: veterans, reservists, families with NHS GPs", Group.GENERAL),
    /** Local public health: health improvement, open-access sexual health, drugs and alcohol, school nursing. */
    PUBLIC_HEALTH_LOCAL("Public health: health improvement, open-access sexual health, drugs/alcohol, school "
            + "nursing", Group.LOCAL_PUBLIC_HEALTH),
    /** Health visiting and the Family Nurse Partnership for children aged 0 to 5. */
    HEALTH_VISITING("Health visiting / Family Nurse Partnership (0-5)", Group.LOCAL_PUBLIC_HEALTH),
    /** National screening and immunisation (vaccination) programmes. */
    SCREENING_AND_IMMUNISATION("National screening and immunisation programmes", Group.S7A_PUBLIC_HEALTH),
    /** Other s.7A public health services: child health information, H&amp;J public health, SARCs. */
    S7A_OTHER("Other s.7A public health (CHIS, H&J public health, SARCs, large-footprint screening)",
            Group.S7A_PUBLIC_HEALTH),
    /** Health protection. */
    HEALTH_PROTECTION("Health protection", Group.GENERAL),
    /** NHS reproductive health: abortion, sterilisation, vasectomy, gynaecology. */
    REPRODUCTIVE_HEALTH("Reproductive health (abortion, sterilisation, vasectomy, gynaecology)", Group.GENERAL),
    /** HIV treatment. */
    HIV_TREATMENT("HIV treatment", Group.SPECIALISED),
    /** Maternity: antenatal, intrapartum and postnatal care. */
    MATERNITY("Maternity", Group.GENERAL),
    /** NHS continuing healthcare. */
    CONTINUING_HEALTHCARE("NHS continuing healthcare", Group.GENERAL);

    /**
     * How the Who Pays? rules treat a category; the group chooses which of the ordered rules can apply.
     *
     * @since 0.1.0
     */
    public enum Group {
        /** Decided by the general rules (registration, residence). */
        GENERAL,
        /** A primary-care contractor service (Who Pays? rule 5). */
        PRIMARY_CARE_CONTRACT,
        /** Emergency care decided by where the person is (rule 7). */
        EMERGENCY,
        /** Prescribed specialised services (rule 6). */
        SPECIALISED,
        /** Local-authority public health (rule 1). */
        LOCAL_PUBLIC_HEALTH,
        /** s.7A public health commissioned by NHS England (rule 2). */
        S7A_PUBLIC_HEALTH
    }

    private final String label;
    private final Group group;

    ServiceCategory(String label, Group group) {
        this.label = label;
        this.group = group;
    }

    /**
     * Returns the category's name as {@code docs/domain.md} gives it.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Returns how the Who Pays? rules treat this category.
     *
     * @return the group, not null
     */
    public Group group() {
        return group;
    }
}
