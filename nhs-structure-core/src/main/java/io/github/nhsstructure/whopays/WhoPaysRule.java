package io.github.nhsstructure.whopays;

import io.github.nhsstructure.provenance.Certainty;
import java.util.List;

/**
 * The ordered decision list of {@code docs/domain.md} section 3.2: evaluated in declaration order, the first rule that
 * matches decides. Rule 0 (version, fixing dates 0a, successors 0b, NHS England units 0c) and rule 15 (temporary
 * residents) shape every decision without deciding one; rule 18 (no delay; disputes) is a principle and never
 * decides. {@link #CATEGORY} is this library's addition: where the category's commissioner (section 2) is the
 * same for every patient, such as UKHSA for health protection, the category row decides.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum WhoPaysRule {
    /** Local-authority public health services. */
    LOCAL_AUTHORITY_PUBLIC_HEALTH("1", "Local-authority public health service", Certainty.HIGH, "S50", "S59",
            "C08", "C31", "C01", "S22"),
    /** s.7A public health services commissioned by NHS England. */
    S7A_PUBLIC_HEALTH("2", "s.7A public health service (NHS England)", Certainty.HIGH, "C07", "S59", "C29"),
    /** Detained people (prisons, YOIs, IRCs, STCs, secure children's homes). */
    DETAINED("3", "Patient detained in a prison or other secure setting", Certainty.HIGH, "C06", "C12", "S25",
            "S55"),
    /** Serving armed forces, mobilised reservists and DMS-registered families. */
    ARMED_FORCES("4", "Serving armed forces / DMS-registered patient", Certainty.HIGH, "C04", "C05", "C23", "C24"),
    /** Primary-care contractor services. */
    PRIMARY_CARE_CONTRACT("5", "Primary-care contractor service", Certainty.HIGH, "S27", "S56", "S57", "S78",
            "S86", "S89", "C35"),
    /** Prescribed specialised services. */
    SPECIALISED("6", "Prescribed specialised service", Certainty.HIGH, "S36", "S90", "S92", "S95", "C28"),
    /** Emergency ambulance and A&amp;E-type care. */
    EMERGENCY("7", "Emergency ambulance or A&E-type care: where the patient is present", Certainty.HIGH, "C12",
            "C14", "C21"),
    /** Mental Health Act detention and s.117 aftercare. */
    MENTAL_HEALTH_ACT("8", "Mental Health Act detention and s.117 aftercare", Certainty.HIGH, "C12", "C15",
            "C27", "C32", "C33", "S63", "S52"),
    /** Out-of-area placement by a commissioner. */
    PLACEMENT("9", "Placement out of area by a commissioner: the placing body stays responsible", Certainty.HIGH,
            "C12", "C14", "C16"),
    /** In-patient spell. */
    INPATIENT_SPELL("10", "In-patient spell: the commissioner at admission pays", Certainty.HIGH, "C14"),
    /** Discharge to assess. */
    DISCHARGE_TO_ASSESS("11", "Discharge to assess: the placing CCG pays", Certainty.MEDIUM, "C14"),
    /** Community Diagnostic Centre activity. */
    COMMUNITY_DIAGNOSTIC_CENTRE("12", "Community Diagnostic Centre activity (WP2024 rule not verified)",
            Certainty.UNCERTAIN, "S52"),
    /** Overseas visitors not registered with a practice. */
    OVERSEAS_VISITOR("13", "Overseas visitor not registered with a practice: where present", Certainty.MEDIUM,
            "C12", "S52"),
    /** Cross-border patients (England, Wales and the other UK countries). */
    CROSS_BORDER("14", "Cross-border patient", Certainty.MEDIUM, "C30", "C12"),
    /** Default A: registered with a GP practice. */
    REGISTERED("16", "Registered with a GP practice: the practice's PCT / CCG / ICB", Certainty.HIGH, "S52",
            "C12", "C20", "C22", "C26"),
    /** Default B: not registered. */
    UNREGISTERED("17", "Not registered with a practice: the body for the usual residence", Certainty.HIGH, "S52",
            "C12", "C14", "C20", "C21", "C26"),
    /** The category's own commissioner (docs/domain.md section 2), the same for every patient. */
    CATEGORY("S2", "The service category's commissioner (docs/domain.md section 2)", Certainty.HIGH);

    private final String id;
    private final String title;
    private final Certainty certainty;
    private final List<String> sources;

    WhoPaysRule(String id, String title, Certainty certainty, String... sources) {
        this.id = id;
        this.title = title;
        this.certainty = certainty;
        this.sources = List.of(sources);
    }

    /**
     * Returns the rule's number in {@code docs/domain.md} section 3.2, such as {@code 16}, or {@code S2}.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Returns a short description.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * Returns the certainty of the rule as {@code docs/domain.md} grades it.
     *
     * @return the certainty, not null
     */
    public Certainty certainty() {
        return certainty;
    }

    /**
     * Returns the {@code docs/domain.md} source keys the rule rests on.
     *
     * @return the keys, immutable, not null (empty for {@link #CATEGORY}, whose sources are the row's)
     */
    public List<String> sources() {
        return sources;
    }
}
