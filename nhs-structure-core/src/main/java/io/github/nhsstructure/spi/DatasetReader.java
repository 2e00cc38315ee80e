package io.github.nhsstructure.spi;

import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.commissioning.DelegationScope;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.ProviderType;
import io.github.nhsstructure.organisation.Relationship;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.organisation.SuccessionReason;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.provenance.Source;
import io.github.nhsstructure.restructure.RestructureEvent;
import io.github.nhsstructure.restructure.RestructureStatus;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset in the project's documented CSV format (see {@code docs/data-format.md}): {@code sources.csv},
 * {@code coverage.csv}, {@code organisations.csv}, {@code names.csv}, {@code kinds.csv},
 * {@code provider_types.csv}, {@code ons_codes.csv}, {@code relationships.csv}, {@code successions.csv},
 * {@code events.csv} and {@code commissioning_rules.csv}.
 *
 * <p>Every row is validated; the first problem fails the read with a {@link DatasetException} naming file, line
 * and field, such as {@code names.csv:17: name: must not be blank}. No row is ever skipped. The bundled data
 * provider and test fixtures use this same reader.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DatasetReader {

    /**
     * Opens one named resource of a dataset.
     *
     * @since 0.1.0
     */
    @FunctionalInterface
    public interface ResourceOpener {
        /**
         * Opens a resource.
         *
         * @param fileName  the file name, such as {@code names.csv}, not null
         * @return the stream, not null; the reader closes it
         * @throws IOException if the resource is missing or cannot be read
         */
        InputStream open(String fileName) throws IOException;
    }

    /** The files of the format, in reading order. */
    public static final List<String> FILES = List.of("sources.csv", "coverage.csv", "organisations.csv",
            "names.csv", "kinds.csv", "provider_types.csv", "ons_codes.csv", "relationships.csv", "successions.csv",
            "events.csv", "commissioning_rules.csv");

    /** The columns of {@code commissioning_rules.csv}. */
    static final List<String> RULE_COLUMNS = List.of("category", "start", "end_exclusive", "commissioner_type",
            "arrangement", "delegate_type", "delegation_scope", "note", "references", "source", "certainty");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private DatasetReader() {
    }

    /**
     * Reads a dataset from a folder holding the CSV files.
     *
     * @param version  the version to give the dataset, not blank
     * @param folder  the folder, not null
     * @return the validated dataset, not null
     * @throws DatasetException if a file is missing, malformed or the data is inconsistent
     */
    public static Dataset read(String version, Path folder) {
        return read(version, name -> Files.newInputStream(folder.resolve(name)));
    }

    /**
     * Reads a dataset from named resources.
     *
     * @param version  the version to give the dataset, not blank
     * @param opener  opens each file of {@link #FILES}, not null
     * @return the validated dataset, not null
     * @throws DatasetException if a file is missing, malformed or the data is inconsistent
     */
    public static Dataset read(String version, ResourceOpener opener) {
        return new Reading(opener).run(version);
    }

    /**
     * Parses a strict {@code yyyy-MM-dd} date without {@code DateTimeFormatter}, whose initialisation alone costs
     * tens of milliseconds at start-up; returns null if the text is not a valid date.
     */
    static @Nullable LocalDate isoDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1
                || day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** One row of a CSV file, with typed accessors that name file, line and field on failure. */
    static final class Row {
        private final String file;
        private final long line;
        private final Map<String, Integer> header;
        private final CSVRecord record;

        private final Map<String, OdsCode> codes;

        Row(String file, long line, Map<String, Integer> header, CSVRecord record, Map<String, OdsCode> codes) {
            this.file = file;
            this.line = line;
            this.header = header;
            this.record = record;
            this.codes = codes;
        }

        DatasetException error(String field, String problem) {
            return new DatasetException(file, line, field, problem);
        }

        String optText(String field) {
            return record.get(header.get(field)).strip();
        }

        String text(String field) {
            String v = optText(field);
            if (v.isEmpty()) {
                throw error(field, "must not be blank");
            }
            return v;
        }

        OdsCode code(String field) {
            String v = text(field);
            // The same few thousand codes recur across every file: validate and build each once.
            OdsCode code = codes.get(v);
            if (code == null) {
                try {
                    code = OdsCode.of(v);
                } catch (IllegalArgumentException e) {
                    throw error(field, e.getMessage());
                }
                codes.put(v, code);
            }
            return code;
        }

        OnsCode onsCode(String field) {
            String v = text(field);
            try {
                return OnsCode.of(v);
            } catch (IllegalArgumentException e) {
                throw error(field, e.getMessage());
            }
        }

        LocalDate date(String field) {
            return parseDate(field, text(field));
        }

        private LocalDate parseDate(String field, String v) {
            LocalDate date = isoDate(v);
            if (date == null) {
                throw error(field, "'" + v + "' is not a date (yyyy-MM-dd)");
            }
            return date;
        }

        DateRange period(String startField, String endField) {
            LocalDate start = date(startField);
            String endText = optText(endField);
            LocalDate end = endText.isEmpty() ? LocalDate.MAX : parseDate(endField, endText);
            if (!end.isAfter(start)) {
                throw error(endField, end + " is not after start " + start);
            }
            return DateRange.of(start, end);
        }

        <E extends Enum<E>> E constant(String field, Class<E> type) {
            String v = text(field);
            try {
                return Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                throw error(field, "'" + v + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        List<String> sourceIds(Map<String, Source> known) {
            List<String> ids = new ArrayList<>();
            for (String id : text("source").split(";", -1)) {
                if (id.isBlank()) {
                    throw error("source", "blank source id in '" + text("source") + "'");
                }
                if (!known.containsKey(id.strip())) {
                    throw error("source", "unknown source id '" + id.strip() + "' (not in sources.csv)");
                }
                ids.add(id.strip());
            }
            return ids;
        }

        Provenance provenance(Map<String, Source> known, Map<String, Map<String, Provenance>> interned) {
            // Most rows share a handful of (source, certainty) pairs: parse each pair once and share the value.
            Map<String, Provenance> bySource = interned.computeIfAbsent(optText("source"), k -> new HashMap<>(4));
            String certainty = optText("certainty");
            Provenance p = bySource.get(certainty);
            if (p == null) {
                p = new Provenance(sourceIds(known), constant("certainty", Certainty.class));
                bySource.put(certainty, p);
            }
            return p;
        }
    }

    /** The state of one read. */
    private static final class Reading {
        private final ResourceOpener opener;
        private final Map<String, Source> sources = new LinkedHashMap<>();
        private final Map<OdsCode, Organisation.Builder> builders = new TreeMap<>();
        private final Map<OdsCode, Long> organisationLines = new HashMap<>();
        /** Per code, per file and sort of fact: the periods read so far, to report an overlap with both lines. */
        private final Map<OdsCode, Map<String, List<Span>>> spans = new HashMap<>();
        /** The line of each link read, by identity: only asked when a cycle is reported. */
        private final Map<Dated<OdsCode>, Long> linkLines = new java.util.IdentityHashMap<>();
        private final Map<String, OdsCode> codes = new HashMap<>();
        private final Map<String, Map<String, Provenance>> provenances = new HashMap<>();

        /** A period of one fact, remembered to report overlaps with both lines. */
        private record Span(DateRange period, String file, long line, Object what) {

            String where() {
                return file + ":" + line;
            }
        }

        Reading(ResourceOpener opener) {
            this.opener = opener;
        }

        Dataset run(String version) {
            each("sources.csv", List.of("id", "title", "publisher", "extract_date", "licence", "origin"), row -> {
                Source s;
                try {
                    s = new Source(row.text("id"), row.text("title"), row.text("publisher"),
                            row.date("extract_date"), row.text("licence"), row.text("origin"));
                } catch (IllegalArgumentException e) {
                    throw row.error(null, e.getMessage());
                }
                if (sources.put(s.id(), s) != null) {
                    throw row.error("id", "source id '" + s.id() + "' given twice");
                }
            });
            List<Coverage.KindCoverage> coverage = new ArrayList<>();
            each("coverage.csv", List.of("kind", "start", "end_exclusive", "source", "note"), row -> {
                OrganisationKind kind = row.constant("kind", OrganisationKind.class);
                for (Coverage.KindCoverage c : coverage) {
                    if (c.kind() == kind) {
                        throw row.error("kind", kind + " given twice");
                    }
                }
                coverage.add(new Coverage.KindCoverage(kind, row.period("start", "end_exclusive"),
                        new Provenance(row.sourceIds(sources), Certainty.HIGH), row.text("note")));
            });
            each("organisations.csv", List.of("code", "start", "end_exclusive", "source", "certainty"), row -> {
                OdsCode code = row.code("code");
                if (builders.containsKey(code)) {
                    throw row.error("code", code + " given twice (first at line " + organisationLines.get(code) + ")");
                }
                builders.put(code, Organisation.builder(code, row.period("start", "end_exclusive"),
                        row.provenance(sources, provenances)));
                organisationLines.put(code, row.line);
            });
            each("names.csv", List.of("code", "start", "end_exclusive", "name", "source", "certainty"), row -> {
                Dated<String> name = dated(row, "names", row.text("name"));
                apply(row, b -> b.name(name));
            });
            each("kinds.csv", List.of("code", "start", "end_exclusive", "kind", "source", "certainty"), row -> {
                Dated<OrganisationKind> kind = dated(row, "kinds", row.constant("kind", OrganisationKind.class));
                apply(row, b -> b.kind(kind));
            });
            each("provider_types.csv",
                    List.of("code", "start", "end_exclusive", "provider_type", "source", "certainty"), row -> {
                        Dated<ProviderType> type = dated(row, "provider types",
                                row.constant("provider_type", ProviderType.class));
                        apply(row, b -> b.providerType(type));
                    });
            // Per ONS code, the uses read so far, to report one code borne by two organisations with both lines.
            Map<OnsCode, List<Span>> onsSpans = new HashMap<>();
            each("ons_codes.csv", List.of("code", "start", "end_exclusive", "ons_code", "source", "certainty"),
                    row -> {
                        OnsCode ons = row.onsCode("ons_code");
                        Dated<OnsCode> use = dated(row, "ONS codes", ons);
                        apply(row, b -> b.onsCode(use));
                        OdsCode code = row.code("code");
                        List<Span> uses = onsSpans.computeIfAbsent(ons, k -> new ArrayList<>(2));
                        for (Span s : uses) {
                            if (s.period().overlaps(use.period())) {
                                throw row.error("ons_code", ons + " " + use.period() + " of " + code
                                        + " is borne by " + s.what() + " " + s.period() + " at " + s.where());
                            }
                        }
                        uses.add(new Span(use.period(), row.file, row.line, code));
                    });
            each("relationships.csv",
                    List.of("code", "type", "target", "start", "end_exclusive", "source", "certainty"), row -> {
                        RelationshipType type = row.constant("type", RelationshipType.class);
                        OdsCode target = row.code("target");
                        if (!builders.containsKey(target)) {
                            throw row.error("target", target + " is not in organisations.csv");
                        }
                        if (target.equals(row.code("code"))) {
                            throw row.error("target", target + " cannot be " + type + " itself");
                        }
                        Dated<OdsCode> link = dated(row, type.name(), target);
                        apply(row, b -> b.link(type, link));
                        linkLines.put(link, row.line);
                    });
            Map<String, Long> successionLines = new HashMap<>();
            each("successions.csv",
                    List.of("predecessor", "successor", "effective_date", "reason", "source", "certainty"), row -> {
                        Succession s;
                        try {
                            s = new Succession(row.code("predecessor"), row.code("successor"),
                                    row.date("effective_date"), row.constant("reason", SuccessionReason.class),
                                    row.provenance(sources, provenances));
                        } catch (IllegalArgumentException e) {
                            throw row.error("successor", e.getMessage());
                        }
                        Long first = successionLines.putIfAbsent(s.predecessor() + ">" + s.successor() + "@"
                                + s.effectiveDate(), row.line);
                        if (first != null) {
                            throw row.error("successor", s.predecessor() + " -> " + s.successor() + " on "
                                    + s.effectiveDate() + " given twice (first at line " + first + ")");
                        }
                        builder(row, s.predecessor(), "predecessor").succession(s);
                        builder(row, s.successor(), "successor").succession(s);
                    });
            List<RestructureEvent> events = new ArrayList<>();
            each("events.csv", List.of("id", "name", "effective_date", "status", "kinds", "reference", "source",
                    "certainty"), row -> {
                        java.util.Set<OrganisationKind> kinds = java.util.EnumSet.noneOf(OrganisationKind.class);
                        for (String k : row.text("kinds").split(";", -1)) {
                            try {
                                kinds.add(OrganisationKind.valueOf(k.strip()));
                            } catch (IllegalArgumentException e) {
                                throw row.error("kinds", "'" + k.strip() + "' is not one of "
                                        + Arrays.toString(OrganisationKind.values()));
                            }
                        }
                        String id = row.text("id");
                        for (RestructureEvent e : events) {
                            if (e.id().equals(id)) {
                                throw row.error("id", "event id '" + id + "' given twice");
                            }
                        }
                        events.add(new RestructureEvent(id, row.text("name"), row.date("effective_date"),
                                row.constant("status", RestructureStatus.class), kinds, row.optText("reference"),
                                row.provenance(sources, provenances)));
                    });
            List<CommissioningRule> rules = new ArrayList<>();
            Map<ServiceCategory, List<Span>> ruleSpans = new java.util.EnumMap<>(ServiceCategory.class);
            each("commissioning_rules.csv", RULE_COLUMNS, row -> {
                ServiceCategory category = row.constant("category", ServiceCategory.class);
                DateRange period = row.period("start", "end_exclusive");
                String delegateText = row.optText("delegate_type");
                String scopeText = row.optText("delegation_scope");
                Optional<CommissionerType> delegate = delegateText.isEmpty() ? Optional.empty()
                        : Optional.of(row.constant("delegate_type", CommissionerType.class));
                Optional<DelegationScope> scope;
                try {
                    scope = scopeText.isEmpty() ? Optional.empty() : Optional.of(DelegationScope.parse(scopeText));
                } catch (IllegalArgumentException e) {
                    throw row.error("delegation_scope", e.getMessage());
                }
                List<String> references = new ArrayList<>();
                for (String ref : row.text("references").split(";", -1)) {
                    references.add(ref.strip());
                }
                CommissioningRule rule;
                try {
                    rule = new CommissioningRule(category, period,
                            row.constant("commissioner_type", CommissionerType.class),
                            row.constant("arrangement", Arrangement.class), delegate, scope, row.optText("note"),
                            references, row.provenance(sources, provenances));
                } catch (IllegalArgumentException e) {
                    throw row.error(null, e.getMessage());
                }
                List<Span> list = ruleSpans.computeIfAbsent(category, c -> new ArrayList<>());
                for (Span s : list) {
                    if (s.period().overlaps(period)) {
                        throw row.error("start", category + " " + period + " overlaps " + s.period() + " at "
                                + s.where());
                    }
                }
                list.add(new Span(period, row.file, row.line, category.name()));
                rules.add(rule);
            });
            List<Organisation> organisations = new ArrayList<>(builders.size());
            for (Map.Entry<OdsCode, Organisation.Builder> e : builders.entrySet()) {
                try {
                    organisations.add(e.getValue().build());
                } catch (IllegalArgumentException ex) {
                    throw new DatasetException("organisations.csv", organisationLines.get(e.getKey()), "code",
                            ex.getMessage());
                }
            }
            Coverage cov;
            try {
                cov = Coverage.of(coverage);
            } catch (IllegalArgumentException e) {
                throw new DatasetException("coverage.csv", 0, null, e.getMessage());
            }
            try {
                return Dataset.of(version, sources.values(), cov, organisations, events, rules);
            } catch (DatasetException e) {
                // Dataset.of cannot know lines; find the link that closes a cycle again, to name its line.
                checkAcyclic(organisations);
                throw e;
            }
        }

        /** Fails on the relationships.csv line of a link that closes a cycle, which Dataset.of cannot name. */
        private void checkAcyclic(List<Organisation> organisations) {
            Map<OdsCode, Organisation> byCode = new HashMap<>();
            for (Organisation o : organisations) {
                byCode.put(o.code(), o);
            }
            for (RelationshipType type : RelationshipType.values()) {
                Dataset.CycleLink c = Dataset.findCycle(type, byCode);
                if (c != null) {
                    Relationship r = c.relationship();
                    throw new DatasetException("relationships.csv", linkLines.getOrDefault(c.link(), 0L), "target",
                            type + " forms a cycle through " + r.source() + " on " + r.period().start()
                                    + " (link " + r + ")");
                }
            }
        }

        /** Reads the period of a row, checking it against earlier rows of the same code and sort of fact. */
        private <T> Dated<T> dated(Row row, String sort, T value) {
            OdsCode code = row.code("code");
            DateRange period = row.period("start", "end_exclusive");
            // The sort ("names", "kinds", "provider types" or a relationship type) names the file too; keyed per
            // code, so that no key string is built per row.
            List<Span> list = spans.computeIfAbsent(code, k -> new HashMap<>(4))
                    .computeIfAbsent(sort, k -> new ArrayList<>(2));
            for (Span s : list) {
                if (s.period().overlaps(period)) {
                    throw row.error("start", code + " " + sort + " " + period + "=" + value + " overlaps "
                            + s.period() + "=" + s.what() + " at " + s.where());
                }
            }
            list.add(new Span(period, row.file, row.line, value));
            return new Dated<>(period, value, row.provenance(sources, provenances));
        }

        private Organisation.Builder builder(Row row, OdsCode code, String field) {
            Organisation.Builder b = builders.get(code);
            if (b == null) {
                throw row.error(field, code + " is not in organisations.csv");
            }
            return b;
        }

        /**
         * Adds a fact to its organisation's builder; the builder's only objection left is a period outside the
         * operational period (self-links and overlaps are refused before), so the field is {@code start}.
         */
        private void apply(Row row, Consumer<Organisation.Builder> action) {
            Organisation.Builder b = builder(row, row.code("code"), "code");
            try {
                action.accept(b);
            } catch (IllegalArgumentException e) {
                throw row.error("start", e.getMessage());
            }
        }

        private void each(String file, List<String> columns, Consumer<Row> action) {
            byte[] bytes;
            try (InputStream in = open(file)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new DatasetException(file, 0, null, CsvText.ioReason(e));
            }
            String text = CsvText.decode(file, bytes, columns);
            try (Reader reader = new StringReader(text);
                    CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
                Map<String, Integer> header = null;
                for (CSVRecord record : parser) {
                    long line = record.getRecordNumber();
                    if (header == null) {
                        header = header(file, columns, record);
                        continue;
                    }
                    if (record.size() == 1 && record.get(0).isEmpty()) {
                        throw new DatasetException(file, line, columns.get(0), "empty line");
                    }
                    for (int i = 0; i < record.size(); i++) {
                        String v = record.get(i);
                        if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                            throw new DatasetException(file, line, i < columns.size() ? columns.get(i) : null,
                                    "a field contains a line break (a quote left open, or a stray carriage return)");
                        }
                    }
                    if (record.size() < columns.size()) {
                        throw new DatasetException(file, line, columns.get(record.size()), "missing: the row has "
                                + record.size() + " fields, the header " + columns.size());
                    }
                    if (record.size() > columns.size()) {
                        throw new DatasetException(file, line, columns.get(columns.size() - 1), "the row has "
                                + record.size() + " fields, the header " + columns.size() + ": "
                                + (record.size() - columns.size()) + " too many after this one");
                    }
                    action.accept(new Row(file, line, header, record, codes));
                }
                if (header == null) {
                    throw new DatasetException(file, 1, null, "empty file: expected header " + columns);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                throw CsvText.malformed(file, e);
            }
        }

        private InputStream open(String file) throws IOException {
            try {
                InputStream in = opener.open(file);
                if (in == null) {
                    throw new DatasetException(file, 0, null, "missing resource");
                }
                return in;
            } catch (NoSuchFileException | java.io.FileNotFoundException e) {
                throw new DatasetException(file, 0, null, "missing: " + CsvText.ioReason(e));
            }
        }

        private static Map<String, Integer> header(String file, List<String> columns, CSVRecord record) {
            List<String> found = new ArrayList<>();
            record.forEach(found::add);
            if (!found.isEmpty()) {
                found.set(0, found.get(0).replace("\uFEFF", ""));
            }
            for (int i = 0; i < found.size(); i++) {
                int first = found.indexOf(found.get(i));
                if (first < i) {
                    throw new DatasetException(file, 1, found.get(i), "column name given twice in the header (columns "
                            + (first + 1) + " and " + (i + 1) + ")");
                }
            }
            if (!found.equals(columns)) {
                throw new DatasetException(file, 1, null, "header " + found + " differs from expected " + columns);
            }
            Map<String, Integer> map = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                map.put(columns.get(i), i);
            }
            return map;
        }
    }
}
