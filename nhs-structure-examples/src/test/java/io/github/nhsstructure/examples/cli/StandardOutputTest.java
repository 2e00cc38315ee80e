package io.github.nhsstructure.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Standard output that cannot be written (a full disk, a closed pipe) is one error line and exit status 1 on
 * every route: the quick path and the picocli command line, text and JSON.
 */
class StandardOutputTest {

    private static final Clock CLOCK = Clock.fixed(CliRun.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);

    /** A stream that fails as /dev/full does. */
    private static final class Full extends OutputStream {
        private final String reason;

        Full(String reason) {
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            throw new IOException(reason);
        }
    }

    private static CliRun main(OutputStream stdout, String... args) {
        StringWriter err = new StringWriter();
        int status = NhsStructureCli.run(new NhsStructureCli(CliRun::fixture, CLOCK), args, stdout,
                StandardCharsets.UTF_8, new PrintWriter(err, true));
        return new CliRun(status, "", err.toString());
    }

    @Test
    void a_full_disk_is_one_line_and_exit_status_1_on_every_route() {
        String[][] questions = {
            {"count", "--kind", "ICB", "--on", "2022-07-01"}, // the quick path
            {"list", "--kind", "ICB", "--on", "2022-07-01"}, // the quick path
            {"org", "ZB1", "--on", "2022-07-01"}, // the quick path
            {"org", "ZB1", "--on", "2022-07-01", "--json"}, // picocli
            {"list", "--kind", "ICB", "--on", "2022-07-01", "--json"},
            {"chart", "--on", "2022-07-01", "--root", "ZR1"},
            {"changes", "--from", "2020-03-31", "--to", "2020-04-01"},
            {"history", "ZB1"},
            {"--help"},
        };
        for (String[] args : questions) {
            CliRun r = main(new Full("No space left on device"), args);
            assertThat(r.err()).as(String.join(" ", args))
                    .isEqualTo("nhs-structure: standard output: cannot be written: No space left on device\n");
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(NhsStructureCli.EXIT_DATA);
        }
    }

    @Test
    void a_broken_pipe_is_silent_but_not_a_success() {
        CliRun r = main(new Full("Broken pipe"), "list", "--kind", "ICB", "--on", "2022-07-01");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isEqualTo(NhsStructureCli.EXIT_DATA);
    }

    @Test
    void output_that_is_written_is_the_answer_and_a_failed_question_keeps_its_status() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CliRun ok = main(bytes, "org", "ZB1", "--on", "2022-07-01");
        assertThat(ok.status()).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo(CliRun.run("org", "ZB1", "--on", "2022-07-01").out()).isNotEmpty();

        CliRun unknown = main(new Full("No space left on device"), "org", "ZZ9", "--on", "2021-01-01");
        assertThat(unknown.status()).isEqualTo(NhsStructureCli.EXIT_USAGE);
        assertThat(unknown.err()).startsWith("nhs-structure: ").hasLineCount(1).doesNotContain("standard output");
    }
}
