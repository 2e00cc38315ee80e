package io.github.nhsstructure.restructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.nhsstructure.Fixture;
import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Named events on the engine fixture (every code fictional). */
class RestructureEventTest {

    private static final NhsStructure NHS = Fixture.structure();

    @Test
    void eventsAreReadInDateOrderWithTheirKindsAndStatus() {
        assertThat(NHS.events()).extracting(RestructureEvent::id).containsExactly(
                "fictional-mergers-2020", "fictional-icbs-2022", "fictional-abolition-2030");
        RestructureEvent mergers = NHS.events().get(0);
        assertThat(mergers.kinds()).containsExactly(OrganisationKind.REGION, OrganisationKind.CCG);
        assertThat(mergers.isPlanned()).isFalse();
        assertThat(NHS.events().get(2).isPlanned()).isTrue();
        assertThat(NHS.events().get(2).provenance().isUncertain()).isTrue();
    }

    @Test
    void anEnactedEventGroupsTheChangesOfItsKindsOnItsDate() {
        Restructure mergers = NHS.restructure(NHS.events().get(0)).orElseThrow();
        assertThat(mergers.name()).isEqualTo("Fictional CCG mergers and the South region split");
        // The practices' moves of that day are not CCG or REGION changes.
        assertThat(mergers.changes()).extracting(Change::kind).containsOnly(OrganisationKind.CCG,
                OrganisationKind.REGION);
        assertThat(mergers.count(ChangeType.MERGED)).isEqualTo(1);
        assertThat(mergers.count(ChangeType.SPLIT)).isEqualTo(1);
        assertThat(mergers.count(ChangeType.MOVED)).isZero();
    }

    @Test
    void thePerDateRestructureCarriesTheEventsName() {
        assertThat(NHS.previousRestructure(LocalDate.of(2020, 4, 1)).orElseThrow().name())
                .isEqualTo("Fictional CCG mergers and the South region split");
        assertThat(NHS.previousRestructure(LocalDate.of(2021, 10, 1)).orElseThrow().name())
                .isEqualTo("Changes effective 2021-10-01");
    }

    @Test
    void aPlannedEventHasNoRestructure() {
        assertThat(NHS.restructure(NHS.events().get(2))).isEmpty();
    }

    @Test
    void anEventNeedsAKindAnIdAndAName() {
        Provenance p = Provenance.of("x", Certainty.HIGH);
        LocalDate d = LocalDate.of(2020, 1, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> new RestructureEvent("a", "b", d,
                RestructureStatus.ENACTED, Set.of(), "", p)).withMessageContaining("names no kind");
        assertThatIllegalArgumentException().isThrownBy(() -> new RestructureEvent(" ", "b", d,
                RestructureStatus.ENACTED, Set.of(OrganisationKind.CCG), "", p));
    }
}
