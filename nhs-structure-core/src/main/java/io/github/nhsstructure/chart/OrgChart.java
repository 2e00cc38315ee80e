package io.github.nhsstructure.chart;

import io.github.nhsstructure.exception.NhsStructureException;
import io.github.nhsstructure.exception.OrganisationNotOpenException;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.internal.HotPaths;
import io.github.nhsstructure.lookup.StructureLookup;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The organisation chart of a date: the structure drawn as a tree from the government department through the
 * national bodies and regions to the commissioners of the era, and on to trusts, primary care networks and
 * practices as deep as asked.
 *
 * <pre>
 * OrgChart chart = OrgChart.of(nhs, LocalDate.of(2022, 7, 1), ChartOptions.defaults().withDepth(3));
 * chart.root();                              // ZZN01 Department of Health and Social Care
 * chart.count(OrganisationKind.ICB);         // 42, each under its region
 * ChartFormat.DOT.render(chart);             // a Graphviz graph of the same tree
 * </pre>
 *
 * <p>Where each organisation goes is decided by {@link ChartRules}; what is drawn by {@link ChartOptions}. Children
 * are ordered by kind ({@link OrganisationKind} order) and then by code, so the same dataset, date and options give
 * the same tree and the renderers the same bytes. The chart also says which drawn kinds the dataset does not claim
 * to be complete for on the date ({@link #incompleteKinds()}) and, when drawn from the department, how many
 * organisations of the drawn kinds it could not place ({@link #unplaced()}): nothing is left out silently.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OrgChart {

    private final String dataVersion;
    private final LocalDate date;
    private final ChartOptions options;
    private final ChartNode root;
    private final List<ChartNode> nodes;
    private final Map<OdsCode, ChartNode> byCode;
    private final Set<OrganisationKind> incompleteKinds;
    private final Map<OrganisationKind, Integer> unplaced;

    private OrgChart(String dataVersion, LocalDate date, ChartOptions options, ChartNode root,
            Set<OrganisationKind> incompleteKinds, Map<OrganisationKind, Integer> unplaced) {
        this.dataVersion = dataVersion;
        this.date = date;
        this.options = options;
        this.root = root;
        this.nodes = root.flatten();
        Map<OdsCode, ChartNode> map = new LinkedHashMap<>();
        for (ChartNode n : nodes) {
            map.put(n.code(), n);
        }
        this.byCode = Collections.unmodifiableMap(map);
        this.incompleteKinds = incompleteKinds;
        this.unplaced = unplaced;
    }

    /**
     * Draws the whole chart of a date with the {@link ChartOptions#defaults() default options}.
     *
     * @param structure  the structure, not null
     * @param date  the date, not null
     * @return the chart, not null
     * @throws OutsideCoverageException if the dataset does not speak for the date, or no government department is
     *     open on it and the dataset does not cover departments then
     * @throws NhsStructureException if no government department is open on the date
     */
    public static OrgChart of(StructureLookup structure, LocalDate date) {
        return of(structure, date, ChartOptions.defaults());
    }

    /**
     * Draws the chart of a date.
     *
     * @param structure  the structure, not null
     * @param date  the date, not null
     * @param options  what to draw, not null
     * @return the chart, not null
     * @throws OutsideCoverageException if the dataset does not speak for the date, or, with the default root, the
     *     dataset does not cover government departments on it
     * @throws UnknownOrganisationException if the root code names no organisation on the date
     * @throws OrganisationNotOpenException if the root was not open on the date
     * @throws NhsStructureException if, with the default root, no government department is open on the date
     */
    public static OrgChart of(StructureLookup structure, LocalDate date, ChartOptions options) {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(options, "options");
        structure.coverage().check(date);
        return new Builder(structure, date, options).build();
    }

    /**
     * Returns the version of the dataset the chart was drawn from.
     *
     * @return the dataset version, not null
     */
    public String dataVersion() {
        return dataVersion;
    }

    /**
     * Returns the date the chart shows.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns what the chart draws.
     *
     * @return the options, not null
     */
    public ChartOptions options() {
        return options;
    }

    /**
     * Returns the root of the tree.
     *
     * @return the root, not null
     */
    public ChartNode root() {
        return root;
    }

    /**
     * Returns every node of the tree in pre-order: a node before its children, children in order.
     *
     * @return the nodes, immutable, not null
     */
    public List<ChartNode> nodes() {
        return nodes;
    }

    /**
     * Returns the number of nodes drawn.
     *
     * @return the number of nodes, at least 1
     */
    public int size() {
        return nodes.size();
    }

    /**
     * Finds the node of an organisation.
     *
     * @param code  the ODS code, not null
     * @return the node, or empty if the organisation is not drawn, not null
     */
    public Optional<ChartNode> node(OdsCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Finds the node of an organisation.
     *
     * @param code  the ODS code as text, not null
     * @return the node, or empty if the code is not a valid ODS code or the organisation is not drawn, not null
     */
    public Optional<ChartNode> node(String code) {
        return OdsCode.isValid(code) ? node(OdsCode.of(code)) : Optional.empty();
    }

    /**
     * Counts the nodes of a kind.
     *
     * @param kind  the kind, not null
     * @return the number of nodes of that kind in the tree
     */
    public int count(OrganisationKind kind) {
        int n = 0;
        for (ChartNode node : nodes) {
            if (node.kind() == kind) {
                n++;
            }
        }
        return n;
    }

    /**
     * Returns the kinds drawn in the tree for which the dataset does not claim completeness on the date
     * ({@link io.github.nhsstructure.coverage.Coverage}): organisations of those kinds may be missing from the chart, such
     * as national bodies before 2013-04-01.
     *
     * @return the kinds, in kind order, immutable, not null
     */
    public Set<OrganisationKind> incompleteKinds() {
        return incompleteKinds;
    }

    /**
     * Counts, by kind, the organisations of the drawn kinds open on the date that the {@link ChartRules} cannot
     * place under the department (no link up, as for trusts before 2012-10-01); only for a chart drawn from the
     * department (the default root), otherwise empty.
     *
     * @return the counts by kind, in kind order, only kinds with at least one, immutable, not null
     */
    public Map<OrganisationKind, Integer> unplaced() {
        return unplaced;
    }

    /**
     * Checks whether two charts have the same dataset version, date, options and tree.
     *
     * @param obj  the other object
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof OrgChart o && dataVersion.equals(o.dataVersion) && date.equals(o.date)
                && options.equals(o.options) && root.equals(o.root) && unplaced.equals(o.unplaced);
    }

    /**
     * Returns a hash code of the dataset version, date and root.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(dataVersion, date, root.code(), nodes.size());
    }

    /**
     * Outputs a summary, such as {@code OrgChart[2022-07-01 from ZZN01, 360 nodes, dataset 2026.1]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "OrgChart[" + date + " from " + root.code() + ", " + nodes.size() + " nodes, dataset " + dataVersion
                + "]";
    }

    /** Draws one chart: places every organisation once, then builds the tree top-down. */
    private static final class Builder {
        private final StructureLookup structure;
        private final LocalDate date;
        private final long day;
        private final ChartOptions options;
        private final int maxDepth;
        private final Map<Organisation, ChartRules.Decision> placed = new IdentityHashMap<>();
        private final Map<Organisation, List<Organisation>> children = new IdentityHashMap<>();
        private final Map<Organisation, Boolean> visited = new IdentityHashMap<>();

        Builder(StructureLookup structure, LocalDate date, ChartOptions options) {
            this.structure = structure;
            this.date = date;
            this.day = date.toEpochDay();
            this.options = options;
            this.maxDepth = options.depth().orElse(Integer.MAX_VALUE);
        }

        OrgChart build() {
            Organisation department = ChartRules.department(structure, day);
            Organisation top;
            if (options.root().isPresent()) {
                top = structure.require(options.root().get(), date);
                if (!top.isOpenOn(date)) {
                    throw new OrganisationNotOpenException(top, date);
                }
            } else if (department != null) {
                top = department;
            } else {
                structure.coverage().check(OrganisationKind.GOVERNMENT_DEPARTMENT, date);
                throw new NhsStructureException("no government department is open on " + date
                        + " in dataset " + structure.dataVersion() + ", so there is no chart to draw from it");
            }
            for (OrganisationKind kind : ChartRules.KINDS) {
                for (Organisation o : structure.organisationsEverOfKind(kind)) {
                    if (HotPaths.valueAt(o.kinds(), day) != kind) {
                        continue;
                    }
                    ChartRules.Decision d = ChartRules.decide(structure, o, day, department);
                    if (d != null) {
                        placed.put(o, d);
                        children.computeIfAbsent(d.parent(), p -> new ArrayList<>()).add(o);
                    }
                }
            }
            Map<OrganisationKind, Integer> unplaced = options.isDefaultRoot() ? unplaced(top) : Map.of();
            visited.put(top, Boolean.TRUE);
            ChartNode rootNode = node(top, null, null, 0);
            Set<OrganisationKind> incomplete = EnumSet.noneOf(OrganisationKind.class);
            for (ChartNode n : rootNode.flatten()) {
                if (!structure.coverage().covers(n.kind(), date)) {
                    incomplete.add(n.kind());
                }
            }
            return new OrgChart(structure.dataVersion(), date, options, rootNode,
                    Collections.unmodifiableSet(incomplete), unplaced);
        }

        /** Counts the organisations of the drawn kinds not reachable from the department. */
        private Map<OrganisationKind, Integer> unplaced(Organisation department) {
            Map<Organisation, Boolean> reached = new IdentityHashMap<>();
            List<Organisation> stack = new ArrayList<>(List.of(department));
            reached.put(department, Boolean.TRUE);
            while (!stack.isEmpty()) {
                Organisation o = stack.remove(stack.size() - 1);
                for (Organisation c : children.getOrDefault(o, List.of())) {
                    if (reached.put(c, Boolean.TRUE) == null) {
                        stack.add(c);
                    }
                }
            }
            Map<OrganisationKind, Integer> out = new EnumMap<>(OrganisationKind.class);
            for (OrganisationKind kind : options.kinds()) {
                for (Organisation o : structure.organisationsEverOfKind(kind)) {
                    if (HotPaths.valueAt(o.kinds(), day) == kind && !reached.containsKey(o)) {
                        out.merge(kind, 1, Integer::sum);
                    }
                }
            }
            return Collections.unmodifiableMap(out);
        }

        private ChartNode node(Organisation o, @Nullable Organisation drawnParent,
                ChartRules.@Nullable Decision decision, int depth) {
            List<Organisation> drawn = new ArrayList<>();
            collect(o, drawn);
            drawn.sort(Comparator.comparing((Organisation c) -> kindOn(c)).thenComparing(Organisation::code));
            List<ChartNode> nodes = new ArrayList<>();
            int hidden = 0;
            if (depth >= maxDepth) {
                hidden = drawn.size();
            } else {
                for (Organisation c : drawn) {
                    nodes.add(node(c, o, placed.get(c), depth + 1));
                }
            }
            // The link is named only when it is to the node drawn above: through a kind not drawn it is not.
            RelationshipType link = decision == null || decision.parent() != drawnParent ? null : decision.link();
            return new ChartNode(o, kindOn(o), o.nameOn(date).orElseGet(o::name), o.onsCodeOn(date),
                    Optional.ofNullable(link), depth, nodes, hidden);
        }

        /** Adds the drawn organisations under one, looking through organisations of kinds not drawn. */
        private void collect(Organisation o, List<Organisation> drawn) {
            for (Organisation c : children.getOrDefault(o, List.of())) {
                if (visited.put(c, Boolean.TRUE) != null) {
                    continue; // only a custom root inside a cycle of links could lead back
                }
                if (options.kinds().contains(kindOn(c))) {
                    drawn.add(c);
                } else {
                    collect(c, drawn);
                }
            }
        }

        private OrganisationKind kindOn(Organisation o) {
            OrganisationKind k = HotPaths.valueAt(o.kinds(), day);
            return k != null ? k : o.kind();
        }
    }
}
