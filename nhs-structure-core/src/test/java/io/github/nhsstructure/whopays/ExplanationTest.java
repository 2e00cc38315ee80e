package io.github.nhsstructure.whopays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A determination's explanation, written out only when read, reads, compares, hashes and prints exactly as the
 * list of its texts would.
 */
class ExplanationTest {

    @Test
    void aLineIsTheConcatenationOfItsParts() {
        LocalDate date = LocalDate.of(2023, 1, 1);
        OdsCode code = OdsCode.of("A81001");
        assertThat(new Explanation.Line("Rule 16: the ", "ICB", " of ", code, " on ", date, ".").toString())
                .isEqualTo("Rule 16: the " + "ICB" + " of " + code + " on " + date + ".");
    }

    @Test
    void anExplanationEqualsHashesAndPrintsAsItsTexts() {
        Explanation.Lines lines = new Explanation.Lines();
        lines.add("first");
        lines.add(new Explanation.Line("second on ", LocalDate.of(2020, 4, 1)));
        lines.addAll(List.of("third", "fourth"));
        Explanation explanation = lines.explanation();
        List<String> texts = List.of("first", "second on 2020-04-01", "third", "fourth");
        assertThat(explanation).containsExactlyElementsOf(texts);
        assertThat(explanation).isEqualTo(texts);
        assertThat(texts).isEqualTo(explanation);
        assertThat(explanation.hashCode()).isEqualTo(texts.hashCode());
        assertThat(explanation.toString()).isEqualTo(texts.toString());
        assertThat(Explanation.copyOf(explanation)).isSameAs(explanation);
        // Lines gathered later do not change an explanation already made.
        lines.add("fifth");
        assertThat(explanation).hasSize(4);
        assertThatThrownBy(() -> explanation.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> explanation.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDeterminationEqualsOneWithItsExplanationWrittenOut() {
        for (ServiceCategory service : List.of(ServiceCategory.ACUTE_PLANNED, ServiceCategory.MENTAL_HEALTH,
                ServiceCategory.DENTAL, ServiceCategory.URGENT_AND_EMERGENCY)) {
            for (String date : List.of("2014-06-01", "2016-06-01", "2023-01-01")) { // Z90001 opened 2013-04-01
                Determination d = Steps.ENGINE.determine(PatientContext.builder(LocalDate.parse(date), service)
                        .registeredPractice("Z90001").build());
                Determination written = new Determination(d.status(), d.date(), d.service(), d.commissionerType(),
                        d.commissioner(), d.arrangement(), d.delegateType(), d.delegate(), d.delegationStatus(),
                        d.version(), d.rule(), d.inputsUsed(), d.missingInputs(), d.sources(), d.certainty(),
                        new ArrayList<>(d.explanation()), d.typeOnlyReason());
                assertThat(d.explanation()).isInstanceOf(Explanation.class);
                assertThat(written.explanation()).isNotInstanceOf(Explanation.class);
                assertThat(d).isEqualTo(written);
                assertThat(written).isEqualTo(d);
                assertThat(d.hashCode()).isEqualTo(written.hashCode());
                assertThat(d.toString()).isEqualTo(written.toString());
                assertThat(d.explanation().get(0)).startsWith("Rule 0: ").contains(" is in force on " + date);
            }
        }
    }
}
