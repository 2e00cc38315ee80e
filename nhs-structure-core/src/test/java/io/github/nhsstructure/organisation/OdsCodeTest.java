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

class OdsCodeTest {

    /** Real codes of each shape: region, CCG, ICB, trust, practice, PCN, 2026 ICB, and the 2 and 10 limits. */
    @ParameterizedTest
    @ValueSource(strings = {"Y56", "00C", "QHM", "RNK", "A81001", "U12345", "S1Y5D", "AB", "12", "ABCDE12345"})
    void acceptsCanonicalCodes(String text) {
        OdsCode code = new OdsCode(text);
        assertThat(code.value()).isEqualTo(text);
        assertThat(code).hasToString(text);
        assertThat(OdsCode.of(text)).isEqualTo(code);
        assertThat(OdsCode.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "qhm|QHM",
        "' 00C '|00C",
        "a81001|A81001",
        "'\t y56 '|Y56",
        "s1y5d|S1Y5D",
        "Qf7|QF7"
    })
    void ofTrimsAndUpperCases(String text, String canonical) {
        assertThat(OdsCode.of(text)).isEqualTo(new OdsCode(canonical));
        assertThat(OdsCode.isValid(text)).isTrue();
    }

    @Test
    void ofDoesNotTrimInnerWhiteSpace() {
        assertThatIllegalArgumentException().isThrownBy(() -> OdsCode.of("Q H"))
                .withMessageContaining("'Q H'");
        assertThat(OdsCode.isValid("Q H")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "A", "ABCDE123456", "00-C", "Q.HM", "QH M", "ÄB1", "Y56_", "1/2", "ßa1", "\uFB011", "y5\u0131"})
    void rejectsInvalidCodesNamingThem(String text) {
        assertThat(OdsCode.isValid(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> OdsCode.of(text))
                .withMessageContaining("invalid ODS code '" + (text.chars().allMatch(c -> c < 128)
                        ? text.strip().toUpperCase(java.util.Locale.ROOT) : text.strip()) + "'")
                .withMessageContaining("2 to 10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qhm", " 00C", "00C ", "a81001"})
    void theConstructorAcceptsOnlyTheCanonicalForm(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> new OdsCode(text))
                .withMessageContaining("'" + text + "'");
    }

    @Test
    void nullIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> new OdsCode(null));
        assertThatNullPointerException().isThrownBy(() -> OdsCode.of(null));
    }

    @Test
    void ordersAsText() {
        List<OdsCode> codes = new ArrayList<>(List.of(OdsCode.of("Y56"), OdsCode.of("00C"), OdsCode.of("QHM"),
                OdsCode.of("A81001"), OdsCode.of("00D"), OdsCode.of("99A")));
        codes.sort(null);
        assertThat(codes).extracting(OdsCode::value).containsExactly("00C", "00D", "99A", "A81001", "QHM", "Y56");
        assertThat(OdsCode.of("00C").compareTo(OdsCode.of("00c"))).isZero();
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(new OdsCode("QHM"), OdsCode.of("qhm"), OdsCode.of(" QHM "))
                .addEqualityGroup(new OdsCode("QHN"))
                .addEqualityGroup(new OdsCode("00C"), OdsCode.of("00c"))
                .testEquals();
    }
}
