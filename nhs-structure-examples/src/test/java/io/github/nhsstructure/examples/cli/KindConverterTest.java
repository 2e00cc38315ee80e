package io.github.nhsstructure.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.organisation.OrganisationKind;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine.TypeConversionException;

class KindConverterTest {

    private final KindConverter converter = new KindConverter();

    @ParameterizedTest
    @EnumSource(OrganisationKind.class)
    void acceptsEveryConstantInAnyCaseAndWithHyphens(OrganisationKind kind) {
        assertThat(converter.convert(kind.name())).isEqualTo(kind);
        assertThat(converter.convert(kind.name().toLowerCase(Locale.ROOT))).isEqualTo(kind);
        assertThat(converter.convert(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))).isEqualTo(kind);
        assertThat(converter.convert(" " + kind.name() + " ")).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({
        "CCG, CCG", "ccg, CCG", "ICB, ICB", "Icb, ICB", "REGION, REGION", "region, REGION",
        "SUB_ICB_LOCATION, SUB_ICB_LOCATION", "sub-icb-location, SUB_ICB_LOCATION", "sicbl, SUB_ICB_LOCATION",
        "'sub icb location', SUB_ICB_LOCATION", "gp, GP_PRACTICE", "ft, NHS_FOUNDATION_TRUST"})
    void acceptsTheDocumentedSpellings(String text, OrganisationKind kind) {
        assertThat(converter.convert(text)).isEqualTo(kind);
    }

    @Test
    void aliasesAreNormalisedAndNeverShadowAConstant() {
        for (Map.Entry<String, OrganisationKind> alias : KindConverter.ALIASES.entrySet()) {
            assertThat(KindConverter.normalise(alias.getKey())).isEqualTo(alias.getKey());
            for (OrganisationKind kind : OrganisationKind.values()) {
                assertThat(alias.getKey()).as("alias of %s", alias.getValue()).isNotEqualTo(kind.name());
            }
        }
    }

    @Test
    void rejectsAnUnknownKindListingEveryKindAndAlias() {
        assertThatThrownBy(() -> converter.convert("hospital"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith("unknown organisation kind 'hospital': use one of GOVERNMENT_DEPARTMENT, ")
                .hasMessageContaining(", HEALTH_AND_WELLBEING_BOARD; or an alias: ")
                .hasMessageContaining("SICBL=SUB_ICB_LOCATION")
                .hasMessageEndingWith("; or a group: TRUST");
    }

    @Test
    void candidatesAreEveryConstantThenEveryAlias() {
        assertThat(new KindConverter.Candidates())
                .startsWith(OrganisationKind.GOVERNMENT_DEPARTMENT.name())
                .contains("SUB_ICB_LOCATION", "SICBL")
                .contains("TRUST")
                .hasSize(OrganisationKind.values().length + KindConverter.ALIASES.size()
                        + KindSelection.GROUPS.size());
    }
}
