package io.github.nhsstructure.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.commissioning.CommissioningRules;
import io.github.nhsstructure.commissioning.DelegationScope;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled commissioning rules: complete, non-overlapping, and true to docs/domain.md section 2. */
class CommissioningRulesDataTest {

    private static final LocalDate FIRST = LocalDate.of(1948, 7, 5);
    private static final LocalDate CHECK_UNTIL = LocalDate.of(2035, 12, 31);

    private final CommissioningRules rules = NhsStructure.bundled().commissioningRules();

    @Test
    void coverageStartsOnTheAppointedDayAndIsOpenEnded() {
        assertThat(rules.coverage()).contains(DateRange.from(FIRST));
    }

    /** Exhaustive: every category has exactly one row on every day of coverage (counted over all rows). */
    @Test
    void everyCategoryHasExactlyOneRowOnEveryDay() {
        List<String> problems = new ArrayList<>();
        for (ServiceCategory category : ServiceCategory.values()) {
            List<CommissioningRule> rows = rules.rules(category);
            assertThat(rows).as(category.name()).isNotEmpty();
            for (LocalDate d = FIRST; !d.isAfter(CHECK_UNTIL); d = d.plusDays(1)) {
                int n = 0;
                for (CommissioningRule r : rows) {
                    if (r.period().contains(d)) {
                        n++;
                    }
                }
                if (n != 1) {
                    problems.add(category + " " + d + ": " + n + " rows");
                }
            }
            assertThat(rules.find(category, FIRST.minusDays(1))).as(category + " before 1948").isEmpty();
        }
        assertThat(problems).isEmpty();
        assertThat(rules.all()).hasSize(rules.all().stream().map(r -> r.category() + " " + r.period()).distinct()
                .toList().size());
    }

    @Test
    void unknownRowsAreUncertainAndEveryRowCitesDomainKeys() {
        for (CommissioningRule r : rules.all()) {
            if (r.type() == CommissionerType.UNKNOWN) {
                assertThat(r.provenance().certainty()).as(r.toString()).isEqualTo(Certainty.UNCERTAIN);
            } else {
                assertThat(r.references()).as(r.toString()).allMatch(k -> k.matches("[SC]\\d{2,3}"));
            }
        }
    }

    @Test
    void gpServicesFollowDomainSection2() {
        assertThat(rules.rule(ServiceCategory.GP_PRIMARY_MEDICAL, LocalDate.of(1960, 1, 1)).type())
                .isEqualTo(CommissionerType.EXECUTIVE_COUNCIL);
        assertThat(rules.rule(ServiceCategory.GP_PRIMARY_MEDICAL, LocalDate.of(2010, 1, 1)).type())
                .isEqualTo(CommissionerType.PCT);
        CommissioningRule cocommissioning = rules.rule(ServiceCategory.GP_PRIMARY_MEDICAL, LocalDate.of(2016, 6, 1));
        assertThat(cocommissioning.type()).isEqualTo(CommissionerType.NHS_ENGLAND);
        assertThat(cocommissioning.arrangement()).isEqualTo(Arrangement.DELEGATED);
        assertThat(cocommissioning.scope()).contains(DelegationScope.someUnknown());
        assertThat(rules.rule(ServiceCategory.GP_PRIMARY_MEDICAL, LocalDate.of(2021, 3, 31)).scope())
                .contains(DelegationScope.someUnknown());
        assertThat(rules.rule(ServiceCategory.GP_PRIMARY_MEDICAL, LocalDate.of(2021, 4, 1)).scope())
                .contains(DelegationScope.all());
        assertThat(rules.rule(ServiceCategory.GP_PRIMARY_MEDICAL, LocalDate.of(2022, 7, 1)).delegate())
                .contains(CommissionerType.ICB);
    }

    @Test
    void specialisedDelegationByRegionIn2024AndEverywhereIn2025() {
        CommissioningRule y2024 = rules.rule(ServiceCategory.SPECIALISED_DELEGABLE, LocalDate.of(2024, 4, 1));
        assertThat(y2024.scope().orElseThrow().regions()).extracting(Object::toString)
                .containsExactly("Y60", "Y61", "Y62");
        assertThat(rules.rule(ServiceCategory.SPECIALISED_DELEGABLE, LocalDate.of(2024, 3, 31)).arrangement())
                .isEqualTo(Arrangement.JOINT);
        assertThat(rules.rule(ServiceCategory.SPECIALISED_DELEGABLE, LocalDate.of(2025, 4, 1)).scope())
                .contains(DelegationScope.all());
        assertThat(rules.rule(ServiceCategory.SPECIALISED_RETAINED, LocalDate.of(2025, 4, 1)).arrangement())
                .isEqualTo(Arrangement.DIRECT);
    }

    @Test
    void laterServicesAreNotCommissionedBeforeTheyExisted() {
        assertThat(rules.rule(ServiceCategory.NHS_111, LocalDate.of(2005, 1, 1)).type())
                .isEqualTo(CommissionerType.NOT_COMMISSIONED);
        assertThat(rules.rule(ServiceCategory.NHS_111, LocalDate.of(2013, 4, 1)).type())
                .isEqualTo(CommissionerType.CCG);
        assertThat(rules.rule(ServiceCategory.NHS_DIRECT, LocalDate.of(2015, 1, 1)).type())
                .isEqualTo(CommissionerType.NOT_COMMISSIONED);
        assertThat(rules.rule(ServiceCategory.HEALTH_PROTECTION, LocalDate.of(2021, 9, 30)).type())
                .isEqualTo(CommissionerType.PHE);
        assertThat(rules.rule(ServiceCategory.HEALTH_PROTECTION, LocalDate.of(2021, 10, 1)).type())
                .isEqualTo(CommissionerType.UKHSA);
        assertThat(rules.rule(ServiceCategory.HEALTH_VISITING, LocalDate.of(2015, 10, 1)).type())
                .isEqualTo(CommissionerType.LOCAL_AUTHORITY);
    }
}
