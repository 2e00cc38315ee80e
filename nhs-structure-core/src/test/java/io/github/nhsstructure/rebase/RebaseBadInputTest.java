package io.github.nhsstructure.rebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.Fixture;
import io.github.nhsstructure.NhsStructure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: a series file's bad input says what is wrong and where: a byte that is not UTF-8 (its line, column and
 * value; not a replacement character in a field, not "Input length = 1"), a column named twice in the header,
 * malformed CSV (its line, no parser class name), a row dated before its code existed (unmapped, with the reason).
 */
class RebaseBadInputTest {

    private static final NhsStructure NHS = Fixture.structure();
    private static final LocalDate TARGET = LocalDate.of(2022, 7, 1);

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aByteThatIsNotUtf8NamesLineColumnAndByteOnBothReadingPaths() throws IOException {
        Rebaser rebaser = Rebaser.onto(NHS, TARGET, SplitPolicy.FAIL);
        Path inCode = file("code.csv", latin1("code,date,value\n90A,2019-04-01,1\n9\u00e90A,2019-04-01,2\n"));
        Path inValue = file("value.csv", latin1("code,date,value\n90A,2019-04-01,1\u00e9\n"));

        assertThatThrownBy(() -> rebaser.rebase(inCode, u -> { }))
                .isInstanceOf(SeriesInputException.class)
                .hasMessage(inCode + ":3: code: byte 0xE9 (offset 34) is not UTF-8 text: save the file as UTF-8");
        assertThatThrownBy(() -> rebaser.rebase(inValue))
                .isInstanceOf(SeriesInputException.class)
                .hasMessage(inValue + ":2: value: byte 0xE9 (offset 32) is not UTF-8 text: save the file as UTF-8")
                .satisfies(e -> {
                    SeriesInputException s = (SeriesInputException) e;
                    assertThat(s.line()).isEqualTo(2);
                    assertThat(s.field()).isEqualTo("value");
                });
    }

    @Test
    void aColumnNamedTwiceIsReportedAsSuch() throws IOException {
        Path in = file("dup.csv", "code,code,value\n90A,2019-04-01,1\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Rebaser.onto(NHS, TARGET, SplitPolicy.FAIL).rebase(in, u -> { }))
                .isInstanceOf(SeriesInputException.class)
                .hasMessage(in + ":1: code: column name given twice in the header (columns 1 and 2)");
    }

    @Test
    void malformedCsvNamesItsLineAndNoParserClass() throws IOException {
        Path in = file("quote.csv", "code,date,value\n90A,2019-04-01,1\n\"90A\"x,2019-04-01,1\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Rebaser.onto(NHS, TARGET, SplitPolicy.FAIL).rebase(in, u -> { }))
                .isInstanceOf(SeriesInputException.class)
                .hasMessageStartingWith(in + ":3: malformed CSV (a quote not closed, or text after a closing quote)")
                .hasMessageNotContaining("Exception").hasMessageNotContaining("fastcsv");
    }

    @Test
    void aRowDatedBeforeItsCodeExistedIsUnmappedWithTheReason() throws IOException {
        // 90D opened 2020-04-01; the fixture covers from 2013-04-01.
        Path in = file("early.csv", ("code,date,value\n90D,2019-01-01,10\n90D,2021-01-01,5\n90D,1900-01-01,7\n")
                .getBytes(StandardCharsets.UTF_8));
        List<RebaseResult.Unmapped> unmapped = new ArrayList<>();

        RebaseSummary summary = Rebaser.onto(NHS, TARGET, SplitPolicy.FAIL).rebase(in, unmapped::add);

        assertThat(unmapped).extracting(u -> u.row().line() + " " + u.reason()).containsExactly(
                "2 90D opened only on 2020-04-01, after the row's date 2019-01-01",
                "4 the row's date 1900-01-01 is outside the data's coverage, 2013-04-01/..");
        assertThat(summary.balances()).isTrue();
    }
}
