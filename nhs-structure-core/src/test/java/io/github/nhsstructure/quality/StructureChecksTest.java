package io.github.nhsstructure.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.Fixture;
import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.organisation.SuccessionReason;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.provenance.Source;
import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureChecksTest {

    private static final Provenance SURE = Provenance.of("t", Certainty.HIGH);
    private static final Provenance UNSURE = Provenance.of("t", Certainty.UNCERTAIN);

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static DateRange r(String start, String end) {
        return DateRange.of(d(start), end.isEmpty() ? LocalDate.MAX : d(end));
    }

    private static Organisation.Builder org(String code, String start, String end, OrganisationKind kind,
            Provenance nameProvenance) {
        DateRange p = r(start, end);
        return Organisation.builder(OdsCode.of(code), p, SURE)
                .name(new Dated<>(p, "Name of " + code, nameProvenance))
                .kind(new Dated<>(p, kind, SURE));
    }

    private static NhsStructure structure(List<Organisation> organisations) {
        Coverage coverage = Coverage.of(List.of(
                new Coverage.KindCoverage(OrganisationKind.CCG, r("2013-04-01", "2022-07-01"), SURE, "test"),
                new Coverage.KindCoverage(OrganisationKind.REGION, r("2013-04-01", ""), SURE, "test")));
        Source source = new Source("t", "test", "tests", d("2025-01-01"), "OGL-3.0", "inline");
        return NhsStructure.of(Dataset.of("t", List.of(source), coverage, organisations));
    }

    @Test
    void theEngineFixtureHasNoFinding() {
        assertThat(StructureChecks.check(NhsStructure.of(Fixture.dataset()))).isEmpty();
    }

    @Test
    void findsEachSortOfIssueWithItsPeriod() {
        Succession merger = new Succession(OdsCode.of("91A"), OdsCode.of("91B"), d("2018-04-01"),
                SuccessionReason.UNSPECIFIED, SURE);
        List<Organisation> organisations = List.of(
                org("Y99", "2013-04-01", "", OrganisationKind.REGION, SURE).build(),
                org("Y98", "2013-04-01", "2016-04-01", OrganisationKind.REGION, SURE).build(),
                // In its region only from 2014, and still open after its successor took over in 2018.
                org("91A", "2013-04-01", "2019-04-01", OrganisationKind.CCG, SURE)
                        .link(RelationshipType.IN_REGION, new Dated<>(r("2014-01-01", "2019-04-01"),
                                OdsCode.of("Y99"), SURE))
                        .succession(merger).build(),
                // Uncertain name; a region link to a region closed in 2016 and a gap of a year after it.
                org("91B", "2015-04-01", "", OrganisationKind.CCG, UNSURE)
                        .link(RelationshipType.IN_REGION, new Dated<>(r("2015-04-01", "2017-04-01"),
                                OdsCode.of("Y98"), SURE))
                        .link(RelationshipType.IN_REGION, new Dated<>(r("2018-04-01", ""), OdsCode.of("Y99"), SURE))
                        .succession(merger).build());
        List<Finding> findings = StructureChecks.check(structure(organisations));

        assertThat(findings).extracting(f -> f.code() + " " + f.type() + " " + f.period()).containsExactly(
                "91A MISSING_PARENT 2013-04-01/2014-01-01",
                "91A OPEN_AFTER_SUCCESSION 2018-04-01/2019-04-01",
                "91B UNCERTAIN_NAME 2015-04-01/..",
                // Only on dates the CCG kind is covered: the gap after 2022-06-30 is not a finding.
                "91B MISSING_PARENT 2017-04-01/2018-04-01",
                "91B PARENT_NOT_OPEN 2015-04-01/2017-04-01");
        assertThat(findings.get(4).detail()).contains("Y98 was open only 2013-04-01/2016-04-01");
    }
}
