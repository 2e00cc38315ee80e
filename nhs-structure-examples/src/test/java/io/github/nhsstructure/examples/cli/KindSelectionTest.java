package io.github.nhsstructure.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.nhsstructure.organisation.OrganisationKind;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KindSelectionTest {

    private final KindSelection.Converter converter = new KindSelection.Converter();

    @ParameterizedTest
    @ValueSource(strings = {"TRUST", "trust", " Trust "})
    void trustSelectsTrustsAndFoundationTrusts(String text) {
        assertThat(converter.convert(text).kinds())
                .containsExactly(OrganisationKind.NHS_TRUST, OrganisationKind.NHS_FOUNDATION_TRUST);
    }

    @Test
    void anythingElseIsOneKindAsKindConverterReadsIt() {
        assertThat(converter.convert("sicbl").kinds()).containsExactly(OrganisationKind.SUB_ICB_LOCATION);
        assertThat(converter.convert("nhs-trust").kinds()).containsExactly(OrganisationKind.NHS_TRUST);
    }

    @Test
    void groupNamesNeverShadowAConstantOrAnAlias() {
        for (String group : KindSelection.GROUPS.keySet()) {
            assertThat(KindConverter.normalise(group)).isEqualTo(group);
            assertThat(KindConverter.ALIASES).doesNotContainKey(group);
            for (OrganisationKind kind : OrganisationKind.values()) {
                assertThat(group).isNotEqualTo(kind.name());
            }
        }
    }

    @Test
    void anEmptySelectionIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KindSelection(Set.of()));
    }
}
