package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioner.DelegationStatus;
import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import java.util.Optional;

/**
 * Rule 2: an s.7A public health service (and health visiting while NHS England held it, 2013-04-01 to 2015-09-30)
 * is NHS England's, with its unit (rule 0c) for the patient's practice, else the establishment of a detained
 * patient, else the residence (an unregistered overseas visitor: where present). From 2026-04-01 the planned
 * delegation of vaccination and most screening names the ICB responsible for the patient as the delegate; an
 * unregistered overseas visitor stays NHS England's (rule 13).
 */
final class S7aPublicHealthStep implements WhoPaysRuleStep {

    @Override
    public Optional<Determination> apply(Evaluation e) {
        ServiceCategory cat = e.p.service();
        if ((cat.group() != ServiceCategory.Group.S7A_PUBLIC_HEALTH && cat != ServiceCategory.HEALTH_VISITING)
                || e.row.type() != CommissionerType.NHS_ENGLAND) {
            return Optional.empty();
        }
        boolean visitor = e.unregisteredOverseasVisitor();
        boolean delegated = e.row.arrangement() == Arrangement.DELEGATED;
        if (delegated && !visitor) {
            e.why("From 2026-04-01 vaccination and most screening were planned to be delegated to the ICB"
                    + " responsible for the patient; whether this took effect is uncertain.");
            Evaluation.General g = e.general(e.d);
            if (g.missing() != null) {
                return e.incomplete(WhoPaysRule.S7A_PUBLIC_HEALTH, CommissionerType.NHS_ENGLAND, g.missing(),
                        "the delegate ICB follows rules 16-17.");
            }
            return e.done(Determination.Status.RESOLVED, WhoPaysRule.S7A_PUBLIC_HEALTH, CommissionerType.NHS_ENGLAND,
                    Optional.empty(), Arrangement.DELEGATED, Optional.of(CommissionerType.ICB), g.body(),
                    DelegationStatus.DELEGATED);
        }
        WhoPaysRule rule = WhoPaysRule.S7A_PUBLIC_HEALTH;
        if (visitor && delegated) {
            e.use("overseasVisitor", true);
            e.why("Rule 13: an overseas visitor not registered with a practice; NHS England pays for the services it"
                    + " commissions, delegated ones included (WP2024 para 11.10), so no ICB and no residence are"
                    + " needed.");
            rule = WhoPaysRule.OVERSEAS_VISITOR;
        }
        Optional<OdsCode> practice = e.p.registration().practice();
        Optional<OdsCode> establishment = e.p.detention().flatMap(PatientContext.Detention::establishment);
        String input;
        Optional<OdsCode> place;
        if (practice.isPresent()) {
            input = "registeredPractice";
            place = practice;
        } else if (establishment.isPresent()) {
            input = "detentionEstablishment";
            place = establishment;
        } else if (e.p.residence().usual().isPresent()) {
            input = "usualResidence";
            place = e.p.residence().usual();
        } else {
            input = "presentIn";
            place = visitor ? e.p.residence().presentIn() : Optional.empty();
        }
        Optional<Organisation> unit = Optional.empty();
        if (place.isPresent()) {
            e.use(input, place.get());
            unit = e.body(CommissionerType.NHS_ENGLAND, place.get(), e.d);
        } else {
            e.typeOnly("No practice, establishment or residence given, so NHS England's unit cannot be named: type"
                    + " only (docs/domain.md 3.2 rule 0c).");
        }
        return e.direct(rule, CommissionerType.NHS_ENGLAND, unit);
    }
}
