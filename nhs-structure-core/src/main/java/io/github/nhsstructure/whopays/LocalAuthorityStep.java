package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.provenance.Certainty;
import java.util.Optional;

/**
 * Rule 1: a local-authority public health service, from 2013-04-01 (while the category's row names the local
 * authority), is the upper-tier local authority's: where the patient is present for open-access services, where
 * the patient usually lives for residents' services.
 */
final class LocalAuthorityStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        ServiceCategory cat = e.p.service();
        if (cat.group() != ServiceCategory.Group.LOCAL_PUBLIC_HEALTH
                || e.row.type() != CommissionerType.LOCAL_AUTHORITY) {
            return Optional.empty();
        }
        boolean openAccess = cat == ServiceCategory.PUBLIC_HEALTH_LOCAL;
        Optional<OdsCode> present = e.p.residence().presentIn();
        Optional<OdsCode> area = openAccess && present.isPresent() ? present : e.p.residence().usual();
        area.ifPresent(a -> e.use(openAccess && present.isPresent() ? "presentIn" : "usualResidence", a));
        e.why("The upper-tier local authority " + (openAccess
                ? "where the patient is present (open-access sexual health) or, for residents' services,"
                        + " where the patient usually lives"
                : "where the patient usually lives")
                + "; local authorities are not organisations of the dataset, so the type only.");
        e.weaken(Certainty.MEDIUM);
        return e.direct(WhoPaysRule.LOCAL_AUTHORITY_PUBLIC_HEALTH, CommissionerType.LOCAL_AUTHORITY, Optional.empty());
    }
}
