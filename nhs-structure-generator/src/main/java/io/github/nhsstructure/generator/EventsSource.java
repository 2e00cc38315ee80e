package io.github.nhsstructure.generator;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.restructure.RestructureStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The named national restructures: curated rows of {@code raw/curated/restructure-events.csv} (from docs/domain.md
 * section 1), checked field by field and written to {@code events.csv}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class EventsSource {

    static final String FILE = "curated/restructure-events.csv";
    static final String SOURCE = "curated-events";

    /** The source of this family. */
    static final Model.Source MODEL_SOURCE = new Model.Source(SOURCE, "Curated: named national restructures of the"
            + " English NHS 2002-2027 (enacted and planned), from the project's docs/domain.md timeline",
            "nhs-structure (curated from published sources cited per row)", LocalDate.of(2026, 9, 30),
            Sources.LICENCE, "nhs-structure-generator/raw/curated/restructure-events.csv; docs/domain.md section 1");

    private final List<RawRow> rows;

    EventsSource(Path rawDir) {
        this.rows = RawCsv.withHeader(rawDir, FILE);
    }

    void addTo(Model model) {
        Set<String> ids = new TreeSet<>();
        for (RawRow row : rows) {
            String id = row.required("id");
            if (!ids.add(id)) {
                throw row.error("id", "event id '" + id + "' given twice");
            }
            Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
            for (String k : row.required("kinds").split(";", -1)) {
                try {
                    kinds.add(OrganisationKind.valueOf(k.strip()));
                } catch (IllegalArgumentException e) {
                    throw row.error("kinds", "'" + k + "' is not an OrganisationKind");
                }
            }
            RestructureStatus status;
            Certainty certainty;
            try {
                status = RestructureStatus.valueOf(row.required("status"));
                certainty = Certainty.valueOf(row.required("certainty"));
            } catch (IllegalArgumentException e) {
                throw row.error("status", "status must be ENACTED or PLANNED and certainty HIGH, MEDIUM or"
                        + " UNCERTAIN: " + e.getMessage());
            }
            List<String> kindNames = new ArrayList<>();
            kinds.forEach(k -> kindNames.add(k.name()));
            LocalDate date;
            try {
                date = LocalDate.parse(row.required("effective_date"));
            } catch (java.time.format.DateTimeParseException e) {
                throw row.error("effective_date", "'" + row.get("effective_date") + "' is not a date (yyyy-MM-dd)");
            }
            model.addEvent(new Model.Event(id, row.required("name"), date, status,
                    String.join(";", kindNames), "docs/domain.md " + row.required("domain_id").replace(";", ", ")
                            + "; sources " + row.required("source").replace(";", ", "),
                    new Evidence(List.of(SOURCE), certainty)));
        }
    }
}
