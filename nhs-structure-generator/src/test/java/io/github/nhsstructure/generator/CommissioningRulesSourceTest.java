package io.github.nhsstructure.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.commissioning.ServiceCategory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The curated commissioning rules: parsing, validation and the no-gap check, on the real file and inline rows. */
class CommissioningRulesSourceTest {

    private static final String HEADER = String.join(",", CommissioningRulesSource.COLUMNS) + "\n";

    /** The real curated file, with one of its lines replaced. */
    private static String realWith(String oldLine, String newLine) throws IOException {
        String text = Files.readString(Paths.RAW.resolve(CommissioningRulesSource.FILE), StandardCharsets.UTF_8);
        assertThat(text).contains(oldLine);
        return text.replace(oldLine, newLine);
    }

    private static long lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        return lines.indexOf(line) + 1L;
    }

    @Test
    void theCuratedFileCoversEveryCategory() {
        CommissioningRulesSource source = CommissioningRulesSource.read(Paths.RAW);
        assertThat(source.rules()).extracting(r -> r.category()).containsAll(List.of(ServiceCategory.values()));
    }

    @Test
    void aBadConstantNamesFileLineAndField() throws IOException {
        String old = "GP_OUT_OF_HOURS,2022-07-01,,ICB,DIRECT,,,,S84,curated-commissioning,MEDIUM";
        String text = realWith(old, old.replace(",ICB,", ",ICBX,"));
        assertThatThrownBy(() -> CommissioningRulesSource.parse("c.csv", text))
                .isInstanceOf(RawDataException.class)
                .hasMessageStartingWith("c.csv:" + lineOf(text, old.replace(",ICB,", ",ICBX,"))
                        + ": commissioner_type: 'ICBX' is not one of");
    }

    @Test
    void aDelegatedRowWithoutScopeFails() {
        String text = HEADER + "DENTAL,1948-07-05,,NHS_ENGLAND,DELEGATED,ICB,,x,S89,curated-commissioning,HIGH\n";
        assertThatThrownBy(() -> CommissioningRulesSource.parse("c.csv", text))
                .isInstanceOf(RawDataException.class).hasMessageStartingWith("c.csv:2: ")
                .hasMessageContaining("exactly for DELEGATED and JOINT");
    }

    @Test
    void aGapBetweenRowsFails() throws IOException {
        String old = "GP_OUT_OF_HOURS,2004-04-01,2013-04-01,PCT";
        String text = realWith(old, "GP_OUT_OF_HOURS,2004-05-01,2013-04-01,PCT");
        assertThatThrownBy(() -> CommissioningRulesSource.parse("c.csv", text))
                .isInstanceOf(RawDataException.class)
                .hasMessageContaining("GP_OUT_OF_HOURS: row 2004-05-01/2013-04-01 should start on 2004-04-01");
    }

    @Test
    void anOverlapFailsNamingBothRows() throws IOException {
        String old = "GP_OUT_OF_HOURS,2004-04-01,2013-04-01,PCT";
        String text = realWith(old, "GP_OUT_OF_HOURS,2004-04-01,2013-05-01,PCT");
        assertThatThrownBy(() -> CommissioningRulesSource.parse("c.csv", text))
                .isInstanceOf(RawDataException.class).hasMessageContaining("GP_OUT_OF_HOURS: overlapping periods");
    }

    @Test
    void anUnknownRowMustBeUncertain() throws IOException {
        String old = "MATERNITY,1948-07-05,2002-04-01,UNKNOWN,NONE,,,docs/domain.md section 2 has no row before"
                + " 2002-04-01,no-row,curated-commissioning,UNCERTAIN";
        String text = realWith(old, old.replace("UNCERTAIN", "HIGH"));
        assertThatThrownBy(() -> CommissioningRulesSource.parse("c.csv", text))
                .isInstanceOf(RawDataException.class).hasMessageContaining("certainty: an UNKNOWN row must be");
    }
}
