package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.quality.Finding;
import io.github.nhsstructure.quality.FindingType;
import io.github.nhsstructure.quality.StructureChecks;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nhs-structure quality [--type TYPE] [--summary]}: lists what the bundled data lacks or contradicts
 * ({@link StructureChecks}), one {@code CODE<TAB>TYPE<TAB>PERIOD<TAB>DETAIL} line per finding, or with
 * {@code --summary} one {@code TYPE<TAB>COUNT} line per type.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "quality",
        description = "Lists what the data lacks or contradicts: uncertain names, missing parents, links to "
                + "closed organisations, organisations open after their successor took over.")
public final class QualityCommand extends StructureCommand {

    @Option(names = "--type", paramLabel = "TYPE", description = "Only findings of this type: "
            + "${COMPLETION-CANDIDATES}.")
    private Optional<FindingType> type = Optional.empty();

    @Option(names = "--summary", description = "Print the number of findings of each type instead.")
    private boolean summary;

    @Mixin
    private JsonOption json;

    /**
     * Creates the command; picocli calls this.
     */
    public QualityCommand() {
    }

    @Override
    protected void run() {
        List<Finding> findings = StructureChecks.check(structure());
        if (summary) {
            Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
            for (FindingType t : FindingType.values()) {
                counts.put(t, 0);
            }
            findings.forEach(f -> counts.merge(f.type(), 1, Integer::sum));
            counts.keySet().removeIf(t -> type.isPresent() && type.get() != t);
            if (json.enabled) {
                printJson(counts);
                return;
            }
            counts.forEach((t, n) -> println(t + "\t" + n));
            return;
        }
        List<Finding> selected = findings.stream().filter(f -> type.isEmpty() || type.get() == f.type()).toList();
        if (json.enabled) {
            printJson(selected);
            return;
        }
        selected.forEach(f -> println(f.toString()));
    }
}
