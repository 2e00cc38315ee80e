package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.exception.NhsStructureException;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.restructure.Change;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nhs-structure changes --from D1 --to D2 [--kind KIND] [--summary]}: what changed between two dates (the
 * changes effective after D1 and on or before D2), one line per change, or with {@code --summary} one
 * {@code DATE<TAB>TYPE<TAB>KIND<TAB>COUNT} line per group.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "changes",
        description = "Prints what changed between two dates (effective after --from, on or before --to) as "
                + ChangeLines.COLUMNS + " lines, or counts with --summary.")
public final class ChangesCommand extends StructureCommand {

    @Option(names = "--from", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "The earlier date, yyyy-MM-dd: the structure compared from.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "The later date, yyyy-MM-dd: the structure compared to.")
    private LocalDate to;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindSelection.Converter.class,
            completionCandidates = KindConverter.Candidates.class, description = KIND_DESCRIPTION)
    private Optional<KindSelection> kind = Optional.empty();

    @Option(names = "--summary", description = "Print DATE<TAB>TYPE<TAB>KIND<TAB>COUNT lines instead.")
    private boolean summary;

    @Mixin
    private JsonOption json;

    /**
     * Creates the command; picocli calls this.
     */
    public ChangesCommand() {
    }

    @Override
    protected void run() {
        if (to.isBefore(from)) {
            throw new InputFileException("--to " + to + " is before --from " + from);
        }
        // The library's coverage rule: the effective dates asked about (the day after --from to --to) must be
        // covered, for each kind asked about if --kind is given, else by the data at all.
        Set<Change> ofKind = new HashSet<>();
        List<Change> changes = new ArrayList<>();
        try {
            kind.ifPresent(k -> k.kinds().forEach(one -> ofKind.addAll(structure().changes(from, to, one))));
            for (Change c : structure().changes(from, to)) {
                if (kind.isEmpty() || ofKind.contains(c)) {
                    changes.add(c);
                }
            }
        } catch (OutsideCoverageException e) {
            throw outside(e);
        }
        if (!summary) {
            if (json.enabled) {
                printJson(changes);
                return;
            }
            changes.forEach(c -> println(ChangeLines.line(c)));
            return;
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (Change c : changes) {
            counts.merge(c.effectiveDate() + "\t" + c.type() + "\t" + c.kind(), 1, Integer::sum);
        }
        if (json.enabled) {
            List<Map<String, Object>> rows = new ArrayList<>();
            counts.forEach((key, n) -> {
                String[] parts = key.split("\t");
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("effectiveDate", parts[0]);
                row.put("type", parts[1]);
                row.put("kind", parts[2]);
                row.put("count", n);
                rows.add(row);
            });
            printJson(rows);
            return;
        }
        counts.forEach((key, n) -> println(key + "\t" + n));
    }

    /**
     * Names the option behind a date outside the coverage: the first date asked about is the day after --from,
     * which the user never typed.
     */
    private NhsStructureException outside(OutsideCoverageException e) {
        String date = e.date().toString();
        String message = e.getMessage();
        if (message == null || !message.startsWith(date)) {
            return e;
        }
        String rest = message.substring(date.length());
        if (e.date().equals(from.plusDays(1))) {
            return new NhsStructureException("--from " + from + ": the day after it, " + date + "," + rest, e);
        }
        if (e.date().equals(to)) {
            return new NhsStructureException("--to " + date + rest, e);
        }
        return e;
    }
}
