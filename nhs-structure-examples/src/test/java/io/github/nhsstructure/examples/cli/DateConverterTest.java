package io.github.nhsstructure.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DateConverterTest {

    private final DateConverter converter = new DateConverter();

    @Test
    void acceptsIsoDates() {
        assertThat(converter.convert("2022-07-01")).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(converter.convert("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(converter.convert(" 2013-04-01 ")).isEqualTo(LocalDate.of(2013, 4, 1));
    }

    @Test
    void rejectsOtherFormsSayingWhichFormIsExpected() {
        assertThatThrownBy(() -> converter.convert("1/7/2022")).isInstanceOf(TypeConversionException.class)
                .hasMessage("'1/7/2022' is not a date of the form yyyy-MM-dd");
        assertThatThrownBy(() -> converter.convert("+2022-07-01")).isInstanceOf(TypeConversionException.class)
                .hasMessage("'+2022-07-01' is not a date of the form yyyy-MM-dd");
    }

    @Test
    void rejectsImpossibleDatesSayingWhy() {
        assertThatThrownBy(() -> converter.convert("2023-02-29")).isInstanceOf(TypeConversionException.class)
                .hasMessage("'2023-02-29' is not a valid date: Invalid date 'February 29' as '2023' is not a leap "
                        + "year");
        assertThatThrownBy(() -> converter.convert("2022-00-10")).isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith("'2022-00-10' is not a valid date: ");
    }

    @Test
    void readsExactlyWhatTheIsoFormatterReadsWithTheSameReasons() {
        // Every month 00-13 and day 00-32 of a leap year, a common year and the first and last four-digit years.
        int accepted = 0;
        for (String year : List.of("2024", "2023", "0000", "9999")) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format("%s-%02d-%02d", year, month, day);
                    LocalDate expected;
                    try {
                        expected = LocalDate.parse(text);
                    } catch (DateTimeParseException e) {
                        assertThatThrownBy(() -> converter.convert(text)).as(text)
                                .isInstanceOf(TypeConversionException.class)
                                .hasMessage("'" + text + "' is not a valid date: " + e.getCause().getMessage());
                        continue;
                    }
                    assertThat(converter.convert(text)).as(text).isEqualTo(expected);
                    accepted++;
                }
            }
        }
        assertThat(accepted).isEqualTo(366 + 365 + 366 + 365);
    }
}
