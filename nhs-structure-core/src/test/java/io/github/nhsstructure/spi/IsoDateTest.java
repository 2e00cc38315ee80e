package io.github.nhsstructure.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The reader's own date parser agrees with {@code LocalDate.parse} on every case that matters. */
class IsoDateTest {

    @Test
    void agreesWithLocalDateParseOnEveryDayFrom1948To2040() {
        for (LocalDate d = LocalDate.of(1948, 1, 1); d.getYear() <= 2040; d = d.plusDays(1)) {
            assertThat(DatasetReader.isoDate(d.toString())).as(d.toString()).isEqualTo(d);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-04-31", "2013-02-29", "2013-13-01", "2013-00-10", "2013-01-00", "2013-1-01",
        "13-01-2013", "2013/01/01", "2013-01-01 ", "20130101", "", "2013-0a-01", "+2013-01-01", "2013-01-1x"})
    void rejectsWhatLocalDateParseRejects(String text) {
        boolean parses;
        try {
            LocalDate.parse(text);
            parses = true;
        } catch (DateTimeParseException e) {
            parses = false;
        }
        assertThat(parses).as("LocalDate.parse(%s) as oracle", text).isFalse();
        assertThat(DatasetReader.isoDate(text)).isNull();
    }

    @Test
    void acceptsLeapDays() {
        assertThat(DatasetReader.isoDate("2020-02-29")).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(DatasetReader.isoDate("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(DatasetReader.isoDate("1900-02-29")).isNull();
    }
}
