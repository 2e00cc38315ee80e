package io.github.nhsstructure.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.OnsCodeUse;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ONS (GSS) codes in the bundled data: real codes resolved on real dates, and every row checked. */
class OnsCodesDataTest {

    private static final NhsStructure NHS = NhsStructure.bundled();

    /**
     * Real codes on real dates, either side of the code changes: ONS recoded Y63 (North East and Yorkshire) and Y60
     * (Midlands) on 2022-07-01, Surrey Heartlands (QXU) and Sussex (QNX) ICBs on 2023-04-01 and East of England
     * (Y61) and North West (Y62) in 2024, while their ODS codes stayed (ONS Code History Database; the January 2026
     * practice mapping file gives the new codes; docs/domain.md 3.3, NHS England region).
     */
    @ParameterizedTest
    @CsvSource({
        "E40000009, 2022-06-30, Y63",
        "E40000012, 2022-07-01, Y63",
        "E40000008, 2022-06-30, Y60",
        "E40000011, 2022-07-01, Y60",
        "E54000052, 2023-03-31, QXU",
        "E54000063, 2023-04-01, QXU",
        "E54000053, 2023-03-31, QNX",
        "E54000064, 2023-04-01, QNX",
        "E40000007, 2023-12-31, Y61",
        "E40000013, 2024-01-01, Y61",
        "E40000013, 2026-01-01, Y61",
        "E40000014, 2026-01-01, Y62",
        // A CCG: NHS North Manchester CCG, 2013-04-01 to 2017-03-31.
        "E38000123, 2016-06-01, 01M",
        // A sub-ICB location that kept its CCG's ONS code: 02P (Barnsley).
        "E38000006, 2016-06-01, 02P",
        "E38000006, 2023-06-01, 02P",
        // A PCT (South Gloucestershire) and a care trust acting as one (Northumberland).
        "E16000001, 2012-01-01, 5A3",
        "E17000001, 2012-01-01, TAC",
        // An SHA of 2006-2013 (paired by the curated file, UNCERTAIN).
        "E18000001, 2010-01-01, Q30",
        // An area team and a local office.
        "E39000008, 2014-01-01, Q51",
        "E39000039, 2018-01-01, Q74",
        // NHS England region London, never recoded.
        "E40000003, 2013-04-01, Y56",
        // An STP, then the ICB of the same ODS code.
        "E54000009, 2020-01-01, QF7",
        "E54000061, 2022-07-01, QF7",
        // The April 2026 ICBs: NHS Essex ICB (docs/domain.md T67, S101) and NHS Central East ICB.
        "E54000066, 2026-04-01, D7T5G",
        "E54000065, 2026-06-01, S1Y5D",
        // A local authority is keyed by its GSS code: Hartlepool.
        "E06000001, 2020-01-01, E06000001",
    })
    void anOnsCodeNamesTheOrganisationThatBoreItOnTheDate(String ons, LocalDate date, String ods) {
        Organisation o = NHS.require(ons, date);
        assertThat(o.code()).isEqualTo(OdsCode.of(ods));
        assertThat(o.onsCodeOn(date)).contains(OnsCode.of(ons));
    }

    @Test
    void theCodeChangesAreDatedWhileTheOdsCodeStays() {
        assertThat(NHS.require("Y63").onsCodes().entries()).extracting(e -> e.value() + " " + e.period())
                .containsExactly("E40000009 2019-04-01/2022-07-01", "E40000012 2022-07-01/..");
        assertThat(NHS.require("QXU").onsCodes().entries()).extracting(e -> e.value() + " " + e.period())
                .endsWith("E54000052 2020-03-31/2023-04-01", "E54000063 2023-04-01/2026-04-01");
        assertThat(NHS.require("QNX").onsCodeOn(LocalDate.of(2023, 4, 1))).contains(OnsCode.of("E54000064"));
        assertThat(NHS.require("E06000001").onsCodes().entries()).singleElement()
                .satisfies(e -> assertThat(e.value()).isEqualTo(OnsCode.of("E06000001")));
    }

    @Test
    void anOnsCodeOnADateNoOneBoreItSaysWhoBoreItAndWhen() {
        UnknownOrganisationException e = catchThrowableOfType(UnknownOrganisationException.class,
                () -> NHS.require("E40000009", LocalDate.of(2023, 1, 1)));
        assertThat(e).hasMessage("no organisation bore ONS code E40000009 on 2023-01-01: it was borne by Y63 (North"
                + " East and Yorkshire) from 2019-04-01 to 2022-06-30");
        assertThat(catchThrowableOfType(UnknownOrganisationException.class,
                () -> NHS.require("E54000066", LocalDate.of(2026, 3, 31))))
                .hasMessage("no organisation bore ONS code E54000066 on 2026-03-31: it was borne by D7T5G (NHS Essex"
                        + " Integrated Care Board) from 2026-04-01");
        assertThat(catchThrowableOfType(UnknownOrganisationException.class,
                () -> NHS.require("E38999999", LocalDate.of(2023, 1, 1))))
                .hasMessageStartingWith("unknown organisation code 'E38999999'");
    }

    @Test
    void withoutADateAnOnsCodeNamesItsOneOrganisation() {
        assertThat(NHS.require("E40000009").code()).isEqualTo(OdsCode.of("Y63"));
        assertThat(NHS.successors("E38000123", LocalDate.of(2022, 7, 1)).codes()).extracting(OdsCode::value)
                .containsExactly("14L");
    }

    @Test
    void everyRowResolvesBackToItsOrganisationOnItsFirstAndLastDay() {
        int rows = 0;
        for (Organisation o : NHS.organisations()) {
            for (Dated<OnsCode> d : o.onsCodes().entries()) {
                rows++;
                assertThat(NHS.require(d.value().value(), d.period().start())).as("%s on %s", d, o.code())
                        .isSameAs(o);
                if (!d.period().isUnboundedEnd()) {
                    assertThat(NHS.require(d.value().value(), d.period().endInclusive())).isSameAs(o);
                }
                assertThat(o.isOpenOn(d.period().start())).isTrue();
            }
        }
        assertThat(rows).isEqualTo(NHS.onsCodeUses().size());
    }

    @Test
    void oneOrganisationPerOnsCodeOverAllTimeAndEveryUseListed() {
        Map<OnsCode, OdsCode> holder = new TreeMap<>();
        for (OnsCodeUse u : NHS.onsCodeUses()) {
            assertThat(holder.putIfAbsent(u.onsCode(), u.organisation())).as("%s", u)
                    .isIn(null, u.organisation());
            assertThat(NHS.onsCodeUses(u.onsCode())).contains(u);
        }
        // Every ONS code the data holds names its organisation without a date too.
        holder.forEach((ons, ods) -> assertThat(NHS.require(ons.value()).code()).isEqualTo(ods));
    }

    @Test
    void theRowsCoverEveryEntityTypeOfTheIssue() {
        Map<String, Integer> byEntity = new TreeMap<>();
        for (OnsCodeUse u : NHS.onsCodeUses()) {
            byEntity.merge(u.onsCode().entity(), 1, Integer::sum);
        }
        assertThat(byEntity).containsKeys("E06", "E08", "E09", "E10", "E16", "E18", "E38", "E39", "E40", "E54");
        // The 10 SHAs of 2006-2013 (E18000001-E18000010), 14 region codes of CHD E40, and every local authority.
        assertThat(byEntity.get("E18")).isEqualTo(10);
        assertThat(byEntity.get("E40")).isEqualTo(14);
        assertThat(byEntity.get("E06") + byEntity.get("E08") + byEntity.get("E09") + byEntity.get("E10"))
                .isEqualTo(NHS.organisationsEverOfKind(OrganisationKind.LOCAL_AUTHORITY).size());
    }

    @Test
    void everyRegionCcgAndSubIcbLocationOpenOnTheJanuary2026MapDateHasAnOnsCode() {
        LocalDate date = LocalDate.of(2026, 1, 1);
        for (OrganisationKind kind : new OrganisationKind[] {OrganisationKind.REGION, OrganisationKind.ICB,
            OrganisationKind.SUB_ICB_LOCATION}) {
            for (Organisation o : NHS.asOf(date).organisations(kind)) {
                assertThat(o.onsCodeOn(date)).as("%s %s", kind, o.code()).isPresent();
                assertThat(o.onsCodes().entryAt(date).orElseThrow().provenance().sourceIds())
                        .as("%s", o.code()).contains("nhsd-gp-map-2026-01");
            }
        }
        assertThat(NHS.require("Q30").onsCodes().entries().get(0).provenance().certainty())
                .isEqualTo(Certainty.UNCERTAIN);
    }
}
