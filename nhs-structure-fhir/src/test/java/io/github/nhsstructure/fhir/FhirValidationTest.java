package io.github.nhsstructure.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.OrganizationAffiliation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The export validates with HAPI's validator against the base FHIR R4 definitions (the NHS England and UK Core
 * profiles are not available offline, so the resources claim no profile and are checked against R4 itself).
 *
 * <p>Validating is slow (about 25 ms a resource): the whole structure of a date (some 33,000 resources, about 14
 * minutes) is validated only on request, {@code -Dnhs-structure.fhir.validate-all=true}; the normal run validates
 * one resource of every shape the structure of a date has, and an organisation bundle of every kind.
 */
class FhirValidationTest {

    private static final NhsStructure NHS = NhsStructure.bundled();
    private static final FhirExport EXPORT = FhirExport.of(NHS);
    private static final FhirValidator VALIDATOR = validator();

    private static FhirValidator validator() {
        FhirContext context = FhirContext.forR4Cached();
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context));
        FhirValidator validator = context.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(support));
        return validator;
    }

    @Test
    void everyShapeOfTheStructureOnThreeDatesValidates() {
        // The PCT era, the CCG era with STPs and local offices, the ICB era.
        List<LocalDate> dates = List.of(LocalDate.of(2010, 4, 1), LocalDate.of(2017, 4, 1), LocalDate.of(2023, 1, 1));
        // One entry of every shape: resource type, kind or link type, roles, identifiers, partOf, open or not.
        Map<String, Bundle.BundleEntryComponent> shapes = new TreeMap<>();
        Set<String> fullUrls = new java.util.HashSet<>();
        Bundle sample = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (LocalDate date : dates) {
            Bundle structure = EXPORT.structure(date);
            sample.setId(structure.getIdElement().getIdPart());
            sample.setMeta(structure.getMeta());
            for (Bundle.BundleEntryComponent e : structure.getEntry()) {
                // A resource once only (on its first date): a bundle's full URLs are unique (bdl-7).
                if (!shapes.containsKey(shape(e.getResource())) && fullUrls.add(e.getFullUrl())) {
                    shapes.put(shape(e.getResource()), e);
                }
            }
        }
        shapes.values().forEach(sample::addEntry);

        List<SingleValidationMessage> problems = errors(VALIDATOR.validateWithResult(sample));

        assertThat(shapes).hasSizeGreaterThan(30);
        assertThat(shapes.keySet()).anyMatch(k -> k.startsWith("Organization PCT"))
                .anyMatch(k -> k.startsWith("Organization CCG")).anyMatch(k -> k.startsWith("Organization ICB"))
                .anyMatch(k -> k.startsWith("OrganizationAffiliation [COMMISSIONED_BY, RE4]"));
        assertThat(problems).as("errors in %s", shapes.keySet()).isEmpty();
    }

    @Test
    void theBundleOfAnOrganisationOfEveryKindValidates() {
        LocalDate date = LocalDate.of(2023, 1, 1);
        Map<OrganisationKind, Organisation> oneOfEachKind = new LinkedHashMap<>();
        for (Organisation o : NHS.organisations()) {
            o.kindOn(date).filter(k -> o.isOpenOn(date)).ifPresent(k -> oneOfEachKind.putIfAbsent(k, o));
        }
        // The kinds of 2023 the dataset holds, ICBs to practices; PCTs, CCGs and the like closed earlier.
        assertThat(oneOfEachKind.keySet()).contains(OrganisationKind.ICB, OrganisationKind.SUB_ICB_LOCATION,
                OrganisationKind.GP_PRACTICE, OrganisationKind.NHS_TRUST, OrganisationKind.REGION,
                OrganisationKind.NATIONAL_BODY, OrganisationKind.GOVERNMENT_DEPARTMENT);
        List<String> failures = new ArrayList<>();
        for (Organisation o : oneOfEachKind.values()) {
            ValidationResult result = VALIDATOR.validateWithResult(EXPORT.organisationBundle(o.code().value(), date));
            errors(result).forEach(m -> failures.add(o.code() + ": " + m.getLocationString() + " " + m.getMessage()));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theValidatorRejectsWhatIsNotValidFhir() {
        // Without this, a validator that checked nothing would pass every test above.
        Organization broken = EXPORT.organization("02P", LocalDate.of(2023, 1, 1));
        broken.getIdentifierFirstRep().setSystem("not a uri with spaces");
        OrganizationAffiliation backwards = EXPORT.affiliations("A81001", LocalDate.of(2023, 6, 1)).get(0);
        backwards.getPeriod().setStartElement(new DateTimeType("2024-01-01"))
                .setEndElement(new DateTimeType("2020-01-01"));

        assertThat(errors(VALIDATOR.validateWithResult(broken))).isNotEmpty();
        assertThat(errors(VALIDATOR.validateWithResult(backwards)))
                .anySatisfy(m -> assertThat(m.getMessage()).contains("per-1"));
    }

    @Test
    @EnabledIfSystemProperty(named = "nhs-structure.fhir.validate-all", matches = "true")
    void theWholeStructureOnADateValidates() {
        ValidationResult result = VALIDATOR.validateWithResult(EXPORT.structure(LocalDate.of(2023, 1, 1)));
        assertThat(errors(result)).isEmpty();
    }

    private static List<SingleValidationMessage> errors(ValidationResult result) {
        Set<ResultSeverityEnum> serious = EnumSet.of(ResultSeverityEnum.ERROR, ResultSeverityEnum.FATAL);
        return result.getMessages().stream().filter(m -> serious.contains(m.getSeverity()))
                .collect(Collectors.toList());
    }

    private static String shape(Resource resource) {
        if (resource instanceof Organization o) {
            return "Organization " + o.getTypeFirstRep().getCodingFirstRep().getCode()
                    + " roles=" + FhirExportTest.roleCodes(o)
                    + " ids=" + o.getIdentifier().stream().map(i -> i.getSystem()).toList()
                    + " aliases=" + o.hasAlias() + " partOf=" + o.hasPartOf() + " active=" + o.getActive();
        }
        OrganizationAffiliation a = (OrganizationAffiliation) resource;
        return "OrganizationAffiliation " + a.getCodeFirstRep().getCoding().stream().map(c -> c.getCode()).toList()
                + " start=" + a.getPeriod().hasStart() + " end=" + a.getPeriod().hasEnd();
    }
}
