package io.github.nhsstructure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import io.github.nhsstructure.time.Timeline;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The look-up answers as the public API does, before the method handle is made and after. */
class HotPathsTest {

    @Test
    void answersAsTheTimelineDoesThroughoutBothPhases() {
        Provenance p = new Provenance(List.of("S1"), Certainty.HIGH);
        Timeline<String> t = Timeline.of(List.of(
                new Dated<>(DateRange.of(LocalDate.of(2013, 4, 1), LocalDate.of(2020, 4, 1)), "CCG", p),
                new Dated<>(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.MAX), "ICB", p)));
        long first = LocalDate.of(2012, 1, 1).toEpochDay();
        int span = (int) (LocalDate.of(2024, 1, 1).toEpochDay() - first);
        // More calls than the cold phase has, so that the handle answers a few thousand of them too.
        for (int i = 0; i < 3 * HotPaths.COLD_CALLS; i++) {
            long day = first + (i * 7919L) % span;
            assertThat(HotPaths.valueAt(t, day)).as("day %d", day).isEqualTo(t.at(LocalDate.ofEpochDay(day)).orElse(null));
        }
    }
}
