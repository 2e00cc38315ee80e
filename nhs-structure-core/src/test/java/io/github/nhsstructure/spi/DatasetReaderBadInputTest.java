package io.github.nhsstructure.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.nhsstructure.Fixture;
import io.github.nhsstructure.exception.DatasetException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: each sort of bad input says what is wrong and where, in words: a byte that is not UTF-8 (its line,
 * field and value, not "Input length = 1" nor a silent replacement), a column named twice in the header, malformed
 * CSV without the parser's class names, and input/output errors with their reason.
 */
class DatasetReaderBadInputTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copyTheFixture() {
        Fixture.copyTo(folder);
    }

    private DatasetException readFails() {
        DatasetException e = catchThrowableOfType(DatasetException.class,
                () -> DatasetReader.read(Fixture.VERSION, folder));
        assertThat(e).as("reading fails with a DatasetException").isNotNull();
        return e;
    }

    private void replace(String file, String text, byte[] with) throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve(file));
        String content = new String(bytes, StandardCharsets.UTF_8);
        int at = content.indexOf(text);
        assertThat(at).isNotNegative();
        byte[] before = content.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = content.substring(at + text.length()).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[before.length + with.length + after.length];
        System.arraycopy(before, 0, out, 0, before.length);
        System.arraycopy(with, 0, out, before.length, with.length);
        System.arraycopy(after, 0, out, before.length + with.length, after.length);
        Files.write(folder.resolve(file), out);
    }

    @Test
    void aByteThatIsNotUtf8NamesFileLineFieldAndByte() throws IOException {
        // Latin-1 "é" in the name of Y93 (line 13 of names.csv), as a file saved in the wrong encoding has it.
        replace("names.csv", "FICTIONAL SOUTH WEST REGION", "FICTIONAL SOUTH WEST R\u00c9GION"
                .getBytes(StandardCharsets.ISO_8859_1));

        DatasetException e = readFails();

        assertThat(e.file()).contains("names.csv");
        assertThat(e.line()).isEqualTo(13);
        assertThat(e.field()).contains("name");
        assertThat(e).hasMessageMatching("names\\.csv:13: name: byte 0xC9 \\(offset \\d+\\) is not UTF-8 text: save"
                + " the file as UTF-8");
    }

    @Test
    void aColumnNamedTwiceIsReportedAsSuch() throws IOException {
        replace("kinds.csv", "code,start,end_exclusive,kind,source,certainty",
                "code,start,start,kind,source,certainty".getBytes(StandardCharsets.UTF_8));

        DatasetException e = readFails();

        assertThat(e).hasMessage("kinds.csv:1: start: column name given twice in the header (columns 2 and 3)");
    }

    @Test
    void malformedCsvNamesItsLineAndNoParserClass() throws IOException {
        replace("names.csv", "Y93,2020-04-01,,FICTIONAL SOUTH WEST REGION",
                "Y93,2020-04-01,,\"FICTIONAL\"SOUTH WEST REGION".getBytes(StandardCharsets.UTF_8));

        DatasetException e = readFails();

        assertThat(e.getMessage()).startsWith("names.csv:13: malformed CSV: ").doesNotContain("Exception")
                .doesNotContain("java.").doesNotContain("commons");
        assertThat(e.line()).isEqualTo(13);
    }

    @Test
    void inputOutputErrorsKeepTheirReason() throws IOException {
        Files.delete(folder.resolve("events.csv"));
        Files.createDirectory(folder.resolve("events.csv"));
        assertThat(readFails()).hasMessage("events.csv: is a directory, not a file");

        Files.delete(folder.resolve("events.csv"));
        assertThat(readFails()).hasMessageStartingWith("events.csv: missing: no such file (")
                .hasMessageContaining(folder.resolve("events.csv").toString());

        Files.copy(Fixture.folder().resolve("events.csv"), folder.resolve("events.csv"));
        Files.setPosixFilePermissions(folder.resolve("events.csv"), PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(folder.resolve("events.csv"))) {
            // root reads any file, so this runs only where permissions are enforced
            assertThat(readFails()).hasMessageStartingWith("events.csv: permission denied");
        }
    }
}
