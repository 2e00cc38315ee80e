package io.github.nhsstructure.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
}
