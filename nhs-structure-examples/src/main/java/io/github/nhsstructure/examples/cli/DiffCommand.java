package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.overlay.DiffEntry;
import io.github.nhsstructure.overlay.DiffType;
import io.github.nhsstructure.overlay.StructureDiff;
import io.github.nhsstructure.provenance.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nhs-structure diff --data DIR [--type TYPE] [--summary] [--json]}: what the ODS extract files of a folder,
 * zip or file add, close, rename, move, succeed and contradict against the bundled data (ADR 12), one
 * {@code DATE<TAB>TYPE<TAB>CODE<TAB>FACT<TAB>BEFORE<TAB>AFTER<TAB>SOURCES<TAB>DETAIL} line per difference
 * ({@code -} for an empty value; SOURCES is the extract's file and line, then {@code vs} and the dataset's source
 * ids), {@code TYPE<TAB>COUNT} lines with {@code --summary}, or one JSON document with {@code --json}. What was read
 * but not laid over goes to standard error as notes (in the JSON document with {@code --json}).
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "diff",
        description = "Prints what the extract files of --data add, close, rename, move, succeed and contradict"
                + " against the bundled data: DATE<TAB>TYPE<TAB>CODE<TAB>FACT<TAB>BEFORE<TAB>AFTER<TAB>SOURCES"
                + "<TAB>DETAIL lines, counts with --summary, or JSON with --json.")
public final class DiffCommand extends StructureCommand {

    @Option(names = "--type", paramLabel = "TYPE", description = "Only differences of this type: "
            + "${COMPLETION-CANDIDATES}.")
    private Optional<DiffType> type = Optional.empty();

    @Option(names = "--summary", description = "Print the number of differences of each type instead.")
    private boolean summary;

    @Mixin
    private JsonOption json;

    /**
     * Creates the command; picocli calls this.
     */
    public DiffCommand() {
    }

    @Override
    protected void run() {
        Path extracts = data().orElseThrow(() -> new InputFileException("diff needs --data DIR: the folder, zip or"
                + " file of ODS extracts to compare with the bundled data"));
        NhsStructure overlaid = overlaid(extracts);
        StructureDiff diff = overlaid.overlayDiff();
        List<DiffEntry> entries = type.map(diff::entries).orElse(diff.entries());
        if (json.enabled) {
            printJson(overlaid, document(overlaid, diff, entries));
            return;
        }
        diff.notes().forEach(note -> errln("note: " + note));
        if (summary) {
            diff.counts().forEach((t, n) -> {
                if (type.isEmpty() || type.get() == t) {
                    println(t + "\t" + n);
                }
            });
            return;
        }
        entries.forEach(e -> println(e.toString()));
    }

    private static Map<String, Object> document(NhsStructure overlaid, StructureDiff diff, List<DiffEntry> entries) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("dataset", overlaid.dataVersion());
        List<Map<String, Object>> files = new ArrayList<>();
        for (Source s : diff.extracts()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", s.id());
            f.put("file", s.origin());
            f.put("extractDate", s.extractDate().toString());
            files.add(f);
        }
        doc.put("extracts", files);
        Map<String, Object> counts = new LinkedHashMap<>();
        diff.counts().forEach((t, n) -> counts.put(t.name(), n));
        doc.put("counts", counts);
        List<Map<String, Object>> list = new ArrayList<>();
        for (DiffEntry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", e.date().toString());
            m.put("type", e.type().name());
            m.put("code", e.code().toString());
            m.put("fact", e.fact());
            m.put("before", e.before());
            m.put("after", e.after());
            m.put("extract", e.extract());
            m.put("datasetSources", e.datasetSources());
            m.put("detail", e.detail());
            list.add(m);
        }
        doc.put("entries", list);
        doc.put("notes", diff.notes());
        return doc;
    }
}
