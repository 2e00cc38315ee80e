package io.github.nhsstructure;

import static io.github.nhsstructure.Fixture.ICBS;
import static io.github.nhsstructure.Fixture.MERGER;
import static io.github.nhsstructure.organisation.OrganisationKind.CCG;
import static io.github.nhsstructure.organisation.OrganisationKind.GP_PRACTICE;
import static io.github.nhsstructure.organisation.OrganisationKind.ICB;
import static io.github.nhsstructure.organisation.OrganisationKind.REGION;
import static io.github.nhsstructure.organisation.OrganisationKind.STP;
import static io.github.nhsstructure.organisation.OrganisationKind.SUB_ICB_LOCATION;
import static io.github.nhsstructure.organisation.RelationshipType.COMMISSIONED_BY;
import static io.github.nhsstructure.organisation.RelationshipType.IN_REGION;
import static io.github.nhsstructure.organisation.RelationshipType.MEMBER_OF;
import static io.github.nhsstructure.organisation.RelationshipType.PART_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.exception.NhsStructureException;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.ProviderType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.organisation.SuccessionReason;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Source;
import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.StructureDataProvider;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entry point {@link NhsStructure} over the fictional fixture (see {@code fixture/README.md}). */
class NhsStructureFixtureTest {

    private static NhsStructure nhs;

    @BeforeAll
    static void load() {
        nhs = Fixture.structure();
    }

    private static List<String> codes(List<Organisation> organisations) {
        return organisations.stream().map(o -> o.code().value()).toList();
    }

    @Test
    void dataVersionAndSize() {
        assertThat(nhs.dataVersion()).isEqualTo(Fixture.VERSION);
        assertThat(codes(nhs.organisations())).containsExactly(
                "7Z9", "90A", "90B", "90C", "90D", "9H0", "9H1", "9H2", "9P1", "E06000902", "E08000901", "E10000901",
                "Q90", "Q9A", "Q9B", "Q9C", "R9A", "W90001", "Y90", "Y90101", "Y91", "Y92", "Y93", "Z90001", "Z90002",
                "Z90301");
        assertThat(nhs).hasToString("NhsStructure[fixture, 26 organisations, 2013-04-01/..]");
    }

    @Test
    void aTrustBecomesAFoundationTrustAndItsProviderTypeIsDated() {
        Organisation trust = nhs.require("R9A");
        assertThat(trust.kindOn(LocalDate.of(2016, 3, 31))).contains(OrganisationKind.NHS_TRUST);
        assertThat(trust.kindOn(LocalDate.of(2016, 4, 1))).contains(OrganisationKind.NHS_FOUNDATION_TRUST);
        assertThat(trust.providerTypeOn(LocalDate.of(2018, 3, 31))).contains(ProviderType.ACUTE);
        assertThat(trust.providerTypes().entryAt(LocalDate.of(2018, 4, 1)).orElseThrow().provenance().isUncertain())
                .isTrue();
        assertThat(nhs.require("90A").providerTypes().isEmpty()).isTrue();
    }

    @Test
    void sourcesAreReadInFileOrderWithEveryField() {
        assertThat(nhs.sources()).extracting(Source::id).containsExactly("fixture-curated", "fixture-ods", "fixture-ons");
        Source curated = nhs.sources().get(0);
        assertThat(curated.title()).isEqualTo("Fictional curated facts, for engine tests");
        assertThat(curated.publisher()).isEqualTo("nhs-structure tests");
        assertThat(curated.extractDate()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(curated.licence()).isEqualTo("OGL-3.0");
        assertThat(curated.origin()).startsWith("nhs-structure-core/src/test/resources/fixture");
    }

    @Test
    void coverageIsPerKindWithAnOverallSpan() {
        Coverage coverage = nhs.coverage();
        assertThat(coverage.period()).isEqualTo(DateRange.from(LocalDate.of(2013, 4, 1)));
        assertThat(coverage.of(CCG)).contains(DateRange.parse("2013-04-01/2022-07-01"));
        assertThat(coverage.of(STP)).contains(DateRange.parse("2016-04-01/2022-07-01"));
        assertThat(coverage.of(ICB)).contains(DateRange.from(ICBS));
        assertThat(coverage.of(OrganisationKind.PCN)).isEmpty();
        assertThat(coverage.covers(CCG, ICBS.minusDays(1))).isTrue();
        assertThat(coverage.covers(CCG, ICBS)).isFalse();
        assertThat(coverage.entry(STP).orElseThrow().provenance().sourceIds())
                .containsExactly("fixture-ods", "fixture-curated");
        assertThat(coverage.entry(SUB_ICB_LOCATION).orElseThrow().note())
                .isEqualTo("sub-ICB locations, the former CCG codes, from 2022-07-01");
        // entries are in kind (enum) order, not file order
        assertThat(coverage.entries()).extracting(Coverage.KindCoverage::kind)
                .containsExactly(REGION, CCG, STP, ICB, SUB_ICB_LOCATION, GP_PRACTICE);
    }

    @Test
    void organisationFindsByCodeTextWhateverTheCase() {
        assertThat(nhs.organisation("90D")).map(Organisation::code).contains(OdsCode.of("90D"));
        assertThat(nhs.organisation(" q90 ")).map(Organisation::code).contains(OdsCode.of("Q90"));
        assertThat(nhs.organisation(OdsCode.of("Z90001"))).isPresent();
        assertThat(nhs.organisation("99X")).isEmpty();
        assertThat(nhs.organisation("not a code")).isEmpty();
        // closed organisations are still found: the structure holds every organisation whenever it existed
        assertThat(nhs.organisation("90A")).isPresent();
    }

    @Test
    void requireAcceptsLowerCaseAndRejectsUnknownCodes() {
        assertThat(nhs.require("z90001").code()).isEqualTo(OdsCode.of("Z90001"));
        assertThat(nhs.require(OdsCode.of("Y91")).name()).isEqualTo("FICTIONAL SOUTH REGION");
        assertThatThrownBy(() -> nhs.require("99X"))
                .isInstanceOfSatisfying(UnknownOrganisationException.class, e -> {
                    assertThat(e.code()).isEqualTo("99X");
                    assertThat(e.isWellFormed()).isTrue();
                })
                .hasMessage("unknown organisation code '99X' (not in dataset fixture)");
        assertThatThrownBy(() -> nhs.require("9-9"))
                .isInstanceOfSatisfying(UnknownOrganisationException.class,
                        e -> assertThat(e.isWellFormed()).isFalse())
                .hasMessageContaining("'9-9'");
        assertThatThrownBy(() -> nhs.require(OdsCode.of("99X"))).isInstanceOf(UnknownOrganisationException.class);
    }

    @Test
    void organisationsEverOfKindIncludeClosedOnesInCodeOrder() {
        assertThat(codes(nhs.organisationsEverOfKind(CCG))).containsExactly("90A", "90B", "90C", "90D");
        assertThat(codes(nhs.organisationsEverOfKind(REGION))).containsExactly("Y90", "Y91", "Y92", "Y93");
        assertThat(codes(nhs.organisationsEverOfKind(ICB))).containsExactly("Q90");
        assertThat(nhs.organisationsEverOfKind(OrganisationKind.PCN)).isEmpty();
    }

    @Test
    void kindsAndNamesChangeOnTheRestructureDate() {
        Organisation q90 = nhs.require("Q90");
        assertThat(q90.kindOn(ICBS.minusDays(1))).contains(STP);
        assertThat(q90.kindOn(ICBS)).contains(ICB);
        assertThat(q90.nameOn(ICBS.minusDays(1))).contains("FICTIONAL HEALTH AND CARE PARTNERSHIP, NORTH");
        assertThat(q90.nameOn(ICBS)).contains("NHS FICTIONAL INTEGRATED CARE BOARD");
        Organisation d = nhs.require("90D");
        assertThat(d.kindOn(ICBS.minusDays(1))).contains(CCG);
        assertThat(d.kindOn(ICBS)).contains(SUB_ICB_LOCATION);
        assertThat(d.kinds().entryAt(ICBS).orElseThrow().provenance().certainty()).isEqualTo(Certainty.HIGH);
    }

    @Test
    void targetIsTheFastPointLookup() {
        OdsCode practice = OdsCode.of("Z90001");
        assertThat(nhs.target(practice, COMMISSIONED_BY, MERGER.minusDays(1))).contains(OdsCode.of("90A"));
        assertThat(nhs.target(practice, COMMISSIONED_BY, MERGER)).contains(OdsCode.of("90D"));
        assertThat(nhs.target(practice, PART_OF, MERGER)).isEmpty();
        assertThat(nhs.target(OdsCode.of("90D"), PART_OF, ICBS)).contains(OdsCode.of("Q90"));
        assertThat(nhs.target(OdsCode.of("90D"), PART_OF, ICBS.minusDays(1))).isEmpty();
        // no coverage check on the fast path: a date before the data is simply "no link"
        assertThat(nhs.target(practice, COMMISSIONED_BY, LocalDate.of(2000, 1, 1))).isEmpty();
        assertThatThrownBy(() -> nhs.target(OdsCode.of("99X"), PART_OF, ICBS))
                .isInstanceOf(UnknownOrganisationException.class);
    }

    @Test
    void aMergerIsRecordedOnBothSides() {
        Succession a = new Succession(OdsCode.of("90A"), OdsCode.of("90D"), MERGER,
                SuccessionReason.RECONFIGURATION, io.github.nhsstructure.provenance.Provenance.of("fixture-ods",
                        Certainty.HIGH));
        assertThat(nhs.require("90A").successors()).containsExactly(a);
        assertThat(nhs.require("90A").predecessors()).isEmpty();
        assertThat(nhs.require("90D").predecessors()).extracting(s -> s.predecessor().value())
                .containsExactly("90A", "90B", "90C");
        assertThat(nhs.require("90D").predecessors()).allMatch(s -> s.effectiveDate().equals(MERGER));
        // the effective date is the first day of the new structure: the day after the predecessor's last day
        assertThat(nhs.require("90A").operationalPeriod().end()).isEqualTo(a.effectiveDate());
        assertThat(nhs.require("90D").operationalPeriod().start()).isEqualTo(a.effectiveDate());
    }

    @Test
    void aSplitIsRecordedOnBothSides() {
        List<Succession> split = nhs.require("Y91").successors();
        assertThat(split).extracting(s -> s.successor().value()).containsExactly("Y92", "Y93");
        assertThat(split).allSatisfy(s -> {
            assertThat(s.effectiveDate()).isEqualTo(MERGER);
            assertThat(s.provenance().sourceIds()).containsExactly("fixture-ods", "fixture-curated");
        });
        assertThat(nhs.require("Y92").predecessors()).containsExactly(split.get(0));
        assertThat(nhs.require("Y93").predecessors()).containsExactly(split.get(1));
    }

    @Test
    void successionsAreListedOnceInDateOrder() {
        assertThat(nhs.successions()).extracting(Succession::toString).containsExactly(
                "90A -> 90D on 2020-04-01", "90B -> 90D on 2020-04-01", "90C -> 90D on 2020-04-01",
                "Y91 -> Y92 on 2020-04-01", "Y91 -> Y93 on 2020-04-01", "Z90002 -> Z90001 on 2021-10-01",
                "E10000901 -> E06000902 on 2023-04-01");
        Succession practice = nhs.successions().get(5);
        assertThat(practice.reason()).isEqualTo(SuccessionReason.UNSPECIFIED);
        assertThat(practice.provenance().certainty()).isEqualTo(Certainty.MEDIUM);
    }

    @Test
    void uncertainFactsAreShippedMarked() {
        assertThat(nhs.require("90C").relationships())
                .filteredOn(r -> r.type() == MEMBER_OF)
                .singleElement()
                .satisfies(r -> assertThat(r.provenance().isUncertain()).isTrue());
        assertThat(nhs.require("90A").relationships()).noneMatch(r -> r.provenance().isUncertain());
    }

    @Test
    void fromUsesTheProvidersDataset() {
        Dataset dataset = Fixture.dataset();
        NhsStructure loaded = NhsStructure.from(new StructureDataProvider() {
            @Override
            public String name() {
                return "fixture";
            }

            @Override
            public Dataset load() {
                return dataset;
            }
        });
        assertThat(loaded.dataVersion()).isEqualTo(dataset.version());
        assertThat(loaded.organisations()).isSameAs(dataset.organisations());
        assertThat(loaded.asOf(ICBS).count(ICB)).isEqualTo(1);
    }

    @Test
    void relationshipTargetsAreOrganisations() {
        for (Organisation o : nhs.organisations()) {
            o.relationships().forEach(r -> assertThat(nhs.organisation(r.target())).as("%s", r).isPresent());
            o.relationships().forEach(r -> assertThat(o.operationalPeriod().encloses(r.period())).as("%s", r)
                    .isTrue());
        }
    }

    /** The core module has no provider on its test class path, so bundled() must explain what to add. */
    @Test
    void bundledWithoutAProviderExplainsWhatIsMissing() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(NhsStructure::bundled)
                    .as("attempt %d: a failed load is not cached", attempt)
                    .isExactlyInstanceOf(NhsStructureException.class)
                    .hasMessageContaining("no StructureDataProvider is registered")
                    .hasMessageContaining("nhs-structure-data")
                    .hasMessageContaining("NhsStructure.from(provider)");
        }
    }
}
