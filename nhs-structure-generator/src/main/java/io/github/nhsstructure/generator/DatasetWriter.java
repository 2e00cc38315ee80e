package io.github.nhsstructure.generator;

import io.github.nhsstructure.commissioning.CommissioningRule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the model as the dataset files of {@code docs/data-format.md}: sorted CSV files (RFC 4180, {@code \n}
 * line ends, quoted only where needed, one header row) and {@code manifest.properties} with each CSV file's SHA-256.
 * The output depends only on the model: no timestamps, no platform line separators.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DatasetWriter {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    static final String LICENCE = "Open Government Licence v3.0";
    static final String ATTRIBUTION = "Contains public sector information licensed under the Open Government"
            + " Licence v3.0 (NHS England Organisation Data Service; NHS Digital). Source: Office for National"
            + " Statistics licensed under the Open Government Licence v3.0. Contains OS data \u00a9 Crown copyright"
            + " and database right.";

    private DatasetWriter() {
    }

    /**
     * Renders every dataset file.
     *
     * @param model  the validated model, not null
     * @param version  the dataset version, not null
     * @return file name to content, CSV files in the format's order then {@code manifest.properties}, not null
     */
    static Map<String, byte[]> render(Model model, String version) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("sources.csv", csv(List.of("id", "title", "publisher", "extract_date", "licence", "origin"),
                sorted(model.sources(), Comparator.comparing(Model.Source::id)),
                s -> List.of(s.id(), s.title(), s.publisher(), s.extractDate().toString(), s.licence(), s.origin())));
        files.put("coverage.csv", csv(List.of("kind", "start", "end_exclusive", "source", "note"),
                sorted(model.coverage(), Comparator.comparing((Model.Coverage c) -> c.kind().name())
                        .thenComparing(c -> c.period().start())),
                c -> List.of(c.kind().name(), c.period().start().toString(), c.period().endText(),
                        String.join(";", c.sources()), c.note())));
        files.put("organisations.csv", csv(List.of("code", "start", "end_exclusive", "source", "certainty"),
                sorted(model.organisations(), Comparator.comparing(Model.Organisation::code)
                        .thenComparing(o -> o.period().start())),
                o -> List.of(o.code(), o.period().start().toString(), o.period().endText(),
                        o.evidence().sourceField(), o.evidence().certainty().name())));
        files.put("names.csv", csv(List.of("code", "start", "end_exclusive", "name", "source", "certainty"),
                sorted(model.names(), Comparator.comparing(Model.Name::code).thenComparing(n -> n.period().start())),
                n -> List.of(n.code(), n.period().start().toString(), n.period().endText(), n.name(),
                        n.evidence().sourceField(), n.evidence().certainty().name())));
        files.put("kinds.csv", csv(List.of("code", "start", "end_exclusive", "kind", "source", "certainty"),
                sorted(model.kinds(), Comparator.comparing(Model.Kind::code).thenComparing(k -> k.period().start())),
                k -> List.of(k.code(), k.period().start().toString(), k.period().endText(), k.kind().name(),
                        k.evidence().sourceField(), k.evidence().certainty().name())));
        files.put("provider_types.csv", csv(
                List.of("code", "start", "end_exclusive", "provider_type", "source", "certainty"),
                sorted(model.providerTypes(), Comparator.comparing(Model.ProviderTypeRow::code)
                        .thenComparing(t -> t.period().start())),
                t -> List.of(t.code(), t.period().start().toString(), t.period().endText(), t.type().name(),
                        t.evidence().sourceField(), t.evidence().certainty().name())));
        files.put("ons_codes.csv", csv(List.of("code", "start", "end_exclusive", "ons_code", "source", "certainty"),
                sorted(model.onsCodes(), Comparator.comparing(Model.OnsCodeRow::code)
                        .thenComparing(r -> r.period().start())),
                r -> List.of(r.code(), r.period().start().toString(), r.period().endText(), r.onsCode(),
                        r.evidence().sourceField(), r.evidence().certainty().name())));
        files.put("relationships.csv", csv(
                List.of("code", "type", "target", "start", "end_exclusive", "source", "certainty"),
                sorted(model.links(), Comparator.comparing(Model.Link::code)
                        .thenComparing(l -> l.type().name()).thenComparing(Model.Link::target)
                        .thenComparing(l -> l.period().start())),
                l -> List.of(l.code(), l.type().name(), l.target(), l.period().start().toString(),
                        l.period().endText(), l.evidence().sourceField(), l.evidence().certainty().name())));
        files.put("successions.csv", csv(
                List.of("predecessor", "successor", "effective_date", "reason", "source", "certainty"),
                sorted(model.successions(), Comparator.comparing(Model.Succession::predecessor)
                        .thenComparing(Model.Succession::successor)
                        .thenComparing(Model.Succession::effectiveDate)),
                s -> List.of(s.predecessor(), s.successor(), s.effectiveDate().toString(), s.reason().name(),
                        s.evidence().sourceField(), s.evidence().certainty().name())));
        files.put("events.csv", csv(
                List.of("id", "name", "effective_date", "status", "kinds", "reference", "source", "certainty"),
                sorted(model.events(), Comparator.comparing(Model.Event::effectiveDate).thenComparing(Model.Event::id)),
                e -> List.of(e.id(), e.name(), e.effectiveDate().toString(), e.status().name(), e.kinds(),
                        e.reference(), e.evidence().sourceField(), e.evidence().certainty().name())));
        files.put("commissioning_rules.csv", csv(List.of("category", "start", "end_exclusive",
                "commissioner_type", "arrangement", "delegate_type", "delegation_scope", "note", "references",
                "source", "certainty"),
                sorted(model.commissioningRules(), Comparator.comparing((CommissioningRule r) -> r.category().name())
                        .thenComparing(r -> r.period().start())),
                r -> List.of(r.category().name(), r.period().start().toString(),
                        r.period().isUnboundedEnd() ? "" : r.period().end().toString(), r.type().name(),
                        r.arrangement().name(), r.delegate().map(Enum::name).orElse(""),
                        r.scope().map(Object::toString).orElse(""), r.note(), String.join(";", r.references()),
                        String.join(";", r.provenance().sourceIds()), r.provenance().certainty().name())));
        files.put("manifest.properties", manifest(files, version));
        return files;
    }

    /** Renders the data-quality report as CSV. */
    static byte[] render(QualityReport report) {
        return csv(QualityReport.HEADER, report.issues(), i -> List.of(i.file(),
                i.line() > 0 ? Long.toString(i.line()) : "", i.code(), i.issue(), i.detail()));
    }

    /** Writes files into a folder, creating it if needed. */
    static void write(Path folder, Map<String, byte[]> files) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(folder.resolve(f.getKey()), f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + folder, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * The manifest is a {@code .properties} file so that the provider reads it with the JDK alone at start-up.
     * Written by hand rather than with {@code Properties.store}, which adds a timestamp and breaks reproducibility.
     */
    private static byte[] manifest(Map<String, byte[]> csvFiles, String version) {
        Map<String, String> digests = new TreeMap<>();
        csvFiles.forEach((name, bytes) -> digests.put(name, sha256(bytes)));
        StringBuilder out = new StringBuilder();
        out.append("# nhs-structure dataset manifest: generated by nhs-structure-generator, never edit by hand.\n")
                .append("# The sources are listed in sources.csv; DATA.md explains each one.\n");
        property(out, "format", "1");
        property(out, "version", version);
        property(out, "licence", LICENCE);
        property(out, "attribution", ATTRIBUTION);
        digests.forEach((name, digest) -> property(out, "sha256." + name, digest));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void property(StringBuilder out, String key, String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("manifest value of " + key + " has a line break");
        }
        out.append(key).append('=').append(value.replace("\\", "\\\\")).append('\n');
    }

    private static <T> List<T> sorted(List<T> rows, Comparator<T> order) {
        List<T> copy = new ArrayList<>(rows);
        copy.sort(order);
        return copy;
    }

    private static <T> byte[] csv(List<String> header, List<T> rows, Function<T, List<String>> fields) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (T row : rows) {
                printer.printRecord(fields.apply(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
