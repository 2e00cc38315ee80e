package io.github.nhsstructure.whopays;

import static io.github.nhsstructure.commissioning.CommissionerType.CCG;
import static io.github.nhsstructure.commissioning.CommissionerType.ICB;
import static io.github.nhsstructure.commissioning.CommissionerType.LOCAL_AUTHORITY;
import static io.github.nhsstructure.commissioning.CommissionerType.NHS_ENGLAND;
import static io.github.nhsstructure.commissioning.CommissionerType.PCT;
import static io.github.nhsstructure.commissioning.ServiceCategory.ACUTE_PLANNED;
import static io.github.nhsstructure.commissioning.ServiceCategory.DENTAL;
import static io.github.nhsstructure.commissioning.ServiceCategory.GP_PRIMARY_MEDICAL;
import static io.github.nhsstructure.commissioning.ServiceCategory.HEALTH_VISITING;
import static io.github.nhsstructure.commissioning.ServiceCategory.PUBLIC_HEALTH_LOCAL;
import static io.github.nhsstructure.commissioning.ServiceCategory.SCREENING_AND_IMMUNISATION;
import static io.github.nhsstructure.commissioning.ServiceCategory.SPECIALISED_DELEGABLE;
import static io.github.nhsstructure.commissioning.ServiceCategory.SPECIALISED_RETAINED;
import static io.github.nhsstructure.commissioning.ServiceCategory.URGENT_AND_EMERGENCY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.whopays.Determination.Status;
import io.github.nhsstructure.whopays.PatientContext.ArmedForcesStatus;
import io.github.nhsstructure.whopays.PatientContext.Country;
import io.github.nhsstructure.whopays.PatientContext.Detention.Setting;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden scenarios on the fictional fixture for the bodies the rules name: NHS England's unit in each era and for
 * each kind (area team, local office, region, health and justice hub, armed forces hub, specialised type only), the
 * local authority (presence, residence, successor), and the places patients really are (a secure setting, a
 * defence medical centre, a practice in Wales). Each row: the expected status, type, responsible organisation's
 * code ("" for a type only) and rule id.
 */
class WhoPaysBodiesFixtureTest {

    /** One golden row. */
    record Scenario(String name, String date, ServiceCategory service, UnaryOperator<PatientContext.Builder> in,
            Status status, CommissionerType type, String responsible, String ruleId) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Scenario s(String name, String date, ServiceCategory service,
            UnaryOperator<PatientContext.Builder> in, Status status, CommissionerType type, String responsible,
            String ruleId) {
        return new Scenario(name, date, service, in, status, type, responsible, ruleId);
    }

    private static final Status OK = Status.RESOLVED;

    static Stream<Scenario> scenarios() {
        return Stream.of(
                // NHS England's unit for a practice or an area (rule 0c): area team, local office, region.
                s("area team 2014 through the practice's CCG", "2014-06-01", SCREENING_AND_IMMUNISATION,
                        b -> b.registeredPractice("Z90001"), OK, NHS_ENGLAND, "Q9A", "WP2013-2"),
                s("area team 2014: a CCG without one in the data", "2014-06-01", SCREENING_AND_IMMUNISATION,
                        b -> b.usualResidence("90C"), OK, NHS_ENGLAND, "", "WP2013-2"),
                s("GP contract 2014: the area team", "2014-06-01", GP_PRIMARY_MEDICAL,
                        b -> b.registeredPractice("Z90002"), OK, NHS_ENGLAND, "Q9A", "WP2013-5"),
                s("local office 2016: the practice's own link", "2016-06-01", SCREENING_AND_IMMUNISATION,
                        b -> b.registeredPractice("Z90001"), OK, NHS_ENGLAND, "Q9C", "WP2013-2"),
                s("local office 2016 through the practice's CCG", "2016-06-01", SCREENING_AND_IMMUNISATION,
                        b -> b.registeredPractice("Z90002"), OK, NHS_ENGLAND, "Q9B", "WP2013-2"),
                s("dental contract 2018: the local office of the contractor's area", "2018-06-01", DENTAL,
                        b -> b.presentIn("90B"), OK, NHS_ENGLAND, "Q9B", "WP2013-5"),
                s("region 2019", "2019-06-01", SCREENING_AND_IMMUNISATION, b -> b.registeredPractice("Z90001"), OK,
                        NHS_ENGLAND, "Y90", "WP2013-2"),
                s("region 2023 through the sub-ICB location and ICB", "2023-06-01", SCREENING_AND_IMMUNISATION,
                        b -> b.registeredPractice("Z90001"), OK, NHS_ENGLAND, "Y90", "WP2022-2"),
                // Health and justice: the ODS parent of the establishment's cost centre (rules 3 and 0c).
                s("prisoner 2008: the host PCT", "2008-06-01", ACUTE_PLANNED,
                        b -> b.detention(Setting.PRISON).detentionEstablishment("Y90101"), OK, PCT, "9P1",
                        "WP-PCT-3"),
                s("prisoner 2014: no parent in the data", "2014-06-01", ACUTE_PLANNED,
                        b -> b.detention(Setting.PRISON).detentionEstablishment("Y90101"), OK, NHS_ENGLAND, "",
                        "WP2013-3"),
                s("prisoner 2016: the regional commissioning hub", "2016-06-01", ACUTE_PLANNED,
                        b -> b.detention(Setting.PRISON).detentionEstablishment("Y90101"), OK, NHS_ENGLAND, "9H1",
                        "WP2013-3"),
                s("prisoner 2023: the health and justice hub", "2023-06-01", ACUTE_PLANNED,
                        b -> b.detentionEstablishment("Y90101"), OK, NHS_ENGLAND, "9H2", "WP2022-3"),
                s("registered with the prison: detained there", "2016-06-01", ACUTE_PLANNED,
                        b -> b.registeredPractice("Y90101"), OK, NHS_ENGLAND, "9H1", "WP2013-3"),
                s("prisoner's screening: the prison's hub", "2023-06-01", SCREENING_AND_IMMUNISATION,
                        b -> b.detentionEstablishment("Y90101"), OK, NHS_ENGLAND, "9H2", "WP2022-2"),
                s("prisoner at A&E: the host where present", "2016-06-01", URGENT_AND_EMERGENCY,
                        b -> b.detentionEstablishment("Y90101").presentIn("90A"), OK, CCG, "90A", "WP2013-7"),
                // Armed forces: the ODS parent of the DMS centre (rules 4 and 0c).
                s("registered with a DMS centre 2016: the national hub", "2016-06-01", ACUTE_PLANNED,
                        b -> b.registeredPractice("Z90301"), OK, NHS_ENGLAND, "9H0", "WP2013-4"),
                s("serving, DMS centre 2023: the national hub", "2023-06-01", ACUTE_PLANNED,
                        b -> b.armedForces(ArmedForcesStatus.SERVING).registeredPractice("Z90301"), OK, NHS_ENGLAND,
                        "9H0", "WP2022-4"),
                s("serving, DMS centre 2011: the PCT of the centre", "2011-06-01", ACUTE_PLANNED,
                        b -> b.armedForces(ArmedForcesStatus.SERVING).registeredPractice("Z90301"), OK, PCT, "9P1",
                        "WP-PCT-4"),
                s("serving without the DMS centre: type only", "2016-06-01", ACUTE_PLANNED,
                        b -> b.armedForces(ArmedForcesStatus.SERVING), OK, NHS_ENGLAND, "", "WP2013-4"),
                // Specialised: no unit unless delegated (then the ICB).
                s("specialised 2016: type only", "2016-06-01", SPECIALISED_RETAINED,
                        b -> b.registeredPractice("Z90001"), OK, NHS_ENGLAND, "", "WP2013-6"),
                s("specialised 2025: delegated to the ICB", "2025-06-01", SPECIALISED_DELEGABLE,
                        b -> b.registeredPractice("Z90001"), OK, NHS_ENGLAND, "Q90", "WP2024-6"),
                s("overseas visitor, specialised 2025: NHS England, no residence needed", "2025-06-01",
                        SPECIALISED_DELEGABLE, b -> b.overseasVisitor(true), OK, NHS_ENGLAND, "", "WP2024-13"),
                s("overseas visitor, vaccination 2026: NHS England's region where present", "2026-06-01",
                        SCREENING_AND_IMMUNISATION, b -> b.overseasVisitor(true).presentIn("90D"), OK, NHS_ENGLAND,
                        "Y90", "WP2024-13"),
                // Local authorities (rule 1): presence for open-access services, residence for residents' services.
                s("sexual health where present", "2016-06-01", PUBLIC_HEALTH_LOCAL,
                        b -> b.presentIn("E08000901").usualResidence("E10000901"), OK, LOCAL_AUTHORITY, "E08000901",
                        "WP2013-1"),
                s("health visiting where the patient lives", "2016-06-01", HEALTH_VISITING,
                        b -> b.presentIn("E08000901").usualResidence("E10000901"), OK, LOCAL_AUTHORITY, "E10000901",
                        "WP2013-1"),
                s("health visiting in an authority since reorganised", "2024-06-01", HEALTH_VISITING,
                        b -> b.usualResidence("E10000901"), OK, LOCAL_AUTHORITY, "E06000902", "WP2024-1"),
                s("school nursing, residence given as a CCG: type only", "2016-06-01", PUBLIC_HEALTH_LOCAL,
                        b -> b.usualResidence("90A"), OK, LOCAL_AUTHORITY, "", "WP2013-1"),
                // A practice in Wales (rule 14).
                s("registered in Wales, living in England 2016", "2016-06-01", ACUTE_PLANNED,
                        b -> b.registeredPractice("W90001").usualResidence("90B"), OK, CCG, "90B", "WP2013-14"),
                s("registered in Wales, living in England 2023", "2023-06-01", ACUTE_PLANNED,
                        b -> b.registeredPractice("W90001").usualResidence("90D"), OK, ICB, "Q90", "WP2022-14"),
                s("registered in Wales without a residence", "2016-06-01", ACUTE_PLANNED,
                        b -> b.registeredPractice("W90001"), Status.INCOMPLETE, CCG, "", "WP2013-14"),
                s("registered in Wales, living in Wales", "2016-06-01", ACUTE_PLANNED,
                        b -> b.registeredPractice("W90001").residenceCountry(Country.WALES), Status.UNRESOLVED, CCG,
                        "", "WP2013-14"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void goldenScenario(Scenario s) {
        Determination d = Steps.ENGINE.determine(s.in().apply(PatientContext.builder(LocalDate.parse(s.date()),
                s.service())).build());
        String context = s.name() + "\n" + String.join("\n", d.explanation());
        assertThat(d.ruleId()).as(context).isEqualTo(s.ruleId());
        assertThat(d.status()).as(context).isEqualTo(s.status());
        assertThat(d.commissionerType()).as(context).isEqualTo(s.type());
        assertThat(Steps.code(d.responsible())).as(context).isEqualTo(s.responsible());
        if (d.status() == OK) {
            assertThat(d.typeOnlyReason().isPresent()).as(context).isEqualTo(s.responsible().isEmpty());
            d.typeOnlyReason().ifPresent(r -> assertThat(r).as(context).doesNotStartWith(Evaluation.UNNAMED));
            d.typeOnlyReason().ifPresent(r -> assertThat(String.join("\n", d.explanation())).as(context)
                    .contains(r.substring(0, Math.min(40, r.length()))));
        }
    }
}
