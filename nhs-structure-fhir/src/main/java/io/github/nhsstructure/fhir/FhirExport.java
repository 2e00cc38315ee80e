package io.github.nhsstructure.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.OrganizationAffiliation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Exports the structure as FHIR R4 resources: an organisation on a date as an {@code Organization}, its links on
 * that date as {@code OrganizationAffiliation}s (a {@link RelationshipType#PART_OF} link as
 * {@code Organization.partOf}), and the whole structure on a date as a {@code Bundle}.
 *
 * <p>An {@code Organization} has the resource id of its code and carries: the code as its identifier (system
 * {@value FhirUris#ODS_ORGANISATION_CODE}; a site's {@value FhirUris#ODS_SITE_CODE}; a project-assigned code
 * {@value FhirUris#PROJECT_ASSIGNED_CODE}), its ONS code on the date as a second identifier with the period it was
 * borne, the name on the date (earlier and later names as aliases), {@code active} (open on the date), the kind as
 * its type, the operational period as an NHS England typed period extension ({@code Operational}), and for kinds
 * with ODS roles the NHS England organisation role extension per role (role code, the kind's period, whether
 * active on the date). An {@code OrganizationAffiliation} has the target as {@code organization}, the organisation
 * the link is from as {@code participatingOrganization}, the link's period, and as its code the link type
 * ({@value FhirUris#RELATIONSHIP_TYPE}) with, for {@link RelationshipType#COMMISSIONED_BY}, the ODS relationship
 * {@code RE4}. Every resource has a one-line generated narrative and, as {@code meta.source}, the dataset version it
 * comes from. Dates keep their meaning: a FHIR period's end is the last day (the library's exclusive end minus a
 * day), an open end is left out. References are relative ({@code Organization/QF7}) with the target's identifier
 * and name; a bundle's entries have full URLs under a base URL ({@link #withBaseUrl(String)}).
 *
 * <p>This class is immutable and thread-safe; the resources it returns are new, mutable HAPI objects.
 *
 * @since 0.1.0
 */
public final class FhirExport {

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String PERIOD_OPERATIONAL = "Operational";

    private final NhsStructure structure;
    private final String baseUrl;

    private FhirExport(NhsStructure structure, String baseUrl) {
        this.structure = Objects.requireNonNull(structure, "structure");
        this.baseUrl = baseUrl;
    }

    /**
     * Obtains an exporter of a structure, with bundle entries under the base URL {@value FhirUris#PROJECT_BASE}.
     *
     * @param structure  the structure, not null
     * @return the exporter, not null
     */
    public static FhirExport of(NhsStructure structure) {
        return new FhirExport(structure, FhirUris.PROJECT_BASE);
    }

    /**
     * Returns a copy whose bundle entries have full URLs under another base, such as the server the resources
     * will be loaded into.
     *
     * @param baseUrl  an absolute http or https URL, such as {@code https://fhir.example.org/R4}; a trailing slash
     *     is dropped, not null
     * @return the exporter, not null
     * @throws IllegalArgumentException if the text is not an absolute http or https URL
     */
    public FhirExport withBaseUrl(String baseUrl) {
        String base = Objects.requireNonNull(baseUrl, "baseUrl").strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        try {
            URI uri = new URI(base);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("base URL must be an absolute http or https URL: '" + baseUrl + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base URL is not a URL: '" + baseUrl + "': " + e.getMessage(), e);
        }
        return new FhirExport(structure, base);
    }

    /**
     * Returns the base URL of bundle entries' full URLs.
     *
     * @return the base URL, without a trailing slash, not null
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Exports an organisation as it stood on a date. The organisation need not be open on the date:
     * {@code active} says whether it was.
     *
     * @param code  an ODS code, or an ONS code borne on the date, case-insensitive, not null
     * @param date  the date, not null
     * @return the organisation, not null
     * @throws io.github.nhsstructure.exception.UnknownOrganisationException if the code names no organisation on the date
     * @throws io.github.nhsstructure.exception.OutsideCoverageException if the data does not cover the date
     */
    public Organization organization(String code, LocalDate date) {
        return toOrganization(resolve(code, date), date);
    }

    /**
     * Exports the links of an organisation that hold on a date, other than {@link RelationshipType#PART_OF}
     * (which is {@code Organization.partOf}), in the order of {@link RelationshipType}.
     *
     * @param code  an ODS code, or an ONS code borne on the date, case-insensitive, not null
     * @param date  the date, not null
     * @return the affiliations, possibly empty, not null
     * @throws io.github.nhsstructure.exception.UnknownOrganisationException if the code names no organisation on the date
     * @throws io.github.nhsstructure.exception.OutsideCoverageException if the data does not cover the date
     */
    public List<OrganizationAffiliation> affiliations(String code, LocalDate date) {
        return toAffiliations(resolve(code, date), date);
    }

    /**
     * Exports an organisation on a date with its affiliations and every organisation they or its
     * {@code partOf} refer to, and what those are part of in turn, as a {@code collection} bundle in which every
     * reference resolves.
     *
     * @param code  an ODS code, or an ONS code borne on the date, case-insensitive, not null
     * @param date  the date, not null
     * @return the bundle: the organisation, its affiliations, then the organisations referred to, by code, not null
     * @throws io.github.nhsstructure.exception.UnknownOrganisationException if the code names no organisation on the date
     * @throws io.github.nhsstructure.exception.OutsideCoverageException if the data does not cover the date
     */
    public Bundle organisationBundle(String code, LocalDate date) {
        Organisation organisation = resolve(code, date);
        Bundle bundle = newBundle(organisation.code().value() + "-" + date.format(BASIC_DATE));
        add(bundle, toOrganization(organisation, date));
        List<OrganizationAffiliation> affiliations = toAffiliations(organisation, date);
        Map<OdsCode, Organisation> referred = new TreeMap<>();
        List<OdsCode> pending = new ArrayList<>();
        organisation.target(RelationshipType.PART_OF, date).ifPresent(pending::add);
        for (OrganizationAffiliation affiliation : affiliations) {
            add(bundle, affiliation);
            pending.add(OdsCode.of(affiliation.getOrganization().getReferenceElement().getIdPart()));
        }
        // The organisations referred to, and what they are part of, up the chain: every reference resolves.
        while (!pending.isEmpty()) {
            OdsCode next = pending.remove(pending.size() - 1);
            if (!next.equals(organisation.code()) && !referred.containsKey(next)) {
                Organisation o = structure.require(next);
                referred.put(next, o);
                o.target(RelationshipType.PART_OF, date).ifPresent(pending::add);
            }
        }
        for (Organisation o : referred.values()) {
            add(bundle, toOrganization(o, date));
        }
        return bundle;
    }

    /**
     * Exports the whole structure on a date as a {@code collection} bundle: every organisation open on the date and
     * every link from one that holds on the date. An organisation a link points to that is not open on the date (a
     * data-quality finding) is included too, with {@code active} false, so that every reference resolves inside
     * the bundle.
     *
     * @param date  the date, not null
     * @return the bundle: organisations by code, then affiliations in the order of their participating
     *     organisations, not null
     * @throws io.github.nhsstructure.exception.OutsideCoverageException if the data does not cover the date
     */
    public Bundle structure(LocalDate date) {
        structure.coverage().check(date);
        Map<OdsCode, Organisation> included = new TreeMap<>();
        List<OrganizationAffiliation> affiliations = new ArrayList<>();
        for (Organisation o : structure.organisations()) {
            if (o.isOpenOn(date)) {
                included.put(o.code(), o);
            }
        }
        List<Organisation> open = List.copyOf(included.values());
        for (Organisation o : open) {
            o.target(RelationshipType.PART_OF, date)
                    .ifPresent(t -> included.computeIfAbsent(t, structure::require));
            for (OrganizationAffiliation affiliation : toAffiliations(o, date)) {
                affiliations.add(affiliation);
                OdsCode target = OdsCode.of(affiliation.getOrganization().getReferenceElement().getIdPart());
                included.computeIfAbsent(target, structure::require);
            }
        }
        Bundle bundle = newBundle("structure-" + date.format(BASIC_DATE));
        for (Organisation o : included.values()) {
            add(bundle, toOrganization(o, date));
        }
        for (OrganizationAffiliation affiliation : affiliations) {
            add(bundle, affiliation);
        }
        return bundle;
    }

    /**
     * Encodes a resource as pretty-printed FHIR JSON.
     *
     * @param resource  the resource, such as a bundle from this class, not null
     * @return the JSON text, not null
     */
    public static String toJson(IBaseResource resource) {
        return FhirContext.forR4Cached().newJsonParser().setPrettyPrint(true)
                .encodeResourceToString(Objects.requireNonNull(resource, "resource"));
    }

    private Organisation resolve(String code, LocalDate date) {
        // The code first: "no such code" is the more useful answer when the date is also wrong.
        Organisation organisation = structure.require(code, date);
        structure.coverage().check(date);
        return organisation;
    }

    private Organization toOrganization(Organisation o, LocalDate date) {
        OrganisationKind kind = o.kindOn(date).orElseGet(o::kind);
        Organization out = new Organization();
        out.setId(o.code().value());
        out.getMeta().setSource(source());
        out.addExtension(typedPeriod(o.operationalPeriod()));
        Optional<Dated<OrganisationKind>> kindEntry = o.kinds().entryAt(date);
        for (OdsRoles.Role role : OdsRoles.of(kind)) {
            Extension extension = new Extension(FhirUris.EXTENSION_ORGANISATION_ROLE);
            Coding coding = new Coding().setSystem(FhirUris.ODS_ORGANISATION_ROLE).setCode(role.code());
            role.display().ifPresent(coding::setDisplay);
            extension.addExtension("roleCode", new CodeableConcept().addCoding(coding));
            kindEntry.ifPresent(e -> extension.addExtension(typedPeriod(e.period())));
            extension.addExtension("active", new BooleanType(kindEntry.isPresent() && o.isOpenOn(date)));
            out.addExtension(extension);
        }
        out.addIdentifier(identifier(o));
        o.onsCodes().entryAt(date).ifPresent(ons -> out.addIdentifier(onsIdentifier(ons)));
        out.setActive(o.isOpenOn(date));
        out.addType(new CodeableConcept().addCoding(
                new Coding(FhirUris.ORGANISATION_KIND, kind.name(), kind.label())));
        String name = nameOn(o, date);
        out.setName(name);
        out.setText(narrative(o.code().value() + " " + name + ": " + kind.label() + ", "
                + (o.isOpenOn(date) ? "open" : "not open") + " on " + date + " (operational "
                + o.operationalPeriod() + ")"));
        for (Dated<String> other : o.names().entries()) {
            if (!other.value().equals(name) && out.getAlias().stream().noneMatch(a -> a.getValue().equals(other.value()))) {
                out.addAlias(other.value());
            }
        }
        o.target(RelationshipType.PART_OF, date).ifPresent(t -> out.setPartOf(reference(structure.require(t), date)));
        return out;
    }

    private List<OrganizationAffiliation> toAffiliations(Organisation o, LocalDate date) {
        List<OrganizationAffiliation> out = new ArrayList<>();
        for (RelationshipType type : RelationshipType.values()) {
            if (type == RelationshipType.PART_OF) {
                continue;
            }
            Optional<Dated<OdsCode>> link = o.links(type).entryAt(date);
            if (link.isEmpty()) {
                continue;
            }
            DateRange period = link.get().period();
            Organisation target = structure.require(link.get().value());
            OrganizationAffiliation affiliation = new OrganizationAffiliation();
            affiliation.setId(o.code().value() + "-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                    + target.code().value() + "-" + (period.isUnboundedStart() ? "open" : period.start().format(BASIC_DATE)));
            affiliation.getMeta().setSource(source());
            affiliation.setText(narrative(o.code().value() + " " + label(type) + " " + target.code().value() + " "
                    + period));
            affiliation.setActive(true);
            affiliation.setPeriod(period(period));
            affiliation.setOrganization(reference(target, date));
            affiliation.setParticipatingOrganization(reference(o, date));
            CodeableConcept code = new CodeableConcept().addCoding(
                    new Coding(FhirUris.RELATIONSHIP_TYPE, type.name(), label(type)));
            if (type == RelationshipType.COMMISSIONED_BY) {
                // ODS relationship RE4 "is commissioned by": a practice and its PCT, CCG or sub-ICB location
                // (docs/domain.md 3.3).
                code.addCoding(new Coding(FhirUris.ODS_RELATIONSHIP, "RE4", "IS COMMISSIONED BY"));
            }
            affiliation.addCode(code);
            out.add(affiliation);
        }
        return out;
    }

    private static String label(RelationshipType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String nameOn(Organisation o, LocalDate date) {
        return o.nameOn(date).orElseGet(o::name);
    }

    private static Identifier identifier(Organisation o) {
        String system;
        if (o.code().value().startsWith("ZZ")) {
            // The reserved range of project-assigned codes, never presented as ODS codes (ADR 4).
            system = FhirUris.PROJECT_ASSIGNED_CODE;
        } else if (o.everOfKind(OrganisationKind.SITE)) {
            system = FhirUris.ODS_SITE_CODE;
        } else {
            system = FhirUris.ODS_ORGANISATION_CODE;
        }
        return new Identifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(system).setValue(o.code().value());
    }

    private static Identifier onsIdentifier(Dated<OnsCode> ons) {
        return new Identifier().setUse(Identifier.IdentifierUse.SECONDARY).setSystem(FhirUris.ONS_CODE)
                .setValue(ons.value().value()).setPeriod(period(ons.period()));
    }

    private Reference reference(Organisation target, LocalDate date) {
        return new Reference("Organization/" + target.code().value()).setIdentifier(identifier(target))
                .setDisplay(nameOn(target, date));
    }

    /** A generated narrative of one line of text. */
    private static Narrative narrative(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Narrative narrative = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + escaped + "</div>");
        return narrative;
    }

    private static Extension typedPeriod(DateRange range) {
        Extension extension = new Extension(FhirUris.EXTENSION_TYPED_PERIOD);
        extension.addExtension("dateType", new Coding(FhirUris.PERIOD_TYPE, PERIOD_OPERATIONAL, PERIOD_OPERATIONAL));
        extension.addExtension("period", period(range));
        return extension;
    }

    /** A FHIR period: the same days, the end given as the last day (inclusive), open ends left out. */
    static Period period(DateRange range) {
        Period period = new Period();
        if (!range.isUnboundedStart()) {
            period.setStartElement(new DateTimeType(range.start().toString()));
        }
        if (!range.isUnboundedEnd()) {
            period.setEndElement(new DateTimeType(range.endInclusive().toString()));
        }
        return period;
    }

    private String source() {
        return FhirUris.PROJECT_BASE + "/dataset/" + structure.dataVersion();
    }

    private Bundle newBundle(String id) {
        Bundle bundle = new Bundle();
        bundle.setId(id);
        bundle.getMeta().setSource(source());
        bundle.setType(Bundle.BundleType.COLLECTION);
        return bundle;
    }

    private void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl(baseUrl + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                .setResource(resource);
    }
}
