package io.github.nhsstructure.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.Relationship;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.provenance.Source;
import io.github.nhsstructure.time.Dated;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Invariants checked exhaustively over every organisation, link and succession of the bundled data. Loading
 * already checks overlaps, dangling codes and cycles; these check what the loader cannot know.
 */
class BundledInvariantsTest {

    private static final NhsStructure NHS = NhsStructure.bundled();

    @Test
    void everyLinkTargetIsOpenThroughoutTheLink() {
        List<String> problems = new ArrayList<>();
        for (Organisation o : NHS.organisations()) {
            for (Relationship r : o.relationships()) {
                Organisation target = NHS.require(r.target());
                if (!target.operationalPeriod().encloses(r.period())) {
                    problems.add(r + ": target open only " + target.operationalPeriod());
                }
            }
        }
        assertThat(problems).as("links to organisations that were not open").isEmpty();
    }

    @Test
    void everyOrganisationHasANameAndAKindThroughoutItsOperationalPeriod() {
        List<String> problems = new ArrayList<>();
        for (Organisation o : NHS.organisations()) {
            if (!covers(o.names().entries(), o) || !covers(o.kinds().entries(), o)) {
                problems.add(o.code() + " names " + o.names() + " kinds " + o.kinds());
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean covers(List<? extends Dated<?>> entries, Organisation o) {
        // Entries are sorted and never overlap: they cover the period if they abut end to end.
        var at = o.operationalPeriod().start();
        for (Dated<?> e : entries) {
            if (!e.period().start().equals(at)) {
                return false;
            }
            at = e.period().end();
        }
        return at.equals(o.operationalPeriod().end());
    }

    @Test
    void successionsNeverPointBackwardsInTime() {
        List<String> problems = new ArrayList<>();
        for (Succession s : NHS.successions()) {
            Organisation before = NHS.require(s.predecessor());
            Organisation after = NHS.require(s.successor());
            if (!before.operationalPeriod().start().isBefore(s.effectiveDate())) {
                problems.add(s + ": predecessor opened " + before.operationalPeriod().start());
            }
            if (!after.isOpenOn(s.effectiveDate())) {
                problems.add(s + ": successor not open then, open " + after.operationalPeriod());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyClosedCcgHasASuccessor() {
        List<String> orphans = new ArrayList<>();
        for (Organisation o : NHS.organisationsEverOfKind(OrganisationKind.CCG)) {
            if (!o.operationalPeriod().isUnboundedEnd() && o.successors().isEmpty()) {
                orphans.add(o.toString());
            }
        }
        assertThat(orphans).isEmpty();
    }

    @Test
    void everyProvenanceNamesAKnownSource() {
        Set<String> ids = NHS.sources().stream().map(Source::id).collect(Collectors.toSet());
        for (Organisation o : NHS.organisations()) {
            assertThat(ids).as(o.code().value()).containsAll(o.provenance().sourceIds());
        }
    }
}
