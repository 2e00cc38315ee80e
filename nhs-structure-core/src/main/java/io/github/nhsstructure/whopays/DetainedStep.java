package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.DelegationStatus;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rule 3: a patient detained in a prison or other secure setting. From 2013-04-01 NHS England Health and Justice
 * (unit: the ODS parent of the establishment's healthcare cost centre); before, HM Prison Service (to 2003-03-31),
 * the Department of Health (with the host PCTs taking over in waves, 2004-2006) and the host PCT (2006-04-01 to
 * 2013-03-31). Emergency care for a detainee goes on to rule 7 (uncertain), and secure training centres join
 * only on 2014-04-01.
 */
final class DetainedStep implements WhoPaysRuleStep {

    static final LocalDate STC_FROM = LocalDate.of(2014, 4, 1);
    static final LocalDate PRISONS_TO_DH = LocalDate.of(2003, 4, 1);
    static final LocalDate PRISON_WAVES = LocalDate.of(2004, 4, 1);
    static final LocalDate PRISONS_TO_PCTS = LocalDate.of(2006, 4, 1);

    @Override
    public Optional<Determination> apply(Evaluation e) {
        Optional<PatientContext.Detention.Setting> setting = e.p.detention()
                .flatMap(PatientContext.Detention::setting);
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        PatientContext.Detention.Setting where = setting.get();
        LocalDate d = e.d;
        e.use("detention", where);
        if (e.p.service().group() == ServiceCategory.Group.EMERGENCY && !d.isBefore(Evaluation.CCG_ERA)) {
            e.why("Rule 3 exception (uncertain): emergency ambulance and A&E care for a detainee follow rule"
                    + " 7 (the host area).");
            e.weaken(Certainty.UNCERTAIN);
            return Optional.empty();
        }
        if (where == PatientContext.Detention.Setting.SECURE_TRAINING_CENTRE && !d.isBefore(Evaluation.CCG_ERA)
                && d.isBefore(STC_FROM)) {
            e.why("Secure training centres came to NHS England on 2014-04-01: rule 3 does not apply yet.");
            return Optional.empty();
        }
        Optional<Organisation> establishment = e.p.detention().flatMap(PatientContext.Detention::establishment)
                .map(e.structure::require);
        establishment.ifPresent(x -> e.use("detentionEstablishment", x.code()));
        if (!d.isBefore(Evaluation.CCG_ERA)) {
            Optional<Organisation> unit = establishment.flatMap(e::parentOf);
            e.why("NHS England Health and Justice commissions care for detainees; unit: "
                    + unit.map(u -> "the establishment's ODS parent " + u.code())
                            .orElse("not in the data (type only)") + ".");
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
        return e.direct(WhoPaysRule.DETAINED, CommissionerType.PCT, e.parentOf(establishment.get()));
    }
}
