package io.github.nhsstructure.whopays;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.UnknownOrganisationException;
import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.Commissioning;
import io.github.nhsstructure.commissioning.CommissioningAnswer;
import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.commissioning.DelegationScope;
import io.github.nhsstructure.commissioning.DelegationStatus;
import io.github.nhsstructure.commissioning.NoRuleException;
import io.github.nhsstructure.commissioning.PlaceResolution;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.relationship.RelationshipType;
import io.github.nhsstructure.restructure.SuccessorResolution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Who Pays? engine: the ordered decision list of {@code docs/domain.md} section 3.2 as code, evaluated in the
 * order of {@link WhoPaysRule}; the first rule that matches decides and returns a {@link Determination}.
 *
 * <p>Rule 0 runs first: the service date chooses the {@link WhoPaysVersion} and the category's
 * {@link CommissioningRule} row; rules that fix the body at an earlier event (0a: s.117 application or aftercare
 * start, placement start, admission) find it with the organisation data of that event's date, and a body closed
 * by the service date is replaced by its successor (0b, {@link NhsStructure#successors(OdsCode, LocalDate)}).
 * A body fixed in one era and still responsible in the next (a CCG placement running into the ICB era) is
 * answered with the ICB of the CCG's sub-ICB location, marked {@link Certainty#UNCERTAIN}: the statutory transfer
 * schemes were not read. An input a rule needs but was not given yields an
 * {@linkplain Determination.Status#INCOMPLETE incomplete} determination naming it; a rule whose content the
 * sources do not give (a {@code docs/domain.md} U item) yields an {@linkplain Determination.Status#UNRESOLVED
 * unresolved} one. Nothing is guessed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WhoPays {

    /** A docs/domain.md source key (S.. or C..), as opposed to a timeline row or another reference. */
    private static final java.util.regex.Pattern SOURCE_KEY = java.util.regex.Pattern.compile("[SC]\\d+");


    static final LocalDate CCG_ERA = LocalDate.of(2013, 4, 1);
    static final LocalDate ICB_ERA = LocalDate.of(2022, 7, 1);
    static final LocalDate WP2020 = LocalDate.of(2020, 9, 1);
    static final LocalDate S117_AMENDMENT = LocalDate.of(2016, 4, 1);
    static final LocalDate STC_FROM = LocalDate.of(2014, 4, 1);
    static final LocalDate PRISONS_TO_DH = LocalDate.of(2003, 4, 1);
    static final LocalDate PRISON_WAVES = LocalDate.of(2004, 4, 1);
    static final LocalDate PRISONS_TO_PCTS = LocalDate.of(2006, 4, 1);
    static final LocalDate CDC_FROM = LocalDate.of(2024, 4, 1);

    /** Categories a placement covers (rule 9): the accommodation and planned services. */
    private static final Set<ServiceCategory> PLACEMENT_SERVICES = EnumSet.of(ServiceCategory.CONTINUING_HEALTHCARE,
            ServiceCategory.COMMUNITY_HEALTH, ServiceCategory.LEARNING_DISABILITY, ServiceCategory.MENTAL_HEALTH);

    private final NhsStructure structure;
    private final Commissioning commissioning;
    /** Per rule row, the parts of every explanation that depend on the row only: built once, not per call. */
    private final Map<CommissioningRule, RowText> rowTexts = new java.util.IdentityHashMap<>();

    /** The explanation line and the docs/domain.md source keys (S.., C..) of one commissioning rule row. */
    private record RowText(String line, List<String> sourceKeys) {
    }

    private WhoPays(NhsStructure structure) {
        this.structure = structure;
        this.commissioning = Commissioning.of(structure);
        for (CommissioningRule r : structure.commissioningRules().all()) {
            List<String> keys = new ArrayList<>();
            for (String ref : r.references()) {
                if (SOURCE_KEY.matcher(ref).matches()) {
                    keys.add(ref);
                }
            }
            rowTexts.put(r, new RowText("Section 2 row for " + r.category() + " " + r.period() + ": "
                    + r.describe() + " (" + String.join(", ", r.references()) + "; " + r.provenance().certainty()
                    + ").", List.copyOf(keys)));
        }
    }

    private RowText rowText(CommissioningRule r) {
        RowText t = rowTexts.get(r);
        return t != null ? t : new RowText("Section 2 row for " + r.category() + " " + r.period() + ": "
                + r.describe() + ".", List.of());
    }

    /**
     * Obtains the engine for a structure and its commissioning rules.
     *
     * @param structure  the structure, not null
     * @return the engine, not null
     */
    public static WhoPays of(NhsStructure structure) {
        return new WhoPays(Objects.requireNonNull(structure, "structure"));
    }

    /**
     * Determines the responsible commissioner.
     *
     * @param patient  the patient context, not null
     * @return the determination, not null
     * @throws NoRuleException if the service date is before 2002-04-01 or no commissioning rule row covers it
     * @throws UnknownOrganisationException if an input code is not an organisation of the structure
     */
    public Determination determine(PatientContext patient) {
        Trace t = new Trace(patient);
        return new Evaluation(t).run();
    }

    /** The general-rule type for a date: PCT, CCG or ICB. */
    static CommissionerType eraType(LocalDate date) {
        return date.isBefore(CCG_ERA) ? CommissionerType.PCT
                : date.isBefore(ICB_ERA) ? CommissionerType.CCG : CommissionerType.ICB;
    }

    /** What one determination has gathered so far. */
    private final class Trace {
        final PatientContext p;
        final LocalDate d;
        final WhoPaysVersion version;
        final CommissioningRule row;
        final List<Determination.UsedInput> used = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        final Set<String> sources = new LinkedHashSet<>();
        final List<String> why = new ArrayList<>();
        Certainty certainty;

        Trace(PatientContext p) {
            this.p = p;
            this.d = p.serviceDate();
            this.version = WhoPaysVersion.on(d);
            this.row = structure.commissioningRules().rule(p.service(), d);
            this.certainty = row.provenance().certainty();
            use("serviceDate", d.toString());
            use("service", p.service().name());
            why.add("Rule 0: " + version.id() + " is in force on " + d + " (in force " + version.inForce() + ").");
            why.add(rowText(row).line());
        }

        void use(String name, Object value) {
            Determination.UsedInput u = new Determination.UsedInput(name, String.valueOf(value));
            if (!used.contains(u)) {
                used.add(u);
            }
        }

        void weaken(Certainty c) {
            if (c.ordinal() > certainty.ordinal()) {
                certainty = c;
            }
        }

        Determination done(Determination.Status status, WhoPaysRule rule, CommissionerType type,
                Optional<Organisation> org, Arrangement arrangement, Optional<CommissionerType> delegateType,
                Optional<Organisation> delegate, DelegationStatus delegation) {
            weaken(rule.certainty());
            sources.addAll(rule.sources());
            sources.addAll(rowText(row).sourceKeys());
            why.add("Decided by rule " + rule.id() + " (" + rule.title() + "): " + status + ".");
            return new Determination(status, d, p.service(), type, org, arrangement, delegateType, delegate,
                    delegation, version, rule, used, status == Determination.Status.INCOMPLETE ? missing : List.of(),
                    List.copyOf(sources), certainty, why);
        }

        Determination direct(WhoPaysRule rule, CommissionerType type, Optional<Organisation> org) {
            return done(missing.isEmpty() ? Determination.Status.RESOLVED : Determination.Status.INCOMPLETE, rule,
                    type, org, Arrangement.DIRECT, Optional.empty(), Optional.empty(), DelegationStatus.NOT_DELEGATED);
        }

        Determination unresolved(WhoPaysRule rule, CommissionerType type, String reason) {
            why.add(reason);
            weaken(Certainty.UNCERTAIN);
            missing.clear();
            return done(Determination.Status.UNRESOLVED, rule, type, Optional.empty(), Arrangement.DIRECT,
                    Optional.empty(), Optional.empty(), DelegationStatus.NOT_DELEGATED);
        }

        Determination incomplete(WhoPaysRule rule, CommissionerType type, String input, String reason) {
            missing.add(input);
            why.add("Missing input " + input + ": " + reason);
            return done(Determination.Status.INCOMPLETE, rule, type, Optional.empty(), Arrangement.DIRECT,
                    Optional.empty(), Optional.empty(), DelegationStatus.NOT_DELEGATED);
        }
    }

    /** A body found by the general rules (16/17), or the input that was missing. */
    private record General(WhoPaysRule rule, Optional<Organisation> body, @Nullable String missing) {
    }

    /** One run of the decision list. */
    private final class Evaluation {
        private final Trace t;
        private final PatientContext p;
        private final LocalDate d;
        private final CommissioningRule row;

        Evaluation(Trace t) {
            this.t = t;
            this.p = t.p;
            this.d = t.d;
            this.row = t.row;
        }

        Determination run() {
            ServiceCategory cat = p.service();
            ServiceCategory.Group group = cat.group();
            if (!row.type().isBody()) {
                if (row.type() == CommissionerType.NOT_COMMISSIONED) {
                    return t.direct(WhoPaysRule.CATEGORY, row.type(), Optional.empty());
                }
                return t.unresolved(WhoPaysRule.CATEGORY, row.type(), "The sources give no commissioner for "
                        + cat + " on " + d + ".");
            }
            if (p.temporaryResident()) {
                t.use("temporaryResident", true);
                t.why.add("Rule 15: a temporary-resident registration does not move responsibility; the permanent"
                        + " registration counts (SI 2013/350 reg.2(2)(d)).");
                t.sources.add("C12");
            }
            // Rule 1: local-authority public health.
            if (group == ServiceCategory.Group.LOCAL_PUBLIC_HEALTH && row.type() == CommissionerType.LOCAL_AUTHORITY) {
                boolean openAccess = cat == ServiceCategory.PUBLIC_HEALTH_LOCAL;
                Optional<OdsCode> area = openAccess && p.presentIn().isPresent() ? p.presentIn() : p.usualResidence();
                area.ifPresent(a -> t.use(openAccess && p.presentIn().isPresent() ? "presentIn" : "usualResidence", a));
                t.why.add("The upper-tier local authority " + (openAccess
                        ? "where the patient is present (open-access sexual health) or, for residents' services,"
                                + " where the patient usually lives"
                        : "where the patient usually lives")
                        + "; local authorities are not organisations of the dataset, so the type only.");
                t.weaken(Certainty.MEDIUM);
                return t.direct(WhoPaysRule.LOCAL_AUTHORITY_PUBLIC_HEALTH, CommissionerType.LOCAL_AUTHORITY,
                        Optional.empty());
            }
            // Rule 2: s.7A public health by NHS England.
            if ((group == ServiceCategory.Group.S7A_PUBLIC_HEALTH || cat == ServiceCategory.HEALTH_VISITING)
                    && row.type() == CommissionerType.NHS_ENGLAND) {
                return s7a();
            }
            // Rule 3: detained people.
            if (p.detention().isPresent()) {
                Determination r = detained();
                if (r != null) {
                    return r;
                }
            }
            // Rule 4: armed forces.
            if (p.armedForces().isPresent()) {
                t.use("armedForces", p.armedForces().get());
                if (p.armedForces().get().isDms()) {
                    return armedForces();
                }
                t.why.add("Rule 4 does not apply to " + p.armedForces().get() + ": general rules.");
            }
            // Rule 5: primary-care contractor services.
            if (group == ServiceCategory.Group.PRIMARY_CARE_CONTRACT) {
                return primaryCareContract();
            }
            // Rule 6: specialised services.
            if (group == ServiceCategory.Group.SPECIALISED && row.type() == CommissionerType.NHS_ENGLAND) {
                return specialised();
            }
            // Rule 7: emergency care, where present.
            if (group == ServiceCategory.Group.EMERGENCY && !d.isBefore(CCG_ERA)) {
                return emergency();
            }
            // Rule 8: Mental Health Act detention and s.117 aftercare.
            if (p.mentalHealthAct().isPresent() && cat == ServiceCategory.MENTAL_HEALTH) {
                Determination r = mentalHealthAct();
                if (r != null) {
                    return r;
                }
            }
            // Rule 9: placements.
            if (p.placement().isPresent() && PLACEMENT_SERVICES.contains(cat)) {
                Determination r = placement();
                if (r != null) {
                    return r;
                }
            }
            // Rule 10: in-patient spell.
            if (p.admissionDate().isPresent() && isGeneralType(row.type())
                    && cat != ServiceCategory.CONTINUING_HEALTHCARE) {
                Determination r = inpatientSpell();
                if (r != null) {
                    return r;
                }
            }
            // Rule 11: discharge to assess.
            if (p.dischargeToAssessPlacer().isPresent() && !d.isBefore(WP2020)) {
                t.use("dischargeToAssessPlacer", p.dischargeToAssessPlacer().get());
                if (!d.isBefore(ICB_ERA)) {
                    return t.unresolved(WhoPaysRule.DISCHARGE_TO_ASSESS, eraType(d),
                            "The discharge-to-assess payment rule after 2022-06-30 is not in the sources (U).");
                }
                Optional<Organisation> placer = carry(fixed(CommissionerType.CCG, p.dischargeToAssessPlacer().get(),
                        d), d);
                return t.direct(WhoPaysRule.DISCHARGE_TO_ASSESS, CommissionerType.CCG, placer);
            }
            // Rule 12: community diagnostic centres.
            if (p.communityDiagnosticCentre() && !d.isBefore(CDC_FROM)) {
                t.use("communityDiagnosticCentre", true);
                return t.unresolved(WhoPaysRule.COMMUNITY_DIAGNOSTIC_CENTRE, eraType(d),
                        "WP2024 sets a specific rule for which ICB pays for CDC activity; its content was not read"
                                + " (docs/domain.md 3.2 rule 12, U).");
            }
            if (!isGeneralType(row.type())) {
                t.why.add("The category's commissioner is the same for every patient on " + d + ".");
                return t.done(Determination.Status.RESOLVED, WhoPaysRule.CATEGORY, row.type(), Optional.empty(),
                        row.arrangement(), row.delegate(), Optional.empty(), categoryStatus(row));
            }
            // Rule 13: overseas visitors not registered.
            if (p.overseasVisitor() && p.registeredPractice().isEmpty() && !d.isBefore(CCG_ERA)) {
                t.use("overseasVisitor", true);
                if (p.presentIn().isEmpty()) {
                    return t.incomplete(WhoPaysRule.OVERSEAS_VISITOR, eraType(d), "presentIn",
                            "an unregistered overseas visitor is the responsibility of the body where present.");
                }
                t.use("presentIn", p.presentIn().get());
                return t.direct(WhoPaysRule.OVERSEAS_VISITOR, eraType(d), body(eraType(d), p.presentIn().get(), d));
            }
            // Rule 14: cross-border.
            if (p.residenceCountry().isPresent() && p.residenceCountry().get() != PatientContext.Country.ENGLAND
                    && p.residenceCountry().get() != PatientContext.Country.OVERSEAS && !d.isBefore(CCG_ERA)
                    && p.registeredPractice().isPresent()) {
                PatientContext.Country c = p.residenceCountry().get();
                t.use("residenceCountry", c);
                if (c == PatientContext.Country.WALES) {
                    t.why.add("A Welsh resident registered with an English practice: under the England-Wales"
                            + " cross-border protocol commissioning follows GP registration.");
                    General g = general(d, p.registeredPractice(), Optional.empty(), false);
                    return t.direct(WhoPaysRule.CROSS_BORDER, eraType(d), g.body());
                }
                return t.unresolved(WhoPaysRule.CROSS_BORDER, eraType(d), "A resident of " + c + " registered with"
                        + " an English practice is outside the CCG/ICB core responsibility; the commissioner per case"
                        + " is not in the sources (U).");
            }
            // Rules 16 and 17: the general rules (and rules 1, 2, 6, 7 before 2013, which defer to them).
            WhoPaysRule decider = d.isBefore(CCG_ERA) ? pctEraDecider(group) : null;
            return generalDetermination(decider);
        }

        private @Nullable WhoPaysRule pctEraDecider(ServiceCategory.Group group) {
            switch (group) {
                case LOCAL_PUBLIC_HEALTH:
                    return WhoPaysRule.LOCAL_AUTHORITY_PUBLIC_HEALTH;
                case S7A_PUBLIC_HEALTH:
                    return WhoPaysRule.S7A_PUBLIC_HEALTH;
                case SPECIALISED:
                    return WhoPaysRule.SPECIALISED;
                case EMERGENCY:
                    t.weaken(Certainty.MEDIUM);
                    return WhoPaysRule.EMERGENCY;
                default:
                    return null;
            }
        }

        private Determination generalDetermination(@Nullable WhoPaysRule decider) {
            if (decider != null) {
                t.why.add("Before 2013-04-01 rule " + decider.id() + " defers to the PCT responsible for the patient"
                        + " under rules 16-17.");
            }
            General g = general(d, p.registeredPractice(), p.usualResidence(), p.unregistered());
            WhoPaysRule rule = decider != null ? decider : g.rule();
            if (g.missing() != null) {
                return t.incomplete(rule, eraType(d), g.missing(), "rules 16-17 need the registered practice, or"
                        + " for a patient declared unregistered, the usual residence.");
            }
            return t.direct(rule, eraType(d), g.body());
        }

        /** Rules 16-17 on a date: the practice's body, else (declared unregistered) the residence's. */
        private General general(LocalDate at, Optional<OdsCode> practice, Optional<OdsCode> residence,
                boolean unregistered) {
            CommissionerType type = eraType(at);
            if (practice.isPresent()) {
                t.use("registeredPractice", practice.get());
                t.why.add("Rule 16: the " + type.label() + " of the patient's practice " + practice.get() + " on "
                        + at + ".");
                return new General(WhoPaysRule.REGISTERED, body(type, practice.get(), at), null);
            }
            if (unregistered) {
                t.use("unregistered", true);
                if (residence.isEmpty()) {
                    return new General(WhoPaysRule.UNREGISTERED, Optional.empty(), "usualResidence");
                }
                t.use("usualResidence", residence.get());
                t.why.add("Rule 17: not registered, so the " + type.label() + " for the usual residence "
                        + residence.get() + " on " + at + ".");
                return new General(WhoPaysRule.UNREGISTERED, body(type, residence.get(), at), null);
            }
            return new General(WhoPaysRule.REGISTERED, Optional.empty(), "registeredPractice");
        }

        /** The body of a type for a place on a date, recording the steps. */
        private Optional<Organisation> body(CommissionerType type, OdsCode place, LocalDate at) {
            PlaceResolution r = commissioning.resolve(type, place, at);
            t.why.addAll(r.steps());
            return r.organisation();
        }

        /** The body of a type fixed at an earlier event (rule 0a). */
        private Optional<Organisation> fixed(CommissionerType type, OdsCode place, LocalDate at) {
            t.why.add("Rule 0a: the body is fixed on " + at + ", with the organisation data of that date.");
            return body(type, place, at);
        }

        /** Rule 0b: carries a body fixed earlier to the service date. */
        private Optional<Organisation> carry(Optional<Organisation> fixedBody, LocalDate at) {
            if (fixedBody.isEmpty()) {
                return fixedBody;
            }
            Organisation o = fixedBody.get();
            if (!o.isOpenOn(at)) {
                SuccessorResolution s = structure.successors(o.code(), at);
                if (s.successors().size() != 1) {
                    t.why.add("Rule 0b: " + o.code() + " was not open on " + at + " and its successors then are "
                            + s.codes() + ": no single successor (uncertain).");
                    t.weaken(Certainty.UNCERTAIN);
                    return Optional.empty();
                }
                Organisation next = s.successors().get(0).organisation();
                t.why.add("Rule 0b: " + o.code() + " was dissolved by " + at + "; its successor " + next.code()
                        + " took over its responsibilities.");
                t.weaken(Certainty.MEDIUM);
                o = next;
            }
            CommissionerType type = eraType(at);
            OrganisationKind kind = o.kindOn(at).orElseThrow();
            if (type == CommissionerType.ICB && kind == OrganisationKind.SUB_ICB_LOCATION) {
                Optional<Organisation> icb = o.target(RelationshipType.PART_OF, at).map(structure::require);
                t.why.add("Rule 0b: CCG " + o.code() + " became a sub-ICB location on 2022-07-01 (not a succession);"
                        + " its ICB " + icb.map(i -> i.code().toString()).orElse("(none in the data)")
                        + " is assumed to have inherited the arrangement under the transfer schemes (uncertain).");
                t.weaken(Certainty.UNCERTAIN);
                return icb;
            }
            return Optional.of(o);
        }

        private Determination s7a() {
            if (row.arrangement() == Arrangement.DELEGATED) {
                t.why.add("From 2026-04-01 vaccination and most screening were planned to be delegated to the ICB"
                        + " responsible for the patient; whether this took effect is uncertain.");
                General g = general(d, p.registeredPractice(), p.usualResidence(), p.unregistered());
                if (g.missing() != null) {
                    return t.incomplete(WhoPaysRule.S7A_PUBLIC_HEALTH, CommissionerType.NHS_ENGLAND, g.missing(),
                            "the delegate ICB follows rules 16-17.");
                }
                return t.done(Determination.Status.RESOLVED, WhoPaysRule.S7A_PUBLIC_HEALTH,
                        CommissionerType.NHS_ENGLAND, Optional.empty(), Arrangement.DELEGATED,
                        Optional.of(CommissionerType.ICB), g.body(), DelegationStatus.DELEGATED);
            }
            Optional<OdsCode> place = p.registeredPractice().isPresent() ? p.registeredPractice()
                    : p.usualResidence();
            Optional<Organisation> unit = Optional.empty();
            if (place.isPresent()) {
                t.use(p.registeredPractice().isPresent() ? "registeredPractice" : "usualResidence", place.get());
                unit = body(CommissionerType.NHS_ENGLAND, place.get(), d);
            } else {
                t.why.add("No practice or residence given: NHS England's unit is not named (type only).");
            }
            return t.direct(WhoPaysRule.S7A_PUBLIC_HEALTH, CommissionerType.NHS_ENGLAND, unit);
        }

        private @Nullable Determination detained() {
            PatientContext.Detention where = p.detention().orElseThrow();
            t.use("detention", where);
            if (p.service().group() == ServiceCategory.Group.EMERGENCY && !d.isBefore(CCG_ERA)) {
                t.why.add("Rule 3 exception (uncertain): emergency ambulance and A&E care for a detainee follow rule"
                        + " 7 (the host area).");
                t.weaken(Certainty.UNCERTAIN);
                return null;
            }
            if (where == PatientContext.Detention.SECURE_TRAINING_CENTRE && !d.isBefore(CCG_ERA)
                    && d.isBefore(STC_FROM)) {
                t.why.add("Secure training centres came to NHS England on 2014-04-01: rule 3 does not apply yet.");
                return null;
            }
            Optional<Organisation> establishment = p.detentionEstablishment().map(structure::require);
            p.detentionEstablishment().ifPresent(e -> t.use("detentionEstablishment", e));
            if (!d.isBefore(CCG_ERA)) {
                Optional<Organisation> unit = establishment.flatMap(e -> parentOf(e));
                t.why.add("NHS England Health and Justice commissions care for detainees; unit: "
                        + unit.map(u -> "the establishment's ODS parent " + u.code())
                                .orElse("not in the data (type only)") + ".");
                return t.direct(WhoPaysRule.DETAINED, CommissionerType.NHS_ENGLAND, unit);
            }
            if (d.isBefore(PRISONS_TO_DH)) {
                return t.direct(WhoPaysRule.DETAINED, CommissionerType.HM_PRISON_SERVICE, Optional.empty());
            }
            if (d.isBefore(PRISON_WAVES)) {
                return t.direct(WhoPaysRule.DETAINED, CommissionerType.DEPARTMENT_OF_HEALTH, Optional.empty());
            }
            if (d.isBefore(PRISONS_TO_PCTS)) {
                t.why.add("Commissioning moved to the host PCT prison by prison in waves (2004-04-01, 2005-04-01);"
                        + " the wave of each prison is not in the sources.");
                t.weaken(Certainty.UNCERTAIN);
                return t.done(Determination.Status.RESOLVED, WhoPaysRule.DETAINED,
                        CommissionerType.DEPARTMENT_OF_HEALTH, Optional.empty(), Arrangement.DELEGATED,
                        Optional.of(CommissionerType.PCT), establishment.flatMap(e -> parentOf(e)),
                        DelegationStatus.UNKNOWN);
            }
            if (establishment.isEmpty()) {
                return t.incomplete(WhoPaysRule.DETAINED, CommissionerType.PCT, "detentionEstablishment",
                        "the PCT hosting the prison is the ODS parent of its healthcare cost centre.");
            }
            return t.direct(WhoPaysRule.DETAINED, CommissionerType.PCT, parentOf(establishment.get()));
        }

        private Optional<Organisation> parentOf(Organisation o) {
            return o.target(RelationshipType.COMMISSIONED_BY, d).or(() -> o.target(RelationshipType.PART_OF, d))
                    .map(structure::require);
        }

        private Determination armedForces() {
            ServiceCategory cat = p.service();
            if (cat == ServiceCategory.GP_PRIMARY_MEDICAL || cat == ServiceCategory.ARMED_FORCES_PRIMARY) {
                t.why.add("Primary care for serving personnel and DMS-registered families is Defence Medical"
                        + " Services (not NHS).");
                return t.direct(WhoPaysRule.ARMED_FORCES, CommissionerType.MOD_DMS, Optional.empty());
            }
            if (!d.isBefore(CCG_ERA)) {
                t.why.add("NHS England (armed forces commissioning) for secondary and community care; its unit is the"
                        + " ODS parent of the DMS practice (type only here).");
                return t.direct(WhoPaysRule.ARMED_FORCES, CommissionerType.NHS_ENGLAND, Optional.empty());
            }
            t.weaken(Certainty.MEDIUM);
            if (p.registeredPractice().isEmpty()) {
                return t.incomplete(WhoPaysRule.ARMED_FORCES, CommissionerType.PCT, "registeredPractice",
                        "before 2013 the PCT in whose area the DMS medical centre is (its practice's parent PCT).");
            }
            t.use("registeredPractice", p.registeredPractice().get());
            t.why.add("The PCT in whose area the DMS medical centre is, for standard-pathway NHS care.");
            return t.direct(WhoPaysRule.ARMED_FORCES, CommissionerType.PCT,
                    body(CommissionerType.PCT, p.registeredPractice().get(), d));
        }

        private Determination primaryCareContract() {
            boolean gp = p.service() == ServiceCategory.GP_PRIMARY_MEDICAL;
            Optional<OdsCode> place = gp ? p.registeredPractice() : p.presentIn();
            String input = gp ? "registeredPractice" : "presentIn";
            if (place.isEmpty()) {
                t.missing.add(input);
                t.why.add("Missing input " + input + ": the body is the one for the "
                        + (gp ? "practice" : "area where the contractor is") + ".");
                return t.done(Determination.Status.INCOMPLETE, WhoPaysRule.PRIMARY_CARE_CONTRACT, row.type(),
                        Optional.empty(), row.arrangement(), row.delegate(), Optional.empty(), categoryStatus(row));
            }
            t.use(input, place.get());
            CommissioningAnswer a = commissioning.whoCommissions(p.service(), d, place.get().toString());
            t.why.addAll(a.explanation().subList(1, a.explanation().size()));
            if (a.delegationStatus() == DelegationStatus.UNKNOWN) {
                t.weaken(Certainty.UNCERTAIN);
            }
            return t.done(Determination.Status.RESOLVED, WhoPaysRule.PRIMARY_CARE_CONTRACT, row.type(),
                    a.commissioner(), row.arrangement(), row.delegate(), a.delegate(), a.delegationStatus());
        }

        private Determination specialised() {
            if (row.arrangement() == Arrangement.DIRECT) {
                t.why.add("NHS England specialised commissioning; the hub follows the provider's contract, not the"
                        + " patient (no unit).");
                return t.direct(WhoPaysRule.SPECIALISED, CommissionerType.NHS_ENGLAND, Optional.empty());
            }
            if (row.arrangement() == Arrangement.JOINT) {
                t.why.add("2023/24: NHS England with NHS England / multi-ICB joint committees; not delegation.");
                return t.done(Determination.Status.RESOLVED, WhoPaysRule.SPECIALISED, CommissionerType.NHS_ENGLAND,
                        Optional.empty(), Arrangement.JOINT, row.delegate(), Optional.empty(), DelegationStatus.JOINT);
            }
            General g = general(d, p.registeredPractice(), p.usualResidence(), p.unregistered());
            if (g.missing() != null) {
                return t.incomplete(WhoPaysRule.SPECIALISED, CommissionerType.NHS_ENGLAND, g.missing(),
                        "the delegate is the ICB responsible for the patient under rules 16-17.");
            }
            DelegationScope scope = row.scope().orElseThrow();
            if (scope.kind() == DelegationScope.Kind.REGIONS) {
                Optional<Organisation> region = g.body().flatMap(icb -> commissioning.region(icb.code(), d));
                if (region.isEmpty()) {
                    return t.unresolved(WhoPaysRule.SPECIALISED, CommissionerType.NHS_ENGLAND, "The region of the"
                            + " patient's ICB is not in the data, so whether the service is delegated cannot be said.");
                }
                boolean in = scope.regions().contains(region.get().code());
                t.why.add("The ICB is in region " + region.get().code() + (in ? ", one of " : ", not one of ")
                        + "the regions with delegation " + scope.regions() + ".");
                if (!in) {
                    return t.done(Determination.Status.RESOLVED, WhoPaysRule.SPECIALISED, CommissionerType.NHS_ENGLAND,
                            Optional.empty(), Arrangement.JOINT, Optional.of(CommissionerType.ICB), Optional.empty(),
                            DelegationStatus.NOT_DELEGATED_HERE);
                }
            }
            return t.done(Determination.Status.RESOLVED, WhoPaysRule.SPECIALISED, CommissionerType.NHS_ENGLAND,
                    Optional.empty(), Arrangement.DELEGATED, Optional.of(CommissionerType.ICB), g.body(),
                    DelegationStatus.DELEGATED);
        }

        private Determination emergency() {
            if (p.presentIn().isEmpty()) {
                return t.incomplete(WhoPaysRule.EMERGENCY, eraType(d), "presentIn",
                        "emergency ambulance and A&E-type care are commissioned where the patient is present.");
            }
            t.use("presentIn", p.presentIn().get());
            t.why.add("The registration/residence rule is disapplied for these services (SI 2013/350 reg.2(3)(a)):"
                    + " the body for the area where the patient is present.");
            if (!d.isBefore(WP2020)) {
                t.why.add("From 2020-09-01 the paying body may differ from the commissioner (WP2020 A&E exception);"
                        + " its direction was not read, so the host is reported (uncertain).");
                t.weaken(Certainty.UNCERTAIN);
            }
            return t.direct(WhoPaysRule.EMERGENCY, eraType(d), body(eraType(d), p.presentIn().get(), d));
        }

        private @Nullable Determination mentalHealthAct() {
            PatientContext.MentalHealthActStatus status = p.mentalHealthAct().orElseThrow();
            t.use("mentalHealthAct", status);
            if (!d.isBefore(ICB_ERA)) {
                if (p.mhaApplicationDate().isEmpty()) {
                    return t.incomplete(WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.ICB, "mhaApplicationDate",
                            "from 2022-07-01 the ICB with core responsibility when the application for detention was"
                                    + " made keeps the detention and aftercare.");
                }
                LocalDate app = p.mhaApplicationDate().get();
                t.use("mhaApplicationDate", app);
                if (app.isBefore(ICB_ERA)) {
                    return t.unresolved(WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.ICB, "The application was"
                            + " made before 2022-07-01: the WP2022 transitional rules were not read (U).");
                }
                return beforeDetention(app, WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.ICB,
                        "the ICB with core responsibility when the application was made (SI 2022/635 regs 5, 7)");
            }
            if (!d.isBefore(WP2020)) {
                if (p.mhaApplicationDate().isEmpty()) {
                    return t.incomplete(WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.CCG, "mhaApplicationDate",
                            "from 2020-09-01 the originating CCG (immediately before detention) pays.");
                }
                LocalDate app = p.mhaApplicationDate().get();
                t.use("mhaApplicationDate", app);
                if (app.isBefore(WP2020)) {
                    return t.unresolved(WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.CCG, "The detention began"
                            + " before 2020-09-01: the WP2020 transitional arrangements were not read (U).");
                }
                return beforeDetention(app.minusDays(1), WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.CCG,
                        "the originating CCG: the general-rule CCG immediately before detention (WP2020)");
            }
            if (status == PatientContext.MentalHealthActStatus.DETAINED) {
                t.why.add("Before 2020-09-01 payment for the detention itself follows the general rule.");
                return null;
            }
            if (p.aftercareStart().isEmpty()) {
                return t.incomplete(WhoPaysRule.MENTAL_HEALTH_ACT, eraType(d), "aftercareStart",
                        "before 2020-09-01 the body depends on when s.117 aftercare began.");
            }
            LocalDate start = p.aftercareStart().get();
            t.use("aftercareStart", start);
            if (start.isBefore(CCG_ERA)) {
                if (!d.isBefore(CCG_ERA)) {
                    return t.unresolved(WhoPaysRule.MENTAL_HEALTH_ACT, eraType(d), "Aftercare began under a PCT,"
                            + " which was abolished on 2013-04-01; the body that inherited it is not in the sources (U).");
                }
                t.weaken(Certainty.MEDIUM);
                return residenceBefore(start, CommissionerType.PCT,
                        "the PCT for the area where the patient was resident before detention (MHA s.117(3))");
            }
            if (start.isBefore(S117_AMENDMENT)) {
                LocalDate at = d.isBefore(S117_AMENDMENT) ? d : S117_AMENDMENT.minusDays(1);
                t.why.add(d.isBefore(S117_AMENDMENT)
                        ? "Aftercare begun 2013-04-01..2016-03-31: the general-rule CCG at the time of the aftercare"
                                + " (SI 2012/2996 reg.14(2)(a))."
                        : "Transitional saving of SI 2016/293: the CCG that held the duty on 2016-03-31 keeps it.");
                General g = general(at, p.registeredPractice(), p.usualResidence(), p.unregistered());
                if (g.missing() != null) {
                    return t.incomplete(WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.CCG, g.missing(),
                            "the general-rule CCG is needed.");
                }
                t.weaken(Certainty.MEDIUM);
                return t.direct(WhoPaysRule.MENTAL_HEALTH_ACT, CommissionerType.CCG, carry(g.body(), d));
            }
            t.weaken(Certainty.MEDIUM);
            return residenceBefore(p.mhaApplicationDate().orElse(start), CommissionerType.CCG,
                    "the CCG for the area where the patient was ordinarily resident immediately before detention"
                            + " (MHA s.117(3) as amended; fixed then, rule 0b after)");
        }

        /** The body from the practice (else residence) immediately before detention. */
        private Determination beforeDetention(LocalDate at, WhoPaysRule rule, CommissionerType type, String what) {
            t.why.add("Rule 8: " + what + ".");
            Optional<OdsCode> practice = p.practiceBeforeDetention();
            if (practice.isPresent()) {
                t.use("practiceBeforeDetention", practice.get());
                return t.direct(rule, type, carry(fixed(eraType(at), practice.get(), at), d));
            }
            if (p.residenceBeforeDetention().isPresent()) {
                t.use("residenceBeforeDetention", p.residenceBeforeDetention().get());
                return t.direct(rule, type, carry(fixed(eraType(at), p.residenceBeforeDetention().get(), at), d));
            }
            return t.incomplete(rule, type, "practiceBeforeDetention", "the practice (or, if none, the residence)"
                    + " immediately before detention fixes the body.");
        }

        private Determination residenceBefore(LocalDate at, CommissionerType type, String what) {
            t.why.add("Rule 8: " + what + ".");
            if (p.residenceBeforeDetention().isEmpty()) {
                return t.incomplete(WhoPaysRule.MENTAL_HEALTH_ACT, type, "residenceBeforeDetention",
                        "the residence immediately before detention fixes the body.");
            }
            t.use("residenceBeforeDetention", p.residenceBeforeDetention().get());
            p.mhaApplicationDate().ifPresent(a -> t.use("mhaApplicationDate", a));
            return t.direct(WhoPaysRule.MENTAL_HEALTH_ACT, type,
                    carry(fixed(eraType(at), p.residenceBeforeDetention().get(), at), d));
        }

        private @Nullable Determination placement() {
            Placement pl = p.placement().orElseThrow();
            t.use("placement", pl.placedBy() + " from " + pl.start() + " (" + pl.setting() + ")");
            if (pl.setting() == Placement.Setting.SUPPORTED_LIVING) {
                t.why.add("Supported living is outside the placement regulation: general rules (payment rules for it"
                        + " not read, uncertain).");
                t.weaken(Certainty.UNCERTAIN);
                return null;
            }
            if (pl.start().isAfter(d)) {
                t.why.add("The placement starts after the service date: rule 9 does not apply.");
                return null;
            }
            t.why.add("Rule 9: the placing body stays responsible while the placement continues.");
            if (pl.start().isBefore(CCG_ERA) && !d.isBefore(CCG_ERA)) {
                return t.unresolved(WhoPaysRule.PLACEMENT, eraType(d), "The placement was made by a PCT, abolished"
                        + " on 2013-04-01; the body that inherited it is not in the sources (U).");
            }
            if (pl.start().isBefore(CCG_ERA)) {
                t.weaken(Certainty.MEDIUM);
            }
            return t.direct(WhoPaysRule.PLACEMENT, eraType(d),
                    carry(fixed(eraType(pl.start()), pl.placedBy(), pl.start()), d));
        }

        private @Nullable Determination inpatientSpell() {
            LocalDate admitted = p.admissionDate().orElseThrow();
            t.use("admissionDate", admitted);
            if (admitted.isAfter(d)) {
                t.why.add("The admission date is after the service date: ignored.");
                return null;
            }
            if (admitted.isBefore(WP2020)) {
                t.why.add("Admitted before 2020-09-01: no spell rule was found; the general rule on the service date"
                        + " applies (uncertain).");
                t.weaken(Certainty.UNCERTAIN);
                return null;
            }
            t.why.add("Rule 10: the commissioner responsible at admission pays for the whole spell; give the practice"
                    + " (or residence) at admission.");
            General g = general(admitted, p.registeredPractice(), p.usualResidence(), p.unregistered());
            if (g.missing() != null) {
                return t.incomplete(WhoPaysRule.INPATIENT_SPELL, eraType(d), g.missing(),
                        "the general rule at admission is needed.");
            }
            return t.direct(WhoPaysRule.INPATIENT_SPELL, eraType(d), carry(g.body(), d));
        }
    }

    private static boolean isGeneralType(CommissionerType type) {
        return type == CommissionerType.PCT || type == CommissionerType.CCG || type == CommissionerType.ICB;
    }

    private static DelegationStatus categoryStatus(CommissioningRule row) {
        if (row.arrangement() == Arrangement.DIRECT) {
            return DelegationStatus.NOT_DELEGATED;
        }
        if (row.arrangement() == Arrangement.JOINT) {
            return DelegationStatus.JOINT;
        }
        if (row.arrangement() == Arrangement.NONE) {
            return DelegationStatus.NOT_APPLICABLE;
        }
        DelegationScope.Kind k = row.scope().orElseThrow().kind();
        return k == DelegationScope.Kind.ALL ? DelegationStatus.DELEGATED
                : k == DelegationScope.Kind.SOME_UNKNOWN ? DelegationStatus.UNKNOWN : DelegationStatus.VARIES_BY_PLACE;
    }
}
