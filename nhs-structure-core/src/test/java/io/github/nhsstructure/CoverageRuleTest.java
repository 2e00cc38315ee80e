package io.github.nhsstructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.exception.OrganisationNotOpenException;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.organisation.OrganisationKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One coverage rule for every question (issue 15): about the whole structure or one organisation, a date within the
 * span of the coverage; about one kind, within that kind's coverage; about an organisation on a date before it
 * opened, {@link OrganisationNotOpenException}. The fixture covers 2013-04-01 onwards; CCGs to 2022-06-30.
 */
class CoverageRuleTest {

    private static final NhsStructure NHS = Fixture.structure();
    private static final LocalDate DAWN = LocalDate.of(0, 1, 1);
    private static final LocalDate DOOM = LocalDate.of(9999, 12, 31);

    @Test
    void changesBetweenDatesTheDataDoesNotSpeakForAreRefusedAsCountRefusesThem() {
        assertThatThrownBy(() -> NHS.changes(DAWN, DOOM))
                .isInstanceOf(OutsideCoverageException.class)
                .hasMessageStartingWith("0000-01-02 is outside the coverage of the dataset");
        assertThatThrownBy(() -> NHS.asOf(DAWN))
                .isInstanceOf(OutsideCoverageException.class);
        assertThatThrownBy(() -> NHS.changes(LocalDate.of(2013, 3, 31), LocalDate.of(2023, 1, 1),
                OrganisationKind.CCG))
                .isInstanceOf(OutsideCoverageException.class)
                .hasMessageContaining("CCG");
        assertThatThrownBy(() -> NHS.asOf(LocalDate.of(2023, 1, 1)).count(OrganisationKind.CCG))
                .isInstanceOf(OutsideCoverageException.class);
    }

    @Test
    void changesWhoseEffectiveDatesAreCoveredAreAnswered() {
        // The changes effective from the first covered day: CCGs created on 2013-04-01 are in them.
        assertThat(NHS.changes(LocalDate.of(2013, 3, 31), LocalDate.of(2013, 4, 1), OrganisationKind.CCG))
                .isNotEmpty();
        assertThat(NHS.changes(LocalDate.of(2013, 3, 31), DOOM)).isNotEmpty();
        assertThatThrownBy(() -> NHS.changes(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void successorsFollowTheRuleOfOrg() {
        assertThatThrownBy(() -> NHS.successors("90D", LocalDate.of(2019, 1, 1)))
                .isInstanceOf(OrganisationNotOpenException.class);
        assertThatThrownBy(() -> NHS.asOf(LocalDate.of(2019, 1, 1)).require("90D"))
                .isInstanceOf(OrganisationNotOpenException.class);
        assertThatThrownBy(() -> NHS.successors("90A", DAWN))
                .isInstanceOf(OutsideCoverageException.class);
        assertThat(NHS.successors("90A", LocalDate.of(2021, 1, 1)).codes()).hasToString("[90D]");
    }
}
