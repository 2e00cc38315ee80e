package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.provenance.Certainty;
import java.util.Optional;

/**
 * Rule 1: a local-authority public health service, from 2013-04-01 (while the category's row names the local
 * authority), is the upper-tier local authority's: where the patient is present for open-access services (sexual
 * health), where the patient usually lives for residents' services (health visiting, school nursing). The authority
 * is named when the place is given as a local authority's code; NHS areas and practices are not linked to local
 * authorities in the data, so for them the type is given with the reason and the input that would name it.
 */
final class LocalAuthorityStep implements WhoPaysRuleStep {

    /** The advice on how to name the authority. */
    private static final String EXAMPLE = " as the upper-tier local authority's code (E06, E08, E09 or E10, such as"
            + " E08000035 for Leeds) to name it.";

    @Override
    public Optional<Determination> apply(Evaluation e) {
        ServiceCategory cat = e.p.service();
        if (cat.group() != ServiceCategory.Group.LOCAL_PUBLIC_HEALTH
                || e.row.type() != CommissionerType.LOCAL_AUTHORITY) {
            return Optional.empty();
        }
        boolean openAccess = cat == ServiceCategory.PUBLIC_HEALTH_LOCAL;
        Optional<OdsCode> present = e.p.residence().presentIn();
        boolean byPresence = openAccess && present.isPresent();
        Optional<OdsCode> area = byPresence ? present : e.p.residence().usual();
        e.why(byPresence
                ? "An open-access service (sexual health) is for everyone present: the upper-tier local authority where"
                        + " the patient is present (docs/domain.md 3.2 rule 1)."
                : openAccess
                        ? "The upper-tier local authority where the patient usually lives, for residents' services"
                                + " (school nursing, health improvement); open-access sexual health is for the"
                                + " authority where the patient is present (docs/domain.md 3.2 rule 1)."
                        : "Health visiting is for residents: the upper-tier local authority where the patient usually"
                                + " lives (docs/domain.md 3.2 rule 1).");
        e.weaken(Certainty.MEDIUM);
        Optional<Organisation> authority = Optional.empty();
        String place = byPresence ? "the place where the patient is" : "the usual residence";
        if (area.isPresent()) {
            e.use(byPresence ? "presentIn" : "usualResidence", area.get());
            authority = e.body(CommissionerType.LOCAL_AUTHORITY, area.get(), e.d);
            if (authority.isEmpty()) {
                e.typeOnlyAdvice("Give " + place + EXAMPLE);
            } else {
                Organisation a = authority.get();
                e.why("The local authority is " + a.code() + " (" + a.nameOn(e.d).orElse(a.name()) + ") on " + e.d
                        + ".");
            }
        } else if (e.p.registration().practice().isPresent()) {
            e.use("registeredPractice", e.p.registration().practice().get());
            e.typeOnly("Practices are not linked to local authorities in the data, so the authority of the"
                    + " practice's area cannot be named: type only. Give the usual residence" + EXAMPLE);
        } else {
            e.typeOnly("No " + (openAccess ? "place of presence or " : "") + "residence given, so the local"
                    + " authority cannot be named: type only. Give " + place + EXAMPLE);
        }
        return e.direct(WhoPaysRule.LOCAL_AUTHORITY_PUBLIC_HEALTH, CommissionerType.LOCAL_AUTHORITY, authority);
    }
}
