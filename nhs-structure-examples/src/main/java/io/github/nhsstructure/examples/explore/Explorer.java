package io.github.nhsstructure.examples.explore;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.chart.ChartParent;
import io.github.nhsstructure.chart.ChartRules;
import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.organisation.SuccessionReason;
import io.github.nhsstructure.restructure.RestructureEvent;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import io.github.nhsstructure.time.Timeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the explorer: a static page ({@code index.html}, scripts inline) and its data ({@code data.js}) into a
 * folder, to open in a browser from disk, with no server and no network.
 *
 * <p>The page has a date slider that redraws the organisation chart of the chosen date, a search box for ODS codes,
 * ONS codes and names, and, on click, an organisation's names, kinds, ONS codes, places in the chart, predecessors
 * and successors over time. The chart is drawn from each organisation's {@link ChartRules#parentHistory chart
 * parents}, computed here by the library, so the page draws the same tree as {@link
 * io.github.nhsstructure.chart.OrgChart} for every date; the script only looks up the entry in force on the date.
 *
 * <p>{@code data.js} sets {@code window.NHS_EXPLORER} to one compact JSON object: {@code format} (1),
 * {@code dataVersion}, {@code minDate}, {@code maxDate}, {@code startDate} (ISO dates), {@code kinds} (for each
 * {@link OrganisationKind}, in order, {@code [name, label, tier]}), {@code chartKinds} (their indexes),
 * {@code links} ({@link RelationshipType} names), {@code reasons} ({@link SuccessionReason} names), {@code events}
 * ({@code [date, name, status]} of the named restructures) and {@code orgs}, one object per organisation in code
 * order (all but the sites of organisations and those of unknown kind, which are not part of the structure): {@code c} code, {@code p} operational period, {@code n} names, {@code k} kinds (index), {@code o} ONS codes,
 * {@code h} chart parents ({@code [start, end, parent index, link index or -1 for "by kind"]}), {@code s} successors
 * and {@code d} predecessors ({@code [organisation index, effective day, reason index]}). Dated entries are
 * {@code [start, end, value]} with days counted from 1970-01-01 and {@code null} for an open end. The same dataset
 * writes the same bytes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Explorer {

    /** The page's file name. */
    public static final String PAGE = "index.html";
    /** The data file's name. */
    public static final String DATA = "data.js";

    private static final JsonMapper COMPACT = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Kinds left out of the page: sites of organisations and organisations of no known kind, not the structure. */
    private static final Set<OrganisationKind> HIDDEN = EnumSet.of(OrganisationKind.SITE, OrganisationKind.OTHER);

    private Explorer() {
    }

    /**
     * Writes the page and its data into a folder, creating the folder if needed and replacing the two files.
     *
     * @param structure  the structure, not null
     * @param folder  the folder, not null
     * @param progress  told the number of organisations done so far, every few hundred and at the end, not null
     * @return the number of organisations written: all but sites and organisations of unknown kind
     * @throws UncheckedIOException if a file cannot be written
     */
    public static int write(NhsStructure structure, Path folder, IntConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        try {
            // Before the data is built, which takes a while: a folder that cannot be made fails at once.
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the explorer into " + folder + ": " + e.getMessage(), e);
        }
        String data = "window.NHS_EXPLORER = " + COMPACT.writeValueAsString(data(structure, progress)) + ";\n";
        try {
            writeAtomically(folder.resolve(DATA), data.getBytes(StandardCharsets.UTF_8));
            writeAtomically(folder.resolve(PAGE), page());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the explorer into " + folder + ": " + e.getMessage(), e);
        }
        return count(structure);
    }

    /**
     * Counts the organisations the page holds: all but the sites of organisations and those of unknown kind.
     *
     * @param structure  the structure, not null
     * @return the number of organisations
     */
    public static int count(NhsStructure structure) {
        return (int) structure.organisations().stream().filter(Explorer::isShown).count();
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] page() throws IOException {
        try (InputStream in = Explorer.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IOException("the page template " + PAGE + " is missing from the program");
            }
            return in.readAllBytes();
        }
    }

    /**
     * Builds the page's data as a JSON tree.
     *
     * @param structure  the structure, not null
     * @param progress  told the number of organisations done so far, not null
     * @return the data object, not null
     */
    static ObjectNode data(NhsStructure structure, IntConsumer progress) {
        List<Organisation> orgs = new ArrayList<>();
        for (Organisation o : structure.organisations()) {
            if (isShown(o)) {
                orgs.add(o);
            }
        }
        Map<OdsCode, Integer> index = new HashMap<>();
        for (int i = 0; i < orgs.size(); i++) {
            index.put(orgs.get(i).code(), i);
        }
        ObjectNode root = NODES.objectNode();
        root.put("format", 1);
        root.put("dataVersion", structure.dataVersion());
        LocalDate min = LocalDate.MAX;
        LocalDate max = LocalDate.MIN;
        for (Coverage.KindCoverage c : structure.coverage().entries()) {
            if (ChartRules.KINDS.contains(c.kind()) && c.kind() != OrganisationKind.GOVERNMENT_DEPARTMENT
                    && c.period().start().isBefore(min)) {
                min = c.period().start();
            }
        }
        ArrayNode kinds = root.putArray("kinds");
        for (OrganisationKind k : OrganisationKind.values()) {
            kinds.addArray().add(k.name()).add(k.label()).add(k.tier().name());
        }
        ArrayNode chartKinds = root.putArray("chartKinds");
        ChartRules.KINDS.forEach(k -> chartKinds.add(k.ordinal()));
        ArrayNode links = root.putArray("links");
        for (RelationshipType t : RelationshipType.values()) {
            links.add(t.name());
        }
        ArrayNode reasons = root.putArray("reasons");
        for (SuccessionReason r : SuccessionReason.values()) {
            reasons.add(r.name());
        }
        ArrayNode events = root.putArray("events");
        for (RestructureEvent e : structure.events()) {
            events.addArray().add(e.effectiveDate().toString()).add(e.name()).add(e.status().name());
        }
        ArrayNode out = root.putArray("orgs");
        for (int i = 0; i < orgs.size(); i++) {
            Organisation o = orgs.get(i);
            ObjectNode n = out.addObject();
            n.put("c", o.code().value());
            n.set("p", period(o.operationalPeriod()));
            n.set("n", dated(o.names(), (a, v) -> a.add(v)));
            n.set("k", dated(o.kinds(), (a, v) -> a.add(v.ordinal())));
            n.set("o", dated(o.onsCodes(), (a, v) -> a.add(v.value())));
            ArrayNode h = n.putArray("h");
            for (ChartParent p : ChartRules.parentHistory(structure, o)) {
                ArrayNode e = period(p.period());
                e.add(index.get(p.parent()));
                e.add(p.link().map(Enum::ordinal).orElse(-1));
                h.add(e);
            }
            n.set("s", successions(o.successors(), Succession::successor, index));
            n.set("d", successions(o.predecessors(), Succession::predecessor, index));
            max = latest(max, o);
            if ((i + 1) % 500 == 0) {
                progress.accept(i + 1);
            }
        }
        progress.accept(orgs.size());
        if (min.isAfter(max)) {
            min = max;
        }
        root.put("minDate", min.toString());
        root.put("maxDate", max.toString());
        root.put("startDate", max.toString());
        return root;
    }

    /** Whether the page holds an organisation: every one that was ever of a kind other than a site or "other". */
    static boolean isShown(Organisation o) {
        for (Dated<OrganisationKind> k : o.kinds().entries()) {
            if (!HIDDEN.contains(k.value())) {
                return true;
            }
        }
        return false;
    }

    /** The last day on which anything about an organisation starts. */
    private static LocalDate latest(LocalDate max, Organisation o) {
        LocalDate m = max;
        m = o.operationalPeriod().start().isAfter(m) ? o.operationalPeriod().start() : m;
        for (Dated<?> d : o.kinds().entries()) {
            m = d.period().start().isAfter(m) ? d.period().start() : m;
        }
        for (Dated<?> d : o.names().entries()) {
            m = d.period().start().isAfter(m) ? d.period().start() : m;
        }
        return m;
    }

    private interface Adder<T> {
        void add(ArrayNode array, T value);
    }

    private static <T> ArrayNode dated(Timeline<T> timeline, Adder<T> adder) {
        ArrayNode a = NODES.arrayNode();
        for (Dated<T> d : timeline.entries()) {
            ArrayNode e = period(d.period());
            adder.add(e, d.value());
            a.add(e);
        }
        return a;
    }

    private static ArrayNode period(DateRange p) {
        ArrayNode a = NODES.arrayNode();
        a.add(p.isUnboundedStart() ? Long.MIN_VALUE : p.start().toEpochDay());
        if (p.isUnboundedEnd()) {
            a.addNull();
        } else {
            a.add(p.end().toEpochDay());
        }
        return a;
    }

    private static ArrayNode successions(List<Succession> list, Function<Succession, OdsCode> other,
            Map<OdsCode, Integer> index) {
        ArrayNode a = NODES.arrayNode();
        for (Succession s : list) {
            Integer i = index.get(other.apply(s));
            if (i != null) {
                a.addArray().add(i).add(s.effectiveDate().toEpochDay()).add(s.reason().ordinal());
            }
        }
        return a;
    }
}
