package io.github.nhsstructure.whopays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every code given is checked before any rule runs, whether or not the deciding rule reads it. */
class InputCheckTest {

    private static Determination determine(String date, ServiceCategory service,
            UnaryOperator<PatientContext.Builder> in) {
        return Steps.ENGINE.determine(in.apply(PatientContext.builder(LocalDate.parse(date), service)).build());
    }

    @Test
    void anUnknownPracticeIsRejectedEvenWhereTheDecidingRuleIgnoresIt() {
        // Rule 7 decides A&E by presence alone, but the practice is checked all the same.
        assertThatThrownBy(() -> determine("2016-06-01", ServiceCategory.URGENT_AND_EMERGENCY,
                b -> b.presentIn("90A").registeredPractice("ZZ9999")))
                .isInstanceOf(UnknownInputCodeException.class)
                .isInstanceOf(UnknownOrganisationException.class)
                .hasMessageStartingWith("registeredPractice: unknown organisation code 'ZZ9999'")
                .satisfies(e -> assertThat(((UnknownInputCodeException) e).input()).isEqualTo("registeredPractice"));
    }

    @Test
    void aCodeOfTheWrongKindNamesTheInputAndTheKindsExpected() {
        assertThatThrownBy(() -> determine("2016-06-01", ServiceCategory.URGENT_AND_EMERGENCY,
                b -> b.presentIn("90A").registeredPractice("90B")))
                .isInstanceOf(UnsuitableInputCodeException.class)
                .hasMessage("registeredPractice 90B is a clinical commissioning group, not a GP practice, secure"
                        + " setting (prison healthcare), defence medical centre or GP practice in Wales")
                .satisfies(e -> assertThat(((UnsuitableInputCodeException) e).expectedKinds())
                        .contains(OrganisationKind.SECURE_SETTING));
        assertThatThrownBy(() -> determine("2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001").detentionEstablishment("Z90001")))
                .isInstanceOf(UnsuitableInputCodeException.class)
                .hasMessageStartingWith("detentionEstablishment Z90001 is a GP practice, not a secure setting");
        assertThatThrownBy(() -> determine("2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.unregistered(true).usualResidence("Z90001")))
                .isInstanceOf(UnsuitableInputCodeException.class).hasMessageContaining("usualResidence Z90001");
        assertThatThrownBy(() -> determine("2016-06-01", ServiceCategory.CONTINUING_HEALTHCARE,
                b -> b.placement(new Placement(OdsCode.of("E08000901"), LocalDate.of(2015, 1, 1),
                        Placement.Setting.CARE_HOME))))
                .isInstanceOf(UnsuitableInputCodeException.class)
                .hasMessageStartingWith("placedBy E08000901 is a local authority, not a primary care trust");
    }

    @Test
    void aCodeOfAnotherEraIsAcceptedForItsInput() {
        // 90D is a CCG until 2022-06-30 and a sub-ICB location after; 90A had closed by 2023.
        assertThat(determine("2023-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.unregistered(true).usualResidence("90A")).status()).isEqualTo(Determination.Status.RESOLVED);
    }

    @Test
    void aStatusUnderTheGeneralRulesDoesNotFitADefenceMedicalCentre() {
        assertThatThrownBy(() -> determine("2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.armedForces(PatientContext.ArmedForcesStatus.VETERAN).registeredPractice("Z90301")))
                .isInstanceOf(UnsuitableInputCodeException.class)
                .hasMessageStartingWith("registeredPractice Z90301 is a defence medical centre, but armedForces"
                        + " VETERAN keeps the patient under the general rules");
    }

    @Test
    void everyInputIsChecked() {
        assertThatThrownBy(() -> determine("2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001").mentalHealthAct(PatientContext.MentalHealthAct.Status.DETAINED)
                        .residenceBeforeDetention("ZZ1")))
                .isInstanceOf(UnknownInputCodeException.class).hasMessageStartingWith("residenceBeforeDetention:");
        assertThatThrownBy(() -> determine("2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001").mentalHealthAct(PatientContext.MentalHealthAct.Status.DETAINED)
                        .practiceBeforeDetention("90A")))
                .isInstanceOf(UnsuitableInputCodeException.class).hasMessageStartingWith("practiceBeforeDetention");
        assertThatThrownBy(() -> determine("2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001").dischargeToAssessPlacer("9P1")))
                .isInstanceOf(UnsuitableInputCodeException.class).hasMessageStartingWith("dischargeToAssessPlacer");
        assertThatThrownBy(() -> determine("2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001").presentIn("Q9B")))
                .isInstanceOf(UnsuitableInputCodeException.class).hasMessageStartingWith("presentIn Q9B is an NHS"
                        + " England local office");
    }
}
