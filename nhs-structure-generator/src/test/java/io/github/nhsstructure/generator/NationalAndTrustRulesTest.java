package io.github.nhsstructure.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.ods.EtrReader;
import io.github.nhsstructure.ods.SuccReader;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.ProviderType;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the national-body and trust sources, on small inline inputs. */
class NationalAndTrustRulesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "MANCHESTER UNIVERSITY NHS FOUNDATION TRUST | NHS_FOUNDATION_TRUST",
        "BARTS HEALTH NHS TRUST | NHS_TRUST",
        "PORTSMOUTH HOSPITALS UNIVERSITY NATIONAL HEALTH SERVICE TRUST | NHS_TRUST",
        "KENT AND MEDWAY NHS AND SOCIAL CARE PARTNERSHIP TRUST | NHS_TRUST"})
    void theKindFollowsTheName(String name, OrganisationKind kind) {
        assertThat(TrustSource.kindOf(name)).contains(kind);
    }

    @Test
    void aNameThatIsNoNhsTrustsGivesNoKind() {
        assertThat(TrustSource.kindOf("SPIRE HEALTHCARE LIMITED")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "LONDON AMBULANCE SERVICE NHS TRUST | AMBULANCE | MEDIUM",
        "THE CHRISTIE NHS FOUNDATION TRUST | SPECIALIST | MEDIUM",
        "GREAT ORMOND STREET HOSPITAL FOR CHILDREN NHS FOUNDATION TRUST | SPECIALIST | MEDIUM",
        "BIRMINGHAM WOMEN'S AND CHILDREN'S NHS FOUNDATION TRUST | SPECIALIST | MEDIUM",
        "THE ROYAL ORTHOPAEDIC HOSPITAL NHS FOUNDATION TRUST | SPECIALIST | MEDIUM",
        "BIRMINGHAM AND SOLIHULL MENTAL HEALTH NHS FOUNDATION TRUST | MENTAL_HEALTH | MEDIUM",
        "OXFORDSHIRE LEARNING DISABILITY NHS TRUST | MENTAL_HEALTH | MEDIUM",
        "KENT COMMUNITY HEALTH NHS FOUNDATION TRUST | COMMUNITY | MEDIUM",
        "SHEFFIELD TEACHING HOSPITALS NHS FOUNDATION TRUST | ACUTE | MEDIUM",
        "SUSSEX PARTNERSHIP NHS FOUNDATION TRUST | MENTAL_HEALTH | UNCERTAIN",
        "STAFFORDSHIRE AND STOKE ON TRENT PARTNERSHIP NHS TRUST | OTHER | UNCERTAIN",
        "BARTS HEALTH NHS TRUST | OTHER | UNCERTAIN"})
    void theProviderTypeFollowsAKeywordOfTheName(String name, ProviderType type, Certainty certainty) {
        assertThat(TrustSource.providerType(name)).isEqualTo(new TrustSource.Derived(type, certainty));
    }

    /** An etr.csv row in the ODS layout. */
    private static String etrRow(String code, String name, String region, String open, String close) {
        List<String> fields = new ArrayList<>(Collections.nCopies(27, ""));
        fields.set(0, code);
        fields.set(1, name);
        fields.set(2, region);
        fields.set(3, "QHM");
        fields.set(10, open);
        fields.set(11, close);
        return "\"" + String.join("\",\"", fields) + "\"\r\n";
    }

    private static TrustSource.Snapshot snapshot(String id, LocalDate date, String text) {
        return TrustSource.etr(id, id + ".csv", date, EtrReader.parse(id + ".csv", text));
    }

    private static final LocalDate FIRST = LocalDate.of(2018, 8, 31);
    private static final LocalDate SECOND = LocalDate.of(2021, 10, 1);

    private static List<Model.Name> namesAfter(String succText) {
        Model model = new Model();
        Sources.ALL.forEach(model::addSource);
        QualityReport quality = new QualityReport();
        TrustSource.Snapshot a = snapshot(NationalAndTrustSources.ETR_2018, FIRST,
                etrRow("RXX", "OLD NAME NHS TRUST", "Y59", "19940401", ""));
        TrustSource.Snapshot b = snapshot(NationalAndTrustSources.ETR_2025, SECOND,
                etrRow("RXX", "NEW NAME NHS TRUST", "Y59", "19940401", ""));
        SuccessionFile succ = SuccessionFile.of(SuccReader.parse(Sources.SUCC_FILE, succText));
        new TrustSource(List.of(a, b), succ, quality).addTo(model);
        return model.names();
    }

    @Test
    void aRenameIsPutOnTheDayOfASuccessionIntoTheTrust() {
        List<Model.Name> names = namesAfter("\"5QH\",\"RXX\",\"\",\"20200401\",\"0\"\r\n");

        assertThat(names).filteredOn(n -> n.name().equals("NEW NAME NHS TRUST"))
                .extracting(n -> n.period().start()).contains(LocalDate.of(2020, 4, 1));
        assertThat(names).filteredOn(n -> n.name().equals("OLD NAME NHS TRUST"))
                .allSatisfy(n -> assertThat(n.period().endOrMax()).isBeforeOrEqualTo(LocalDate.of(2020, 4, 1)));
    }

    @Test
    void aRenameNoSourceDatesIsPutOnTheLaterSnapshotAndTheOldNameIsUncertainUntilThen() {
        List<Model.Name> names = namesAfter("\"AAA\",\"BBB\",\"\",\"20200401\",\"0\"\r\n");

        assertThat(names).filteredOn(n -> n.period().contains(LocalDate.of(2020, 1, 1))).singleElement()
                .satisfies(n -> {
                    assertThat(n.name()).isEqualTo("OLD NAME NHS TRUST");
                    assertThat(n.evidence().certainty()).isEqualTo(Certainty.UNCERTAIN);
                    assertThat(n.period().end()).isEqualTo(SECOND);
                });
        // Before 2013-04-01 a name seen only later is UNCERTAIN; after the last snapshot it is assumed (MEDIUM).
        assertThat(names).filteredOn(n -> n.period().contains(LocalDate.of(2000, 1, 1))).singleElement()
                .satisfies(n -> assertThat(n.evidence().certainty()).isEqualTo(Certainty.UNCERTAIN));
        assertThat(names).filteredOn(n -> n.period().contains(LocalDate.of(2024, 1, 1))).singleElement()
                .satisfies(n -> assertThat(n.evidence().certainty()).isEqualTo(Certainty.MEDIUM));
    }

    @Test
    void aTrustSheetRowWithAMalformedDateNamesFileLineAndField() {
        String text = "ORGANISATION NAME,ORG CODE,NATIONAL GROUPING,HLHG,ORG TYPE,LOOKUP TO STP PARTNERS,Open date,"
                + "Close Date,Reason not in partner list\r\n"
                + "SOLENT NHS TRUST,R1C,Y57,Q70,J,R1C,20110401\r\n"
                + "ISLE OF WIGHT NHS TRUST,R1F,Y57,Q70,J,R1F,2012-04-01\r\n";
        List<RawRow> rows = RawCsv.parse(NationalAndTrustSources.ETR_2016_FILE, text, true);

        assertThatThrownBy(() -> TrustSource.stpWorkbook(rows)).isInstanceOf(RawDataException.class)
                .hasMessage("ods-2017-openprescribing/stps_Trusts.csv:3: Open date: '2012-04-01' is not a date"
                        + " (YYYYMMDD)");
    }

    @Test
    void aTrustExtractThatRecordsAnOpeningAfterItsDateIsRefused() {
        assertThatThrownBy(() -> snapshot(NationalAndTrustSources.ETR_2018, FIRST,
                etrRow("RXX", "OLD NAME NHS TRUST", "Y59", "19940401", "")
                        + etrRow("R0A", "MANCHESTER UNIVERSITY NHS FOUNDATION TRUST", "Y54", "20190101", "")))
                .isInstanceOf(RawDataException.class)
                .hasMessage("ods-etr-2018-08.csv:2: open date: 2019-01-01 is after the day the file speaks for,"
                        + " 2018-08-31");
    }

    @Test
    void curatedFilesSkipCommentsAndKeepTheirLineNumbers() {
        String text = "# a comment\n\ncode,fact\n# another\nX24,NAME\n";
        List<RawRow> rows = CuratedCsv.parse("curated/x.csv", text);

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.get("fact")).isEqualTo("NAME");
        });
        assertThatThrownBy(() -> CuratedCsv.parse("curated/x.csv", "a,b\n1,2,3\n"))
                .isInstanceOf(RawDataException.class).hasMessage("curated/x.csv:2: expected 2 fields (as the header)"
                        + " but found 3");
    }

    @Test
    void aCuratedRowMustCiteDomainKeys() {
        String header = "code,fact,start,end_exclusive,value,certainty,source,note\n";
        List<RawRow> bodies = CuratedCsv.parse(NationalAndTrustSources.NATIONAL_BODIES_FILE, header
                + "ZZN01,ORGANISATION,1988-07-25,,,MEDIUM,Wikipedia,\n");
        Model model = new Model();

        assertThatThrownBy(() -> new NationalSource(bodies, List.of()).addTo(model))
                .isInstanceOf(RawDataException.class)
                .hasMessage("curated/national-bodies.csv:2: source: 'Wikipedia' is not a docs/domain.md key (T.., S.. or C..)");
    }
}
