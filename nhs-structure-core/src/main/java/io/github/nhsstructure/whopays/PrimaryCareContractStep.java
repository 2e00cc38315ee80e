package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioner.CommissioningAnswer;
import io.github.nhsstructure.commissioner.DelegationStatus;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import java.util.List;
import java.util.Optional;

/**
 * Rule 5: a primary-care contractor service (the contract itself). The body of the category's type for the
 * practice (GP contract) or for the area where the contractor is (dental, pharmacy, optometry), with its delegate
 * where the category is delegated; a delegation whose per-body list is not in the sources stays unknown.
 */
final class PrimaryCareContractStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        if (e.p.service().group() != ServiceCategory.Group.PRIMARY_CARE_CONTRACT) {
            return Optional.empty();
        }
        boolean gp = e.p.service() == ServiceCategory.GP_PRIMARY_MEDICAL;
        Optional<OdsCode> place = gp ? e.p.registration().practice() : e.p.residence().presentIn();
        String input = gp ? "registeredPractice" : "presentIn";
        if (place.isEmpty()) {
            e.missing.add(input);
            e.why("Missing input " + input + ": the body is the one for the "
                    + (gp ? "practice" : "area where the contractor is") + ".");
            return e.done(Determination.Status.INCOMPLETE, WhoPaysRule.PRIMARY_CARE_CONTRACT, e.row.type(),
                    Optional.empty(), e.row.arrangement(), e.row.delegate(), Optional.empty(),
                    Evaluation.categoryStatus(e.row));
        }
        e.use(input, place.get());
        if (e.isOfKind(place.get(), OrganisationKind.WELSH_GP_PRACTICE)) {
            return e.unresolved(WhoPaysRule.PRIMARY_CARE_CONTRACT, e.row.type(), "The practice " + place.get()
                    + " is in Wales: its contract is held by its Welsh local health board, outside the English rules.");
        }
        CommissioningAnswer a = e.commissioning.whoCommissions(e.p.service(), e.d, place.get().toString());
        e.why.addAll(a.explanation().subList(1, a.explanation().size()));
        if (a.delegationStatus() == DelegationStatus.UNKNOWN) {
            e.weaken(Certainty.UNCERTAIN);
        }
        boolean delegated = a.delegationStatus() == DelegationStatus.DELEGATED;
        if ((delegated ? a.delegate() : a.commissioner()).isEmpty()) {
            // The answer's explanation holds the reason among its steps; say it again as the reason.
            List<String> steps = e.commissioning.resolve(delegated ? e.row.delegate().orElseThrow() : e.row.type(),
                    place.get(), e.d).steps();
            e.typeOnlyExplained(steps.isEmpty() ? Evaluation.UNNAMED + "body for " + place.get() + ": type only."
                    : steps.get(steps.size() - 1));
        }
        return e.done(Determination.Status.RESOLVED, WhoPaysRule.PRIMARY_CARE_CONTRACT, e.row.type(),
                a.commissioner(), e.row.arrangement(), e.row.delegate(), a.delegate(), a.delegationStatus());
    }
}
