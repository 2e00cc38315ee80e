package io.github.nhsstructure.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuccessionTest {

    private static final Provenance ODS = Provenance.of("ods", Certainty.HIGH);

    private static Succession succession(String predecessor, String successor, String date) {
        return new Succession(OdsCode.of(predecessor), OdsCode.of(successor), LocalDate.parse(date),
                SuccessionReason.RECONFIGURATION, ODS);
    }

    @Test
    void ordersByDateThenPredecessorThenSuccessor() {
        Succession a = succession("90B", "90D", "2020-04-01");
        Succession b = succession("90A", "90D", "2020-04-01");
        Succession c = succession("Y91", "Y93", "2020-04-01");
        Succession d = succession("Y91", "Y92", "2020-04-01");
        Succession e = succession("Z90002", "Z90001", "2019-10-01");
        List<Succession> list = new ArrayList<>(List.of(a, b, c, d, e));
        list.sort(null);
        assertThat(list).containsExactly(e, b, a, d, c);
        assertThat(e).hasToString("Z90002 -> Z90001 on 2019-10-01");
    }

    @Test
    void anOrganisationCannotSucceedItself() {
        assertThatIllegalArgumentException().isThrownBy(() -> succession("90A", "90a", "2020-04-01"))
                .withMessage("90A cannot succeed itself");
    }

    @Test
    void aRelationshipNeedsTwoOrganisationsAndAPeriod() {
        OdsCode d = OdsCode.of("90D");
        OdsCode q = OdsCode.of("Q90");
        LocalDate icbs = LocalDate.of(2022, 7, 1);
        Relationship r = new Relationship(d, RelationshipType.PART_OF, q, DateRange.from(icbs), ODS);
        assertThat(r.holdsOn(icbs)).isTrue();
        assertThat(r.holdsOn(icbs.minusDays(1))).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Relationship(d, RelationshipType.PART_OF, d, DateRange.from(icbs), ODS))
                .withMessage("90D cannot be PART_OF itself");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Relationship(d, RelationshipType.PART_OF, q, DateRange.of(icbs, icbs), ODS))
                .withMessageContaining("empty period");
    }
}
