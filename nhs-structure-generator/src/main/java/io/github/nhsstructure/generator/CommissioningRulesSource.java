package io.github.nhsstructure.generator;

import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.commissioning.CommissioningRules;
import io.github.nhsstructure.commissioning.DelegationScope;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.time.DateRange;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The curated commissioning rules ({@code raw/curated/commissioning-rules.csv}, from {@code docs/domain.md} section
 * 2): parsed, validated with the core {@link CommissioningRule} checks, and required to cover every
 * {@link ServiceCategory} without gaps or overlaps from {@link #COVERAGE_START}, open-ended. Lines starting with
 * {@code #} are comments; a comment line keeps its line number, so errors name the file's real line.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CommissioningRulesSource {

    /** The curated file, relative to the raw folder. */
    static final String FILE = "curated/commissioning-rules.csv";

    /** The source id of the curated rules in {@code sources.csv}. */
    static final String SOURCE_ID = "curated-commissioning";

    /** The NHS appointed day: the first day every category must have a row. */
    static final LocalDate COVERAGE_START = LocalDate.of(1948, 7, 5);

    /** The source row for {@code sources.csv}. */
    static final Model.Source SOURCE = new Model.Source(SOURCE_ID, "Commissioning responsibility by service"
            + " category and period, curated from docs/domain.md section 2 (each row cites its docs/domain.md source keys)",
            "nhs-structure project (curated)", LocalDate.of(2026, 9, 30), Sources.LICENCE,
            "nhs-structure-generator/raw/" + FILE + "; docs/domain.md section 2");

    static final List<String> COLUMNS = List.of("category", "start", "end_exclusive", "commissioner_type",
            "arrangement", "delegate_type", "delegation_scope", "note", "references", "source", "certainty");

    private final List<CommissioningRule> rules;

    private CommissioningRulesSource(List<CommissioningRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads the curated file from the raw folder. */
    static CommissioningRulesSource read(Path rawDir) {
        Path file = rawDir.resolve(FILE);
        try {
            return parse(FILE, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RawDataException(FILE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses and validates the file's text; errors name file, line and field. */
    static CommissioningRulesSource parse(String name, String text) {
        // Blank out comment lines rather than removing them, so that record numbers stay file line numbers.
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            kept.append(line.startsWith("#") ? "" : line).append('\n');
        }
        List<CommissioningRule> rules = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(kept.toString())).setFormat(format)
                .get()) {
            boolean header = false;
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                List<String> fields = new ArrayList<>();
                record.forEach(fields::add);
                if (!header) {
                    if (!fields.equals(COLUMNS)) {
                        throw new RawDataException(name, line, null, "header " + fields + " differs from " + COLUMNS);
                    }
                    header = true;
                    continue;
                }
                if (fields.size() != COLUMNS.size()) {
                    throw new RawDataException(name, line, null, "expected " + COLUMNS.size() + " fields but found "
                            + fields.size());
                }
                rules.add(row(name, line, fields));
            }
            if (!header) {
                throw new RawDataException(name, 0, null, "no header row");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkCoverage(name, rules);
        return new CommissioningRulesSource(rules);
    }

    private static CommissioningRule row(String name, long line, List<String> f) {
        ServiceCategory category = constant(name, line, "category", f.get(0), ServiceCategory.class);
        LocalDate start = date(name, line, "start", f.get(1));
        LocalDate end = f.get(2).isBlank() ? LocalDate.MAX : date(name, line, "end_exclusive", f.get(2));
        if (!end.isAfter(start)) {
            throw new RawDataException(name, line, "end_exclusive", end + " is not after start " + start);
        }
        CommissionerType type = constant(name, line, "commissioner_type", f.get(3), CommissionerType.class);
        Arrangement arrangement = constant(name, line, "arrangement", f.get(4), Arrangement.class);
        Optional<CommissionerType> delegate = f.get(5).isBlank() ? Optional.empty()
                : Optional.of(constant(name, line, "delegate_type", f.get(5), CommissionerType.class));
        Optional<DelegationScope> scope;
        try {
            scope = f.get(6).isBlank() ? Optional.empty() : Optional.of(DelegationScope.parse(f.get(6)));
        } catch (IllegalArgumentException e) {
            throw new RawDataException(name, line, "delegation_scope", e.getMessage());
        }
        if (!f.get(9).strip().equals(SOURCE_ID)) {
            throw new RawDataException(name, line, "source", "must be " + SOURCE_ID + ", not '" + f.get(9) + "'");
        }
        Certainty certainty = constant(name, line, "certainty", f.get(10), Certainty.class);
        List<String> references = Arrays.stream(f.get(8).split(";", -1)).map(String::strip).toList();
        if (type == CommissionerType.UNKNOWN && certainty != Certainty.UNCERTAIN) {
            throw new RawDataException(name, line, "certainty", "an UNKNOWN row must be UNCERTAIN");
        }
        try {
            return new CommissioningRule(category, DateRange.of(start, end), type, arrangement, delegate, scope,
                    f.get(7).strip(), references, Provenance.of(SOURCE_ID, certainty));
        } catch (IllegalArgumentException e) {
            throw new RawDataException(name, line, null, e.getMessage());
        }
    }

    /** Every category: one row on every day from the coverage start, open-ended, no overlap, no gap. */
    private static void checkCoverage(String name, List<CommissioningRule> rules) {
        CommissioningRules all;
        try {
            all = CommissioningRules.of(rules);
        } catch (IllegalArgumentException e) {
            throw new RawDataException(name, 0, null, e.getMessage());
        }
        for (ServiceCategory c : ServiceCategory.values()) {
            List<CommissioningRule> list = all.rules(c);
            if (list.isEmpty()) {
                throw new RawDataException(name, 0, "category", c + " has no rows");
            }
            LocalDate expected = COVERAGE_START;
            for (CommissioningRule r : list) {
                if (!r.period().start().equals(expected)) {
                    throw new RawDataException(name, 0, "start", c + ": row " + r.period() + " should start on "
                            + expected + " (gap or wrong coverage start)");
                }
                expected = r.period().end();
            }
            if (!expected.equals(LocalDate.MAX)) {
                throw new RawDataException(name, 0, "end_exclusive", c + ": the last row must be open-ended");
            }
        }
    }

    private static <E extends Enum<E>> E constant(String name, long line, String field, String v, Class<E> type) {
        try {
            return Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            throw new RawDataException(name, line, field, "'" + v + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static LocalDate date(String name, long line, String field, String v) {
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new RawDataException(name, line, field, "'" + v + "' is not a date (yyyy-MM-dd)");
        }
    }

    /** The validated rows. */
    List<CommissioningRule> rules() {
        return rules;
    }

    /** Adds the source and every row to the model. */
    void addTo(Model model) {
        model.addSource(SOURCE);
        rules.forEach(model::addCommissioningRule);
    }
}
