package io.github.nhsstructure.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reading of the regional and system layers' inputs (curated observations, STP workbook sheets), inline. */
class SystemsParsingTest {

    private static final String FILE = "curated/icb-2026-observed.csv";
    private static final String HEADER = "code,kind,name,ons_code,parent,region,start,certainty,observed\n";

    private static Map<String, RawRow> curated(String rows) {
        return Icb2026Source.readCurated(RawCsv.parse(FILE, HEADER + rows, true));
    }

    @Test
    void aCuratedObservationIsReadByCode() {
        Map<String, RawRow> rows = curated("D7T5G,ICB,NHS Essex Integrated Care Board,E54000066,,Y61,2026-04-01,MEDIUM,x\n"
                + "06Q,SUB_ICB_LOCATION,NHS Essex ICB - 06Q,E38000106,D7T5G,,2026-04-01,MEDIUM,y\n");

        assertThat(rows).containsOnlyKeys("D7T5G", "06Q");
        assertThat(rows.get("06Q").get("parent")).isEqualTo("D7T5G");
        assertThat(rows.get("06Q").line()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "D7T5G,TRUST,NHS Essex,E54000066,,Y61,2026-04-01,MEDIUM,x | kind: 'TRUST' is not one of",
        "D7T5G,ICB,NHS Essex,E54000066,,Y61,2026-13-01,MEDIUM,x | start: '2026-13-01' is not a date",
        "D7T5G,ICB,NHS Essex,E54000066,,Y61,2026-04-01,SURE,x | certainty: 'SURE' is not HIGH, MEDIUM or UNCERTAIN",
        "d7t5g,ICB,NHS Essex,E54000066,,Y61,2026-04-01,MEDIUM,x | code: 'd7t5g' is not an ODS code",
        "D7T5G,ICB,,E54000066,,Y61,2026-04-01,MEDIUM,x | name: must not be blank",
        "06Q,SUB_ICB_LOCATION,NHS Essex ICB - 06Q,E38000106,,,2026-04-01,MEDIUM,y | parent: must not be blank"})
    void aMalformedObservationNamesFileLineAndField(String row, String problem) {
        assertThatThrownBy(() -> curated(row + "\n"))
                .isInstanceOf(RawDataException.class)
                .hasMessageStartingWith(FILE + ":2: ")
                .hasMessageContaining(problem);
    }

    @Test
    void aCodeObservedTwiceIsRefused() {
        String row = "D7T5G,ICB,NHS Essex Integrated Care Board,E54000066,,Y61,2026-04-01,MEDIUM,x\n";
        assertThatThrownBy(() -> curated(row + row))
                .isInstanceOf(RawDataException.class)
                .hasMessage(FILE + ":3: code: D7T5G given twice");
    }

    @Test
    void aWorkbookSheetIsReadBelowItsHeaderRow() {
        String text = "SUSTAINABILITY & TRANSFORMATION PARTNERSHIPS - PARTNER MAPPING\r\n"
                + ",,,Count of relationships\r\n"
                + "NHS England Region,ODS STP Code,ONS STP Code,CCG,ODS CCG Code\r\n"
                + "North East and Yorkshire (Y63),QF7,E54000009,Sheffield CCG,03N\r\n"
                + ",,,,\r\n"
                + "North East and Yorkshire (Y63),QF7,E54000009\r\n";
        List<RawRow> rows = StpSource.table(RawCsv.parse("stps_Current_STPs.csv", text, false), "ODS STP Code");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("ODS CCG Code")).isEqualTo("03N");
        assertThat(rows.get(0).line()).isEqualTo(4);
        // A short row is padded: its missing cells read as blank, not as an error.
        assertThat(rows.get(1).get("ODS CCG Code")).isEmpty();
    }

    @Test
    void aSheetWithoutItsHeaderRowIsRefused() {
        List<RawRow> rows = RawCsv.parse("stps_Current_STPs.csv", "a,b\r\nc,d\r\n", false);
        assertThatThrownBy(() -> StpSource.table(rows, "ODS STP Code"))
                .isInstanceOf(RawDataException.class)
                .hasMessageContaining("stps_Current_STPs.csv")
                .hasMessageContaining("ODS STP Code: no header row holding this column");
    }
}
