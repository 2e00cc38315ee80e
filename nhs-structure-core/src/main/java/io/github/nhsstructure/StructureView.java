package io.github.nhsstructure;

import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.exception.OrganisationNotOpenException;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.internal.HotPaths;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.Relationship;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The structure as it stood on one date: which organisations were open, of which kind, under which parents.
 *
 * <p>Obtained from {@link NhsStructure#asOf(LocalDate)}. Questions about a kind on a date outside that kind's
 * {@link Coverage coverage} throw {@link OutsideCoverageException}; questions about an organisation that was not
 * open on the date throw {@link OrganisationNotOpenException} (or give an empty {@code Optional} from the
 * {@code organisation} finders), so no question is answered silently with "none". The questions about one
 * organisation ({@link #require(String)}, {@link #parent(String)}, {@link #parents(String)},
 * {@link #children(String, RelationshipType)}) also throw {@link OutsideCoverageException} on a date on or after
 * the end of the coverage of that organisation's kind (such as GP practices and primary care networks, whose
 * sources stop), where what the data last said may no longer hold; before a kind's coverage begins they answer from
 * the organisation's own record. The chain {@link #parents(Organisation)} and the {@code organisation} finders do
 * not check: a parent of a kind whose coverage has ended ({@link Coverage#of}) is what the data last said.
 *
 * <p>Codes given as text are ODS codes or ONS (GSS) codes; an ONS code names the organisation that bore it on this
 * view's date ({@link NhsStructure#require(String, LocalDate)}).
 *
 * <p>Parents are links of a {@link RelationshipType}. The chain of parents ({@link #parents(String)}) follows, at
 * each step, the first type in {@link RelationshipType#PARENT_ORDER} the organisation has a link of on the date:
 * a sub-ICB location's ICB, then that ICB's region.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StructureView {

    private final NhsStructure structure;
    private final LocalDate date;
    private final long epochDay;

    StructureView(NhsStructure structure, LocalDate date) {
        this.structure = structure;
        this.date = Objects.requireNonNull(date, "date");
        this.epochDay = date.toEpochDay();
    }

    /**
     * Returns the date of this view.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the structure this view is of.
     *
     * @return the structure, not null
     */
    public NhsStructure structure() {
        return structure;
    }

    /**
     * Returns the organisations of a kind open on this date, ordered by code.
     *
     * @param kind  the kind, not null
     * @return the organisations, immutable, not null
     * @throws OutsideCoverageException if the dataset does not cover that kind on this date
     */
    public List<Organisation> organisations(OrganisationKind kind) {
        structure.coverage().check(kind, date);
        List<Organisation> out = new ArrayList<>();
        for (Organisation o : structure.organisationsEverOfKind(kind)) {
            if (HotPaths.valueAt(o.kinds(), epochDay) == kind) {
                out.add(o);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Counts the organisations of a kind open on this date.
     *
     * @param kind  the kind, not null
     * @return the count
     * @throws OutsideCoverageException if the dataset does not cover that kind on this date
     */
    public int count(OrganisationKind kind) {
        structure.coverage().check(kind, date);
        int n = 0;
        for (Organisation o : structure.organisationsEverOfKind(kind)) {
            if (HotPaths.valueAt(o.kinds(), epochDay) == kind) {
                n++;
            }
        }
        return n;
    }

    /**
     * Counts the organisations of every kind the dataset covers on this date.
     *
     * @return the counts by kind, in kind order, immutable, not null
     */
    public Map<OrganisationKind, Integer> counts() {
        Map<OrganisationKind, Integer> out = new EnumMap<>(OrganisationKind.class);
        for (Coverage.KindCoverage c : structure.coverage().entries()) {
            if (c.period().contains(date)) {
                out.put(c.kind(), count(c.kind()));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Finds an organisation open on this date.
     *
     * @param code  the code, trimmed and case-insensitive: an ODS code, or an ONS code borne on this date, not null
     * @return the organisation, or empty if the code names none on this date or the organisation was not open,
     *     not null
     */
    public Optional<Organisation> organisation(String code) {
        return structure.organisation(code, date).filter(o -> o.isOpenOn(date));
    }

    /**
     * Finds an organisation open on this date.
     *
     * @param code  the code, not null
     * @return the organisation, or empty if the code is unknown or the organisation was not open, not null
     */
    public Optional<Organisation> organisation(OdsCode code) {
        return structure.organisation(code).filter(o -> o.isOpenOn(date));
    }

    /**
     * Returns an organisation that must be open on this date.
     *
     * @param code  the code, trimmed and case-insensitive: an ODS code, or an ONS code borne on this date, not null
     * @return the organisation, not null
     * @throws UnknownOrganisationException if the code is unknown, or is an ONS code no organisation bore on this
     *     date (the message says who bore it and when)
     * @throws OrganisationNotOpenException if the organisation was not open on this date; the message says when
     *     it was
     * @throws OutsideCoverageException if the coverage of the organisation's kind on this date ended on or before
     *     this date: the dataset no longer speaks for organisations of that kind
     */
    public Organisation require(String code) {
        return requireOpen(structure.require(code, date));
    }

    /**
     * Returns an organisation that must be open on this date.
     *
     * @param code  the code, not null
     * @return the organisation, not null
     * @throws UnknownOrganisationException if the code is unknown
     * @throws OrganisationNotOpenException if the organisation was not open on this date
     * @throws OutsideCoverageException if the coverage of the organisation's kind on this date ended on or before
     *     this date
     */
    public Organisation require(OdsCode code) {
        return requireOpen(structure.require(code));
    }

    private Organisation requireOpen(Organisation o) {
        if (!o.isOpenOn(date)) {
            throw new OrganisationNotOpenException(o, date);
        }
        // One coverage rule: where the coverage of its kind has ended, the sources no longer speak for it (a
        // practice may have closed or moved since). Before a kind's coverage begins, the organisation's own record
        // still answers: the data is not complete for the kind then, but what it holds of this one is sourced.
        Optional<OrganisationKind> kind = o.kindOn(date);
        if (kind.isPresent()) {
            Optional<DateRange> covered = structure.coverage().of(kind.get());
            if (covered.isPresent() && !covered.get().isUnboundedEnd() && !date.isBefore(covered.get().end())) {
                throw new OutsideCoverageException(date, kind.get(), covered.get());
            }
        }
        return o;
    }

    /**
     * Returns the parent of one link type of an organisation on this date.
     *
     * @param code  the organisation's code, not null
     * @param type  the link type, not null
     * @return the parent, or empty if the organisation has no such link on this date, not null
     * @throws UnknownOrganisationException if the code is unknown
     * @throws OrganisationNotOpenException if the organisation was not open on this date
     * @throws OutsideCoverageException if the coverage of the organisation's kind ended on or before this date
     */
    public Optional<Organisation> parent(String code, RelationshipType type) {
        return parentOf(require(code), type);
    }

    /**
     * Returns the nearest parent of an organisation on this date: the target of the first link type in
     * {@link RelationshipType#PARENT_ORDER} it has on this date.
     *
     * @param code  the organisation's code, not null
     * @return the parent, or empty if the organisation is at the top on this date, not null
     * @throws UnknownOrganisationException if the code is unknown
     * @throws OrganisationNotOpenException if the organisation was not open on this date
     * @throws OutsideCoverageException if the coverage of the organisation's kind ended on or before this date
     */
    public Optional<Organisation> parent(String code) {
        return Optional.ofNullable(nearestParent(require(code)));
    }

    /**
     * Returns the chain of parents of an organisation on this date, nearest first, up to the top.
     *
     * @param code  the organisation's code, not null
     * @return the parents, nearest first, immutable, not null
     * @throws UnknownOrganisationException if the code is unknown
     * @throws OrganisationNotOpenException if the organisation was not open on this date
     * @throws OutsideCoverageException if the coverage of the organisation's kind ended on or before this date
     */
    public List<Organisation> parents(String code) {
        return parents(require(code));
    }

    /**
     * Returns the chain of parents of an organisation on this date, nearest first, up to the top.
     *
     * @param organisation  the organisation, not null
     * @return the parents, nearest first, immutable, not null
     */
    public List<Organisation> parents(Organisation organisation) {
        List<Organisation> chain = new ArrayList<>();
        Organisation at = nearestParent(organisation);
        while (at != null && !chain.contains(at) && !at.equals(organisation)) {
            chain.add(at);
            at = nearestParent(at);
        }
        return List.copyOf(chain);
    }

    private Optional<Organisation> parentOf(Organisation o, RelationshipType type) {
        OdsCode target = HotPaths.target(o, type, epochDay);
        return target == null ? Optional.empty() : structure.organisation(target);
    }

    private Organisation nearestParent(Organisation o) {
        for (RelationshipType type : RelationshipType.PARENT_ORDER) {
            OdsCode target = HotPaths.target(o, type, epochDay);
            if (target != null) {
                return structure.require(target);
            }
        }
        return null;
    }

    /**
     * Returns the organisations linked to an organisation by one link type on this date, such as the sub-ICB
     * locations that are {@link RelationshipType#PART_OF part of} an ICB; ordered by code.
     *
     * @param code  the parent's code, not null
     * @param type  the link type, not null
     * @return the children, immutable, not null
     * @throws UnknownOrganisationException if the code is unknown
     * @throws OrganisationNotOpenException if the organisation was not open on this date
     * @throws OutsideCoverageException if the coverage of the organisation's kind ended on or before this date
     */
    public List<Organisation> children(String code, RelationshipType type) {
        Organisation parent = require(code);
        List<Organisation> out = new ArrayList<>();
        for (Relationship r : structure.incoming(parent.code())) {
            if (r.type() == type && r.holdsOn(date)) {
                out.add(structure.require(r.source()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Outputs the date.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "StructureView[" + structure.dataVersion() + " as of " + date + "]";
    }
}
