package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioner.Commissioning;
import io.github.nhsstructure.commissioner.DelegationStatus;
import io.github.nhsstructure.commissioner.PlaceResolution;
import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.commissioning.DelegationScope;
import io.github.nhsstructure.lookup.StructureLookup;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.restructure.SuccessorResolution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One run of the decision list for one patient: what the rules have gathered so far (inputs used, missing inputs,
 * sources, explanation, certainty) and the helpers they share (rules 16-17 on a date, a place's body, rule 0a
 * fixing and rule 0b successors). Each {@link WhoPaysRuleStep} reads the patient through it and ends it with one
 * of {@link #done}, {@link #direct}, {@link #incomplete} or {@link #unresolved}.
 *
 * <p>This class is mutable and not thread-safe: it lives for one determination.
 */
final class Evaluation {

    static final LocalDate CCG_ERA = LocalDate.of(2013, 4, 1);
    static final LocalDate ICB_ERA = LocalDate.of(2022, 7, 1);
    static final LocalDate WP2020 = LocalDate.of(2020, 9, 1);

    final StructureLookup structure;
    final Commissioning commissioning;
    final PatientContext p;
    final LocalDate d;
    final WhoPaysVersion version;
    final CommissioningRule row;
    private final WhoPays.RowText rowText;
    final List<Determination.UsedInput> used = new ArrayList<>(4);
    final List<String> missing = new ArrayList<>(2);
    /** Sources a step adds besides those of its rule and the category row, which every determination cites. */
    final Set<String> sources = new LinkedHashSet<>();
    /** The explanation so far; the lines every determination has are written out only when read. */
    final Explanation.Lines why = new Explanation.Lines();
    private Certainty certainty;
    /** Why the responsible body is given as a type only, as a rule step said. */
    private @Nullable String typeOnly;
    /** The registered practice's kind, once looked up. */
    private @Nullable OrganisationKind practiceKind;
    /** The last reason a place resolution gave for naming no body. */
    private @Nullable String unnamed;

    /** A body found by the general rules (16/17), or the input that was missing. */
    record General(WhoPaysRule rule, Optional<Organisation> body, @Nullable String missing) {
    }

    Evaluation(StructureLookup structure, Commissioning commissioning, PatientContext p, CommissioningRule row,
            WhoPays.RowText rowText) {
        this.structure = structure;
        this.commissioning = commissioning;
        this.p = p;
        this.d = p.serviceDate();
        this.version = WhoPaysVersion.on(d);
        this.row = row;
        this.rowText = rowText;
        this.certainty = row.provenance().certainty();
        use("serviceDate", d.toString());
        use("service", p.service().name());
        why.add(new Explanation.Line(RULE_0[version.ordinal()], d, RULE_0_IN_FORCE[version.ordinal()]));
        why.add(rowText.line());
    }

    // The parts of explanation lines that depend on the rule, version or type only, made once.
    private static final String[] RULE_0 = new String[WhoPaysVersion.values().length];
    private static final String[] RULE_0_IN_FORCE = new String[RULE_0.length];
    private static final String[][] DECIDED = new String[WhoPaysRule.values().length][];
    private static final String[] RULE_16 = new String[CommissionerType.values().length];

    static {
        for (WhoPaysVersion v : WhoPaysVersion.values()) {
            RULE_0[v.ordinal()] = "Rule 0: " + v.id() + " is in force on ";
            RULE_0_IN_FORCE[v.ordinal()] = " (in force " + v.inForce() + ").";
        }
        Determination.Status[] statuses = Determination.Status.values();
        for (WhoPaysRule r : WhoPaysRule.values()) {
            DECIDED[r.ordinal()] = new String[statuses.length];
            for (Determination.Status status : statuses) {
                DECIDED[r.ordinal()][status.ordinal()] = "Decided by rule " + r.id() + " (" + r.title() + "): "
                        + status + ".";
            }
        }
        for (CommissionerType t : CommissionerType.values()) {
            RULE_16[t.ordinal()] = "Rule 16: the " + t.label() + " of the patient's practice ";
        }
    }

    /** The general-rule type for a date: PCT, CCG or ICB. */
    static CommissionerType eraType(LocalDate date) {
        return date.isBefore(CCG_ERA) ? CommissionerType.PCT
                : date.isBefore(ICB_ERA) ? CommissionerType.CCG : CommissionerType.ICB;
    }

    static boolean isGeneralType(CommissionerType type) {
        return type == CommissionerType.PCT || type == CommissionerType.CCG || type == CommissionerType.ICB;
    }

    /** The delegation status a category row gives every place. */
    static DelegationStatus categoryStatus(CommissioningRule row) {
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

    void use(String name, Object value) {
        Determination.UsedInput u = new Determination.UsedInput(name, String.valueOf(value));
        if (!used.contains(u)) {
            used.add(u);
        }
    }

    void why(String line) {
        why.add(line);
    }

    /** The certainty gathered so far (the weakest fact used). */
    Certainty certainty() {
        return certainty;
    }

    void weaken(Certainty c) {
        if (c.ordinal() > certainty.ordinal()) {
            certainty = c;
        }
    }

    /** Records, and explains, why the responsible body will be given as a type only. */
    void typeOnly(String reason) {
        why.add(reason);
        typeOnly = reason;
    }

    /** Records why the responsible body will be given as a type only, a reason the explanation already holds. */
    void typeOnlyExplained(String reason) {
        typeOnly = reason;
    }

    /**
     * Records why the responsible body will be given as a type only after a place resolution failed: the
     * resolution's reason (already explained), then advice on the input that would name it.
     */
    void typeOnlyAdvice(String advice) {
        why.add(advice);
        typeOnly = unnamed != null ? unnamed + " " + advice : advice;
    }

    /** Whether the patient is an overseas visitor not registered with a practice (rule 13), from 2013-04-01. */
    boolean unregisteredOverseasVisitor() {
        return p.residence().overseasVisitor() && p.registration().practice().isEmpty() && !d.isBefore(CCG_ERA);
    }

    /** Whether a code is of a kind on the service date, or, if closed then, was of that kind last. */
    boolean isOfKind(OdsCode code, OrganisationKind kind) {
        return kindOf(code) == kind;
    }

    /** The kind of a code on the service date (or its last kind); the registered practice's is looked up once. */
    private OrganisationKind kindOf(OdsCode code) {
        Optional<OdsCode> registered = p.registration().practice();
        boolean practice = registered.isPresent() && registered.get().equals(code);
        if (practice && practiceKind != null) {
            return practiceKind;
        }
        Organisation o = structure.require(code);
        Optional<OrganisationKind> on = o.kindOn(d);
        OrganisationKind kind = on.isPresent() ? on.get() : o.kind();
        if (practice) {
            practiceKind = kind;
        }
        return kind;
    }

    Optional<Determination> done(Determination.Status status, WhoPaysRule rule, CommissionerType type,
            Optional<Organisation> org, Arrangement arrangement, Optional<CommissionerType> delegateType,
            Optional<Organisation> delegate, DelegationStatus delegation) {
        weaken(rule.certainty());
        List<String> cited;
        if (sources.isEmpty()) {
            cited = rowText.sources(rule); // the rule's, then the row's, made once per rule and row
        } else {
            sources.addAll(rule.sources());
            sources.addAll(rowText.sourceKeys());
            cited = List.copyOf(sources);
        }
        Optional<String> reason = Optional.empty();
        if (status == Determination.Status.RESOLVED
                && (delegation == DelegationStatus.DELEGATED ? delegate : org).isEmpty()) {
            reason = Optional.of(typeOnly != null ? typeOnly : unnamed != null ? unnamed : fallbackReason(type));
            if (typeOnly == null && unnamed == null) {
                why.add(reason.get());
            }
        }
        why.add(DECIDED[rule.ordinal()][status.ordinal()]);
        return Optional.of(new Determination(status, d, p.service(), type, org, arrangement, delegateType, delegate,
                delegation, version, rule, used, status == Determination.Status.INCOMPLETE ? missing : List.of(),
                cited, certainty, why.explanation(), reason));
    }

    /** Why a type is given alone when no step said: a body that is not an organisation of the dataset. */
    private static String fallbackReason(CommissionerType type) {
        switch (type) {
            case NOT_COMMISSIONED:
                return "The service was not commissioned on the date: there is no body to name.";
            case MOD_DMS:
            case HM_PRISON_SERVICE:
            case DEPARTMENT_OF_HEALTH:
            case PHE:
            case UKHSA:
                return type.label() + " is a single national body outside the NHS commissioning structure: the type"
                        + " names it.";
            case NATIONAL_BODY:
                return "A single national NHS body provides the service: the type names it.";
            default:
                return UNNAMED + type.label() + " here: type only.";
        }
    }

    /** The start of the reason given when no rule said why a body is not named (a gap the tests look for). */
    static final String UNNAMED = "The data cannot name the ";

    Optional<Determination> direct(WhoPaysRule rule, CommissionerType type, Optional<Organisation> org) {
        return done(missing.isEmpty() ? Determination.Status.RESOLVED : Determination.Status.INCOMPLETE, rule,
                type, org, Arrangement.DIRECT, Optional.empty(), Optional.empty(), DelegationStatus.NOT_DELEGATED);
    }

    Optional<Determination> unresolved(WhoPaysRule rule, CommissionerType type, String reason) {
        why.add(reason);
        weaken(Certainty.UNCERTAIN);
        missing.clear();
        return done(Determination.Status.UNRESOLVED, rule, type, Optional.empty(), Arrangement.DIRECT,
                Optional.empty(), Optional.empty(), DelegationStatus.NOT_DELEGATED);
    }

    Optional<Determination> incomplete(WhoPaysRule rule, CommissionerType type, String input, String reason) {
        missing.add(input);
        why.add("Missing input " + input + ": " + reason);
        return done(Determination.Status.INCOMPLETE, rule, type, Optional.empty(), Arrangement.DIRECT,
                Optional.empty(), Optional.empty(), DelegationStatus.NOT_DELEGATED);
    }

    /** Rules 16-17 on a date from the patient's registration and residence. */
    General general(LocalDate at) {
        return general(at, p.registration().practice(), p.residence().usual(), p.registration().unregistered());
    }

    /** Rules 16-17 on a date: the practice's body, else (declared unregistered) the residence's. */
    General general(LocalDate at, Optional<OdsCode> practice, Optional<OdsCode> residence, boolean unregistered) {
        CommissionerType type = eraType(at);
        if (practice.isPresent() && !at.isBefore(CCG_ERA)
                && isOfKind(practice.get(), OrganisationKind.WELSH_GP_PRACTICE)) {
            use("registeredPractice", practice.get());
            why.add("Rule 14: the practice " + practice.get() + " is in Wales, so the patient is not registered with"
                    + " a member of any " + type.label() + ": the body for the usual residence in England (NHS Act"
                    + " 2006 s.3(1A)(b)).");
            if (residence.isEmpty()) {
                return new General(WhoPaysRule.CROSS_BORDER, Optional.empty(), "usualResidence");
            }
            use("usualResidence", residence.get());
            return new General(WhoPaysRule.CROSS_BORDER, body(type, residence.get(), at), null);
        }
        if (practice.isPresent()) {
            use("registeredPractice", practice.get());
            why.add(new Explanation.Line(RULE_16[type.ordinal()], practice.get(), " on ", at, "."));
            return new General(WhoPaysRule.REGISTERED, body(type, practice.get(), at), null);
        }
        if (unregistered) {
            use("unregistered", true);
            if (residence.isEmpty()) {
                return new General(WhoPaysRule.UNREGISTERED, Optional.empty(), "usualResidence");
            }
            use("usualResidence", residence.get());
            why.add("Rule 17: not registered, so the " + type.label() + " for the usual residence " + residence.get()
                    + " on " + at + ".");
            return new General(WhoPaysRule.UNREGISTERED, body(type, residence.get(), at), null);
        }
        return new General(WhoPaysRule.REGISTERED, Optional.empty(), "registeredPractice");
    }

    /** The body of a type for a place on a date, recording the steps. */
    Optional<Organisation> body(CommissionerType type, OdsCode place, LocalDate at) {
        PlaceResolution r = commissioning.resolve(type, place, at);
        why.addAll(r.steps());
        if (r.organisation().isEmpty() && !r.steps().isEmpty()) {
            unnamed = r.steps().get(r.steps().size() - 1);
        }
        return r.organisation();
    }

    /** The body of a type fixed at an earlier event (rule 0a). */
    Optional<Organisation> fixed(CommissionerType type, OdsCode place, LocalDate at) {
        why.add("Rule 0a: the body is fixed on " + at + ", with the organisation data of that date.");
        return body(type, place, at);
    }

    /** Rule 0b: carries a body fixed earlier to a later date. */
    Optional<Organisation> carry(Optional<Organisation> fixedBody, LocalDate at) {
        if (fixedBody.isEmpty()) {
            return fixedBody;
        }
        Organisation o = fixedBody.get();
        if (!o.isOpenOn(at)) {
            SuccessorResolution s = structure.successors(o.code(), at);
            if (s.successors().size() != 1) {
                why.add("Rule 0b: " + o.code() + " was not open on " + at + " and its successors then are "
                        + s.codes() + ": no single successor (uncertain).");
                weaken(Certainty.UNCERTAIN);
                return Optional.empty();
            }
            Organisation next = s.successors().get(0).organisation();
            why.add("Rule 0b: " + o.code() + " was dissolved by " + at + "; its successor " + next.code()
                    + " took over its responsibilities.");
            weaken(Certainty.MEDIUM);
            o = next;
        }
        CommissionerType type = eraType(at);
        OrganisationKind kind = o.kindOn(at).orElseThrow();
        if (type == CommissionerType.ICB && kind == OrganisationKind.SUB_ICB_LOCATION) {
            Optional<Organisation> icb = o.target(RelationshipType.PART_OF, at).map(structure::require);
            why.add("Rule 0b: CCG " + o.code() + " became a sub-ICB location on 2022-07-01 (not a succession);"
                    + " its ICB " + icb.map(i -> i.code().toString()).orElse("(none in the data)")
                    + " is assumed to have inherited the arrangement under the transfer schemes (uncertain).");
            weaken(Certainty.UNCERTAIN);
            return icb;
        }
        return Optional.of(o);
    }

    /** A secure setting's or practice's ODS parent on the service date (its commissioner, else its whole). */
    Optional<Organisation> parentOf(Organisation o) {
        return o.target(RelationshipType.COMMISSIONED_BY, d).or(() -> o.target(RelationshipType.PART_OF, d))
                .map(structure::require);
    }
}
