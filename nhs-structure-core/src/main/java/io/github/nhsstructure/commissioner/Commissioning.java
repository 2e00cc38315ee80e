package io.github.nhsstructure.commissioner;

import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.commissioning.CommissioningRules;
import io.github.nhsstructure.commissioning.DelegationScope;
import io.github.nhsstructure.commissioning.NoRuleException;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.lookup.StructureLookup;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.restructure.ResolvedSuccessor;
import io.github.nhsstructure.restructure.SuccessorResolution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Answers "who commissions service S on date D", and for a place (a GP practice, PCT, CCG, sub-ICB location, ICB
 * or region), which organisation.
 *
 * <p>The type comes from the {@link CommissioningRules} row in force. The organisation is found in the structure
 * data: a practice's {@code COMMISSIONED_BY} target on the date (PCT, CCG or sub-ICB location), a sub-ICB
 * location's {@code PART_OF} ICB, and an area's {@code IN_REGION} region. Where NHS England commissions
 * directly, the answer names its type and, as the organisation, its unit for the place on the date
 * ({@code docs/domain.md} section 3.2 rule 0c; see {@link #resolve(CommissionerType, OdsCode, LocalDate)}). A
 * place that had closed by the date is replaced by its successor (rule 0b) when there is exactly one.
 *
 * <p>A delegation whose per-body list is not in the sources (level 3 GP co-commissioning 2015-2021, early dental,
 * pharmacy and optometry delegation 2022/23) is answered with {@link DelegationStatus#UNKNOWN}: the candidate
 * delegate is named, its status is not guessed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Commissioning {

    /** From this day NHS England's direct-commissioning unit for a place is its region (rule 0c). */
    public static final LocalDate REGIONS_AS_UNITS = LocalDate.of(2019, 4, 1);

    /** From this day to 2019-03-31 NHS England's direct-commissioning unit for a place is its local office. */
    private static final LocalDate LOCAL_OFFICES_AS_UNITS = LocalDate.of(2015, 4, 1);

    /** NHS England's first day as a commissioner. */
    private static final LocalDate NHS_ENGLAND_COMMISSIONS = LocalDate.of(2013, 4, 1);

    private final StructureLookup structure;
    private final CommissioningRules rules;

    private Commissioning(StructureLookup structure) {
        this.structure = structure;
        this.rules = structure.commissioningRules();
    }

    /**
     * Obtains the query for a structure and its commissioning rules.
     *
     * @param structure  the structure, not null
     * @return the query, not null
     */
    public static Commissioning of(StructureLookup structure) {
        return new Commissioning(Objects.requireNonNull(structure, "structure"));
    }

    /**
     * Returns the structure queried.
     *
     * @return the structure, not null
     */
    public StructureLookup structure() {
        return structure;
    }

    /**
     * Answers who commissions a category on a date, at category level (no place).
     *
     * @param category  the service category, not null
     * @param date  the date, not null
     * @return the answer, not null
     * @throws NoRuleException if no rule row covers the date
     */
    public CommissioningAnswer whoCommissions(ServiceCategory category, LocalDate date) {
        CommissioningRule rule = rules.rule(category, date);
        List<String> why = new ArrayList<>();
        why.add(ruleLine(rule));
        DelegationStatus status = categoryStatus(rule);
        if (status == DelegationStatus.UNKNOWN) {
            why.add("Which " + rule.delegate().orElseThrow().label() + "s held the delegation is not in the"
                    + " sources.");
        }
        return new CommissioningAnswer(category, date, Optional.empty(), rule, Optional.empty(), Optional.empty(),
                status, why);
    }

    /**
     * Answers who commissions a category on a date for a place.
     *
     * @param category  the service category, not null
     * @param date  the date, not null
     * @param place  the code of a place: a GP practice (or a secure setting's healthcare cost centre, a Defence
     *         Medical Services centre, a practice in Wales), PCT, CCG, sub-ICB location, ICB, upper-tier local
     *         authority or NHS England region, not null
     * @return the answer, not null
     * @throws NoRuleException if no rule row covers the date
     * @throws UnknownOrganisationException if the place is unknown
     * @throws UnsuitableInputCodeException if the place has never been of a kind that stands for a place (a trust,
     *         a national body), with the input named {@code place}
     */
    public CommissioningAnswer whoCommissions(ServiceCategory category, LocalDate date, String place) {
        CommissioningRule rule = rules.rule(category, date);
        Organisation at = structure.require(place);
        if (!isPlace(at)) {
            throw UnsuitableInputCodeException.ofKind("place", at.code().toString(),
                    at.kindOn(date).orElseGet(at::kind), PLACE_KINDS);
        }
        List<String> why = new ArrayList<>();
        why.add(ruleLine(rule));
        Optional<Organisation> commissioner = Optional.empty();
        if (rule.type().isBody()) {
            PlaceResolution r = resolve(rule.type(), at.code(), date);
            why.addAll(r.steps());
            commissioner = r.organisation();
        }
        Optional<Organisation> delegate = Optional.empty();
        DelegationStatus status = categoryStatus(rule);
        if (rule.delegate().isPresent()) {
            CommissionerType dt = rule.delegate().get();
            PlaceResolution d = resolve(dt, at.code(), date);
            for (String step : d.steps()) {
                // The commissioner and the delegate resolve the same place: say each step once.
                if (!why.contains(step)) {
                    why.add(step);
                }
            }
            delegate = d.organisation();
            DelegationScope scope = rule.scope().orElseThrow();
            if (scope.kind() == DelegationScope.Kind.REGIONS) {
                Optional<Organisation> region = region(at.code(), date);
                if (region.isPresent()) {
                    boolean in = scope.regions().contains(region.get().code());
                    status = in ? DelegationStatus.DELEGATED : DelegationStatus.NOT_DELEGATED_HERE;
                    why.add("The place is in region " + region.get().code() + ", " + (in ? "one" : "not one")
                            + " of the delegated regions " + scope.regions() + ".");
                    if (!in) {
                        delegate = Optional.empty();
                    }
                } else {
                    why.add("The place's region on " + date + " is not in the data, so whether the delegation"
                            + " applies there cannot be said.");
                }
            } else if (scope.kind() == DelegationScope.Kind.SOME_UNKNOWN) {
                why.add("Whether " + delegate.map(o -> o.code().toString()).orElse("this " + dt.label())
                        + " held the delegation on " + date + " is not in the sources: status unknown.");
            }
        }
        return new CommissioningAnswer(category, date, Optional.of(at.code()), rule, commissioner, delegate, status,
                why);
    }

    /** The kinds that stand for a place: a practice-like place, a local commissioner's area, a region. */
    private static final Set<OrganisationKind> PLACE_KINDS = EnumSet.of(OrganisationKind.REGION, OrganisationKind.PCT,
            OrganisationKind.CCG, OrganisationKind.ICB, OrganisationKind.SUB_ICB_LOCATION,
            OrganisationKind.GP_PRACTICE, OrganisationKind.SECURE_SETTING, OrganisationKind.DEFENCE_MEDICAL_CENTRE,
            OrganisationKind.WELSH_GP_PRACTICE, OrganisationKind.LOCAL_AUTHORITY);

    /** Whether an organisation has ever been of a kind that stands for a place (kinds are dated). */
    private static boolean isPlace(Organisation o) {
        for (OrganisationKind k : PLACE_KINDS) {
            if (o.everOfKind(k)) {
                return true;
            }
        }
        return false;
    }

    private static String ruleLine(CommissioningRule rule) {
        return "Rule row " + rule.category() + " " + rule.period() + ": " + rule.describe() + " (sources "
                + String.join(", ", rule.references()) + "; " + rule.provenance().certainty() + ")"
                + (rule.note().isEmpty() ? "." : ": " + rule.note() + ".");
    }

    private static DelegationStatus categoryStatus(CommissioningRule rule) {
        if (rule.arrangement() == Arrangement.NONE) {
            return DelegationStatus.NOT_APPLICABLE;
        }
        if (rule.arrangement() == Arrangement.DIRECT) {
            return DelegationStatus.NOT_DELEGATED;
        }
        if (rule.arrangement() == Arrangement.JOINT) {
            return DelegationStatus.JOINT;
        }
        DelegationScope.Kind k = rule.scope().orElseThrow().kind();
        return k == DelegationScope.Kind.ALL ? DelegationStatus.DELEGATED
                : k == DelegationScope.Kind.SOME_UNKNOWN ? DelegationStatus.UNKNOWN : DelegationStatus.VARIES_BY_PLACE;
    }

    /**
     * Finds the organisation of a commissioner type for a place on a date.
     *
     * <p>A practice (or a secure setting's healthcare cost centre, a Defence Medical Services centre, a practice in
     * Wales) stands for its {@code COMMISSIONED_BY} target; a sub-ICB location for its ICB where the type is ICB.
     * For {@link CommissionerType#NHS_ENGLAND} the organisation is NHS England's unit ({@code docs/domain.md} 3.2
     * rule 0c): for a secure setting or a defence medical centre, its ODS parent on the date (a commissioning hub);
     * otherwise the area team (2013-04-01 to 2015-03-31) or local office (2015-04-01 to 2019-03-31) in whose area
     * the practice, or its commissioner, or the area lies ({@code IN_AREA_OF}), and the region from 2019-04-01. A
     * place closed on the date is replaced by its only successor (rule 0b); a split leaves the answer empty. Where
     * the data cannot name the body, the last step says why.
     *
     * @param type  the commissioner type, not null
     * @param place  the place's code, not null
     * @param date  the date, not null
     * @return the resolution, not null
     * @throws UnknownOrganisationException if the place is unknown
     */
    public PlaceResolution resolve(CommissionerType type, OdsCode place, LocalDate date) {
        List<String> steps = new ArrayList<>();
        if (type == CommissionerType.NHS_ENGLAND) {
            return new PlaceResolution(unit(place, date, steps), steps, false);
        }
        Optional<Organisation> local = local(place, date, steps);
        if (local.isEmpty()) {
            return new PlaceResolution(Optional.empty(), steps, false);
        }
        Organisation l = local.get();
        OrganisationKind kind = l.kindOn(date).orElseThrow();
        Optional<Organisation> found = Optional.empty();
        if (type == CommissionerType.ICB) {
            if (kind == OrganisationKind.ICB) {
                found = local;
            } else if (kind == OrganisationKind.SUB_ICB_LOCATION) {
                // No lambdas on this path: every Who Pays? determination of the ICB era comes through here.
                Optional<OdsCode> icb = l.target(RelationshipType.PART_OF, date);
                if (icb.isPresent()) {
                    found = Optional.of(structure.require(icb.get()));
                    steps.add("Sub-ICB location " + l.code() + " is part of ICB " + icb.get() + " on " + date + ".");
                }
            }
        } else if (type.organisationKind().isPresent() && type.organisationKind().get() == kind) {
            found = local;
        }
        if (found.isEmpty()) {
            steps.add(noBody(type, l, kind, date));
        }
        return new PlaceResolution(found, steps, false);
    }

    /** Why no body of a type can be named for a local organisation of another kind. */
    private static String noBody(CommissionerType type, Organisation l, OrganisationKind kind, LocalDate date) {
        if (kind == OrganisationKind.WELSH_HEALTH_BOARD) {
            return "The place is in Wales (local health board " + l.code() + "): no English " + type.label()
                    + " is responsible for it, type only.";
        }
        if (type == CommissionerType.LOCAL_AUTHORITY) {
            return "Local authorities are not linked to " + kind.label().toLowerCase(Locale.ROOT)
                    + "s in the data, so the upper-tier local authority for " + l.code() + " cannot be named: type"
                    + " only.";
        }
        if (kind == OrganisationKind.LOCAL_AUTHORITY) {
            return "Local authorities are not linked to NHS areas in the data, so no " + type.label() + " for "
                    + l.code() + " can be named: type only.";
        }
        if (kind == OrganisationKind.COMMISSIONING_HUB) {
            return l.code() + " is an NHS England commissioning hub, not a " + type.label() + " of an area: the "
                    + type.label() + " for the place is not in the data, type only.";
        }
        return "No " + type.label() + " for " + l.code() + " (a " + kind + " on " + date + ") is in the data: type"
                + " only.";
    }

    /** NHS England's unit for a place on a date (rule 0c), recording the steps; empty with the reason if none. */
    private Optional<Organisation> unit(OdsCode place, LocalDate date, List<String> steps) {
        Optional<Organisation> current = current(place, date, steps);
        if (current.isEmpty()) {
            return current;
        }
        Organisation o = current.get();
        OrganisationKind kind = o.kindOn(date).orElseThrow();
        if (date.isBefore(NHS_ENGLAND_COMMISSIONS)) {
            steps.add("NHS England did not commission before 2013-04-01: no unit.");
            return Optional.empty();
        }
        if (kind == OrganisationKind.SECURE_SETTING || kind == OrganisationKind.DEFENCE_MEDICAL_CENTRE) {
            Optional<Organisation> parent = o.target(RelationshipType.COMMISSIONED_BY, date).map(structure::require);
            if (parent.isEmpty()) {
                steps.add(label(kind) + " " + o.code() + " has no ODS parent in the data on " + date + ", so NHS"
                        + " England's unit for it cannot be named: type only (docs/domain.md 3.2 rule 0c).");
                return Optional.empty();
            }
            Organisation u = parent.get();
            OrganisationKind uk = u.kindOn(date).orElseThrow();
            if (!isUnit(uk)) {
                steps.add(label(kind) + " " + o.code() + " has the ODS parent " + u.code() + " (a " + uk + ") on "
                        + date + ", not an NHS England unit: type only (docs/domain.md 3.2 rule 0c).");
                return Optional.empty();
            }
            steps.add("NHS England's unit for " + label(kind).toLowerCase(Locale.ROOT) + " " + o.code()
                    + " is its ODS parent on " + date + ", " + describe(u, date) + " (docs/domain.md 3.2 rule 0c).");
            return parent;
        }
        if (!date.isBefore(REGIONS_AS_UNITS)) {
            Optional<Organisation> region = region(o.code(), date);
            if (region.isPresent()) {
                steps.add("NHS England's unit for the place is region " + region.get().code() + " ("
                        + name(region.get(), date) + ") from 2019-04-01 (docs/domain.md 3.2 rule 0c).");
            } else {
                steps.add("NHS England's region for " + o.code() + " on " + date + " is not in the data: type only"
                        + " (docs/domain.md 3.2 rule 0c).");
            }
            return region;
        }
        OrganisationKind wanted = date.isBefore(LOCAL_OFFICES_AS_UNITS) ? OrganisationKind.AREA_TEAM
                : OrganisationKind.LOCAL_OFFICE;
        String what = wanted == OrganisationKind.AREA_TEAM ? "area team" : "local office";
        if (kind == wanted) {
            steps.add("NHS England's unit is the " + what + " " + describe(o, date) + " itself.");
            return current;
        }
        Optional<Organisation> unit = o.target(RelationshipType.IN_AREA_OF, date).map(structure::require);
        String via = o.code().toString();
        Optional<Organisation> commissioner = Optional.empty();
        if (unit.isEmpty() && isPracticeLike(kind)) {
            commissioner = o.target(RelationshipType.COMMISSIONED_BY, date).map(structure::require);
            if (commissioner.isPresent()) {
                unit = commissioner.get().target(RelationshipType.IN_AREA_OF, date).map(structure::require);
                via = o.code() + " through its commissioner " + commissioner.get().code();
            }
        }
        if (unit.isEmpty() || unit.get().kindOn(date).orElse(null) != wanted) {
            steps.add("NHS England's " + what + " for " + o.code() + " on " + date + " is not in the data (no "
                    + "IN_AREA_OF link for " + (commissioner.isPresent() ? "it or its commissioner "
                    + commissioner.get().code() : "it") + "): type only (docs/domain.md 3.2 rule 0c).");
            return Optional.empty();
        }
        steps.add("NHS England's unit for " + via + " on " + date + " is the " + what + " in whose area it lies, "
                + describe(unit.get(), date) + " (docs/domain.md 3.2 rule 0c).");
        return unit;
    }

    private static boolean isUnit(OrganisationKind kind) {
        return kind == OrganisationKind.COMMISSIONING_HUB || kind == OrganisationKind.AREA_TEAM
                || kind == OrganisationKind.LOCAL_OFFICE || kind == OrganisationKind.REGION;
    }

    /** Kinds that stand for the body that commissions them (their {@code COMMISSIONED_BY} target). */
    private static boolean isPracticeLike(OrganisationKind kind) {
        return kind == OrganisationKind.GP_PRACTICE || kind == OrganisationKind.SECURE_SETTING
                || kind == OrganisationKind.DEFENCE_MEDICAL_CENTRE || kind == OrganisationKind.WELSH_GP_PRACTICE;
    }

    private static String label(OrganisationKind kind) {
        return kind == OrganisationKind.SECURE_SETTING ? "Secure setting" : kind.label();
    }

    private static String name(Organisation o, LocalDate date) {
        return o.nameOn(date).orElse(o.name());
    }

    private static String describe(Organisation o, LocalDate date) {
        return o.code() + " (" + name(o, date) + ")";
    }

    /** The place itself, or its only successor on the date (rule 0b). */
    private Optional<Organisation> current(OdsCode place, LocalDate date, List<String> steps) {
        Organisation o = structure.require(place);
        if (!o.isOpenOn(date)) {
            SuccessorResolution s = structure.successors(place, date);
            if (s.successors().size() == 1) {
                ResolvedSuccessor only = s.successors().get(0);
                steps.add(place + " was not open on " + date + "; its successor then was " + only.organisation()
                        .code() + " (docs/domain.md 3.2 rule 0b).");
                o = only.organisation();
            } else if (s.successors().isEmpty()) {
                steps.add(place + " was not open on " + date + " and has no successor then in the data.");
                return Optional.empty();
            } else {
                steps.add(place + " was not open on " + date + " and was split between " + s.codes()
                        + ": which one applies depends on the exact place (uncertain).");
                return Optional.empty();
            }
        }
        return Optional.of(o);
    }

    /** The place itself (or its only successor on the date), or a practice's commissioner. */
    private Optional<Organisation> local(OdsCode place, LocalDate date, List<String> steps) {
        Optional<Organisation> current = current(place, date, steps);
        if (current.isEmpty()) {
            return current;
        }
        Organisation o = current.get();
        OrganisationKind kind = o.kindOn(date).orElseThrow();
        if (isPracticeLike(kind)) {
            String what = kind == OrganisationKind.GP_PRACTICE ? "Practice" : label(kind);
            Optional<OdsCode> commissioner = o.target(RelationshipType.COMMISSIONED_BY, date);
            if (commissioner.isEmpty()) {
                steps.add(what + " " + o.code() + " has no commissioner in the data on " + date + ".");
                return Optional.empty();
            }
            Organisation c = structure.require(commissioner.get());
            steps.add(what + " " + o.code() + " is commissioned by " + c.code() + " (" + c.kindOn(date).orElseThrow()
                    + ") on " + date + ".");
            return Optional.of(c);
        }
        return current;
    }

    /**
     * Finds the NHS England region of a place on a date: the place itself if a region, else its
     * {@code IN_REGION} target, or that of its ICB (for a sub-ICB location) or of its commissioner (for a
     * practice).
     *
     * @param place  the place's code, not null
     * @param date  the date, not null
     * @return the region, or empty if the data has none, not null
     * @throws UnknownOrganisationException if the place is unknown
     */
    public Optional<Organisation> region(OdsCode place, LocalDate date) {
        Optional<Organisation> local = local(place, date, new ArrayList<>());
        for (int depth = 0; local.isPresent() && depth < 4; depth++) {
            Organisation o = local.get();
            if (o.kindOn(date).orElse(null) == OrganisationKind.REGION) {
                return local;
            }
            Optional<OdsCode> r = o.target(RelationshipType.IN_REGION, date);
            if (r.isPresent()) {
                return Optional.of(structure.require(r.get()));
            }
            local = o.target(RelationshipType.PART_OF, date).map(structure::require);
        }
        return Optional.empty();
    }
}
