package io.github.nhsstructure.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.organisation.SuccessionReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers of the standard files, on small fixtures: typed fields, and errors naming file, line and field. */
class OdsReadersTest {

    private static final String EPRACCUR = "ods-2025-09-epraccur/epraccur.csv";
    private static final String EPRACCUR_2026 = "ods-2026-02-epraccur/epraccur.csv";

    /** A 27-field ODS row with the given (1-based) columns set. */
    private static String odsRow(String... columnValuePairs) {
        List<String> fields = new ArrayList<>(Collections.nCopies(27, ""));
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            fields.set(Integer.parseInt(columnValuePairs[i]) - 1, columnValuePairs[i + 1]);
        }
        return "\"" + String.join("\",\"", fields) + "\"\r\n";
    }

    private static String practice(String status, String setting) {
        return odsRow("1", "Y02289", "2", "HMP LEEDS", "3", "Y63", "4", "QWO", "11", "20010401", "12", "20250630",
                "13", status, "14", "B", "15", "76A", "16", "20200401", "17", "20250630", "26", setting);
    }

    @Test
    void aClassicEpraccurRowGivesEveryField() {
        EpraccurRecord r = EpraccurReader.parse(EPRACCUR, practice("C", "25")).get(0);

        assertThat(r.code()).isEqualTo("Y02289");
        assertThat(r.where()).isEqualTo(new SourceLine(EPRACCUR, 1));
        assertThat(r.nationalGrouping()).isEqualTo("Y63");
        assertThat(r.highLevelHealthGeography()).isEqualTo("QWO");
        assertThat(r.status()).isEqualTo(EpraccurStatus.CLOSED);
        assertThat(r.commissioner()).contains("76A");
        assertThat(r.joinedCommissioner()).contains(LocalDate.of(2020, 4, 1));
        assertThat(r.leftCommissioner()).contains(LocalDate.of(2025, 6, 30));
        assertThat(r.endExclusive()).contains(LocalDate.of(2025, 7, 1));
        assertThat(r.setting()).contains(PrescribingSetting.PRISON);
        assertThat(r.setting().orElseThrow().isDetention()).isTrue();
        assertThat(r.isGpPractice()).isFalse();
    }

    @Test
    void aClassicEpraccurRowWithAnUnknownSettingNamesFileLineAndField() {
        assertThatThrownBy(() -> EpraccurReader.parse(EPRACCUR, practice("A", "4") + practice("A", "99")))
                .isInstanceOf(OdsFileException.class)
                .hasMessage(EPRACCUR + ":2: prescribing setting (column 26): '99' is not a known setting")
                .satisfies(e -> {
                    OdsFileException o = (OdsFileException) e;
                    assertThat(o.file()).contains(EPRACCUR);
                    assertThat(o.line()).isEqualTo(2);
                    assertThat(o.field()).contains("prescribing setting (column 26)");
                });
    }

    @Test
    void aClassicEpraccurRowWithA2026StatusIsRejected() {
        assertThatThrownBy(() -> EpraccurReader.parse(EPRACCUR, practice("ACTIVE", "4")))
                .isInstanceOf(OdsFileException.class)
                .hasMessage(EPRACCUR + ":1: status (column 13): 'ACTIVE' is not A, C, D or P");
    }

    @Test
    void anEpraccurRowClosedBeforeItOpenedIsRejected() {
        String row = odsRow("1", "A81001", "11", "20200401", "12", "20190331", "13", "C", "26", "4");

        assertThatThrownBy(() -> EpraccurReader.parse(EPRACCUR, row))
                .isInstanceOf(OdsFileException.class)
                .hasMessage(EPRACCUR + ":1: close date (column 12): 2019-03-31 is before 2020-04-01");
    }

    @Test
    void anEpraccurRowWithTooFewFieldsIsRejected() {
        assertThatThrownBy(() -> EpraccurReader.parse(EPRACCUR, "\"A81001\",\"X\"\r\n"))
                .isInstanceOf(OdsFileException.class)
                .hasMessage(EPRACCUR + ":1: column 3: expected 27 fields (classic epraccur layout) but found 2");
    }

    @Test
    void the2026LayoutReadsStatusWordsAndRoleCodes() {
        List<EpraccurRecord> rows = Epraccur2026Reader.parse(EPRACCUR_2026, practice("ACTIVE", "RO76")
                + practice("INACTIVE", "RO76|RO268") + practice("DORMANT", "RO80|RO87") + practice("ACTIVE", ""));

        assertThat(rows).extracting(EpraccurRecord::status).containsExactly(EpraccurStatus.ACTIVE,
                EpraccurStatus.CLOSED, EpraccurStatus.DORMANT, EpraccurStatus.ACTIVE);
        assertThat(rows).extracting(EpraccurRecord::setting).containsExactly(
                Optional.of(PrescribingSetting.GP_PRACTICE), Optional.of(PrescribingSetting.GP_PRACTICE),
                Optional.of(PrescribingSetting.OUT_OF_HOURS_AND_WALK_IN_CENTRE), Optional.empty());
        assertThat(rows.get(1).extraRoles()).isEqualTo(Set.of(Epraccur2026Reader.MEDICINE_SUPPLIER_ROLE));
        assertThat(rows.get(0).isGpPractice()).isTrue();
    }

    @Test
    void the2026LayoutRejectsAClassicStatusAndAnUnknownRole() {
        assertThatThrownBy(() -> Epraccur2026Reader.parse(EPRACCUR_2026, practice("A", "RO76")))
                .isInstanceOf(OdsFileException.class)
                .hasMessage(EPRACCUR_2026 + ":1: status (column 13): 'A' is not ACTIVE, INACTIVE or DORMANT");
        assertThatThrownBy(() -> Epraccur2026Reader.parse(EPRACCUR_2026, practice("ACTIVE", "RO999")))
                .isInstanceOf(OdsFileException.class)
                .hasMessage(EPRACCUR_2026 + ":1: prescribing setting (column 26): 'RO999' is not a known setting"
                        + " role");
    }

    @Test
    void everySettingHasOneRoleCodeAndTheClassicNumbersAreDistinct() {
        for (PrescribingSetting s : PrescribingSetting.values()) {
            assertThat(PrescribingSetting.ofRoleCodes(s.roleCode())).contains(s);
            s.classicCode().ifPresent(n -> assertThat(PrescribingSetting.ofClassicCode(Integer.toString(n)))
                    .contains(s));
        }
        assertThat(PrescribingSetting.ofClassicCode("4")).contains(PrescribingSetting.GP_PRACTICE);
        assertThat(PrescribingSetting.ofRoleCodes("RO82")).contains(PrescribingSetting.PRISON);
        assertThat(PrescribingSetting.OTHER_JUSTICE_ESTATE.classicCode()).isEmpty();
    }

    @Test
    void anEpcmemRowGivesTheMembershipWithItsLastDay() {
        List<EpcmemRecord> rows = EpcmemReader.parse("epcmem.csv",
                "\"A81001\",\"4QP36\",\"W\",\"19990401\",\"20010331\",\"0\"\r\n");

        assertThat(rows.get(0).parent()).isEqualTo("4QP36");
        assertThat(rows.get(0).left()).contains(LocalDate.of(2001, 3, 31));
        assertThat(rows.get(0).endExclusive()).contains(LocalDate.of(2001, 4, 1));
    }

    @Test
    void badEpcmemRowsNameFileLineAndField() {
        assertThatThrownBy(() -> EpcmemReader.parse("epcmem.csv", "\"A81001\",\"5E1\",\"W\",\"20010401\",\"\",\"0\"\n"
                + "\"A81002\",\"5E1\",\"W\",\"2001-04-01\",\"\",\"0\"\n"))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("epcmem.csv:2: join date (column 4): '2001-04-01' is not a date (YYYYMMDD)");
        assertThatThrownBy(() -> EpcmemReader.parse("epcmem.csv", "\"A81001\",\"5E1\",\"W\",\"20010401\",\"20000331\","
                + "\"0\"\n"))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("epcmem.csv:1: leave date (column 5): 2000-03-31 is before 2001-04-01");
        assertThatThrownBy(() -> EpcmemReader.parse("epcmem.csv", "\"A81001\",\"5E1\",\"W\",\"20010401\"\n"))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("epcmem.csv:1: column 5: expected 6 fields (epcmem layout) but found 4");
        assertThatThrownBy(() -> EpcmemReader.parse("epcmem.csv", "\"A81001\",\"\",\"W\",\"20010401\",\"\",\"0\"\n"))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("epcmem.csv:1: parent code (column 2): must not be blank");
    }

    @Test
    void anEtrRowGivesTheTrustAndItsIcb() {
        EtrRecord r = EtrReader.parse("etr.csv", odsRow("1", "K0N6A", "2", "THE ONLINE NHS TRUST", "3", "Y56", "4",
                "QKK", "11", "20260601")).get(0);

        assertThat(r.code()).isEqualTo("K0N6A");
        assertThat(r.highLevelHealthGeography()).isEqualTo("QKK");
        assertThat(r.openDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(r.closeDate()).isEmpty();
        assertThatThrownBy(() -> EtrReader.parse("etr.csv", odsRow("1", "RVJ", "2", "NORTH BRISTOL NHS TRUST", "11",
                "19990401", "12", "2026063")))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("etr.csv:1: close date (column 12): '2026063' is not a date (YYYYMMDD)");
    }

    @Test
    void ePcnSheetsOfBothErasAreRead() {
        List<PcnRecord> icbEra = EpcnReader.parseDetails("d.csv", "PCN Code,PCN Name,Current Sub ICB Loc Code,"
                + "Sub ICB Location,Open Date,Close Date\r\nU00000,WEST NORWICH PCN,26A,X,20240401,\r\n");
        List<PcnRecord> ccgEra = EpcnReader.parseDetails("d.csv", "PCN Code,PCN Name,Current Clinical  Commissioning"
                + "  Group Code,Open Date,Close Date\nU00070,WEST MERTON PCN,08R,20191001,20220930\n");
        List<PcnMembershipRecord> partners = EpcnReader.parsePartners("p.csv", "Partner Organisation Code,PCN Code,"
                + "Practice to PCN Relationship Start Date,Practice to PCN Relationship End Date\n"
                + "A81001,U89141,20191001,\n");

        assertThat(icbEra.get(0).parent()).isEqualTo("26A");
        assertThat(ccgEra.get(0).parent()).isEqualTo("08R");
        assertThat(ccgEra.get(0).endExclusive()).contains(LocalDate.of(2022, 10, 1));
        assertThat(partners.get(0).practice()).isEqualTo("A81001");
        assertThat(partners.get(0).end()).isEmpty();
        assertThat(partners.get(0).where()).isEqualTo(new SourceLine("p.csv", 2));
    }

    @Test
    void ePcnErrorsNameFileLineAndField() {
        assertThatThrownBy(() -> EpcnReader.parseDetails("d.csv", "PCN Code,PCN Name,Open Date\nU1,X,20191001\n"))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("d.csv:1: Close Date: no such column in the header");
        assertThatThrownBy(() -> EpcnReader.parseDetails("d.csv", "PCN Code,PCN Name,Current Sub ICB Loc Code,"
                + "Open Date,Close Date\nU1,X,26A,20191001,20190930\n"))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("d.csv:2: Close Date: 2019-09-30 is before 2019-10-01");
        assertThatThrownBy(() -> EpcnReader.parseDetails("d.csv", "PCN Code,PCN Code,Open Date,Close Date\n"))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("d.csv:1: PCN Code: column name given twice in the header (columns 1 and 2)");
    }

    @Test
    void practiceMapsOfEveryLayoutAreRead() {
        List<MappedPracticeRecord> icb = PracticeMapReader.parse("m.csv", "EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,"
                + "PCN_CODE,ONS_SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_CODE,ONS_ICB_CODE,ICB_CODE,"
                + "ONS_COMM_REGION_CODE,COMM_REGION_CODE\n01Jan2026,A81001,THE DENSHAM SURGERY,U89141,E38000247,16C,"
                + "E54000050,QHM,E40000012,Y63\n");
        List<MappedPracticeRecord> ccg = PracticeMapReader.parse("m.csv", "EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,"
                + "PCN_CODE,ONS_CCG_CODE,CCG_CODE,ONS_STP_CODE,STP_CODE,ONS_COMM_REGION_CODE,COMM_REGION_CODE\n"
                + "01-Sep-20,A81001,X,U,E38000247,16C,E54000050,QHM,E40000009,Y63\n");
        List<MappedPracticeRecord> qof = PracticeMapReader.parse("m.csv", "PRACTICE_CODE,PRACTICE_NAME,PCN_ODS_CODE,"
                + "CCG_ODS_CODE,CCG_ONS_CODE,STP_ODS_CODE,STP_ONS_CODE,REGION_ODS_CODE,REGION_ONS_CODE\n"
                + "A81001,X,U89141,16C,E38000247,QHM,E54000050,Y63,E40000009\n");

        assertThat(icb.get(0).extractDate()).contains(LocalDate.of(2026, 1, 1));
        assertThat(icb.get(0).commissioner()).isEqualTo("16C");
        assertThat(icb.get(0).commissionerOns()).isEqualTo("E38000247");
        assertThat(icb.get(0).system()).isEqualTo("QHM");
        assertThat(ccg.get(0).extractDate()).contains(LocalDate.of(2020, 9, 1));
        assertThat(ccg.get(0).pcn()).isEmpty();
        assertThat(qof.get(0).extractDate()).isEmpty();
        assertThat(qof.get(0).pcn()).contains("U89141");
        assertThatThrownBy(() -> PracticeMapReader.parse("m.csv", "PRACTICE_CODE,X\nA81001,1\n"))
                .isInstanceOf(OdsFileException.class)
                .hasMessageStartingWith("m.csv:1: the header fits no practice mapping layout");
    }

    @Test
    void successionRowsMapTheOdsReasonLettersAndFlags() {
        List<SuccessionRecord> rows = SuccReader.parse("succ.csv", "\"RHY\",\"RX9\",\"\",\"20060701\",\"0\"\n"
                + "\"A\",\"B\",\"F\",\"20200401\",\"1\"\n\"C\",\"D\",\"O\",\"20200401\",\"X\"\n"
                + "\"E\",\"F\",\"R\",\"20200401\",\"\"\n");

        assertThat(rows).extracting(SuccessionRecord::reason).containsExactly(SuccessionReason.UNSPECIFIED,
                SuccessionReason.CODE_CHANGE, SuccessionReason.TYPE_CHANGE, SuccessionReason.RECONFIGURATION);
        assertThat(rows).extracting(SuccessionRecord::furtherSuccession).containsExactly(false, true, false, false);
        assertThat(rows.get(0).effectiveDate()).isEqualTo(LocalDate.of(2006, 7, 1));
        assertThatThrownBy(() -> SuccReader.parse("succ.csv", "\"00C\",\"16C\",\"Z\",\"20200401\",\"0\"\n"))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("succ.csv:1: reason (column 3): 'Z' is not F, O, R or blank");
    }

    @Test
    void aByteOrderMarkAndCrlfAreRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("succ.csv");
        Files.writeString(file, "\uFEFF\"RHY\",\"RX9\",\"\",\"20060701\",\"0\"\r\n\"RHY\",\"RYE\",\"\",\"20060701\","
                + "\"0\"\r\n");

        assertThat(SuccReader.read(file, "succ.csv")).extracting(SuccessionRecord::successor)
                .containsExactly("RX9", "RYE");
    }

    @Test
    void aMissingFileAndBytesThatAreNotUtf8AreNamed(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("etr.csv");
        Files.write(bad, new byte[] {'"', 'R', (byte) 0xC3, (byte) 0x28, '"', '\n'});

        assertThatThrownBy(() -> EtrReader.read(dir.resolve("none.csv"), "ods/none.csv"))
                .isInstanceOf(OdsFileException.class)
                .hasMessageStartingWith("ods/none.csv: no such file");
        assertThatThrownBy(() -> EtrReader.read(bad, "ods/etr.csv"))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("ods/etr.csv:1: column 1: byte 0xC3 at offset 2 is not UTF-8 text (save the file as UTF-8)");
    }

    @Test
    void anEmptyLineInTheMiddleIsAnError() {
        assertThatThrownBy(() -> SuccReader.parse("succ.csv", "\"RHY\",\"RX9\",\"\",\"20060701\",\"0\"\n\n"
                + "\"RHY\",\"RYE\",\"\",\"20060701\",\"0\"\n"))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("succ.csv:2: empty line");
    }
}
