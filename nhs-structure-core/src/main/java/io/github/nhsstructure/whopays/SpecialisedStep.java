package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioner.DelegationStatus;
import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.DelegationScope;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.Organisation;
import java.util.Optional;

/**
 * Rule 6: a prescribed specialised service, while NHS England holds it (from 2013-04-01). Direct: NHS England with
 * no unit, because the specialised commissioning hub follows the provider's contract, not the patient (rule 0c);
 * 2023/24: joint committees; delegated (from 2024-04-01 in some regions, 2025-04-01 in all): the ICB responsible
 * for the patient under the general rules, where that ICB's region has the delegation. An unregistered overseas
 * visitor stays NHS England's (rule 13).
 */
final class SpecialisedStep implements WhoPaysRuleStep {

    /** Why a specialised service names no NHS England unit. */
    static final String NO_UNIT = "NHS England's specialised commissioning hub follows the provider's contract, not"
            + " the patient, so no unit can be named from the patient's details: type only (docs/domain.md 3.2"
            + " rule 0c).";

    @Override
    public Optional<Determination> apply(Evaluation e) {
        if (e.p.service().group() != ServiceCategory.Group.SPECIALISED
                || e.row.type() != CommissionerType.NHS_ENGLAND) {
            return Optional.empty();
        }
        if (e.row.arrangement() == Arrangement.DIRECT) {
            e.typeOnly(NO_UNIT);
            return e.direct(WhoPaysRule.SPECIALISED, CommissionerType.NHS_ENGLAND, Optional.empty());
        }
        if (e.row.arrangement() == Arrangement.JOINT) {
            e.why("2023/24: NHS England with NHS England / multi-ICB joint committees; not delegation.");
            e.typeOnly(NO_UNIT);
            return e.done(Determination.Status.RESOLVED, WhoPaysRule.SPECIALISED, CommissionerType.NHS_ENGLAND,
                    Optional.empty(), Arrangement.JOINT, e.row.delegate(), Optional.empty(), DelegationStatus.JOINT);
        }
        if (e.unregisteredOverseasVisitor()) {
            e.use("overseasVisitor", true);
            e.why("Rule 13: an overseas visitor not registered with a practice; NHS England pays for the services it"
                    + " commissions, delegated ones included (WP2024 para 11.10), so no ICB and no residence are"
                    + " needed.");
            e.typeOnly(NO_UNIT);
            return e.direct(WhoPaysRule.OVERSEAS_VISITOR, CommissionerType.NHS_ENGLAND, Optional.empty());
        }
        Evaluation.General g = e.general(e.d);
        if (g.missing() != null) {
            return e.incomplete(WhoPaysRule.SPECIALISED, CommissionerType.NHS_ENGLAND, g.missing(),
                    "the delegate is the ICB responsible for the patient under rules 16-17.");
        }
        DelegationScope scope = e.row.scope().orElseThrow();
        if (scope.kind() == DelegationScope.Kind.REGIONS) {
            Optional<Organisation> region = g.body().flatMap(icb -> e.commissioning.region(icb.code(), e.d));
            if (region.isEmpty()) {
                return e.unresolved(WhoPaysRule.SPECIALISED, CommissionerType.NHS_ENGLAND, "The region of the"
                        + " patient's ICB is not in the data, so whether the service is delegated cannot be said.");
            }
            boolean in = scope.regions().contains(region.get().code());
            e.why("The ICB is in region " + region.get().code() + (in ? ", one of " : ", not one of ")
                    + "the regions with delegation " + scope.regions() + ".");
            if (!in) {
                e.typeOnly(NO_UNIT);
                return e.done(Determination.Status.RESOLVED, WhoPaysRule.SPECIALISED, CommissionerType.NHS_ENGLAND,
                        Optional.empty(), Arrangement.JOINT, Optional.of(CommissionerType.ICB), Optional.empty(),
                        DelegationStatus.NOT_DELEGATED_HERE);
            }
        }
        return e.done(Determination.Status.RESOLVED, WhoPaysRule.SPECIALISED, CommissionerType.NHS_ENGLAND,
                Optional.empty(), Arrangement.DELEGATED, Optional.of(CommissionerType.ICB), g.body(),
                DelegationStatus.DELEGATED);
    }
}
