package io.github.nhsstructure.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.OrganizationAffiliation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** The export on the bundled data: real organisations, links and dates, and invariants over a whole structure. */
class FhirExportTest {

    private static final NhsStructure NHS = NhsStructure.bundled();
    private static final FhirExport EXPORT = FhirExport.of(NHS);

    @Test
    void aSubIcbLocationIsPartOfItsIcbWithItsOdsAndOnsCodesAndRoles() {
        Organization o = EXPORT.organization("02p", LocalDate.of(2023, 1, 1));

        assertThat(o.getIdElement().getIdPart()).isEqualTo("02P");
        assertThat(o.getIdentifier()).extracting(Identifier::getSystem, Identifier::getValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FhirUris.ODS_ORGANISATION_CODE, "02P"),
                org.assertj.core.groups.Tuple.tuple(FhirUris.ONS_CODE, "E38000006"));
        assertThat(o.getIdentifier().get(0).getUse()).isEqualTo(Identifier.IdentifierUse.OFFICIAL);
        assertThat(o.getIdentifier().get(1).getUse()).isEqualTo(Identifier.IdentifierUse.SECONDARY);
        assertThat(o.getName()).isEqualTo("NHS South Yorkshire ICB - 02P");
        assertThat(o.getActive()).isTrue();
        assertThat(o.getTypeFirstRep().getCodingFirstRep().getSystem()).isEqualTo(FhirUris.ORGANISATION_KIND);
        assertThat(o.getTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("SUB_ICB_LOCATION");
        assertThat(o.getPartOf().getReference()).isEqualTo("Organization/QF7");
        assertThat(o.getPartOf().getIdentifier().getValue()).isEqualTo("QF7");
        assertThat(o.getPartOf().getDisplay()).isEqualTo("NHS South Yorkshire Integrated Care Board");
        // A CCG code reused for a sub-ICB location: primary role RO98, non-primary RO319 (docs/domain.md 3.3).
        assertThat(roleCodes(o)).containsExactly("RO98", "RO319");
        assertThat(o.getExtensionsByUrl(FhirUris.EXTENSION_ORGANISATION_ROLE))
                .allSatisfy(role -> assertThat(role.getExtensionByUrl("active").getValue().primitiveValue())
                        .isEqualTo("true"));
        // The kind's period: a sub-ICB location from 2022-07-01, open-ended.
        Period rolePeriod = typedPeriod(o.getExtensionsByUrl(FhirUris.EXTENSION_ORGANISATION_ROLE).get(0));
        assertThat(rolePeriod.getStartElement().getValueAsString()).isEqualTo("2022-07-01");
        assertThat(rolePeriod.hasEnd()).isFalse();
        assertThat(o.getText().getDivAsString()).contains("02P NHS South Yorkshire ICB - 02P: Sub-ICB location");
    }

    @Test
    void aPracticeIsCommissionedByItsSubIcbLocationThroughOdsRelationshipRe4() {
        List<OrganizationAffiliation> links = EXPORT.affiliations("A81001", LocalDate.of(2023, 6, 1));

        OrganizationAffiliation commissioner = links.stream()
                .filter(a -> a.getOrganization().getReference().equals("Organization/16C")).findFirst().orElseThrow();
        assertThat(commissioner.getParticipatingOrganization().getReference()).isEqualTo("Organization/A81001");
        assertThat(commissioner.getCodeFirstRep().getCoding()).extracting(Coding::getSystem, Coding::getCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FhirUris.RELATIONSHIP_TYPE, "COMMISSIONED_BY"),
                        org.assertj.core.groups.Tuple.tuple(FhirUris.ODS_RELATIONSHIP, "RE4"));
        assertThat(commissioner.getPeriod().getStartElement().getValueAsString()).isEqualTo("2020-04-01");
        assertThat(commissioner.getPeriod().hasEnd()).isFalse();
        assertThat(commissioner.getActive()).isTrue();
        assertThat(commissioner.getIdElement().getIdPart()).isEqualTo("A81001-commissioned-by-16C-20200401");
        // Every link is from the practice; none is PART_OF, which is Organization.partOf.
        assertThat(links).allSatisfy(a ->
                assertThat(a.getParticipatingOrganization().getReference()).isEqualTo("Organization/A81001"));
        assertThat(links).extracting(a -> a.getCodeFirstRep().getCodingFirstRep().getCode())
                .doesNotContain("PART_OF").contains("COMMISSIONED_BY");
        assertThat(EXPORT.organization("A81001", LocalDate.of(2023, 6, 1)).hasPartOf()).isFalse();
        assertThat(roleCodes(EXPORT.organization("A81001", LocalDate.of(2023, 6, 1)))).containsExactly("RO177", "RO76");
    }

    @Test
    void aClosedCcgIsInactiveAndItsPeriodEndsOnItsLastDay() {
        Organization gateshead = EXPORT.organization("00F", LocalDate.of(2016, 6, 1));

        assertThat(gateshead.getActive()).isFalse();
        // Open 2013-04-01 until 2015-04-01 exclusive: FHIR's end is the last day, 2015-03-31.
        Period operational = typedPeriod(gateshead.getExtensionsByUrl(FhirUris.EXTENSION_TYPED_PERIOD).get(0));
        assertThat(operational.getStartElement().getValueAsString()).isEqualTo("2013-04-01");
        assertThat(operational.getEndElement().getValueAsString()).isEqualTo("2015-03-31");
        assertThat(gateshead.getExtensionsByUrl(FhirUris.EXTENSION_TYPED_PERIOD).get(0)
                .getExtensionByUrl("dateType").getValue()).isInstanceOfSatisfying(Coding.class,
                        c -> assertThat(c.getCode()).isEqualTo("Operational"));
        assertThat(EXPORT.affiliations("00F", LocalDate.of(2016, 6, 1))).isEmpty();
        // While open, the same CCG has its links.
        assertThat(EXPORT.affiliations("00F", LocalDate.of(2014, 6, 1))).isNotEmpty();
        assertThat(EXPORT.organization("00F", LocalDate.of(2014, 6, 1)).getActive()).isTrue();
    }

    @Test
    void anOnsCodeNamesTheOrganisationThatBoreItOnTheDate() {
        // ONS recoded the region on 2022-07-01; ODS did not.
        Organization y63 = EXPORT.organization("E40000012", LocalDate.of(2022, 7, 1));
        assertThat(y63.getIdElement().getIdPart()).isEqualTo("Y63");
        Identifier ons = y63.getIdentifier().get(1);
        assertThat(ons.getValue()).isEqualTo("E40000012");
        assertThat(ons.getPeriod().getStartElement().getValueAsString()).isEqualTo("2022-07-01");
        assertThat(EXPORT.organization("Y63", LocalDate.of(2022, 6, 30)).getIdentifier().get(1).getValue())
                .isEqualTo("E40000009");
        assertThatThrownBy(() -> EXPORT.organization("E40000009", LocalDate.of(2023, 1, 1)))
                .isInstanceOf(UnknownOrganisationException.class).hasMessageContaining("Y63");
    }

    @Test
    void aProjectAssignedCodeIsNeverPresentedAsAnOdsCode() {
        Organization department = EXPORT.organization("ZZN01", LocalDate.of(2023, 1, 1));
        assertThat(department.getIdentifierFirstRep().getSystem()).isEqualTo(FhirUris.PROJECT_ASSIGNED_CODE);
        assertThat(department.getName()).isEqualTo("Department of Health and Social Care");
        assertThat(roleCodes(department)).isEmpty();

        OrganizationAffiliation accountable = EXPORT.affiliations("X24", LocalDate.of(2023, 1, 1)).stream()
                .filter(a -> a.getCodeFirstRep().getCodingFirstRep().getCode().equals("ACCOUNTABLE_TO"))
                .findFirst().orElseThrow();
        assertThat(accountable.getOrganization().getIdentifier().getSystem()).isEqualTo(FhirUris.PROJECT_ASSIGNED_CODE);
        assertThat(accountable.getParticipatingOrganization().getIdentifier().getSystem())
                .isEqualTo(FhirUris.ODS_ORGANISATION_CODE);
    }

    @Test
    void theBundleOfAnOrganisationHoldsWhatItRefersTo() {
        Bundle bundle = EXPORT.organisationBundle("A81001", LocalDate.of(2023, 6, 1));

        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(bundle.getEntryFirstRep().getFullUrl()).isEqualTo(FhirUris.PROJECT_BASE + "/Organization/A81001");
        assertReferencesResolve(bundle);
        assertThat(ids(bundle, "Organization")).startsWith("A81001").contains("16C");
    }

    @Test
    void theStructureOnADateHoldsEveryOpenOrganisationAndEveryLinkThatHolds() {
        LocalDate date = LocalDate.of(2022, 7, 1);
        Bundle bundle = EXPORT.structure(date);
        StructureView view = NHS.asOf(date);

        List<Organization> active = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Organization.class::isInstance).map(Organization.class::cast)
                .filter(Organization::getActive).toList();
        assertThat(active.stream().filter(o -> kind(o).equals("ICB")).count()).isEqualTo(42)
                .isEqualTo(view.count(OrganisationKind.ICB));
        assertThat(active.stream().filter(o -> kind(o).equals("CCG")).count()).isZero();
        List<Organisation> open = NHS.organisations().stream().filter(o -> o.isOpenOn(date)).toList();
        // Compared as lists: containsExactly's diff of 30,000 elements is quadratic.
        assertThat(active.stream().map(o -> o.getIdElement().getIdPart()).toList())
                .isEqualTo(open.stream().map(o -> o.code().value()).toList());

        // Every link from an open organisation that holds on the date is there, with the same days.
        Map<String, OrganizationAffiliation> affiliations = new HashMap<>();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            if (e.getResource() instanceof OrganizationAffiliation a) {
                affiliations.put(a.getIdElement().getIdPart(), a);
            }
        }
        int links = 0;
        for (Organisation o : open) {
            for (RelationshipType type : RelationshipType.values()) {
                Dated<OdsCode> link = o.links(type).entryAt(date).orElse(null);
                if (link == null || type == RelationshipType.PART_OF) {
                    continue;
                }
                links++;
                DateRange period = link.period();
                OrganizationAffiliation a = affiliations.get(o.code() + "-"
                        + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + link.value() + "-"
                        + (period.isUnboundedStart() ? "open" : period.start().toString().replace("-", "")));
                assertThat(a).as("%s %s %s", o.code(), type, link).isNotNull();
                assertThat(a.getOrganization().getReference()).isEqualTo("Organization/" + link.value());
                assertThat(a.getPeriod().hasStart()).isEqualTo(!period.isUnboundedStart());
                if (!period.isUnboundedEnd()) {
                    assertThat(a.getPeriod().getEndElement().getValueAsString())
                            .isEqualTo(period.endInclusive().toString());
                } else {
                    assertThat(a.getPeriod().hasEnd()).isFalse();
                }
            }
        }
        assertThat(affiliations).hasSize(links);
        assertReferencesResolve(bundle);
        // An organisation a link points to that is not open is included, inactive: so few that it is a finding.
        assertThat(bundle.getEntry().stream().filter(e -> e.getResource() instanceof Organization o && !o.getActive()))
                .hasSizeLessThan(100);
    }

    @Test
    void jsonRoundTrips() {
        Bundle bundle = EXPORT.organisationBundle("02P", LocalDate.of(2023, 1, 1));
        String json = FhirExport.toJson(bundle);

        Bundle parsed = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
        assertThat(FhirExport.toJson(parsed)).isEqualTo(json);
        assertThat(json).contains("\"system\": \"https://fhir.nhs.uk/Id/ods-organization-code\"")
                .contains("\"url\": \"https://fhir.nhs.uk/England/StructureDefinition/Extension-England-OrganisationRole\"");
    }

    @Test
    void unknownCodesAndUncoveredDatesAreErrors() {
        assertThatThrownBy(() -> EXPORT.organization("QQQ99", LocalDate.of(2023, 1, 1)))
                .isInstanceOf(UnknownOrganisationException.class);
        assertThatThrownBy(() -> EXPORT.structure(LocalDate.of(1900, 1, 1)))
                .isInstanceOf(OutsideCoverageException.class);
        assertThatThrownBy(() -> EXPORT.organization("02P", LocalDate.of(1900, 1, 1)))
                .isInstanceOf(OutsideCoverageException.class);
    }

    @Test
    void bundleEntriesLiveUnderTheBaseUrl() {
        FhirExport export = EXPORT.withBaseUrl(" https://fhir.example.org/R4/ ");
        assertThat(export.baseUrl()).isEqualTo("https://fhir.example.org/R4");
        assertThat(export.organisationBundle("02P", LocalDate.of(2023, 1, 1)).getEntryFirstRep().getFullUrl())
                .isEqualTo("https://fhir.example.org/R4/Organization/02P");
        assertThatThrownBy(() -> EXPORT.withBaseUrl("fhir.example.org")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fhir.example.org");
        assertThatThrownBy(() -> EXPORT.withBaseUrl("ftp://fhir.example.org/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EXPORT.withBaseUrl("https://bad host/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static void assertReferencesResolve(Bundle bundle) {
        // Plain set operations: AssertJ's contains() on a collection is a linear scan, too slow for 30,000 entries.
        Set<String> present = new HashSet<>();
        Set<String> fullUrls = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            Resource r = e.getResource();
            if (!present.add(r.fhirType() + "/" + r.getIdElement().getIdPart()) || !fullUrls.add(e.getFullUrl())) {
                problems.add("duplicate " + e.getFullUrl());
            }
        }
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            List<Reference> references = e.getResource() instanceof Organization o
                    ? (o.hasPartOf() ? List.of(o.getPartOf()) : List.of())
                    : List.of(((OrganizationAffiliation) e.getResource()).getOrganization(),
                            ((OrganizationAffiliation) e.getResource()).getParticipatingOrganization());
            for (Reference reference : references) {
                if (!present.contains(reference.getReference())) {
                    problems.add(e.getFullUrl() + " refers to " + reference.getReference() + ", not in the bundle");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static List<String> ids(Bundle bundle, String type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r.fhirType().equals(type)).map(r -> r.getIdElement().getIdPart())
                .collect(Collectors.toList());
    }

    private static String kind(Organization o) {
        return o.getTypeFirstRep().getCodingFirstRep().getCode();
    }

    static List<String> roleCodes(Organization o) {
        return o.getExtensionsByUrl(FhirUris.EXTENSION_ORGANISATION_ROLE).stream()
                .map(e -> ((org.hl7.fhir.r4.model.CodeableConcept) e.getExtensionByUrl("roleCode").getValue())
                        .getCodingFirstRep().getCode())
                .toList();
    }

    private static Period typedPeriod(Extension withTypedPeriod) {
        Extension typed = withTypedPeriod.getUrl().equals(FhirUris.EXTENSION_TYPED_PERIOD)
                ? withTypedPeriod
                : withTypedPeriod.getExtensionByUrl(FhirUris.EXTENSION_TYPED_PERIOD);
        return (Period) typed.getExtensionByUrl("period").getValue();
    }
}
