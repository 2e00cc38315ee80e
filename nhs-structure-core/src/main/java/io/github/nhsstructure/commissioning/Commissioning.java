package io.github.nhsstructure.commissioning;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.UnknownOrganisationException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.relationship.RelationshipType;
import io.github.nhsstructure.restructure.ResolvedSuccessor;
import io.github.nhsstructure.restructure.SuccessorResolution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers "who commissions service S on date D", and for a place (a GP practice, PCT, CCG, sub-ICB location, ICB
 * or region), which organisation.
 *
 * <p>The type comes from the {@link CommissioningRules} row in force. The organisation is found in the structure
 * data: a practice's {@code COMMISSIONED_BY} target on the date (PCT, CCG or sub-ICB location), a sub-ICB
 * location's {@code PART_OF} ICB, and an area's {@code IN_REGION} region. NHS England is not an organisation of
 * the dataset here: where it commissions directly, the answer names its type and, from 2019-04-01, the region as
 * its unit ({@code docs/domain.md} section 3.2 rule 0c). A place that had closed by the date is replaced by its
 * successor (rule 0b) when there is exactly one.
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

    private final NhsStructure structure;
    private final CommissioningRules rules;

    private Commissioning(NhsStructure structure) {
        this.structure = structure;
        this.rules = structure.commissioningRules();
    }

    /**
     * Obtains the query for a structure and its commissioning rules.
     *
     * @param structure  the structure, not null
     * @return the query, not null
     */
    public static Commissioning of(NhsStructure structure) {
        return new Commissioning(Objects.requireNonNull(structure, "structure"));
    }

    /**
     * Returns the structure queried.
     *
     * @return the structure, not null
     */
    public NhsStructure structure() {
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
     * @param place  the code of a GP practice, PCT, CCG, sub-ICB location, ICB or region, not null
     * @return the answer, not null
     * @throws NoRuleException if no rule row covers the date
     * @throws UnknownOrganisationException if the place is unknown
     */
    public CommissioningAnswer whoCommissions(ServiceCategory category, LocalDate date, String place) {
        CommissioningRule rule = rules.rule(category, date);
        Organisation at = structure.require(place);
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
     * <p>A practice stands for its {@code COMMISSIONED_BY} target; a sub-ICB location for its ICB where the type
     * is ICB; an area for its region where the type is NHS England (from 2019-04-01). A place closed on the date
     * is replaced by its only successor (rule 0b); a split leaves the answer empty.
     *
     * @param type  the commissioner type, not null
     * @param place  the place's code, not null
     * @param date  the date, not null
     * @return the resolution, not null
     * @throws UnknownOrganisationException if the place is unknown
     */
    public PlaceResolution resolve(CommissionerType type, OdsCode place, LocalDate date) {
        List<String> steps = new ArrayList<>();
        Optional<Organisation> local = local(place, date, steps);
        if (local.isEmpty()) {
            return new PlaceResolution(Optional.empty(), steps, false);
        }
        Organisation l = local.get();
        OrganisationKind kind = l.kindOn(date).orElseThrow();
        boolean uncertain = false;
        Optional<Organisation> found = Optional.empty();
        if (type == CommissionerType.ICB) {
            if (kind == OrganisationKind.ICB) {
                found = local;
            } else if (kind == OrganisationKind.SUB_ICB_LOCATION) {
                found = l.target(RelationshipType.PART_OF, date).map(structure::require);
                found.ifPresent(o -> steps.add("Sub-ICB location " + l.code() + " is part of ICB " + o.code()
                        + " on " + date + "."));
            }
        } else if (type == CommissionerType.NHS_ENGLAND) {
            if (!date.isBefore(REGIONS_AS_UNITS)) {
                found = region(l.code(), date);
                found.ifPresent(o -> steps.add("NHS England's unit for the place is region " + o.code() + " ("
                        + o.nameOn(date).orElse(o.name()) + ") from 2019-04-01 (docs/domain.md 3.2 rule 0c)."));
            } else {
                steps.add("NHS England's area team or local office for the place before 2019-04-01 is not in the"
                        + " data: type only (rule 0c).");
                return new PlaceResolution(Optional.empty(), steps, false);
            }
        } else if (type.organisationKind().isPresent() && type.organisationKind().get() == kind) {
            found = local;
        }
        if (found.isEmpty()) {
            steps.add("No " + type.label() + " for " + l.code() + " (a " + kind + " on " + date
                    + ") is in the data: type only.");
        }
        return new PlaceResolution(found, steps, uncertain);
    }

    /** The place itself (or its only successor on the date), or a practice's commissioner. */
    private Optional<Organisation> local(OdsCode place, LocalDate date, List<String> steps) {
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
        if (o.kindOn(date).orElseThrow() == OrganisationKind.GP_PRACTICE) {
            Organisation practice = o;
            Optional<Organisation> c = o.target(RelationshipType.COMMISSIONED_BY, date).map(structure::require);
            if (c.isEmpty()) {
                steps.add("Practice " + practice.code() + " has no commissioner in the data on " + date + ".");
                return Optional.empty();
            }
            steps.add("Practice " + practice.code() + " is commissioned by " + c.get().code() + " ("
                    + c.get().kindOn(date).orElseThrow() + ") on " + date + ".");
            return c;
        }
        return Optional.of(o);
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
