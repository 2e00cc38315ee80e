package io.github.nhsstructure.quality;

import io.github.nhsstructure.lookup.StructureLookup;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.Relationship;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a whole structure for what its sources lack or contradict, beyond what loading already refuses: names
 * marked uncertain, organisations missing the parent their kind normally has, links to organisations that were
 * not open, and organisations still open after a successor took over.
 *
 * <p>Each kind's expected parent is listed in {@link #EXPECTED_PARENTS}; a kind not listed there is not checked
 * for parents. A missing parent is only reported on dates the dataset covers for the organisation's kind.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StructureChecks {

    /**
     * The link type each kind of organisation is expected to have on every date it is open: a CCG, STP, ICB or
     * trust sits in a region; a sub-ICB location is part of an ICB; a practice is commissioned by someone; a PCN
     * is part of its CCG or sub-ICB location; an area team or local office is part of a region.
     */
    public static final Map<OrganisationKind, RelationshipType> EXPECTED_PARENTS = expectedParents();

    private StructureChecks() {
    }

    private static Map<OrganisationKind, RelationshipType> expectedParents() {
        Map<OrganisationKind, RelationshipType> m = new EnumMap<>(OrganisationKind.class);
        m.put(OrganisationKind.CCG, RelationshipType.IN_REGION);
        m.put(OrganisationKind.STP, RelationshipType.IN_REGION);
        m.put(OrganisationKind.ICB, RelationshipType.IN_REGION);
        m.put(OrganisationKind.SUB_ICB_LOCATION, RelationshipType.PART_OF);
        m.put(OrganisationKind.AREA_TEAM, RelationshipType.PART_OF);
        m.put(OrganisationKind.LOCAL_OFFICE, RelationshipType.PART_OF);
        m.put(OrganisationKind.GP_PRACTICE, RelationshipType.COMMISSIONED_BY);
        m.put(OrganisationKind.PCN, RelationshipType.PART_OF);
        return Collections.unmodifiableMap(m);
    }

    /**
     * Runs every check.
     *
     * @param structure  the structure, not null
     * @return the findings, ordered by code, type and period, immutable, not null
     */
    public static List<Finding> check(StructureLookup structure) {
        List<Finding> out = new ArrayList<>();
        for (Organisation o : structure.organisations()) {
            uncertainNames(o, out);
            missingParents(structure, o, out);
            parentsNotOpen(structure, o, out);
            openAfterSuccession(o, out);
        }
        Collections.sort(out);
        return List.copyOf(out);
    }

    private static void uncertainNames(Organisation o, List<Finding> out) {
        for (Dated<String> name : o.names().entries()) {
            if (name.provenance().isUncertain()) {
                out.add(new Finding(o.code(), FindingType.UNCERTAIN_NAME, name.period(),
                        "name '" + name.value() + "' is uncertain (" + name.provenance() + ")"));
            }
        }
    }

    private static void missingParents(StructureLookup structure, Organisation o, List<Finding> out) {
        for (Dated<OrganisationKind> kind : o.kinds().entries()) {
            RelationshipType type = EXPECTED_PARENTS.get(kind.value());
            Optional<DateRange> covered = structure.coverage().of(kind.value());
            if (type == null || covered.isEmpty() || !covered.get().isConnected(kind.period())) {
                continue;
            }
            DateRange period = covered.get().intersection(kind.period());
            LocalDate at = period.start();
            for (Dated<OdsCode> link : o.links(type).entries()) {
                if (!link.period().end().isAfter(at) || !link.period().start().isBefore(period.end())) {
                    continue;
                }
                if (link.period().start().isAfter(at)) {
                    out.add(missing(o, kind.value(), type, DateRange.of(at, link.period().start())));
                }
                at = link.period().end();
                if (!at.isBefore(period.end())) {
                    break;
                }
            }
            if (at.isBefore(period.end())) {
                out.add(missing(o, kind.value(), type, DateRange.of(at, period.end())));
            }
        }
    }

    private static Finding missing(Organisation o, OrganisationKind kind, RelationshipType type, DateRange gap) {
        return new Finding(o.code(), FindingType.MISSING_PARENT, gap,
                kind + " " + o.code() + " has no " + type + " link");
    }

    private static void parentsNotOpen(StructureLookup structure, Organisation o, List<Finding> out) {
        for (Relationship r : o.relationships()) {
            Organisation target = structure.require(r.target());
            if (!target.operationalPeriod().encloses(r.period())) {
                out.add(new Finding(o.code(), FindingType.PARENT_NOT_OPEN, r.period(),
                        r + ": " + r.target() + " was open only " + target.operationalPeriod()));
            }
        }
    }

    private static void openAfterSuccession(Organisation o, List<Finding> out) {
        List<Succession> successors = o.successors();
        if (successors.isEmpty()) {
            return;
        }
        // The latest date on which a successor took over; a split keeps the predecessor open only if one of its
        // successions is dated later, so compare with the latest.
        LocalDate lastTakeOver = successors.get(successors.size() - 1).effectiveDate();
        if (o.operationalPeriod().end().isAfter(lastTakeOver)) {
            out.add(new Finding(o.code(), FindingType.OPEN_AFTER_SUCCESSION,
                    DateRange.of(lastTakeOver, o.operationalPeriod().end()),
                    o.code() + " stays open after its successor took over on " + lastTakeOver + " ("
                            + successors.get(successors.size() - 1) + ")"));
        }
    }
}
