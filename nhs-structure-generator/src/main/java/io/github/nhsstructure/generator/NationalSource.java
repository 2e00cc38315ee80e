package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.SuccessionReason;
import io.github.nhsstructure.provenance.Certainty;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Department of Health (and Social Care) and the national NHS bodies, from the project's curated files
 * {@code raw/curated/national-bodies.csv} (organisations, names, kinds) and
 * {@code raw/curated/national-relationships.csv} (links and successions). No copied extract holds these bodies;
 * every curated row cites the keys of {@code docs/domain.md} it rests on and gives its own certainty, which the
 * generator keeps. The {@code ZZN..} codes are project-assigned identifiers, not ODS codes (DATA.md).
 *
 * <p>A relationship row whose code is {@code *KIND} is a rule applied to every organisation of that kind already in
 * the model, for the periods it has that kind: the regions are {@code PART_OF} NHS England. The source therefore
 * runs after the region source.
 *
 * <p>This class is not thread-safe.
 */
final class NationalSource {

    /** A docs/domain.md key: a timeline row (T..), a source (S..) or a commissioning source (C..). */
    private static final Pattern DOMAIN_KEY = Pattern.compile("[TSC][0-9]{2,3}");

    /** The code prefix of the project-assigned identifiers (not ODS codes). */
    static final String PROJECT_CODE_PREFIX = "ZZN";

    private final List<RawRow> bodies;
    private final List<RawRow> relationships;

    NationalSource(List<RawRow> bodies, List<RawRow> relationships) {
        this.bodies = List.copyOf(bodies);
        this.relationships = List.copyOf(relationships);
    }

    static NationalSource read(Path rawDir) {
        return new NationalSource(CuratedCsv.read(rawDir, NationalAndTrustSources.NATIONAL_BODIES_FILE),
                CuratedCsv.read(rawDir, NationalAndTrustSources.NATIONAL_RELATIONSHIPS_FILE));
    }

    void addTo(Model model) {
        NationalAndTrustSources.NATIONAL.forEach(model::addSource);
        List<RawRow> later = new ArrayList<>();
        for (RawRow r : bodies) {
            if (r.required("fact").equals("ORGANISATION")) {
                addOrganisation(model, r);
            } else {
                later.add(r);
            }
        }
        for (RawRow r : later) {
            String code = code(r);
            Period period = period(r);
            Evidence evidence = evidence(r, NationalAndTrustSources.NATIONAL_BODIES);
            switch (r.required("fact")) {
                case "NAME" -> model.addName(code, period, r.required("value"), evidence);
                case "KIND" -> model.addKind(code, period, kind(r), evidence);
                default -> throw r.error("fact", "'" + r.get("fact") + "' is not ORGANISATION, NAME or KIND");
            }
        }
        for (RawRow r : relationships) {
            addRelationship(model, r);
        }
        LocalDate departmentStart = firstStart(OrganisationKind.GOVERNMENT_DEPARTMENT);
        // docs/domain.md T06 dates the Department only to the year 1988: coverage starts on the first day it surely
        // existed, the next 1 January.
        LocalDate certainStart = departmentStart.getDayOfYear() == 1 ? departmentStart
                : departmentStart.withDayOfYear(1).plusYears(1);
        model.addCoverage(OrganisationKind.GOVERNMENT_DEPARTMENT, Period.from(certainStart),
                List.of(NationalAndTrustSources.NATIONAL_BODIES), "The Department of Health (formed in 1988 when the"
                        + " DHSS split; the day is not in the sources) and Social Care (renamed 2018-01-08): the one"
                        + " government department for health in England, from 1989-01-01, the first day it surely"
                        + " existed; " + Dates.LATEST_NOTE + " Curated"
                        + " (raw/curated/national-bodies.csv); its code ZZN01 is project-assigned, not an ODS code.");
        model.addCoverage(OrganisationKind.NATIONAL_BODY, Period.from(Dates.CCG_ERA_START),
                List.of(NationalAndTrustSources.NATIONAL_BODIES),
                "Only the national bodies that docs/domain.md names: NHS England (X24), Monitor,"
                        + " NHS Trust Development Authority, NHS Improvement, CQC, NICE, Health Education England,"
                        + " Public Health England, UKHSA, OHID, HSCIC / NHS Digital and NHSX; not every"
                        + " arm's-length body (NHS Blood and Transplant, NHS Resolution, NHS Business Services"
                        + " Authority, MHRA, HRA, HSSIB and others are absent), so a count counts these bodies only."
                        + " From 2013-04-01 (the post-2012 architecture; earlier national bodies such as the"
                        + " Healthcare Commission are not included) to 2026-04-01. Curated; ZZN.. codes are"
                        + " project-assigned, not ODS codes.");
    }

    private void addOrganisation(Model model, RawRow r) {
        if (!r.get("value").isBlank()) {
            throw r.error("value", "must be blank for ORGANISATION");
        }
        model.addOrganisation(code(r), period(r), evidence(r, NationalAndTrustSources.NATIONAL_BODIES));
    }

    private void addRelationship(Model model, RawRow r) {
        String code = r.required("code");
        String target = checkedCode(r, "target");
        LocalDate start = date(r, "start");
        Evidence evidence = evidence(r, NationalAndTrustSources.NATIONAL_RELATIONSHIPS);
        String type = r.required("type");
        if (type.equals("SUCCESSION")) {
            if (!r.get("end_exclusive").isBlank()) {
                throw r.error("end_exclusive", "must be blank for a SUCCESSION");
            }
            model.addSuccession(checkedCode(r, "code"), target, start, SuccessionReason.STATUTORY, evidence);
            return;
        }
        RelationshipType linkType;
        try {
            linkType = RelationshipType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw r.error("type", "'" + type + "' is neither SUCCESSION nor a RelationshipType constant");
        }
        Period period = period(r);
        if (code.startsWith("*")) {
            OrganisationKind kind = kind(r, code.substring(1), "code");
            Model.Organisation targetOrganisation = model.organisation(target)
                    .orElseThrow(() -> r.error("target", target + " is not an organisation of the dataset"));
            int applied = 0;
            for (Model.Kind k : model.kinds()) {
                if (k.kind() != kind) {
                    continue;
                }
                Optional<Period> p = k.period().intersection(period)
                        .flatMap(x -> x.intersection(targetOrganisation.period()));
                if (p.isPresent()) {
                    model.addLink(k.code(), linkType, target, p.get(), evidence);
                    applied++;
                }
            }
            if (applied == 0) {
                throw r.error("code", "the rule applies to no organisation of the dataset");
            }
            return;
        }
        model.addLink(checkedCode(r, "code"), linkType, target, period, evidence);
    }

    /** The first day any curated body has the kind. */
    private LocalDate firstStart(OrganisationKind kind) {
        LocalDate first = null;
        for (RawRow r : bodies) {
            if (r.required("fact").equals("KIND") && kind(r) == kind) {
                LocalDate start = date(r, "start");
                first = first == null || start.isBefore(first) ? start : first;
            }
        }
        if (first == null) {
            throw new RawDataException(NationalAndTrustSources.NATIONAL_BODIES_FILE, 0, null, "no organisation of kind " + kind);
        }
        return first;
    }

    private static String code(RawRow r) {
        return checkedCode(r, "code");
    }

    private static String checkedCode(RawRow r, String field) {
        String code = r.required(field);
        if (!code.matches("[A-Z0-9]{2,10}")) {
            throw r.error(field, "'" + code + "' is not a code (2 to 10 upper-case letters and digits)");
        }
        return code;
    }

    private static OrganisationKind kind(RawRow r) {
        return kind(r, r.required("value"), "value");
    }

    private static OrganisationKind kind(RawRow r, String name, String field) {
        try {
            return OrganisationKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw r.error(field, "'" + name + "' is not an OrganisationKind constant");
        }
    }

    private static Period period(RawRow r) {
        LocalDate start = date(r, "start");
        @Nullable LocalDate end = r.get("end_exclusive").isBlank() ? null : date(r, "end_exclusive");
        if (end != null && !end.isAfter(start)) {
            throw r.error("end_exclusive", end + " is not after the start " + start);
        }
        return new Period(start, end);
    }

    private static LocalDate date(RawRow r, String field) {
        String text = r.required(field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw r.error(field, "'" + text + "' is not an ISO date (yyyy-MM-dd)");
        }
    }

    /** The row's certainty and its citations, which must be docs/domain.md keys. */
    private static Evidence evidence(RawRow r, String sourceId) {
        String cites = r.required("source");
        for (String key : cites.split(";", -1)) {
            if (!DOMAIN_KEY.matcher(key.strip()).matches()) {
                throw r.error("source", "'" + key + "' is not a docs/domain.md key (T.., S.. or C..)");
            }
        }
        String text = r.required("certainty");
        try {
            return Evidence.of(Certainty.valueOf(text), sourceId);
        } catch (IllegalArgumentException e) {
            throw r.error("certainty", "'" + text + "' is not HIGH, MEDIUM or UNCERTAIN");
        }
    }
}
