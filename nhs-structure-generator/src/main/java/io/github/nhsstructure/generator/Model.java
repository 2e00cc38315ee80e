package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.ProviderType;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.SuccessionReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The dataset being generated, in memory: what the source families add and what {@link DatasetWriter} writes.
 * One nested record per file row of {@code docs/data-format.md}.
 *
 * <p>{@link #validate()} checks the format's load rules before anything is written, so a generator mistake fails
 * the generator rather than the library's loader.
 *
 * <p>This class is mutable and not thread-safe.
 */
final class Model {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,10}");
    private static final Pattern ONS_CODE = Pattern.compile("[A-Z][0-9]{8}");

    /** A row of {@code sources.csv}. */
    record Source(String id, String title, String publisher, LocalDate extractDate, String licence, String origin) {
    }

    /** A row of {@code coverage.csv}. */
    record Coverage(OrganisationKind kind, Period period, List<String> sources, String note) {
        Coverage {
            sources = List.copyOf(sources);
        }
    }

    /** A row of {@code organisations.csv}: an organisation and its operational period. */
    record Organisation(String code, Period period, Evidence evidence) {
    }

    /** A row of {@code names.csv}. */
    record Name(String code, Period period, String name, Evidence evidence) {
    }

    /** A row of {@code kinds.csv}. */
    record Kind(String code, Period period, OrganisationKind kind, Evidence evidence) {
    }

    /** A row of {@code provider_types.csv}. */
    record ProviderTypeRow(String code, Period period, ProviderType type, Evidence evidence) {
    }

    /** A row of {@code ons_codes.csv}: an ONS (GSS) code an organisation bore during a period. */
    record OnsCodeRow(String code, Period period, String onsCode, Evidence evidence) {
    }

    /** A row of {@code events.csv}: a named national restructure. */
    record Event(String id, String name, LocalDate effectiveDate, io.github.nhsstructure.restructure.RestructureStatus
            status, String kinds, String reference, Evidence evidence) {
    }

    /** A row of {@code relationships.csv}. */
    record Link(String code, RelationshipType type, String target, Period period, Evidence evidence) {
    }

    /** A row of {@code successions.csv}. */
    record Succession(String predecessor, String successor, LocalDate effectiveDate, SuccessionReason reason,
            Evidence evidence) {
    }

    private final List<Source> sources = new ArrayList<>();
    private final List<Coverage> coverage = new ArrayList<>();
    private final Map<String, Organisation> organisations = new TreeMap<>();
    private final List<Name> names = new ArrayList<>();
    private final List<Kind> kinds = new ArrayList<>();
    private final List<ProviderTypeRow> providerTypes = new ArrayList<>();
    private final List<OnsCodeRow> onsCodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Succession> successions = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<io.github.nhsstructure.commissioning.CommissioningRule> commissioningRules =
            new ArrayList<>();

    void addSource(Source source) {
        sources.add(source);
    }

    void addCoverage(OrganisationKind kind, Period period, List<String> sourceIds, String note) {
        coverage.add(new Coverage(kind, period, sourceIds, note));
    }

    /**
     * Adds an organisation.
     *
     * @throws IllegalStateException if the code is already there (two source families claiming one code)
     */
    void addOrganisation(String code, Period period, Evidence evidence) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalStateException("not an ODS code: '" + code + "'");
        }
        Organisation previous = organisations.putIfAbsent(code, new Organisation(code, period, evidence));
        if (previous != null) {
            throw new IllegalStateException(code + " added twice");
        }
    }

    void addName(String code, Period period, String name, Evidence evidence) {
        names.add(new Name(code, period, name, evidence));
    }

    /**
     * Ends the open-ended name of a code on a date, for a source that renames it from then.
     *
     * @throws IllegalStateException if the code has no open-ended name starting before the date
     */
    void endOpenName(String code, LocalDate end) {
        for (int i = 0; i < names.size(); i++) {
            Name n = names.get(i);
            if (n.code().equals(code) && n.period().isOpenEnded() && n.period().start().isBefore(end)) {
                names.set(i, new Name(code, Period.of(n.period().start(), end), n.name(), n.evidence()));
                return;
            }
        }
        throw new IllegalStateException(code + ": no open-ended name to end on " + end);
    }

    void addKind(String code, Period period, OrganisationKind kind, Evidence evidence) {
        kinds.add(new Kind(code, period, kind, evidence));
    }

    void addProviderType(String code, Period period, ProviderType type, Evidence evidence) {
        providerTypes.add(new ProviderTypeRow(code, period, type, evidence));
    }

    void addOnsCode(String code, Period period, String onsCode, Evidence evidence) {
        onsCodes.add(new OnsCodeRow(code, period, onsCode, evidence));
    }

    List<OnsCodeRow> onsCodes() {
        return Collections.unmodifiableList(onsCodes);
    }

    void addLink(String code, RelationshipType type, String target, Period period, Evidence evidence) {
        links.add(new Link(code, type, target, period, evidence));
    }

    void addEvent(Event event) {
        events.add(event);
    }

    List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    void addSuccession(String predecessor, String successor, LocalDate effectiveDate, SuccessionReason reason,
            Evidence evidence) {
        successions.add(new Succession(predecessor, successor, effectiveDate, reason, evidence));
    }

    void addCommissioningRule(io.github.nhsstructure.commissioning.CommissioningRule rule) {
        commissioningRules.add(rule);
    }

    List<io.github.nhsstructure.commissioning.CommissioningRule> commissioningRules() {
        return Collections.unmodifiableList(commissioningRules);
    }

    Optional<Organisation> organisation(String code) {
        return Optional.ofNullable(organisations.get(code));
    }

    boolean contains(String code) {
        return organisations.containsKey(code);
    }

    List<Source> sources() {
        return Collections.unmodifiableList(sources);
    }

    List<Coverage> coverage() {
        return Collections.unmodifiableList(coverage);
    }

    List<Organisation> organisations() {
        return List.copyOf(organisations.values());
    }

    List<Name> names() {
        return Collections.unmodifiableList(names);
    }

    List<Kind> kinds() {
        return Collections.unmodifiableList(kinds);
    }

    List<ProviderTypeRow> providerTypes() {
        return Collections.unmodifiableList(providerTypes);
    }

    List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    List<Succession> successions() {
        return Collections.unmodifiableList(successions);
    }

    /**
     * Checks the rules the library checks on load (docs/data-format.md, "Rules checked on load"), plus that a link's
     * target exists for the whole of the link.
     *
     * @throws IllegalStateException listing every problem found
     */
    void validate() {
        List<String> problems = new ArrayList<>();
        Map<String, Source> sourceById = new TreeMap<>();
        for (Source s : sources) {
            if (sourceById.put(s.id(), s) != null) {
                problems.add("source " + s.id() + " given twice");
            }
        }
        Map<OrganisationKind, Coverage> coverageByKind = new TreeMap<>();
        for (Coverage c : coverage) {
            if (coverageByKind.put(c.kind(), c) != null) {
                problems.add("coverage given twice for " + c.kind());
            }
            c.sources().forEach(id -> checkSource(id, sourceById, "coverage " + c.kind(), problems));
        }
        for (Organisation o : organisations.values()) {
            checkEvidence(o.evidence(), sourceById, o.code() + " operational period", problems);
        }
        Map<String, List<Period>> spans = new TreeMap<>();
        for (Name n : names) {
            checkFact(n.code(), "name", n.period(), n.evidence(), sourceById, spans, problems);
            if (n.name().isBlank()) {
                problems.add(n.code() + ": blank name");
            }
        }
        for (Kind k : kinds) {
            checkFact(k.code(), "kind", k.period(), k.evidence(), sourceById, spans, problems);
        }
        for (ProviderTypeRow t : providerTypes) {
            checkFact(t.code(), "provider type", t.period(), t.evidence(), sourceById, spans, problems);
        }
        Map<String, List<OnsCodeRow>> byOnsCode = new TreeMap<>();
        for (OnsCodeRow r : onsCodes) {
            checkFact(r.code(), "ONS code", r.period(), r.evidence(), sourceById, spans, problems);
            if (!ONS_CODE.matcher(r.onsCode()).matches()) {
                problems.add(r + ": not an ONS code");
            }
            for (OnsCodeRow other : byOnsCode.computeIfAbsent(r.onsCode(), k -> new ArrayList<>())) {
                if (other.period().overlaps(r.period())) {
                    problems.add(r + ": the ONS code is borne by " + other.code() + " " + other.period() + " too");
                }
            }
            byOnsCode.get(r.onsCode()).add(r);
        }
        for (Link l : links) {
            checkFact(l.code(), l.type().name(), l.period(), l.evidence(), sourceById, spans, problems);
            Organisation target = organisations.get(l.target());
            if (target == null) {
                problems.add(l + ": target is not an organisation");
            } else if (!target.period().encloses(l.period())) {
                problems.add(l + ": target open only " + target.period());
            }
            if (l.code().equals(l.target())) {
                problems.add(l + ": links to itself");
            }
        }
        for (Organisation o : organisations.values()) {
            if (!spans.containsKey(o.code() + " name")) {
                problems.add(o.code() + ": no name");
            }
            if (!spans.containsKey(o.code() + " kind")) {
                problems.add(o.code() + ": no kind");
            }
        }
        for (Event e : events) {
            checkEvidence(e.evidence(), sourceById, "event " + e.id(), problems);
        }
        for (Succession s : successions) {
            checkEvidence(s.evidence(), sourceById, s.toString(), problems);
            if (!organisations.containsKey(s.predecessor()) || !organisations.containsKey(s.successor())) {
                problems.add(s + ": predecessor or successor is not an organisation");
            }
            if (s.predecessor().equals(s.successor())) {
                problems.add(s + ": its own successor");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the generated dataset breaks the format's rules:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private void checkFact(String code, String sort, Period period, Evidence evidence, Map<String, Source> sources,
            Map<String, List<Period>> spans, List<String> problems) {
        Organisation o = organisations.get(code);
        if (o == null) {
            problems.add(code + " " + sort + " " + period + ": not an organisation");
            return;
        }
        if (!o.period().encloses(period)) {
            problems.add(code + " " + sort + " " + period + ": outside the operational period " + o.period());
        }
        List<Period> list = spans.computeIfAbsent(code + " " + sort, k -> new ArrayList<>());
        for (Period p : list) {
            if (p.overlaps(period)) {
                problems.add(code + " " + sort + " " + period + " overlaps " + p);
            }
        }
        list.add(period);
        checkEvidence(evidence, sources, code + " " + sort + " " + period, problems);
    }

    private static void checkEvidence(Evidence evidence, Map<String, Source> sources, String what,
            List<String> problems) {
        evidence.sources().forEach(id -> checkSource(id, sources, what, problems));
    }

    private static void checkSource(String id, Map<String, Source> sources, String what, List<String> problems) {
        if (!sources.containsKey(Objects.requireNonNull(id))) {
            problems.add(what + ": unknown source " + id);
        }
    }
}
