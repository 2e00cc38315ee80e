package io.github.nhsstructure.spi;

import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.commissioning.CommissioningRules;
import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.internal.HotPaths;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.OnsCodeUse;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.Relationship;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.provenance.Source;
import io.github.nhsstructure.restructure.RestructureEvent;
import io.github.nhsstructure.time.Dated;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A complete, validated set of structure data: what a {@link StructureDataProvider} loads.
 *
 * <p>{@link #of} checks everything that spans organisations: codes are unique; every link target, succession
 * party and source id exists; no link type forms a cycle on any date; every succession is recorded on both of
 * its organisations; no ONS code is borne by two organisations on the same date. A dataset that passes can be
 * indexed without further checks.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Dataset {

    private final String version;
    private volatile @Nullable List<Source> sources;
    private final Coverage coverage;
    private final List<Organisation> organisations;
    // A compiled dataset decodes these parts only when they are first asked for; each is kept once made. (A plain
    // check under a lock, not Suppliers.memoize and a lambda: lambdas cost start-up time.)
    private final Sections sections;
    private volatile @Nullable List<Succession> successions;
    private volatile @Nullable List<RestructureEvent> events;
    private volatile @Nullable CommissioningRules commissioningRules;
    private volatile @Nullable List<OnsCodeUse> onsCodeUses;

    /**
     * The index by code: open addressing on the code's hash, each slot an organisation index plus one; null where
     * the table holds it (a compiled dataset reads it from the compiled data).
     */
    private final int @Nullable [] slots;

    private Dataset(String version, Coverage coverage, OrganisationTable table, Sections sections) {
        this.version = version;
        this.coverage = coverage;
        this.organisations = table instanceof ListTable l ? l.list : new LazyList(table);
        this.codes = table;
        this.sections = sections;
        this.slots = table.slotCount() < 0 ? slots(table) : null;
    }

    /**
     * The parts of a dataset besides its organisations, which a compiled dataset decodes on first use: each
     * method is called at most once per part that is kept, possibly again after a failure.
     */
    interface Sections {
        List<Source> sources();

        List<Succession> successions();

        List<RestructureEvent> events();

        CommissioningRules commissioningRules();

        List<OnsCodeUse> onsCodeUses();
    }

    /** Parts already made and checked. */
    private record Given(List<Source> sources, List<Succession> successions, List<RestructureEvent> events,
            CommissioningRules commissioningRules, List<OnsCodeUse> onsCodeUses) implements Sections {
    }

    /** Builds the index by code of a table; {@link DatasetBinary} stores it, so that start-up reads it whole. */
    static int[] slots(OrganisationTable table) {
        int n = table.size();
        // At least twice the count: a probe rarely goes past a few slots.
        int size = Integer.highestOneBit(Math.max(2, n) * 2) * 2;
        int[] slots = new int[size];
        for (int i = 0; i < n; i++) {
            int slot = spread(table.code(i).hashCode()) & (size - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = i + 1;
        }
        return slots;
    }

    private final OrganisationTable codes;

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /**
     * The organisations of a dataset by index, in code order: their codes, and each organisation made on demand.
     * {@link DatasetBinary} decodes one organisation at a time from the compiled data.
     */
    interface OrganisationTable {
        /** Returns the number of organisations. */
        int size();

        /** Returns the canonical code of an organisation. */
        String code(int index);

        /** Makes an organisation; called at most once per index that wins, possibly on several threads. */
        Organisation decode(int index);

        /** Returns the size of the index by code the table holds, or -1 if it holds none. */
        default int slotCount() {
            return -1;
        }

        /** Returns a slot of the index by code as {@link Dataset#slots(OrganisationTable)} builds it. */
        default int slot(int slot) {
            throw new UnsupportedOperationException();
        }
    }

    /** The table of organisations already made (also the codes the binary writer indexes). */
    static final class ListTable implements OrganisationTable {
        private final List<Organisation> list;

        ListTable(List<Organisation> list) {
            this.list = list;
        }

        @Override
        public int size() {
            return list.size();
        }

        @Override
        public String code(int index) {
            return list.get(index).code().value();
        }

        @Override
        public Organisation decode(int index) {
            return list.get(index);
        }
    }

    /** An immutable list whose elements are made on first access, once; safe for concurrent readers. */
    private static final class LazyList extends java.util.AbstractList<Organisation> implements java.util.RandomAccess {
        private final OrganisationTable table;
        // A plain array, not an AtomicReferenceArray, whose VarHandle machinery costs about 10 ms at start. An
        // Organisation is immutable (final fields only), so a thread that reads one here without a lock sees it
        // whole; a thread that reads null decodes it and keeps whichever one is stored first, under the lock, so
        // every caller gets the same instance.
        private final Organisation[] made;

        LazyList(OrganisationTable table) {
            this.table = table;
            this.made = new Organisation[table.size()];
        }

        @Override
        public Organisation get(int index) {
            Organisation o = made[index];
            if (o == null) {
                Organisation decoded = table.decode(index);
                synchronized (made) {
                    o = made[index];
                    if (o == null) {
                        made[index] = decoded;
                        o = decoded;
                    }
                }
            }
            return o;
        }

        @Override
        public int size() {
            return made.length;
        }
    }

    /**
     * Obtains a validated dataset.
     *
     * @param version  the dataset version, such as {@code 2026.1}, not blank
     * @param sources  the sources the data was built from, not null
     * @param coverage  the dates the dataset speaks for, not null
     * @param organisations  the organisations, with their links and successions, not null
     * @return the dataset, not null
     * @throws DatasetException if the data is inconsistent; the message says what and where
     */
    public static Dataset of(String version, Collection<Source> sources, Coverage coverage,
            Collection<Organisation> organisations) {
        return of(version, sources, coverage, organisations, List.of(), List.of());
    }

    /**
     * Obtains a validated dataset with named restructure events and commissioning rules.
     *
     * @param version  the dataset version, such as {@code 2026.1}, not blank
     * @param sources  the sources the data was built from, not null
     * @param coverage  the dates the dataset speaks for, not null
     * @param organisations  the organisations, with their links and successions, not null
     * @param events  the named national restructures, not null
     * @param commissioningRules  the commissioning rule rows, not null
     * @return the dataset, not null
     * @throws DatasetException if the data is inconsistent, including overlapping rule rows of one category, an
     *         unknown source id or an ONS code borne by two organisations on one date; the message says what and
     *         where
     */
    public static Dataset of(String version, Collection<Source> sources, Coverage coverage,
            Collection<Organisation> organisations, Collection<RestructureEvent> events,
            Collection<CommissioningRule> commissioningRules) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(coverage, "coverage");
        if (version.isBlank()) {
            throw new DatasetException(null, 0, "version", "must not be blank");
        }
        Map<String, Source> sourceById = new LinkedHashMap<>();
        for (Source s : sources) {
            if (sourceById.put(s.id(), s) != null) {
                throw new DatasetException(null, 0, "sources", "source id '" + s.id() + "' given twice");
            }
        }
        Map<OdsCode, Organisation> byCode = new HashMap<>();
        for (Organisation o : organisations) {
            if (byCode.put(o.code(), o) != null) {
                throw new DatasetException(null, 0, "organisations", "code " + o.code() + " given twice");
            }
        }
        TreeSet<Succession> successions = new TreeSet<>();
        List<OnsCodeUse> onsCodeUses = new ArrayList<>();
        for (Organisation o : organisations) {
            checkSources(o.provenance(), sourceById, () -> o.code() + " operational period");
            for (Dated<OnsCode> ons : o.onsCodes().entries()) {
                checkSources(ons.provenance(), sourceById, () -> o.code() + " ONS code " + ons);
                onsCodeUses.add(new OnsCodeUse(ons.value(), o.code(), ons.period(), ons.provenance()));
            }
            for (Dated<String> n : o.names().entries()) {
                checkSources(n.provenance(), sourceById, () -> o.code() + " name " + n.period());
            }
            for (Dated<?> k : o.kinds().entries()) {
                checkSources(k.provenance(), sourceById, () -> o.code() + " kind " + k.period());
            }
            for (RelationshipType type : RelationshipType.values()) {
                for (Dated<OdsCode> link : o.links(type).entries()) {
                    checkSources(link.provenance(), sourceById, () -> o.code() + " " + type + " " + link);
                    if (!byCode.containsKey(link.value())) {
                        throw new DatasetException(null, 0, "relationships", o.code() + " " + type + " " + link
                                + ": target " + link.value() + " is not an organisation of the dataset");
                    }
                }
            }
            List<Succession> mine = new ArrayList<>(o.successors());
            mine.addAll(o.predecessors());
            for (Succession s : mine) {
                checkSources(s.provenance(), sourceById, () -> s.toString());
                Organisation other = byCode.get(s.predecessor().equals(o.code()) ? s.successor() : s.predecessor());
                if (other == null) {
                    throw new DatasetException(null, 0, "successions",
                            s + ": " + s.successor() + " or " + s.predecessor() + " is not an organisation");
                }
                boolean recorded = s.predecessor().equals(o.code())
                        ? other.predecessors().contains(s) : other.successors().contains(s);
                if (!recorded) {
                    throw new DatasetException(null, 0, "successions", s + " is recorded on one side only");
                }
                successions.add(s);
            }
        }
        for (RelationshipType type : RelationshipType.values()) {
            checkAcyclic(type, byCode);
        }
        TreeSet<String> eventIds = new TreeSet<>();
        for (RestructureEvent e : events) {
            checkSources(e.provenance(), sourceById, () -> "event " + e.id());
            if (!eventIds.add(e.id())) {
                throw new DatasetException(null, 0, "events", "event id '" + e.id() + "' given twice");
            }
        }
        for (CommissioningRule r : commissioningRules) {
            checkSources(r.provenance(), sourceById, () -> "commissioning rule " + r);
        }
        CommissioningRules rules;
        try {
            rules = CommissioningRules.of(commissioningRules);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(null, 0, "commissioning_rules", e.getMessage());
        }
        onsCodeUses.sort(null);
        checkOnsCodes(onsCodeUses);
        List<Organisation> sorted = new ArrayList<>(organisations);
        sorted.sort(null);
        List<RestructureEvent> sortedEvents = new ArrayList<>(events);
        sortedEvents.sort(null);
        List<Succession> successionList = List.copyOf(successions);
        List<RestructureEvent> eventList = List.copyOf(sortedEvents);
        List<OnsCodeUse> onsList = List.copyOf(onsCodeUses);
        return new Dataset(version, coverage, new ListTable(List.copyOf(sorted)),
                new Given(List.copyOf(sourceById.values()), successionList, eventList, rules, onsList));
    }

    /**
     * Obtains a dataset from parts already validated as a whole, in the dataset's own order, without checking
     * again: for {@link DatasetBinary}, which only ever reads what was written from a validated dataset, and
     * decodes each organisation on first use.
     */
    static Dataset compiled(String version, Coverage coverage, OrganisationTable organisations, Sections sections) {
        return new Dataset(version, coverage, organisations, sections);
    }

    /** Fails if two organisations bore one ONS code on the same date; the uses are sorted by ONS code and start. */
    private static void checkOnsCodes(List<OnsCodeUse> sorted) {
        OnsConflict c = findOnsConflict(sorted);
        if (c != null) {
            throw new DatasetException(null, 0, "ons_codes", c.message());
        }
    }

    /** Two uses of one ONS code by different organisations that overlap; the second starts no earlier. */
    record OnsConflict(OnsCodeUse first, OnsCodeUse second) {
        String message() {
            return second.onsCode() + " is borne by two organisations on " + second.period().start() + ": "
                    + first.organisation() + " " + first.period() + " and " + second.organisation() + " "
                    + second.period();
        }
    }

    /**
     * Finds two overlapping uses of one ONS code by different organisations, or null if there are none; shared
     * with the reader, which names both lines.
     *
     * @param sorted  the uses, sorted by ONS code then start
     */
    static @Nullable OnsConflict findOnsConflict(List<OnsCodeUse> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            OnsCodeUse b = sorted.get(i);
            // Uses by one organisation never overlap (its timeline forbids it), so any overlap is a conflict.
            for (int j = i - 1; j >= 0 && sorted.get(j).onsCode().equals(b.onsCode()); j--) {
                OnsCodeUse a = sorted.get(j);
                if (a.period().overlaps(b.period()) && !a.organisation().equals(b.organisation())) {
                    return new OnsConflict(a, b);
                }
            }
        }
        return null;
    }

    private static void checkSources(Provenance p, Map<String, Source> sources, Supplier<String> what) {
        for (String id : p.sourceIds()) {
            if (!sources.containsKey(id)) {
                throw new DatasetException(null, 0, "source", what.get() + ": unknown source id '" + id + "'");
            }
        }
    }

    /** A link that closes (or leads into) a cycle: its source, type and dated target. */
    record CycleLink(OdsCode source, RelationshipType type, Dated<OdsCode> link) {
        Relationship relationship() {
            return new Relationship(source, type, link.value(), link.period(), link.provenance());
        }
    }

    private static void checkAcyclic(RelationshipType type, Map<OdsCode, Organisation> byCode) {
        CycleLink c = findCycle(type, byCode);
        if (c != null) {
            Relationship r = c.relationship();
            throw new DatasetException(null, 0, "relationships", type + " forms a cycle through "
                    + r.source() + " on " + r.period().start());
        }
    }

    /**
     * Finds a link of one type that lies on (or leads into) a cycle, or null if there is none; shared with the
     * reader, which reports the link's line.
     *
     * <p>A cycle of one link type exists on some date only if it exists on the start date of one of its links (the
     * latest one), so walking up from each link's source on each link's start date finds every cycle.
     */
    static @Nullable CycleLink findCycle(RelationshipType type, Map<OdsCode, Organisation> byCode) {
        int limit = byCode.size() + 1;
        for (Organisation o : byCode.values()) {
            for (Dated<OdsCode> link : o.links(type).entries()) {
                long day = link.period().start().toEpochDay();
                OdsCode at = link.value();
                for (int steps = 0; at != null; steps++) {
                    if (at.equals(o.code()) || steps > limit) {
                        return new CycleLink(o.code(), type, link);
                    }
                    Organisation next = byCode.get(at);
                    at = next == null ? null : HotPaths.target(next, type, day);
                }
            }
        }
        return null;
    }

    /**
     * Returns the dataset version.
     *
     * @return the version, not null
     */
    public String version() {
        return version;
    }

    /**
     * Returns the sources, in the order given.
     *
     * @return the sources, immutable, not null
     */
    public List<Source> sources() {
        List<Source> s = sources;
        if (s == null) {
            synchronized (this) {
                s = sources;
                if (s == null) {
                    s = List.copyOf(sections.sources());
                    sources = s;
                }
            }
        }
        return s;
    }

    /**
     * Returns the dates the dataset speaks for.
     *
     * @return the coverage, not null
     */
    public Coverage coverage() {
        return coverage;
    }

    /**
     * Returns the organisations, ordered by code.
     *
     * @return the organisations, immutable, not null
     */
    public List<Organisation> organisations() {
        return organisations;
    }

    /**
     * Finds an organisation by code, without a search through the list.
     *
     * @param code  the code, not null
     * @return the organisation, or empty if the dataset has no such code, not null
     * @since 0.1.0
     */
    public Optional<Organisation> organisation(OdsCode code) {
        String text = code.value();
        int[] own = slots;
        int mask = (own != null ? own.length : codes.slotCount()) - 1;
        int slot = spread(text.hashCode()) & mask;
        int i;
        while ((i = own != null ? own[slot] : codes.slot(slot)) != 0) {
            if (codes.code(i - 1).equals(text)) {
                return Optional.of(organisations.get(i - 1));
            }
            slot = (slot + 1) & mask;
        }
        return Optional.empty();
    }

    /**
     * Returns the named national restructures, enacted and planned, ordered by date.
     *
     * @return the events, immutable, not null
     */
    public List<RestructureEvent> events() {
        List<RestructureEvent> e = events;
        if (e == null) {
            synchronized (this) {
                e = events;
                if (e == null) {
                    e = List.copyOf(sections.events());
                    events = e;
                }
            }
        }
        return e;
    }

    /**
     * Returns every succession, ordered by effective date, predecessor and successor.
     *
     * @return the successions, immutable, not null
     */
    public List<Succession> successions() {
        List<Succession> s = successions;
        if (s == null) {
            synchronized (this) {
                s = successions;
                if (s == null) {
                    s = List.copyOf(sections.successions());
                    successions = s;
                }
            }
        }
        return s;
    }

    /**
     * Returns the commissioning rules: which type of body commissioned each service category over time.
     *
     * @return the rules, possibly empty, not null
     * @since 0.1.0
     */
    public CommissioningRules commissioningRules() {
        CommissioningRules r = commissioningRules;
        if (r == null) {
            synchronized (this) {
                r = commissioningRules;
                if (r == null) {
                    r = sections.commissioningRules();
                    commissioningRules = r;
                }
            }
        }
        return r;
    }

    /**
     * Returns every use of an ONS (GSS) code by an organisation, ordered by ONS code, then start: the reverse of
     * each organisation's {@link Organisation#onsCodes()}, built once at load for look-ups by ONS code.
     *
     * @return the uses, immutable, not null
     * @since 0.1.0
     */
    public List<OnsCodeUse> onsCodeUses() {
        List<OnsCodeUse> u = onsCodeUses;
        if (u == null) {
            synchronized (this) {
                u = onsCodeUses;
                if (u == null) {
                    u = List.copyOf(sections.onsCodeUses());
                    onsCodeUses = u;
                }
            }
        }
        return u;
    }
}
