package io.github.nhsstructure.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    @Test
    void copiesItsSourceIds() {
        List<String> ids = new ArrayList<>(List.of("ods-eccg", "legislation"));
        Provenance p = new Provenance(ids, Certainty.HIGH);
        ids.clear();
        assertThat(p.sourceIds()).containsExactly("ods-eccg", "legislation");
        assertThat(p).hasToString("ods-eccg;legislation (HIGH)");
        assertThat(p.isUncertain()).isFalse();
        assertThat(Provenance.of("guess", Certainty.UNCERTAIN).isUncertain()).isTrue();
    }

    @Test
    void needsAtLeastOneNonBlankSourceId() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Provenance(List.of(), Certainty.HIGH))
                .withMessageContaining("at least one source id");
        assertThatIllegalArgumentException().isThrownBy(() -> new Provenance(List.of("ods", " "), Certainty.HIGH))
                .withMessageContaining("blank source id");
    }

    @Test
    void sourceFieldsMustNotBeBlank() {
        LocalDate date = LocalDate.of(2025, 1, 31);
        assertThat(new Source("ods", "eccg.csv", "NHS England ODS", date, "OGL-3.0", "ods.nhs.uk").extractDate())
                .isEqualTo(date);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Source("ods", "eccg.csv", "NHS England ODS", date, " ", "ods.nhs.uk"))
                .withMessage("source licence must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Source("", "eccg.csv", "NHS England ODS", date, "OGL-3.0", "ods.nhs.uk"))
                .withMessage("source id must not be blank");
    }
}
