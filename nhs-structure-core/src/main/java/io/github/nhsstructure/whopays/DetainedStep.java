package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioner.DelegationStatus;
import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rule 3: a patient detained in a prison or other secure setting: a detention given, or a registered practice that
 * is a secure setting's healthcare cost centre (a prisoner's "practice" is the establishment's code). From
 * 2013-04-01 NHS England Health and Justice, its unit being the ODS parent of the establishment's cost centre on
 * the date (rule 0c); before, HM Prison Service (to 2003-03-31), the Department of Health (with the host PCTs
 * taking over in waves, 2004-2006) and the host PCT (2006-04-01 to 2013-03-31). Emergency care for a detainee goes
 * on to rule 7 (uncertain), and secure training centres join only on 2014-04-01.
 */
final class DetainedStep implements WhoPaysRuleStep {

    static final LocalDate STC_FROM = LocalDate.of(2014, 4, 1);
    static final LocalDate PRISONS_TO_DH = LocalDate.of(2003, 4, 1);
    static final LocalDate PRISON_WAVES = LocalDate.of(2004, 4, 1);
    static final LocalDate PRISONS_TO_PCTS = LocalDate.of(2006, 4, 1);

    @Override
    public Optional<Determination> apply(Evaluation e) {
        Optional<OdsCode> practice = e.p.registration().practice();
        boolean registeredInside = practice.isPresent() && e.isOfKind(practice.get(), OrganisationKind.SECURE_SETTING);
        if (e.p.detention().isEmpty() && !registeredInside) {
            return Optional.empty();
        }
        Optional<PatientContext.Detention.Setting> setting = e.p.detention()
                .flatMap(PatientContext.Detention::setting);
        Optional<OdsCode> code = e.p.detention().flatMap(PatientContext.Detention::establishment);
        LocalDate d = e.d;
        setting.ifPresent(s -> e.use("detention", s));
        if (code.isEmpty() && registeredInside) {
            e.use("registeredPractice", practice.get());
            e.why("Rule 3: the registered practice " + practice.get() + " is a secure setting's healthcare cost"
                    + " centre, so the patient is detained there.");
            code = practice;
        }
        if (e.p.service().group() == ServiceCategory.Group.EMERGENCY && !d.isBefore(Evaluation.CCG_ERA)) {
            e.why("Rule 3 exception (uncertain): emergency ambulance and A&E care for a detainee follow rule"
                    + " 7 (the host area).");
            e.weaken(Certainty.UNCERTAIN);
            return Optional.empty();
        }
        if (setting.isPresent() && setting.get() == PatientContext.Detention.Setting.SECURE_TRAINING_CENTRE
                && !d.isBefore(Evaluation.CCG_ERA) && d.isBefore(STC_FROM)) {
            e.why("Secure training centres came to NHS England on 2014-04-01: rule 3 does not apply yet.");
            return Optional.empty();
        }
        Optional<Organisation> establishment = code.map(e.structure::require);
        code.ifPresent(x -> e.use("detentionEstablishment", x));
        if (!d.isBefore(Evaluation.CCG_ERA)) {
            e.why("NHS England Health and Justice commissions care for detainees; its unit is the ODS parent of the"
                    + " establishment's healthcare cost centre on the date (docs/domain.md 3.2 rule 0c).");
            Optional<Organisation> unit = Optional.empty();
            if (establishment.isPresent()) {
                unit = e.body(CommissionerType.NHS_ENGLAND, establishment.get().code(), d);
            } else {
                e.typeOnly("No establishment given, so NHS England's health and justice unit cannot be named: type"
                        + " only. Give the establishment's healthcare cost centre code to name it.");
            }
            return e.direct(WhoPaysRule.DETAINED, CommissionerType.NHS_ENGLAND, unit);
        }
        if (d.isBefore(PRISONS_TO_DH)) {
            return e.direct(WhoPaysRule.DETAINED, CommissionerType.HM_PRISON_SERVICE, Optional.empty());
        }
        if (d.isBefore(PRISON_WAVES)) {
            return e.direct(WhoPaysRule.DETAINED, CommissionerType.DEPARTMENT_OF_HEALTH, Optional.empty());
        }
        if (d.isBefore(PRISONS_TO_PCTS)) {
            e.why("Commissioning moved to the host PCT prison by prison in waves (2004-04-01, 2005-04-01);"
                    + " the wave of each prison is not in the sources.");
            e.weaken(Certainty.UNCERTAIN);
            return e.done(Determination.Status.RESOLVED, WhoPaysRule.DETAINED, CommissionerType.DEPARTMENT_OF_HEALTH,
                    Optional.empty(), Arrangement.DELEGATED, Optional.of(CommissionerType.PCT),
                    establishment.flatMap(e::parentOf), DelegationStatus.UNKNOWN);
        }
        if (establishment.isEmpty()) {
            return e.incomplete(WhoPaysRule.DETAINED, CommissionerType.PCT, "detentionEstablishment",
                    "the PCT hosting the prison is the ODS parent of its healthcare cost centre.");
        }
        return e.direct(WhoPaysRule.DETAINED, CommissionerType.PCT,
                e.body(CommissionerType.PCT, establishment.get().code(), d));
    }
}
