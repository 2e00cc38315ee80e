package io.github.nhsstructure.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.ods.EpcmemReader;
import io.github.nhsstructure.ods.EpcnReader;
import io.github.nhsstructure.ods.PcnRecord;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading of the primary care chain's raw files (epcmem.csv, ePCN sheets, the curated SHA file). */
class PrimaryCareParsingTest {

    private static final String EPCMEM = "ods-2019-gp2gp/epcmem.csv";

    private static List<PracticeFiles.Membership> memberships(String text) {
        return PracticeFiles.memberships(EpcmemReader.parse(EPCMEM, text));
    }

    @Test
    void anEpcmemLeaveDateIsTheLastDaySoTheMembershipEndsTheDayAfter() {
        List<PracticeFiles.Membership> rows = memberships("\"A81001\",\"4QP36\",\"W\",\"19990401\",\"20010331\",\"0\"\r\n"
                + "\"A81001\",\"00K\",\"W\",\"20130401\",\"\",\"0\"\r\n");

        assertThat(rows).extracting(PracticeFiles.Membership::parent).containsExactly("4QP36", "00K");
        assertThat(rows.get(0).period()).isEqualTo(Period.of(LocalDate.of(1999, 4, 1), LocalDate.of(2001, 4, 1)));
        assertThat(rows.get(1).period().isOpenEnded()).isTrue();
        assertThat(rows.get(1).row()).hasToString(EPCMEM + ":2");
    }

    @Test
    void aPcnPeriodRunsFromItsOpenDateToTheDayAfterItsClose() {
        List<PcnRecord> rows = EpcnReader.parseDetails("ods-2024-10-pcn/ePCN_PCNDetails.csv",
                "PCN Code,PCN Name,Current Sub ICB Loc Code,Open Date,Close Date\n"
                        + "U00070,WEST MERTON PCN,36L,20191001,\n"
                        + "U00071,X PCN,36L,20191001,20240930\n");

        assertThat(PcnSource.period(rows.get(0))).isEqualTo(Period.from(LocalDate.of(2019, 10, 1)));
        assertThat(PcnSource.period(rows.get(1))).isEqualTo(Period.of(LocalDate.of(2019, 10, 1),
                LocalDate.of(2024, 10, 1)));
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
