package io.github.nhsstructure.data;

import static io.github.nhsstructure.commissioning.CommissionerType.CCG;
import static io.github.nhsstructure.commissioning.CommissionerType.DEPARTMENT_OF_HEALTH;
import static io.github.nhsstructure.commissioning.CommissionerType.HM_PRISON_SERVICE;
import static io.github.nhsstructure.commissioning.CommissionerType.ICB;
import static io.github.nhsstructure.commissioning.CommissionerType.LOCAL_AUTHORITY;
import static io.github.nhsstructure.commissioning.CommissionerType.MOD_DMS;
import static io.github.nhsstructure.commissioning.CommissionerType.NATIONAL_BODY;
import static io.github.nhsstructure.commissioning.CommissionerType.NHS_ENGLAND;
import static io.github.nhsstructure.commissioning.CommissionerType.NOT_COMMISSIONED;
import static io.github.nhsstructure.commissioning.CommissionerType.PCT;
import static io.github.nhsstructure.commissioning.CommissionerType.PHE;
import static io.github.nhsstructure.commissioning.CommissionerType.UKHSA;
import static io.github.nhsstructure.commissioning.CommissionerType.UNKNOWN;
import static io.github.nhsstructure.commissioning.ServiceCategory.ACUTE_PLANNED;
import static io.github.nhsstructure.commissioning.ServiceCategory.AMBULANCE;
import static io.github.nhsstructure.commissioning.ServiceCategory.ARMED_FORCES_PRIMARY;
import static io.github.nhsstructure.commissioning.ServiceCategory.CONTINUING_HEALTHCARE;
import static io.github.nhsstructure.commissioning.ServiceCategory.DENTAL;
import static io.github.nhsstructure.commissioning.ServiceCategory.GP_PRIMARY_MEDICAL;
import static io.github.nhsstructure.commissioning.ServiceCategory.HEALTH_AND_JUSTICE;
import static io.github.nhsstructure.commissioning.ServiceCategory.HEALTH_PROTECTION;
import static io.github.nhsstructure.commissioning.ServiceCategory.HEALTH_VISITING;
import static io.github.nhsstructure.commissioning.ServiceCategory.HIV_TREATMENT;
import static io.github.nhsstructure.commissioning.ServiceCategory.MATERNITY;
import static io.github.nhsstructure.commissioning.ServiceCategory.MENTAL_HEALTH;
import static io.github.nhsstructure.commissioning.ServiceCategory.NHS_111;
import static io.github.nhsstructure.commissioning.ServiceCategory.NHS_DIRECT;
import static io.github.nhsstructure.commissioning.ServiceCategory.PUBLIC_HEALTH_LOCAL;
import static io.github.nhsstructure.commissioning.ServiceCategory.SCREENING_AND_IMMUNISATION;
import static io.github.nhsstructure.commissioning.ServiceCategory.SPECIALISED_DELEGABLE;
import static io.github.nhsstructure.commissioning.ServiceCategory.SPECIALISED_RETAINED;
import static io.github.nhsstructure.commissioning.ServiceCategory.URGENT_AND_EMERGENCY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.commissioner.DelegationStatus;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.whopays.Determination.Status;
import io.github.nhsstructure.whopays.Determination;
import io.github.nhsstructure.whopays.PatientContext.ArmedForcesStatus;
import io.github.nhsstructure.whopays.PatientContext.Detention;
import io.github.nhsstructure.whopays.PatientContext.MentalHealthAct;
import io.github.nhsstructure.whopays.PatientContext;
import io.github.nhsstructure.whopays.Placement;
import io.github.nhsstructure.whopays.WhoPays;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Who Pays? golden table on the bundled data: real practices, CCGs, sub-ICB locations, ICBs, local authorities,
 * prisons (HMP Leeds Y02289, HMP Bristol Y02307), a Defence Medical Services centre (Catterick A91024) and a practice
 * in Wales (W96004), across every rule version and the rules of docs/domain.md section 3.2, with NHS England's unit
 * in each era (area team, local office, region, commissioning hub). Each row: date, category, inputs, expected
 * status, commissioner type and code (empty if the rules or the data cannot name it), delegate code, and rule id.
 */
class WhoPaysScenariosTest {

    private static final WhoPays ENGINE = WhoPays.of(NhsStructure.bundled());

    /** One golden row. */
    record Scenario(String name, LocalDate date, ServiceCategory service, UnaryOperator<PatientContext.Builder> in,
            Status status, CommissionerType type, String code, String delegate, String ruleId) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Scenario s(String name, String date, ServiceCategory service,
            UnaryOperator<PatientContext.Builder> in, Status status, CommissionerType type, String code,
            String delegate, String ruleId) {
        return new Scenario(name, LocalDate.parse(date), service, in, status, type, code, delegate, ruleId);
    }

    private static final Status OK = Status.RESOLVED;
    private static final Status MISSING = Status.INCOMPLETE;
    private static final Status OPEN = Status.UNRESOLVED;

    static Stream<Scenario> scenarios() {
        return Stream.of(
                // PCT era (WP-PCT): without a practice or area, types only.
                s("PCT era elective, nothing known", "2010-06-01", ACUTE_PLANNED, b -> b, MISSING, PCT, "", "",
                        "WP-PCT-16"),
                s("PCT era elective, unregistered without residence", "2010-06-01", ACUTE_PLANNED,
                        b -> b.unregistered(true), MISSING, PCT, "", "", "WP-PCT-17"),
                s("PCT era GP contract without practice", "2010-06-01", GP_PRIMARY_MEDICAL, b -> b, MISSING, PCT, "",
                        "", "WP-PCT-5"),
                s("prisoner 2002: HM Prison Service", "2002-06-01", HEALTH_AND_JUSTICE,
                        b -> b.detention(Detention.Setting.PRISON), OK, HM_PRISON_SERVICE, "", "", "WP-PCT-3"),
                s("prisoner 2003: Department of Health", "2003-06-01", ACUTE_PLANNED,
                        b -> b.detention(Detention.Setting.PRISON), OK, DEPARTMENT_OF_HEALTH, "", "", "WP-PCT-3"),
                s("prisoner 2005: DH, PCT wave unknown", "2005-01-01", ACUTE_PLANNED,
                        b -> b.detention(Detention.Setting.PRISON), OK, DEPARTMENT_OF_HEALTH, "", "", "WP-PCT-3"),
                s("prisoner 2008 without establishment", "2008-01-01", ACUTE_PLANNED,
                        b -> b.detention(Detention.Setting.PRISON), MISSING, PCT, "", "", "WP-PCT-3"),
                s("serving personnel primary care 2010", "2010-01-01", ARMED_FORCES_PRIMARY,
                        b -> b.armedForces(ArmedForcesStatus.SERVING), OK, MOD_DMS, "", "", "WP-PCT-4"),
                s("serving personnel secondary care 2010 without DMS practice", "2010-01-01", ACUTE_PLANNED,
                        b -> b.armedForces(ArmedForcesStatus.SERVING), MISSING, PCT, "", "", "WP-PCT-4"),
                s("PCT era public health defers to the PCT", "2010-01-01", PUBLIC_HEALTH_LOCAL, b -> b, MISSING, PCT,
                        "", "", "WP-PCT-1"),
                s("PCT era health protection: no row", "2010-01-01", HEALTH_PROTECTION, b -> b, OPEN, UNKNOWN, "", "",
                        "WP-PCT-S2"),
                s("NHS Direct 2010", "2010-01-01", NHS_DIRECT, b -> b, OK, NATIONAL_BODY, "", "", "WP-PCT-S2"),
                s("NHS 111 before it existed", "2010-01-01", NHS_111, b -> b, OK, NOT_COMMISSIONED, "", "",
                        "WP-PCT-S2"),
                s("PCT era A&E defers to the home PCT", "2010-01-01", URGENT_AND_EMERGENCY, b -> b, MISSING, PCT, "",
                        "", "WP-PCT-7"),
                // A real practice through the eras (rule 16 on the bundled practice data): A81001 was commissioned
                // by PCT 5E1, then CCG 00K, then CCG 16C, which became a sub-ICB location of ICB QHM.
                s("PCT era elective, practice A81001", "2010-06-01", ACUTE_PLANNED, b -> b.registeredPractice("A81001"),
                        OK, PCT, "5E1", "", "WP-PCT-16"),
                s("CCG era elective, practice A81001", "2016-06-01", ACUTE_PLANNED,
                        b -> b.registeredPractice("A81001"), OK, CCG, "00K", "", "WP2013-16"),
                s("WP2020 elective, practice A81001 after the 2020 merger", "2021-01-01", ACUTE_PLANNED,
                        b -> b.registeredPractice("A81001"), OK, CCG, "16C", "", "WP2020-16"),
                s("ICB era elective, practice A81001", "2023-06-01", ACUTE_PLANNED,
                        b -> b.registeredPractice("A81001"), OK, ICB, "QHM", "", "WP2022-16"),
                // CCG era, WP2013.
                s("unregistered, Herts Valleys", "2016-06-01", ACUTE_PLANNED,
                        b -> b.unregistered(true).usualResidence("06N"), OK, CCG, "06N", "", "WP2013-17"),
                s("unregistered, Newcastle North and East 2014", "2014-01-01", ACUTE_PLANNED,
                        b -> b.unregistered(true).usualResidence("00F"), OK, CCG, "00F", "", "WP2013-17"),
                s("unregistered, merged CCG resolves to successor", "2016-06-01", ACUTE_PLANNED,
                        b -> b.unregistered(true).usualResidence("00F"), OK, CCG, "13T", "", "WP2013-17"),
                s("A&E where present, Richmond", "2016-06-01", URGENT_AND_EMERGENCY, b -> b.presentIn("08P"), OK, CCG,
                        "08P", "", "WP2013-7"),
                s("A&E without presence", "2016-06-01", URGENT_AND_EMERGENCY, b -> b.unregistered(true), MISSING, CCG,
                        "", "", "WP2013-7"),
                s("prisoner ambulance: host CCG (rule 3 exception)", "2016-06-01", AMBULANCE,
                        b -> b.detention(Detention.Setting.PRISON).presentIn("06N"), OK, CCG, "06N", "", "WP2013-7"),
                s("prisoner elective care: NHS England H&J", "2016-06-01", ACUTE_PLANNED,
                        b -> b.detention(Detention.Setting.PRISON), OK, NHS_ENGLAND, "", "", "WP2013-3"),
                s("STC before 2014-04-01: general rules", "2013-06-01", ACUTE_PLANNED,
                        b -> b.detention(Detention.Setting.SECURE_TRAINING_CENTRE).unregistered(true).usualResidence("06N"),
                        OK, CCG, "06N", "", "WP2013-17"),
                s("serving personnel secondary care", "2016-06-01", ACUTE_PLANNED,
                        b -> b.armedForces(ArmedForcesStatus.SERVING), OK, NHS_ENGLAND, "", "", "WP2013-4"),
                s("veteran: general rules", "2016-06-01", ACUTE_PLANNED,
                        b -> b.armedForces(ArmedForcesStatus.VETERAN).unregistered(true).usualResidence("06N"), OK, CCG,
                        "06N", "", "WP2013-17"),
                s("GP contract without practice", "2016-06-01", GP_PRIMARY_MEDICAL, b -> b, MISSING, NHS_ENGLAND, "",
                        "", "WP2013-5"),
                s("dental contract 2016: NHS England's local office for Herts Valleys", "2016-06-01", DENTAL,
                        b -> b.presentIn("06N"), OK, NHS_ENGLAND, "Q78", "", "WP2013-5"),
                s("dental contract 2019: NHS England East of England", "2019-06-01", DENTAL, b -> b.presentIn("06N"),
                        OK, NHS_ENGLAND, "Y61", "", "WP2013-5"),
                s("specialised retained 2016", "2016-06-01", SPECIALISED_RETAINED, b -> b, OK, NHS_ENGLAND, "", "",
                        "WP2013-6"),
                s("sexual health 2016: local authority", "2016-06-01", PUBLIC_HEALTH_LOCAL, b -> b.presentIn("06N"),
                        OK, LOCAL_AUTHORITY, "", "", "WP2013-1"),
                s("sexual health 2016 where present: Leeds", "2016-06-01", PUBLIC_HEALTH_LOCAL,
                        b -> b.presentIn("E08000035").usualResidence("E10000015"), OK, LOCAL_AUTHORITY, "E08000035",
                        "", "WP2013-1"),
                s("school nursing 2016 where the patient lives: Hertfordshire", "2016-06-01", PUBLIC_HEALTH_LOCAL,
                        b -> b.usualResidence("E10000015"), OK, LOCAL_AUTHORITY, "E10000015", "", "WP2013-1"),
                s("health visiting 2021: Buckinghamshire's unitary successor", "2021-06-01", HEALTH_VISITING,
                        b -> b.usualResidence("E10000002"), OK, LOCAL_AUTHORITY, "E06000060", "", "WP2020-1"),
                s("health visiting 2014: NHS England's area team for Herts Valleys", "2014-06-01", HEALTH_VISITING,
                        b -> b.usualResidence("06N"), OK, NHS_ENGLAND, "Q58", "", "WP2013-2"),
                s("screening 2019: NHS England region", "2019-06-01", SCREENING_AND_IMMUNISATION,
                        b -> b.usualResidence("06N"), OK, NHS_ENGLAND, "Y61", "", "WP2013-2"),
                s("health protection 2016: PHE", "2016-06-01", HEALTH_PROTECTION, b -> b, OK, PHE, "", "",
                        "WP2013-S2"),
                s("CHC placement by a CCG that later merged", "2017-06-01", CONTINUING_HEALTHCARE,
                        b -> b.placement(new Placement(OdsCode.of("00F"), LocalDate.of(2014, 6, 1),
                                Placement.Setting.CARE_HOME)), OK, CCG, "13T", "", "WP2013-9"),
                s("s.117 aftercare begun 2017: residence before detention", "2018-06-01", MENTAL_HEALTH,
                        b -> b.mentalHealthAct(MentalHealthAct.Status.AFTERCARE).aftercareStart(LocalDate.of(2017, 1, 1))
                                .mhaApplicationDate(LocalDate.of(2016, 12, 1)).residenceBeforeDetention("06N"),
                        OK, CCG, "06N", "", "WP2013-8"),
                s("s.117 aftercare without its start", "2018-06-01", MENTAL_HEALTH,
                        b -> b.mentalHealthAct(MentalHealthAct.Status.AFTERCARE), MISSING, CCG, "", "", "WP2013-8"),
                s("unregistered overseas visitor where present", "2016-06-01", ACUTE_PLANNED,
                        b -> b.overseasVisitor(true).presentIn("08P"), OK, CCG, "08P", "", "WP2013-13"),
                // CCG era, WP2020.
                s("in-patient spell fixed at admission", "2021-06-01", ACUTE_PLANNED,
                        b -> b.admissionDate(LocalDate.of(2020, 10, 1)).unregistered(true).usualResidence("36L"), OK,
                        CCG, "36L", "", "WP2020-10"),
                s("MHA detention 2021: originating CCG", "2021-06-01", MENTAL_HEALTH,
                        b -> b.mentalHealthAct(MentalHealthAct.Status.DETAINED).mhaApplicationDate(LocalDate.of(2021, 2,
                                1)).residenceBeforeDetention("06N"), OK, CCG, "06N", "", "WP2020-8"),
                s("MHA detention begun before WP2020: transitional (U)", "2021-06-01", MENTAL_HEALTH,
                        b -> b.mentalHealthAct(MentalHealthAct.Status.DETAINED).mhaApplicationDate(LocalDate.of(2020, 5,
                                1)), OPEN, CCG, "", "", "WP2020-8"),
                s("discharge to assess: placing CCG", "2021-06-01", CONTINUING_HEALTHCARE,
                        b -> b.dischargeToAssessPlacer("06N"), OK, CCG, "06N", "", "WP2020-11"),
                s("A&E 2021 where present, South West London", "2021-06-01", URGENT_AND_EMERGENCY,
                        b -> b.presentIn("36L"), OK, CCG, "36L", "", "WP2020-7"),
                s("health protection 2021-10: UKHSA", "2021-10-01", HEALTH_PROTECTION, b -> b, OK, UKHSA, "", "",
                        "WP2020-S2"),
                // ICB era, WP2022.
                s("unregistered, Herts Valleys SICBL -> ICB", "2023-01-01", ACUTE_PLANNED,
                        b -> b.unregistered(true).usualResidence("06N"), OK, ICB, "QM7", "", "WP2022-17"),
                s("unregistered, residence given as the ICB", "2023-01-01", ACUTE_PLANNED,
                        b -> b.unregistered(true).usualResidence("QWE"), OK, ICB, "QWE", "", "WP2022-17"),
                s("specialised 2023/24: joint committees", "2023-06-01", SPECIALISED_DELEGABLE,
                        b -> b.unregistered(true).usualResidence("00T"), OK, NHS_ENGLAND, "", "", "WP2022-6"),
                s("MHA detention 2022: ICB at application", "2023-01-01", MENTAL_HEALTH,
                        b -> b.mentalHealthAct(MentalHealthAct.Status.DETAINED).mhaApplicationDate(LocalDate.of(2022, 9,
                                1)).residenceBeforeDetention("15N"), OK, ICB, "QJK", "", "WP2022-8"),
                s("CCG placement running into the ICB era", "2023-01-01", CONTINUING_HEALTHCARE,
                        b -> b.placement(new Placement(OdsCode.of("06N"), LocalDate.of(2020, 6, 1),
                                Placement.Setting.CARE_HOME)), OK, ICB, "QM7", "", "WP2022-9"),
                s("dental 2022/23: early delegation unknown", "2023-01-01", DENTAL, b -> b.presentIn("00T"), OK,
                        NHS_ENGLAND, "Y62", "QOP", "WP2022-5"),
                s("GP contract ICB era without practice", "2023-01-01", GP_PRIMARY_MEDICAL, b -> b, MISSING,
                        NHS_ENGLAND, "", "", "WP2022-5"),
                // ICB era, WP2024.
                s("specialised 2024 North West: delegated", "2024-06-01", SPECIALISED_DELEGABLE,
                        b -> b.unregistered(true).usualResidence("00T"), OK, NHS_ENGLAND, "", "QOP", "WP2024-6"),
                s("specialised 2024 South West: not delegated", "2024-06-01", SPECIALISED_DELEGABLE,
                        b -> b.unregistered(true).usualResidence("15N"), OK, NHS_ENGLAND, "", "", "WP2024-6"),
                s("specialised 2025 South West: delegated", "2025-06-01", SPECIALISED_DELEGABLE,
                        b -> b.unregistered(true).usualResidence("15N"), OK, NHS_ENGLAND, "", "QJK", "WP2024-6"),
                s("specialised retained 2024", "2024-06-01", SPECIALISED_RETAINED, b -> b, OK, NHS_ENGLAND, "", "",
                        "WP2024-6"),
                s("CDC activity: rule not verified", "2024-06-01", ACUTE_PLANNED,
                        b -> b.communityDiagnosticCentre(true), OPEN, ICB, "", "", "WP2024-12"),
                s("overseas visitor present in an ICB", "2024-06-01", ACUTE_PLANNED,
                        b -> b.overseasVisitor(true).presentIn("QWE"), OK, ICB, "QWE", "", "WP2024-13"),
                s("HIV treatment: NHS England", "2024-06-01", HIV_TREATMENT, b -> b, OK, NHS_ENGLAND, "", "",
                        "WP2024-6"),
                s("A&E 2024 where present: SICBL's ICB", "2024-06-01", URGENT_AND_EMERGENCY, b -> b.presentIn("36L"),
                        OK, ICB, "QWE", "", "WP2024-7"),
                s("dental 2024: delegated to every ICB", "2024-06-01", DENTAL, b -> b.presentIn("36L"), OK,
                        NHS_ENGLAND, "Y56", "QWE", "WP2024-5"),
                s("IRC detainee 2025", "2025-01-01", ACUTE_PLANNED, b -> b.detention(Detention.Setting.IMMIGRATION_REMOVAL_CENTRE),
                        OK, NHS_ENGLAND, "", "", "WP2024-3"),
                s("DMS primary care row without status", "2024-06-01", ARMED_FORCES_PRIMARY, b -> b, OK, MOD_DMS, "",
                        "", "WP2024-S2"),
                // NHS England's unit for a practice (docs/domain.md 3.2 rule 0c): A81001's CCG 00K was in the area
                // of area team Q45 2013-2015; the practice itself in that of local office Q74 2015-2020; from
                // 2019-04-01 the region.
                s("GP contract 2014: area team of A81001's CCG", "2014-06-01", GP_PRIMARY_MEDICAL,
                        b -> b.registeredPractice("A81001"), OK, NHS_ENGLAND, "Q45", "", "WP2013-5"),
                s("screening 2014: area team", "2014-06-01", SCREENING_AND_IMMUNISATION,
                        b -> b.registeredPractice("A81001"), OK, NHS_ENGLAND, "Q45", "", "WP2013-2"),
                s("screening 2016: local office of A81001", "2016-06-01", SCREENING_AND_IMMUNISATION,
                        b -> b.registeredPractice("A81001"), OK, NHS_ENGLAND, "Q74", "", "WP2013-2"),
                s("screening 2023: region of A81001", "2023-06-01", SCREENING_AND_IMMUNISATION,
                        b -> b.registeredPractice("A81001"), OK, NHS_ENGLAND, "Y63", "", "WP2022-2"),
                // Health and justice: the ODS parent of the prison's healthcare cost centre on the date.
                s("HMP Leeds 2010: the host PCT", "2010-06-01", ACUTE_PLANNED,
                        b -> b.detention(Detention.Setting.PRISON).detentionEstablishment("Y02289"), OK, PCT, "5N1",
                        "", "WP-PCT-3"),
                s("HMP Leeds 2014: area-team direct commissioning code", "2014-06-01", ACUTE_PLANNED,
                        b -> b.detentionEstablishment("Y02289"), OK, NHS_ENGLAND, "12Q", "", "WP2013-3"),
                s("HMP Leeds 2016: Yorkshire and Humber commissioning hub", "2016-06-01", ACUTE_PLANNED,
                        b -> b.detention(Detention.Setting.PRISON).detentionEstablishment("Y02289"), OK, NHS_ENGLAND,
                        "13V", "", "WP2013-3"),
                s("HMP Leeds 2023: North East and Yorkshire H&J hub", "2023-06-01", ACUTE_PLANNED,
                        b -> b.detentionEstablishment("Y02289"), OK, NHS_ENGLAND, "76A", "", "WP2022-3"),
                s("registered with HMP Bristol 2016: South West commissioning hub", "2016-06-01", MENTAL_HEALTH,
                        b -> b.registeredPractice("Y02307"), OK, NHS_ENGLAND, "14F", "", "WP2013-3"),
                s("HMP Bristol 2024: South West H&J hub", "2024-06-01", ACUTE_PLANNED,
                        b -> b.detentionEstablishment("Y02307"), OK, NHS_ENGLAND, "14T", "", "WP2024-3"),
                s("HMP Leeds prisoner's screening 2023: the prison's hub", "2023-06-01", SCREENING_AND_IMMUNISATION,
                        b -> b.detentionEstablishment("Y02289"), OK, NHS_ENGLAND, "76A", "", "WP2022-2"),
                // Armed forces: the ODS parent of the DMS centre (Catterick: PCT 5NV, then national hub 13Q).
                s("Catterick 2011: the PCT of the medical centre", "2011-06-01", ACUTE_PLANNED,
                        b -> b.armedForces(ArmedForcesStatus.SERVING).registeredPractice("A91024"), OK, PCT, "5NV",
                        "", "WP-PCT-4"),
                s("Catterick 2016: national commissioning hub", "2016-06-01", ACUTE_PLANNED,
                        b -> b.registeredPractice("A91024"), OK, NHS_ENGLAND, "13Q", "", "WP2013-4"),
                s("Catterick 2024 family: national commissioning hub", "2024-06-01", MATERNITY,
                        b -> b.armedForces(ArmedForcesStatus.DMS_REGISTERED_FAMILY).registeredPractice("A91024"), OK,
                        NHS_ENGLAND, "13Q", "", "WP2024-4"),
                s("Catterick 2024 GP services: Defence Medical Services", "2024-06-01", GP_PRIMARY_MEDICAL,
                        b -> b.registeredPractice("A91024"), OK, MOD_DMS, "", "", "WP2024-4"),
                // A practice in Wales (rule 14): Wylcwm Street Surgery, Knighton (Powys), for a Shropshire resident.
                s("registered in Knighton, living in Shropshire 2016", "2016-06-01", ACUTE_PLANNED,
                        b -> b.registeredPractice("W96004").usualResidence("05N"), OK, CCG, "05N", "", "WP2013-14"),
                s("registered in Knighton, living in Shropshire 2023", "2023-06-01", ACUTE_PLANNED,
                        b -> b.registeredPractice("W96004").usualResidence("M2L0M"), OK, ICB, "QOC", "",
                        "WP2022-14"),
                s("registered in Knighton without a residence", "2023-06-01", ACUTE_PLANNED,
                        b -> b.registeredPractice("W96004"), MISSING, ICB, "", "", "WP2022-14"),
                s("overseas visitor at a delegated specialised service 2025", "2025-06-01", SPECIALISED_DELEGABLE,
                        b -> b.overseasVisitor(true), OK, NHS_ENGLAND, "", "", "WP2024-13"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void goldenScenario(Scenario s) {
        Determination d = ENGINE.determine(s.in().apply(PatientContext.builder(s.date(), s.service())).build());
        String context = s.name() + "\n" + String.join("\n", d.explanation());
        assertThat(d.ruleId()).as(context).isEqualTo(s.ruleId());
        assertThat(d.status()).as(context).isEqualTo(s.status());
        assertThat(d.commissionerType()).as(context).isEqualTo(s.type());
        assertThat(d.commissioner().map(Organisation::code).map(OdsCode::toString).orElse("")).as(context)
                .isEqualTo(s.code());
        assertThat(d.delegate().map(Organisation::code).map(OdsCode::toString).orElse("")).as(context)
                .isEqualTo(s.delegate());
        assertThat(d.missingInputs().isEmpty()).as(context).isEqualTo(s.status() != MISSING);
        // A resolved answer naming no body always says why, with a reason of its own rule.
        assertThat(d.typeOnlyReason().isPresent()).as(context)
                .isEqualTo(d.status() == OK && d.responsible().isEmpty());
        d.typeOnlyReason().ifPresent(r -> assertThat(r).as(context).doesNotStartWith("The data cannot name the "));
        assertThat(d.explanation()).as(context).isNotEmpty();
        if (d.status() == OK && !d.rule().sources().isEmpty()) {
            assertThat(d.sources()).as(context).containsAll(d.rule().sources());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyDeterminationNamesTheVersionInForce(Scenario s) {
        Determination d = ENGINE.determine(s.in().apply(PatientContext.builder(s.date(), s.service())).build());
        assertThat(d.version().inForce().contains(s.date())).isTrue();
    }

    @org.junit.jupiter.api.Test
    void theTableHasAtLeastFortyScenariosAcrossEveryVersion() {
        List<Scenario> all = scenarios().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().map(x -> x.ruleId().substring(0, x.ruleId().lastIndexOf('-'))).distinct())
                .contains("WP-PCT", "WP2013", "WP2020", "WP2022", "WP2024");
    }

    @org.junit.jupiter.api.Test
    void earlyDentalDelegationIsReportedAsUnknownNotGuessed() {
        Determination d = ENGINE.determine(PatientContext.builder(LocalDate.of(2023, 1, 1), DENTAL)
                .presentIn("00T").build());
        assertThat(d.delegationStatus()).isEqualTo(DelegationStatus.UNKNOWN);
        assertThat(d.certainty()).isEqualTo(io.github.nhsstructure.provenance.Certainty.UNCERTAIN);
    }
}
