package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.provenance.Certainty;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 9: a placement out of area by a commissioner. For the accommodation and planned services (continuing
 * healthcare, community, learning disability and mental health services), the placing body, fixed at the start of
 * the placement (rule 0a) and carried to its successor (rule 0b), stays responsible. Supported living falls to the
 * general rules; a PCT placement running into the CCG era is unresolved.
 */
final class PlacementStep implements WhoPaysRuleStep {

    /** Categories a placement covers: the accommodation and planned services. */
    private static final Set<ServiceCategory> PLACEMENT_SERVICES = EnumSet.of(ServiceCategory.CONTINUING_HEALTHCARE,
            ServiceCategory.COMMUNITY_HEALTH, ServiceCategory.LEARNING_DISABILITY, ServiceCategory.MENTAL_HEALTH);

    @Override
    public Optional<Determination> apply(Evaluation e) {
        if (e.p.placement().isEmpty() || !PLACEMENT_SERVICES.contains(e.p.service())) {
            return Optional.empty();
        }
        Placement pl = e.p.placement().get();
        e.use("placement", pl.placedBy() + " from " + pl.start() + " (" + pl.setting() + ")");
        if (pl.setting() == Placement.Setting.SUPPORTED_LIVING) {
            e.why("Supported living is outside the placement regulation: general rules (payment rules for it"
                    + " not read, uncertain).");
            e.weaken(Certainty.UNCERTAIN);
            return Optional.empty();
        }
        e.why("Rule 9: the placing body stays responsible while the placement continues.");
        if (pl.start().isBefore(Evaluation.CCG_ERA) && !e.d.isBefore(Evaluation.CCG_ERA)) {
            return e.unresolved(WhoPaysRule.PLACEMENT, Evaluation.eraType(e.d), "The placement was made by a PCT,"
                    + " abolished on 2013-04-01; the body that inherited it is not in the sources (U).");
        }
        if (pl.start().isBefore(Evaluation.CCG_ERA)) {
            e.weaken(Certainty.MEDIUM);
        }
        return e.direct(WhoPaysRule.PLACEMENT, Evaluation.eraType(e.d),
                e.carry(e.fixed(Evaluation.eraType(pl.start()), pl.placedBy(), pl.start()), e.d));
    }
}
