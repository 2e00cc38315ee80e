package io.github.nhsstructure.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading of the primary care chain's raw files (epcmem.csv, ePCN sheets, the curated SHA file). */
class PrimaryCareParsingTest {

    private static final String EPCMEM = "ods-2019-gp2gp/epcmem.csv";

    private static List<PracticeFiles.Membership> memberships(String text) {
        return PracticeFiles.parseMemberships(RawCsv.parse(EPCMEM, text, false));
    }

    @Test
    void anEpcmemLeaveDateIsTheLastDaySoTheMembershipEndsTheDayAfter() {
        List<PracticeFiles.Membership> rows = memberships("\"A81001\",\"4QP36\",\"W\",\"19990401\",\"20010331\",\"0\"\r\n"
                + "\"A81001\",\"00K\",\"W\",\"20130401\",\"\",\"0\"\r\n");

        assertThat(rows).extracting(PracticeFiles.Membership::parent).containsExactly("4QP36", "00K");
        assertThat(rows.get(0).period()).isEqualTo(Period.of(LocalDate.of(1999, 4, 1), LocalDate.of(2001, 4, 1)));
        assertThat(rows.get(1).period().isOpenEnded()).isTrue();
    }

    @Test
    void aMalformedEpcmemDateNamesFileLineAndField() {
        assertThatThrownBy(() -> memberships("\"A81001\",\"5E1\",\"W\",\"20010401\",\"20130331\",\"0\"\n"
                + "\"A81002\",\"5E1\",\"W\",\"2001-04-01\",\"\",\"0\"\n"))
                .isInstanceOf(RawDataException.class)
                .hasMessage(EPCMEM + ":2: join date (column 4): '2001-04-01' is not a date (YYYYMMDD)");
    }

    @Test
    void anEpcmemRowLeavingBeforeItJoinsIsRejected() {
        assertThatThrownBy(() -> memberships("\"A81001\",\"5E1\",\"W\",\"20010401\",\"20000331\",\"0\"\n"))
                .isInstanceOf(RawDataException.class)
                .hasMessage(EPCMEM + ":1: leave date (column 5): before the join date 2001-04-01");
    }

    @Test
    void anEpcmemRowWithTheWrongNumberOfFieldsIsRejected() {
        assertThatThrownBy(() -> memberships("\"A81001\",\"5E1\",\"W\",\"20010401\"\n"))
                .isInstanceOf(RawDataException.class)
                .hasMessage(EPCMEM + ":1: expected 6 fields but found 4");
    }

    @Test
    void aPcnClosedBeforeItOpenedNamesFileLineAndField() {
        String file = "ods-2023-practice-pcn/ePCN_PCNDetails.csv";
        List<RawRow> rows = RawCsv.parse(file, "PCN Code,PCN Name,Open Date,Close Date\n"
                + "U00070,WEST MERTON PCN,20191001,\n"
                + "U00071,X PCN,20191001,20190930\n", true);

        assertThat(PcnSource.period(rows.get(0))).isEqualTo(Period.from(LocalDate.of(2019, 10, 1)));
        assertThatThrownBy(() -> PcnSource.period(rows.get(1)))
                .isInstanceOf(RawDataException.class)
                .hasMessage(file + ":3: Close Date: before the open date 2019-10-01");
    }

    @Test
    void curatedFilesSkipCommentsAndKeepTheRealLineNumbers() {
        String file = "curated/sha.csv";
        List<RawRow> rows = CuratedCsv.parse(file, "# a comment\n#another\ncode,fact,value,source,certainty\n\n"
                + "Q01,start,2002-04-01,docs/domain.md T13 (S23),HIGH\n");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).line()).isEqualTo(5);
        assertThat(rows.get(0).required("value")).isEqualTo("2002-04-01");
        assertThatThrownBy(() -> CuratedCsv.parse(file, "code,fact,value,source,certainty\n# c\nQ01,start\n"))
                .isInstanceOf(RawDataException.class)
                .hasMessage(file + ":3: expected 5 fields (as the header) but found 2");
    }

    @Test
    void thePracticeCodeFormIsALetterAToPAndFiveDigits() {
        assertThat(PracticeSource.PRACTICE_CODE.matcher("A81001").matches()).isTrue();
        assertThat(PracticeSource.PRACTICE_CODE.matcher("Y02345").matches()).isFalse();
        assertThat(PracticeSource.PRACTICE_CODE.matcher("W91028").matches()).isFalse();
        assertThat(PrimaryCareTrustSource.isWelsh("W91028")).isTrue();
    }
}
