package io.github.nhsstructure.whopays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.commissioner.UnsuitableInputCodeException;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.exception.OutsideCoverageException;
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

    private static Placement by(String placer, String start) {
        return new Placement(OdsCode.of(placer), LocalDate.parse(start), Placement.Setting.CARE_HOME);
    }

    @Test
    void aPlacingBodyMustHaveBeenOpenOnTheFirstDayOfThePlacement() {
        // 90D opened on 2020-04-01, so it cannot have placed anyone in 2015 (nor was it a PCT then).
        assertThatThrownBy(() -> determine("2023-01-01", ServiceCategory.CONTINUING_HEALTHCARE,
                b -> b.placement(by("90D", "2015-01-01"))))
                .isInstanceOf(UnsuitableInputCodeException.class)
                .hasMessage("placedBy 90D was not open on 2015-01-01 (the first day of the placement): open 2020-04-01"
                        + " to now")
                .satisfies(e -> assertThat(((UnsuitableInputCodeException) e).input()).isEqualTo("placedBy"));
        // A placing body that closed after the placement began still answers, through its successor (rule 0b).
        assertThat(determine("2021-01-01", ServiceCategory.CONTINUING_HEALTHCARE,
                b -> b.placement(by("90A", "2016-01-01"))).commissioner().map(o -> o.code().toString()))
                .contains("90D");
    }

    @Test
    void aDateOutsideTheDatasetsCoverageIsRefusedNamingItsInput() {
        assertThatThrownBy(() -> determine("2023-01-01", ServiceCategory.CONTINUING_HEALTHCARE,
                b -> b.placement(by("90D", "0001-01-01"))))
                .isInstanceOf(InputOutsideCoverageException.class).isInstanceOf(OutsideCoverageException.class)
                .hasMessage("placementStart: 0001-01-01 is outside the coverage of the dataset: covered from"
                        + " 2013-04-01")
                .satisfies(e -> assertThat(((InputOutsideCoverageException) e).input()).isEqualTo("placementStart"));
        assertThatThrownBy(() -> determine("2023-01-01", ServiceCategory.MENTAL_HEALTH,
                b -> b.mentalHealthAct(PatientContext.MentalHealthAct.Status.AFTERCARE)
                        .aftercareStart(LocalDate.of(1900, 1, 1)).residenceBeforeDetention("90A")))
                .isInstanceOf(InputOutsideCoverageException.class).hasMessageStartingWith("aftercareStart: 1900-01-01");
        assertThatThrownBy(() -> determine("2023-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001").admissionDate(LocalDate.of(1990, 1, 1))))
                .isInstanceOf(InputOutsideCoverageException.class).hasMessageStartingWith("admissionDate: 1990-01-01");
        assertThatThrownBy(() -> determine("2023-01-01", ServiceCategory.MENTAL_HEALTH,
                b -> b.mentalHealthAct(PatientContext.MentalHealthAct.Status.DETAINED)
                        .mhaApplicationDate(LocalDate.of(1990, 1, 1))))
                .isInstanceOf(InputOutsideCoverageException.class)
                .hasMessageStartingWith("mhaApplicationDate: 1990-01-01");
        // Before the practices' coverage, the data says the practice was not open.
        assertThatThrownBy(() -> determine("2012-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001")))
                .isInstanceOf(UnsuitableInputCodeException.class)
                .hasMessage("registeredPractice Z90001 was not open on 2012-06-01 (the service date): open 2013-04-01"
                        + " to now");
    }

    @Test
    void anEventAfterTheServiceDateIsRefused() {
        assertThatThrownBy(() -> PatientContext.builder(LocalDate.of(2021, 6, 1), ServiceCategory.MENTAL_HEALTH)
                .mentalHealthAct(PatientContext.MentalHealthAct.Status.DETAINED)
                .mhaApplicationDate(LocalDate.of(2022, 2, 1)).residenceBeforeDetention("90D").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mhaApplicationDate 2022-02-01 is after the service date 2021-06-01: ");
        assertThatThrownBy(() -> PatientContext.builder(LocalDate.of(2021, 6, 1), ServiceCategory.MENTAL_HEALTH)
                .mentalHealthAct(PatientContext.MentalHealthAct.Status.AFTERCARE)
                .aftercareStart(LocalDate.of(2021, 6, 2)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("aftercareStart 2021-06-02 is after");
        assertThatThrownBy(() -> PatientContext.builder(LocalDate.of(2017, 1, 1), ServiceCategory.CONTINUING_HEALTHCARE)
                .placement(by("90C", "2018-01-01")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("placementStart 2018-01-01 is after");
        assertThatThrownBy(() -> PatientContext.builder(LocalDate.of(2021, 1, 1), ServiceCategory.ACUTE_PLANNED)
                .registeredPractice("Z90001").admissionDate(LocalDate.of(2021, 6, 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("admissionDate 2021-06-01 is after");
        assertThatThrownBy(() -> PatientContext.builder(LocalDate.of(2021, 6, 1), ServiceCategory.MENTAL_HEALTH)
                .mentalHealthAct(PatientContext.MentalHealthAct.Status.AFTERCARE)
                .mhaApplicationDate(LocalDate.of(2021, 3, 1)).aftercareStart(LocalDate.of(2021, 2, 1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("aftercareStart 2021-02-01 is before the application for detention on 2021-03-01: s.117"
                        + " aftercare follows the detention");
        // On the service date itself, each is fine.
        assertThat(determine("2021-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001").admissionDate(LocalDate.of(2021, 6, 1))).status())
                .isEqualTo(Determination.Status.RESOLVED);
    }

    @Test
    void aPracticeNotOpenOnTheServiceDateIsRefusedNotAnsweredWithATypeAlone() {
        // Z90002 closed on 2021-09-30.
        assertThatThrownBy(() -> determine("2022-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90002")))
                .isInstanceOf(UnsuitableInputCodeException.class)
                .hasMessage("registeredPractice Z90002 was not open on 2022-01-01 (the service date): open 2013-04-01"
                        + " to 2021-09-30");
        // In a spell, the practice may be the one at admission, which rule 10 reads.
        Determination spell = determine("2022-01-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90002").admissionDate(LocalDate.of(2021, 6, 1)));
        assertThat(spell.status()).isEqualTo(Determination.Status.RESOLVED);
        assertThat(spell.commissioner().map(o -> o.code().toString())).contains("90D");
        assertThatThrownBy(() -> determine("2022-01-01", ServiceCategory.URGENT_AND_EMERGENCY,
                b -> b.presentIn("Z90002")))
                .isInstanceOf(UnsuitableInputCodeException.class).hasMessageStartingWith("presentIn Z90002 was not open");
        // The practice before detention must be open on the day of the application or the day before.
        assertThatThrownBy(() -> determine("2023-01-01", ServiceCategory.MENTAL_HEALTH,
                b -> b.mentalHealthAct(PatientContext.MentalHealthAct.Status.DETAINED)
                        .mhaApplicationDate(LocalDate.of(2022, 8, 1)).practiceBeforeDetention("Z90002")))
                .isInstanceOf(UnsuitableInputCodeException.class)
                .hasMessage("practiceBeforeDetention Z90002 was not open on 2022-07-31 or 2022-08-01 (the day before"
                        + " the application for detention or that day): open 2013-04-01 to 2021-09-30");
    }

    @Test
    void anAreaMustHaveOpenedByItsDate() {
        assertThatThrownBy(() -> determine("2016-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.unregistered(true).usualResidence("90D")))
                .isInstanceOf(UnsuitableInputCodeException.class)
                .hasMessage("usualResidence 90D was not open on 2016-06-01 (the service date): open 2020-04-01 to now");
        assertThatThrownBy(() -> determine("2019-06-01", ServiceCategory.MENTAL_HEALTH,
                b -> b.mentalHealthAct(PatientContext.MentalHealthAct.Status.AFTERCARE)
                        .aftercareStart(LocalDate.of(2019, 1, 1)).residenceBeforeDetention("90D")))
                .isInstanceOf(UnsuitableInputCodeException.class)
                .hasMessageStartingWith("residenceBeforeDetention 90D was not open on 2019-01-01 (the first day of"
                        + " aftercare)");
        assertThatThrownBy(() -> determine("2019-06-01", ServiceCategory.ACUTE_PLANNED,
                b -> b.registeredPractice("Z90001").dischargeToAssessPlacer("90D")))
                .isInstanceOf(UnsuitableInputCodeException.class)
                .hasMessageStartingWith("dischargeToAssessPlacer 90D was not open on 2019-06-01 (the service date)");
    }
}
