package io.github.nhsstructure.data;

import static io.github.nhsstructure.organisation.OrganisationKind.CCG;
import static io.github.nhsstructure.organisation.OrganisationKind.ICB;
import static io.github.nhsstructure.organisation.OrganisationKind.REGION;
import static io.github.nhsstructure.organisation.OrganisationKind.SUB_ICB_LOCATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.exception.OrganisationNotOpenException;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.provenance.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Published facts about the English NHS, checked against the bundled data. */
class BundledGoldenFactsTest {

    private static final NhsStructure NHS = NhsStructure.bundled();

    static Stream<Arguments> publishedCounts() {
        return Stream.of(
                // docs/domain.md 1.1: 211 CCGs at go-live, 2013-04-01 (S49).
                Arguments.of(CCG, "2013-04-01", 211),
                // docs/domain.md 1.1: 209 after the Newcastle Gateshead merger (derived, U in docs/domain.md; the data agrees).
                Arguments.of(CCG, "2015-04-01", 209),
                // ODS opens 13T (NHS Newcastle Gateshead CCG) on 2014-11-26 while its three predecessors close
                // on 2015-03-31 and succ.csv dates the merger 2015-04-01: so the data has 212 CCGs for four
                // months. Kept as published, marked UNCERTAIN, listed in data-quality.csv.
                Arguments.of(CCG, "2015-03-31", 212),
                // 195 after the April 2018 mergers (S58), 191 after April 2019 (S58), 135 after April 2020 (S58).
                Arguments.of(CCG, "2018-04-01", 195),
                Arguments.of(CCG, "2019-04-01", 191),
                Arguments.of(CCG, "2020-04-01", 135),
                // docs/domain.md 1.1: 106 CCGs after the April 2021 mergers (S58).
                Arguments.of(CCG, "2021-04-01", 106),
                // Health and Care Act 2022: every CCG abolished on 2022-07-01.
                Arguments.of(CCG, "2022-07-01", 0),
                Arguments.of(CCG, "2022-06-30", 106),
                // 42 ICBs established 2022-07-01 (S84).
                Arguments.of(ICB, "2022-07-01", 42),
                // The 106 CCG codes carried on as sub-ICB locations (ONS LOC22 lookup has 106).
                Arguments.of(SUB_ICB_LOCATION, "2022-07-01", 106),
                // Seven NHS England regions from 2019-04-01 (S69, S70).
                Arguments.of(REGION, "2022-07-01", 7),
                Arguments.of(REGION, "2019-04-01", 7),
                // Four commissioning regions in 2013; South split into South East and South West on 2018-04-01.
                Arguments.of(REGION, "2013-04-01", 4),
                Arguments.of(REGION, "2018-04-01", 5));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("publishedCounts")
    void publishedCount(OrganisationKind kind, String date, int expected) {
        assertThat(NHS.asOf(LocalDate.parse(date)).count(kind)).isEqualTo(expected);
    }

    @Test
    void subIcbLocation02pIsPartOfSouthYorkshireIcbInNorthEastAndYorkshire() {
        StructureView view = NHS.asOf(LocalDate.of(2022, 7, 1));
        Organisation sicbl = view.require("02P");
        assertThat(sicbl.kindOn(view.date())).contains(SUB_ICB_LOCATION);
        assertThat(sicbl.kindOn(LocalDate.of(2022, 6, 30))).contains(CCG);
        // Up the chain: ICB, region, NHS England (the region is PART_OF it), the Department (ACCOUNTABLE_TO).
        assertThat(view.parents("02P")).extracting(o -> o.code().value())
                .containsExactly("QF7", "Y63", "X24", "ZZN01");
        assertThat(view.parent("QF7", RelationshipType.IN_REGION)).map(o -> o.code().value()).contains("Y63");
        assertThat(view.children("QF7", RelationshipType.PART_OF)).extracting(o -> o.code().value())
                .contains("02P");
    }

    @Test
    void gatesheadAndNewcastleCcgsMergedIntoNewcastleGatesheadIn2015() {
        // NHS Gateshead CCG (00F) closed 2015-03-31; its successor is 13T from 2015-04-01 (ODS succ.csv).
        Organisation gateshead = NHS.require("00F");
        assertThat(gateshead.operationalPeriod().end()).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(gateshead.successors()).extracting(Succession::successor, Succession::effectiveDate)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        io.github.nhsstructure.organisation.OdsCode.of("13T"), LocalDate.of(2015, 4, 1)));
        assertThatThrownBy(() -> NHS.asOf(LocalDate.of(2016, 1, 1)).require("00F"))
                .isInstanceOf(OrganisationNotOpenException.class)
                .hasMessageContaining("open 2013-04-01 to 2015-03-31");
    }

    @Test
    void regionsOf2019ReplacedTheFourCommissioningRegions() {
        List<String> regions = NHS.asOf(LocalDate.of(2019, 4, 1)).organisations(REGION).stream()
                .map(o -> o.code().value()).toList();
        assertThat(regions).containsExactly("Y56", "Y58", "Y59", "Y60", "Y61", "Y62", "Y63");
    }

    @Test
    void everySourceIsOpenGovernmentLicensed() {
        assertThat(NHS.sources()).isNotEmpty().allSatisfy(s -> assertThat(s.licence()).contains("OGL"));
        assertThat(NHS.sources()).extracting(Source::id).doesNotHaveDuplicates();
    }

    @Test
    void datesOutsideCoverageAreRefused() {
        LocalDate before = NHS.coverage().period().start().minusDays(1);
        assertThatThrownBy(() -> NHS.asOf(before)).isInstanceOf(OutsideCoverageException.class);
        LocalDate beforeIcbs = LocalDate.of(2022, 6, 30);
        assertThatThrownBy(() -> NHS.asOf(beforeIcbs).count(SUB_ICB_LOCATION))
                .isInstanceOf(OutsideCoverageException.class)
                .hasMessageContaining("SUB_ICB_LOCATION");
    }
}
