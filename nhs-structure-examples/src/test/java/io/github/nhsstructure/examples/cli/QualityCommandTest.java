package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.examples.cli.CliRun.assertThat;
import static io.github.nhsstructure.examples.cli.CliRun.run;

import org.junit.jupiter.api.Test;

class QualityCommandTest {

    @Test
    void listsEachFindingAsATabSeparatedLine() {
        // Practice ZP0002 has a placeholder name and no commissioner before 2014-04-01; all else is clean.
        assertThat(run("quality")).printsExactly(""
                + "ZP0002\tUNCERTAIN_NAME\t2013-04-01/..\tname 'PRACTICE ZP0002 (NAME NOT IN SOURCES)' is uncertain"
                + " (FIXTURE (UNCERTAIN))\n"
                + "ZP0002\tMISSING_PARENT\t2013-04-01/2014-04-01\tGP_PRACTICE ZP0002 has no COMMISSIONED_BY link\n");
    }

    @Test
    void summaryCountsEveryType() {
        assertThat(run("quality", "--summary")).printsExactly(""
                + "UNCERTAIN_NAME\t1\n"
                + "MISSING_PARENT\t1\n"
                + "PARENT_NOT_OPEN\t0\n"
                + "OPEN_AFTER_SUCCESSION\t0\n");
        assertThat(run("quality", "--summary", "--type", "MISSING_PARENT")).printsExactly("MISSING_PARENT\t1\n");
        // Enum options accept any case, as --kind does.
        assertThat(run("quality", "--summary", "--type", "missing_parent")).printsExactly("MISSING_PARENT\t1\n");
    }
}
