package io.github.nhsstructure.whopays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.Fixture;
import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.commissioner.Commissioning;
import io.github.nhsstructure.commissioner.CommissioningAnswer;
import io.github.nhsstructure.commissioner.DelegationStatus;
import io.github.nhsstructure.commissioner.UnsuitableInputCodeException;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.NoRuleException;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The commissioning query and the Who Pays? engine on the fictional fixture, which has practices. */
class WhoPaysFixtureTest {

    private static final NhsStructure FIXTURE = Fixture.structure();
    private static final WhoPays ENGINE = WhoPays.of(FIXTURE);
    private static final Commissioning QUERY = Commissioning.of(FIXTURE);

    private static String code(java.util.Optional<Organisation> o) {
        return o.map(x -> x.code().toString()).orElse("");
    }

    @Test
    void gpServices2016AreNhsEnglandWithDelegationToThePracticesCcgUnknown() {
        CommissioningAnswer a = QUERY.whoCommissions(ServiceCategory.GP_PRIMARY_MEDICAL, LocalDate.of(2016, 6, 1),
                "Z90001");
        assertThat(a.rule().type()).isEqualTo(CommissionerType.NHS_ENGLAND);
        assertThat(code(a.delegate())).isEqualTo("90A");
        assertThat(a.delegationStatus()).isEqualTo(DelegationStatus.UNKNOWN);
        assertThat(a.summary()).contains("status unknown");
        // The commissioner and the delegate both resolve the practice: each step is said once.
        assertThat(a.explanation()).doesNotHaveDuplicates()
                .filteredOn(line -> line.startsWith("Practice Z90001 is commissioned by")).hasSize(1);
    }

    @Test
    void gpServices2021AreDelegatedToThePracticesCcgAndIn2023ToItsIcb() {
        assertThat(code(QUERY.whoCommissions(ServiceCategory.GP_PRIMARY_MEDICAL, LocalDate.of(2021, 6, 1), "Z90001")
                .delegate())).isEqualTo("90D");
        CommissioningAnswer icb = QUERY.whoCommissions(ServiceCategory.GP_PRIMARY_MEDICAL, LocalDate.of(2023, 1, 1),
                "Z90001");
        assertThat(code(icb.delegate())).isEqualTo("Q90");
        assertThat(icb.delegationStatus()).isEqualTo(DelegationStatus.DELEGATED);
        assertThat(code(icb.commissioner())).isEqualTo("Y90");
    }

    @Test
    void whoCommissionsNamesNhsEnglandsUnitForThePlace() {
        assertThat(code(QUERY.whoCommissions(ServiceCategory.GP_PRIMARY_MEDICAL, LocalDate.of(2014, 6, 1), "Z90001")
                .commissioner())).isEqualTo("Q9A");
        assertThat(code(QUERY.whoCommissions(ServiceCategory.GP_PRIMARY_MEDICAL, LocalDate.of(2016, 6, 1), "Z90001")
                .commissioner())).isEqualTo("Q9C");
        assertThat(code(QUERY.whoCommissions(ServiceCategory.DENTAL, LocalDate.of(2016, 6, 1), "90B")
                .commissioner())).isEqualTo("Q9B");
        assertThat(code(QUERY.whoCommissions(ServiceCategory.HEALTH_AND_JUSTICE, LocalDate.of(2016, 6, 1), "Y90101")
                .commissioner())).isEqualTo("9H1");
        CommissioningAnswer gap = QUERY.whoCommissions(ServiceCategory.DENTAL, LocalDate.of(2016, 6, 1), "90C");
        assertThat(gap.commissioner()).isEmpty();
        assertThat(gap.explanation()).last().asString().contains("not in the data").contains("rule 0c");
    }

    @Test
    void aResolvedDeterminationNamingNoBodyMustSayWhy() {
        Determination d = ENGINE.determine(PatientContext.builder(LocalDate.of(2016, 6, 1),
                ServiceCategory.SPECIALISED_RETAINED).build());
        assertThat(d.typeOnlyReason()).isPresent();
        assertThatThrownBy(() -> new Determination(d.status(), d.date(), d.service(), d.commissionerType(),
                d.commissioner(), d.arrangement(), d.delegateType(), d.delegate(), d.delegationStatus(), d.version(),
                d.rule(), d.inputsUsed(), d.missingInputs(), d.sources(), d.certainty(), d.explanation(),
                java.util.Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a reason must be given");
        Determination named = ENGINE.determine(PatientContext.builder(LocalDate.of(2016, 6, 1),
                ServiceCategory.ACUTE_PLANNED).registeredPractice("Z90001").build());
        assertThatThrownBy(() -> new Determination(named.status(), named.date(), named.service(),
                named.commissionerType(), named.commissioner(), named.arrangement(), named.delegateType(),
                named.delegate(), named.delegationStatus(), named.version(), named.rule(), named.inputsUsed(),
                named.missingInputs(), named.sources(), named.certainty(), named.explanation(),
                java.util.Optional.of("no"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void registeredPatientFollowsThePracticeThroughTheMergerAndIntoTheIcbEra() {
        assertThat(code(ENGINE.determine(PatientContext.builder(LocalDate.of(2016, 6, 1),
                ServiceCategory.ACUTE_PLANNED).registeredPractice("Z90001").build()).commissioner())).isEqualTo("90A");
        Determination later = ENGINE.determine(PatientContext.builder(LocalDate.of(2023, 6, 1),
                ServiceCategory.ACUTE_PLANNED).registeredPractice("Z90001").build());
        assertThat(later.ruleId()).isEqualTo("WP2022-16");
        assertThat(code(later.commissioner())).isEqualTo("Q90");
        assertThat(later.inputsUsed()).contains(new Determination.UsedInput("registeredPractice", "Z90001"));
    }

    @Test
    void aPlacementByAMergedCcgPassesToItsSuccessor() {
        Determination d = ENGINE.determine(PatientContext.builder(LocalDate.of(2021, 1, 1),
                ServiceCategory.CONTINUING_HEALTHCARE).registeredPractice("Z90002")
                .placement(new Placement(io.github.nhsstructure.organisation.OdsCode.of("90C"),
                        LocalDate.of(2018, 1, 1), Placement.Setting.CARE_HOME)).build());
        assertThat(d.ruleId()).isEqualTo("WP2020-9");
        assertThat(code(d.commissioner())).isEqualTo("90D");
        assertThat(d.explanation()).anyMatch(l -> l.contains("Rule 0b"));
    }

    @Test
    void supportedLivingFallsToTheGeneralRules() {
        Determination d = ENGINE.determine(PatientContext.builder(LocalDate.of(2019, 1, 1),
                ServiceCategory.CONTINUING_HEALTHCARE).registeredPractice("Z90002")
                .placement(new Placement(io.github.nhsstructure.organisation.OdsCode.of("90C"),
                        LocalDate.of(2018, 1, 1), Placement.Setting.SUPPORTED_LIVING)).build());
        assertThat(d.ruleId()).isEqualTo("WP2013-16");
        assertThat(code(d.commissioner())).isEqualTo("90B");
        assertThat(d.certainty()).isEqualTo(Certainty.UNCERTAIN);
    }

    @Test
    void aWelshResidentRegisteredInEnglandFollowsThePractice() {
        Determination d = ENGINE.determine(PatientContext.builder(LocalDate.of(2016, 1, 1),
                ServiceCategory.ACUTE_PLANNED).registeredPractice("Z90001")
                .residenceCountry(PatientContext.Country.WALES).build());
        assertThat(d.ruleId()).isEqualTo("WP2013-14");
        assertThat(code(d.commissioner())).isEqualTo("90A");
    }

    @Test
    void datesBeforeThePctsHaveNoRules() {
        assertThatThrownBy(() -> ENGINE.determine(PatientContext.builder(LocalDate.of(1999, 1, 1),
                ServiceCategory.ACUTE_PLANNED).build())).isInstanceOf(NoRuleException.class)
                .hasMessageContaining("2002-04-01");
    }

    @Test
    void aPracticeAndUnregisteredTogetherAreRejected() {
        assertThatThrownBy(() -> PatientContext.builder(LocalDate.of(2016, 1, 1), ServiceCategory.ACUTE_PLANNED)
                .registeredPractice("Z90001").unregistered(true).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Seeded property: for random dates, categories and patients (practices, secure settings, defence medical centres,
     * practices in Wales, areas and local authorities), the engine always answers with the version in force; an
     * INCOMPLETE determination always names a missing input while a RESOLVED one names none; and a RESOLVED one that
     * names no responsible organisation always says why, with a reason of its own rule rather than the fallback.
     */
    private static boolean opened(String area, LocalDate date) {
        return !FIXTURE.require(area).operationalPeriod().start().isAfter(date);
    }

    @Test
    void everyDeterminationIsConsistent() {
        long seed = Long.getLong("whopays.seed", System.nanoTime());
        Random random = new Random(seed);
        ServiceCategory[] categories = ServiceCategory.values();
        String[] practices = {"Z90001", "Z90002", "Y90101", "Z90301", "W90001"};
        String[] areas = {"90A", "90B", "90C", "90D", "Q90", "E08000901", "E10000901"};
        PatientContext.ArmedForcesStatus[] statuses = PatientContext.ArmedForcesStatus.values();
        long from = LocalDate.of(2002, 4, 1).toEpochDay();
        long to = LocalDate.of(2027, 3, 31).toEpochDay();
        for (int i = 0; i < 4000; i++) {
            LocalDate date = LocalDate.ofEpochDay(from + (long) (random.nextDouble() * (to - from)));
            ServiceCategory c = categories[random.nextInt(categories.length)];
            PatientContext.Builder b = PatientContext.builder(date, c);
            String practice = null;
            // Only inputs that can be true on the date: a practice open then, an area opened by then.
            if (random.nextBoolean()) {
                practice = practices[random.nextInt(practices.length)];
                if (FIXTURE.require(practice).isOpenOn(date)) {
                    b.registeredPractice(practice);
                } else {
                    practice = null;
                }
            } else if (random.nextBoolean()) {
                b.unregistered(true);
            }
            String residence = areas[random.nextInt(areas.length)];
            if (random.nextBoolean() && opened(residence, date)) {
                b.usualResidence(residence);
            }
            String present = areas[random.nextInt(areas.length)];
            if (random.nextBoolean() && opened(present, date)) {
                b.presentIn(present);
            }
            if (random.nextInt(4) == 0) {
                b.detention(PatientContext.Detention.Setting.PRISON);
                if (random.nextBoolean() && FIXTURE.require("Y90101").isOpenOn(date)) {
                    b.detentionEstablishment("Y90101");
                }
            }
            if (random.nextInt(4) == 0) {
                PatientContext.ArmedForcesStatus status = statuses[random.nextInt(statuses.length)];
                if (status.isDms() || !"Z90301".equals(practice)) {
                    b.armedForces(status);
                }
            }
            b.overseasVisitor(random.nextInt(5) == 0);
            Determination d = ENGINE.determine(b.build());
            String why = "seed " + seed + ": " + date + " " + c + "\n" + String.join("\n", d.explanation());
            assertThat(d.version()).as(why).isEqualTo(WhoPaysVersion.on(date));
            assertThat(d.missingInputs().isEmpty()).as(why).isEqualTo(d.status() != Determination.Status.INCOMPLETE);
            assertThat(d.explanation()).as(why).isNotEmpty();
            assertThat(d.typeOnlyReason().isPresent()).as(why)
                    .isEqualTo(d.status() == Determination.Status.RESOLVED && d.responsible().isEmpty());
            d.typeOnlyReason().ifPresent(r -> assertThat(r).as(why).doesNotStartWith(Evaluation.UNNAMED));
        }
    }

    @Test
    void whoCommissionsRefusesAPlaceOfAKindThatStandsForNoPlace() {
        assertThatThrownBy(() -> QUERY.whoCommissions(ServiceCategory.ACUTE_PLANNED, LocalDate.of(2023, 1, 1), "R9A"))
                .isInstanceOf(UnsuitableInputCodeException.class)
                .hasMessageStartingWith("place R9A is an NHS foundation trust, not an NHS England region, primary"
                        + " care trust, clinical commissioning group")
                .satisfies(e -> assertThat(((UnsuitableInputCodeException) e).input()).isEqualTo("place"))
                .satisfies(e -> assertThat(((UnsuitableInputCodeException) e).expectedKinds())
                        .contains(OrganisationKind.REGION, OrganisationKind.GP_PRACTICE)
                        .doesNotContain(OrganisationKind.NHS_TRUST));
        // Every kind that stands for a place is still answered, a region and a local authority among them.
        assertThat(QUERY.whoCommissions(ServiceCategory.ACUTE_PLANNED, LocalDate.of(2023, 1, 1), "Y90").place())
                .isPresent();
        assertThat(QUERY.whoCommissions(ServiceCategory.PUBLIC_HEALTH_LOCAL, LocalDate.of(2016, 1, 1), "E08000901")
                .place()).isPresent();
    }
}
