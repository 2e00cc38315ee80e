package io.github.nhsstructure.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OnsCodeTest {

    /** Real codes of each entity type the dataset holds: PCT, SHA, CCG, area team, region, ICB, local authorities. */
    @ParameterizedTest
    @ValueSource(strings = {"E16000001", "E18000012", "E38000123", "E39000041", "E40000012", "E54000066",
        "E06000001", "E08000003", "E09000033", "E10000034", "W11000028", "S08000015"})
    void acceptsCanonicalCodes(String text) {
        OnsCode code = new OnsCode(text);
        assertThat(code.value()).isEqualTo(text);
        assertThat(code).hasToString(text);
        assertThat(OnsCode.of(text)).isEqualTo(code);
        assertThat(OnsCode.isValid(text)).isTrue();
        assertThat(code.entity()).isEqualTo(text.substring(0, 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "e38000123|E38000123",
        "' E54000066 '|E54000066",
        "'\te40000012\n'|E40000012"
    })
    void ofTrimsAndUpperCases(String text, String canonical) {
        assertThat(OnsCode.of(text)).isEqualTo(new OnsCode(canonical));
        assertThat(OnsCode.isValid(text)).isTrue();
    }

    /** ODS codes are not ONS codes: wrong length, a second letter, a digit first. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "E3800012", "E380001234", "EE8000123", "338000123", "E38 00123", "E38-00012",
        "00C", "QHM", "A81001", "S1Y5D", "É38000123", "E3800012\u0663"})
    void rejectsInvalidCodesNamingThem(String text) {
        assertThat(OnsCode.isValid(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> OnsCode.of(text))
                .withMessageContaining("invalid ONS code '")
                .withMessageContaining("a letter and 8 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"e38000123", " E38000123", "E38000123 "})
    void theConstructorAcceptsOnlyTheCanonicalForm(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> new OnsCode(text))
                .withMessageContaining("'" + text + "'");
    }

    @Test
    void nullIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> new OnsCode(null));
        assertThatNullPointerException().isThrownBy(() -> OnsCode.of(null));
    }

    @Test
    void everyOnsCodeIsAlsoOfTheOdsCodeForm() {
        // Resolution relies on it: a text is looked up as an ODS code first (local authorities are keyed by their
        // GSS code), then as an ONS code.
        assertThat(OdsCode.isValid("E38000123")).isTrue();
    }

    @Test
    void ordersAsText() {
        List<OnsCode> codes = new ArrayList<>(List.of(OnsCode.of("E54000066"), OnsCode.of("E38000123"),
                OnsCode.of("E06000001"), OnsCode.of("E38000012")));
        codes.sort(null);
        assertThat(codes).extracting(OnsCode::value)
                .containsExactly("E06000001", "E38000012", "E38000123", "E54000066");
        assertThat(OnsCode.of("E38000123").compareTo(OnsCode.of("e38000123"))).isZero();
    }

    @Test
    void equality() {
        new EqualsTester()
                .addEqualityGroup(new OnsCode("E38000123"), OnsCode.of("e38000123"), OnsCode.of(" E38000123 "))
                .addEqualityGroup(OnsCode.of("E38000124"))
                .testEquals();
    }
}
