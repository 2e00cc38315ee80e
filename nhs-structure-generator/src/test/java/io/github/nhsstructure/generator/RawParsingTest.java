package io.github.nhsstructure.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.ods.EccgReader;
import io.github.nhsstructure.ods.EccgRecord;
import io.github.nhsstructure.ods.OdsFileException;
import io.github.nhsstructure.ods.SourceLine;
import io.github.nhsstructure.ods.SuccReader;
import io.github.nhsstructure.organisation.SuccessionReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generator's reading of raw rows, on small inline inputs. */
class RawParsingTest {

    /** An eccg.csv row in the ODS layout: 27 quoted fields, CRLF line end as downloaded. */
    private static String eccgRow(String code, String name, String open, String close, String roles) {
        List<String> fields = new ArrayList<>(Collections.nCopies(27, ""));
        fields.set(0, code);
        fields.set(1, name);
        fields.set(2, "Y63");
        fields.set(3, "QHM");
        fields.set(10, open);
        fields.set(11, close);
        fields.set(13, roles);
        return "\"" + String.join("\",\"", fields) + "\"\r\n";
    }

    private static OdsRecord record(String text) {
        List<EccgRecord> rows = EccgReader.parse("ods-2025-nhs-spend/eccg.csv", text);
        assertThat(rows).hasSize(1);
        return OdsRecord.of(rows.get(0));
    }

    @Test
    void anOdsCloseDateIsTheLastDayOpenSoTheEndIsTheDayAfter() {
        OdsRecord r = record(eccgRow("00C", "NHS DARLINGTON CCG", "20130401", "20200331", ""));

        assertThat(r.closeDate()).contains(LocalDate.of(2020, 3, 31));
        assertThat(r.endExclusive()).contains(LocalDate.of(2020, 4, 1));
        assertThat(r.period()).isEqualTo(Period.of(LocalDate.of(2013, 4, 1), LocalDate.of(2020, 4, 1)));
    }

    @Test
    void anEmptyCloseDateMeansStillOpen() {
        OdsRecord r = record(eccgRow("02P", "NHS SOUTH YORKSHIRE ICB - 02P", "20130401", "", "RO319"));

        assertThat(r.period().isOpenEnded()).isTrue();
        assertThat(r.roles()).containsExactly("RO319");
    }

    @Test
    void aMalformedDateNamesFileLineAndField() {
        String text = eccgRow("00C", "NHS DARLINGTON CCG", "20130401", "20200331", "")
                + eccgRow("00D", "NHS DURHAM DALES CCG", "20130401", "20201340", "");
        assertThatThrownBy(() -> EccgReader.parse("ods-2025-nhs-spend/eccg.csv", text))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("ods-2025-nhs-spend/eccg.csv:2: close date (column 12): '20201340' is not a date"
                        + " (YYYYMMDD): Invalid value for MonthOfYear (valid values 1 - 12): 13");
    }

    @Test
    void aDateInTheWrongShapeNamesFileLineAndField() {
        assertThatThrownBy(() -> record(eccgRow("00C", "NHS DARLINGTON CCG", "2013-04-01", "", "")))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("ods-2025-nhs-spend/eccg.csv:1: open date (column 11): '2013-04-01' is not a date"
                        + " (YYYYMMDD)");
    }

    @Test
    void aRowWithoutTheOdsColumnsIsRejectedWithItsLine() {
        assertThatThrownBy(() -> record("\"00C\",\"NHS DARLINGTON CCG\"\n"))
                .hasMessage("ods-2025-nhs-spend/eccg.csv:1: column 3: expected 27 fields (ODS eccg layout) but found 2");
    }

    @ParameterizedTest
    @CsvSource({
        "'', CCG",
        "RO319, CCG_THEN_SUB_ICB_LOCATION",
        "RO319|RO326, CCG_THEN_SUB_ICB_LOCATION",
        "RO218, COMMISSIONING_HUB",
        "RO327, SUB_ICB_REPORTING_ENTITY"
    })
    void eccgRolesDecideWhatARowIs(String roles, CcgSource.Role expected) {
        OdsRecord r = record(eccgRow("13Q", "X", "20130401", "", roles));

        assertThat(CcgSource.classify(r.roles())).contains(expected);
    }

    @Test
    void commissioningHubsAreNotCcgs() {
        OdsRecord hub = record(eccgRow("13Q", "NATIONAL COMMISSIONING HUB 1", "20130401", "", "RO218"));

        assertThat(CcgSource.classify(hub.roles())).contains(CcgSource.Role.COMMISSIONING_HUB)
                .isNotEqualTo(CcgSource.Role.CCG);
    }

    @Test
    void anUnknownRoleCombinationIsNotClassified() {
        assertThat(CcgSource.classify(Set.of("RO999"))).isEmpty();
    }

    @Test
    void successionRowsKeepWhereTheyAreForTheReport() {
        String text = "\"00C\",\"16C\",\"\",\"20200401\",\"0\"\n";
        List<SuccessionFile.Row> rows = SuccessionFile.of(SuccReader.parse("ods-succ-2026/succ.csv", text)).rows();

        assertThat(rows.get(0).row()).isEqualTo(new SourceLine("ods-succ-2026/succ.csv", 1));
        assertThat(rows.get(0).reason()).isEqualTo(SuccessionReason.UNSPECIFIED);
    }

    @Test
    void aHeaderFileMayStartWithAByteOrderMark() {
        List<RawRow> rows = RawCsv.parse("ons-loc22-icb22/LOC22_ICB22_NHSER22_EN_LU.csv",
                "\uFEFFLOC22CD,LOC22CDH\r\nE38000006,02P\r\n", true);

        assertThat(rows.get(0).get("LOC22CD")).isEqualTo("E38000006");
        assertThat(rows.get(0).line()).isEqualTo(2);
    }
}
