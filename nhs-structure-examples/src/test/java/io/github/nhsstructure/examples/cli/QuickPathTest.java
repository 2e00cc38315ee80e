package io.github.nhsstructure.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.time.Dated;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The quick path answers exactly what the picocli command line answers, byte for byte, or leaves the question to
 * it having written nothing: checked on every argument list built from the fixture's codes, dates and kinds in
 * every option form, and on forms it must decline.
 */
class QuickPathTest {

    private static final Clock CLOCK = Clock.fixed(CliRun.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);

    /** The quick path's answer, or null if it declined; it must write nothing when it declines. */
    private static String quick(String... args) {
        StringWriter bytes = new StringWriter();
        PrintWriter out = new PrintWriter(bytes);
        int status = QuickPath.run(new NhsStructureCli(CliRun::fixture, CLOCK), args, out);
        out.flush();
        String written = bytes.toString();
        if (status == QuickPath.NOT_ANSWERED) {
            assertThat(written).as("written by a declined %s", List.of(args)).isEmpty();
            return null;
        }
        assertThat(status).isEqualTo(NhsStructureCli.EXIT_OK);
        return written;
    }

    private static List<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        for (Organisation o : CliRun.fixture().organisations()) {
            codes.add(o.code().value());
            for (Dated<OnsCode> ons : o.onsCodes().entries()) {
                codes.add(ons.value().value());
            }
        }
        codes.add("zb1"); // case-insensitive
        codes.add("ZZZ9"); // unknown
        codes.add("");
        return new ArrayList<>(codes);
    }

    private static final List<String> DATES = List.of("2013-04-01", "2019-06-30", "2019-07-01", "2022-06-30",
            "2022-07-01", "2023-01-15", " 2020-04-01 ", "2012-12-31", "2099-01-01", "2021-02-30", "2021-13-01",
            "2021-4-1", "+2022-07-01", "yesterday", "");

    @Test
    void answersOrgExactlyAsPicocliDoesOrDeclines() {
        int answered = 0;
        for (String code : codes()) {
            for (String date : DATES) {
                for (String[] args : List.of(new String[] {"org", code, "--on", date},
                        new String[] {"org", "--on", date, code}, new String[] {"org", code, "--on=" + date})) {
                    answered += compare(args);
                }
            }
            answered += compare("org", code); // today
        }
        assertThat(answered).as("questions the quick path answered").isGreaterThan(100);
    }

    @Test
    void answersCountAndListExactlyAsPicocliDoesOrDeclines() {
        int answered = 0;
        for (String command : List.of("count", "list")) {
            for (String kind : List.of("CCG", "icb", "sub-icb-location", "SICBL", "region", "trust", "GP", "x")) {
                for (String date : DATES) {
                    answered += compare(command, "--on", date, "--kind", kind);
                    answered += compare(command, "--kind=" + kind, "--on=" + date);
                }
                answered += compare(command, "--kind", kind); // today
            }
        }
        assertThat(answered).as("questions the quick path answered").isGreaterThan(100);
    }

    @Test
    void leavesEverythingElseToPicocli() {
        for (String[] args : List.of(new String[0], new String[] {"org"}, new String[] {"org", "ZB1", "--json"},
                new String[] {"org", "ZB1", "--help"}, new String[] {"org", "-h"}, new String[] {"org", "ZB1", "-V"},
                new String[] {"org", "ZB1", "ZC1"}, new String[] {"org", "ZB1", "--on"},
                new String[] {"org", "ZB1", "--on", "2022-07-01", "--on", "2022-07-01"},
                new String[] {"org", "ZB1", "--on", "--json"}, new String[] {"org", "@args.txt"},
                new String[] {"org", "--", "ZB1"}, new String[] {"org", "ZB1", "--kind", "CCG"},
                new String[] {"count", "--on", "2022-07-01"}, new String[] {"count", "--kind", "CCG", "--data", "x"},
                new String[] {"org", "ZB1", "--data", "x"},
                new String[] {"count", "--on", "2022-07-01", "--kind", "CCG", "extra"},
                new String[] {"list", "--on", "2022-07-01", "--kind", "CCG", "--kind", "ICB"},
                new String[] {"help", "org"}, new String[] {"history", "ZB1"},
                new String[] {"successors", "ZA1", "--on", "2022-07-01"})) {
            assertThat(quick(args)).as("%s", List.of(args)).isNull();
        }
        // The same questions in a plain form are answered.
        assertThat(quick("org", "ZB1", "--on", "2022-07-01")).isNotNull();
        assertThat(quick("count", "--on", "2022-07-01", "--kind", "CCG")).isNotNull();
    }

    /** Returns 1 if the quick path answered (with picocli's answer), 0 if it declined. */
    private static int compare(String... args) {
        String quick = quick(args);
        // As the program's main does after a declined quick path: a command line with the named command only.
        CliRun picocli = CliRun.run(NhsStructureCli.commandLine(new NhsStructureCli(CliRun::fixture, CLOCK), args),
                args);
        if (quick == null) {
            return 0;
        }
        assertThat(picocli.status()).as("picocli's status for %s, answered quickly", List.of(args)).isZero();
        assertThat(picocli.err()).as("picocli's errors for %s", List.of(args)).isEmpty();
        assertThat(quick).as("answer to %s", List.of(args)).isEqualTo(picocli.out());
        return 1;
    }
}
