package io.github.nhsstructure.data;

import static io.github.nhsstructure.organisation.OrganisationKind.COMMISSIONING_HUB;
import static io.github.nhsstructure.organisation.OrganisationKind.CSU;
import static io.github.nhsstructure.organisation.OrganisationKind.NHS_TRUST;
import static io.github.nhsstructure.organisation.OrganisationKind.SITE;
import static io.github.nhsstructure.organisation.OrganisationKind.WELSH_HEALTH_BOARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.exception.OrganisationNotOpenException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.rebase.RebaseResult;
import io.github.nhsstructure.rebase.Rebaser;
import io.github.nhsstructure.rebase.SeriesRow;
import io.github.nhsstructure.rebase.SplitPolicy;
import io.github.nhsstructure.restructure.ChangeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Codes only the ODS successor file names (issue 11): every one is an organisation, with the kind its form gives,
 * so that successors, history and re-basing work back to the file's first rows (1992).
 */
class SuccessionCodesDataTest {

    private static final NhsStructure NHS = NhsStructure.bundled();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static List<String> successors(String code, String on) {
        return NHS.successors(code, d(on)).codes().stream().map(OdsCode::value).sorted().toList();
    }

    @Test
    void theTwoShiresAmbulanceTrustWasSplitBetweenEastMidlandsAndSouthCentralOnFirstJuly2006() {
        // succ.csv: RHY -> RX9 and RHY -> RYE, 2006-07-01; RHY is in no trust extract (closed before 2006-07-01).
        assertThat(successors("RHY", "2006-07-01")).containsExactly("RX9", "RYE");
        assertThat(successors("RHY", "2020-01-01")).containsExactly("RX9", "RYE");
        Organisation rhy = NHS.require("RHY");
        assertThat(rhy.kindOn(d("2006-06-30"))).contains(NHS_TRUST);
        assertThat(rhy.operationalPeriod().end()).isEqualTo(d("2006-07-01"));
        assertThat(rhy.nameOn(d("2006-06-30"))).contains("NHS trust RHY (name not in sources)");
        // The same day RX9 and RYE took over five more ambulance trusts: one reconfiguration of seven into two.
        assertThat(NHS.history("RHY")).anySatisfy(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.RECONFIGURED);
            assertThat(c.effectiveDate()).isEqualTo(d("2006-07-01"));
            assertThat(c.after()).extracting(OdsCode::value).containsExactly("RX9", "RYE");
        });
        // Its sites went with the services: RHY02 (to South Central), RHY05 (to East Midlands).
        assertThat(successors("RHY02", "2006-07-01")).containsExactly("RYE64");
        assertThat(successors("RHY05", "2006-07-01")).containsExactly("RX966");
        assertThat(NHS.require("RHY02").kindOn(d("2006-06-30"))).contains(SITE);
    }

    @Test
    void theSplitTrustIsOpenFromTheFirstDayOfNhsTrustsAsFarAsTheDataKnowsAndThatOpeningIsUncertain() {
        // The opening of RHY is in no source: its period starts on the first day of NHS trusts (docs/domain.md T08).
        Organisation rhy = NHS.require("RHY");
        assertThat(rhy.operationalPeriod().start()).isEqualTo(d("1991-04-01"));
        assertThat(rhy.provenance().certainty()).isEqualTo(Certainty.UNCERTAIN);
        assertThat(NHS.organisation("RHY", d("2005-01-01"))).hasValueSatisfying(o -> {
            assertThat(o.kindOn(d("2005-01-01"))).contains(NHS_TRUST);
            assertThat(o.nameOn(d("2005-01-01"))).contains("NHS trust RHY (name not in sources)");
        });
        assertThat(NHS.asOf(d("2005-01-01")).organisation("RHY")).isPresent();
        assertThat(NHS.history("RHY").get(0)).satisfies(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.CREATED);
            assertThat(c.effectiveDate()).isEqualTo(d("1991-04-01"));
            assertThat(c.provenance().certainty()).isEqualTo(Certainty.UNCERTAIN);
        });
        // On 2005-01-01 it is still open; its next change is the split, effective 2006-07-01.
        assertThat(NHS.successors("RHY", d("2005-01-01")).successors())
                .singleElement().satisfies(r -> assertThat(r.isSelf()).isTrue());
        assertThat(NHS.nextChange("RHY", d("2005-01-01"))).hasValueSatisfying(c ->
                assertThat(c.effectiveDate()).isEqualTo(d("2006-07-01")));
        assertThat(rhy.successors()).extracting(s -> s.successor().value() + " " + s.effectiveDate())
                .containsExactlyInAnyOrder("RX9 2006-07-01", "RYE 2006-07-01");
        // Before the first NHS trusts it was not open, and the refusal says the dates are uncertain.
        assertThatThrownBy(() -> NHS.asOf(d("1990-01-01")).require("RHY"))
                .isInstanceOf(OrganisationNotOpenException.class).hasMessageEndingWith("(dates UNCERTAIN)");
    }

    @Test
    void aValueOfTheSplitTrustDatedBeforeItsFirstEvidenceIsRebasedThroughTheSplit() {
        // It used to be unmapped, "dated before the organisation opened" (2006-06-30).
        RebaseResult result = Rebaser.onto(NHS, d("2010-04-01"), SplitPolicy.EQUAL)
                .rebase(List.of(new SeriesRow(1, "RHY", d("2005-01-01"), new BigDecimal("10"))));

        assertThat(result.unmapped()).isEmpty();
        Map<String, BigDecimal> totals = new TreeMap<>();
        result.totals().forEach((code, value) -> totals.put(code.value(), value));
        assertThat(totals).containsOnlyKeys("RX9", "RYE");
        assertThat(totals.values()).allSatisfy(v -> assertThat(v).isEqualByComparingTo("5"));
        assertThat(result.balances()).isTrue();
    }

    @Test
    void eachKindOfCodeWhoseOpeningIsNotInTheSourcesStartsWhenItsKindCouldFirstHaveExisted() {
        // Never later than the first evidence; a code taken over into keeps that day (RYE64, 0DE).
        assertThat(NHS.require("RHY02").operationalPeriod().start()).isEqualTo(d("1992-03-31"));
        assertThat(NHS.require("RYE64").operationalPeriod().start()).isEqualTo(d("2006-07-01"));
        assertThat(NHS.require("0AA").operationalPeriod().start()).isEqualTo(d("2013-04-01"));
        assertThat(NHS.require("0DE").operationalPeriod().start()).isEqualTo(d("2015-04-01"));
        assertThat(NHS.require("BF1").operationalPeriod().start()).isEqualTo(d("1992-03-31"));
        // Every NHS trust only succ.csv names opens on the first day of NHS trusts, none earlier.
        List<Organisation> placeholders = NHS.organisationsEverOfKind(NHS_TRUST).stream()
                .filter(o -> o.name().endsWith("(name not in sources)")).toList();
        assertThat(placeholders).hasSize(270).allSatisfy(o ->
                assertThat(o.operationalPeriod().start()).as(o.code().value()).isEqualTo(d("1991-04-01")));
    }

    @Test
    void aValueOfTheSplitTrustIsRebasedOntoItsSuccessors() {
        RebaseResult result = Rebaser.onto(NHS, d("2010-04-01"), SplitPolicy.EQUAL)
                .rebase(List.of(new SeriesRow(1, "RHY", d("2006-06-30"), new BigDecimal("10"))));

        assertThat(result.unmapped()).isEmpty();
        Map<String, BigDecimal> totals = new TreeMap<>();
        result.totals().forEach((code, value) -> totals.put(code.value(), value));
        assertThat(totals).containsOnlyKeys("RX9", "RYE");
        assertThat(result.balances()).isTrue();
    }

    static Stream<Arguments> firstRowsOfTheFile() {
        return Stream.of(
                // 1992: a directly managed unit became an NHS trust.
                Arguments.of("BF1", "1992-04-01", "RCB", OrganisationKind.OTHER),
                // 2006: PCT sites recoded with their PCT's merger.
                Arguments.of("5A203", "2006-10-01", "5PQ03", SITE),
                // 2015: commissioning support units merged.
                Arguments.of("0AA", "2015-04-01", "0DE", CSU),
                // 2015: the 2013 area team direct commissioning codes became regional hubs.
                Arguments.of("12Q", "2015-04-01", "13V", COMMISSIONING_HUB),
                // 2009: the 22 Welsh local health boards became seven health boards.
                Arguments.of("6A1", "2009-10-01", "7A6", WELSH_HEALTH_BOARD));
    }

    @ParameterizedTest(name = "{0} -> {2} on {1}")
    @MethodSource("firstRowsOfTheFile")
    void successorsOfCodesOnlyTheSuccessorFileNames(String code, String date, String successor,
            OrganisationKind kind) {
        assertThat(successors(code, date)).contains(successor);
        Organisation o = NHS.require(code);
        assertThat(o.kindOn(d(date).minusDays(1))).contains(kind);
        assertThat(o.operationalPeriod().end()).isEqualTo(d(date));
    }

    @Test
    void noCoverageIsClaimedForSitesAndOtherCodes() {
        assertThat(NHS.coverage().of(SITE)).isEmpty();
        assertThat(NHS.coverage().of(OrganisationKind.OTHER)).isEmpty();
        assertThat(NHS.coverage().of(CSU)).isEmpty();
        // NHS trust coverage still starts in 2013: the trusts closed before then are known only from succ.csv.
        assertThat(NHS.coverage().of(NHS_TRUST).orElseThrow().start()).isEqualTo(d("2013-04-01"));
    }
}
