package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.restructure.ResolvedSuccessor;
import io.github.nhsstructure.restructure.SuccessorResolution;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nhs-structure successors CODE [--on DATE] [--explain]}: the organisations in force on a date that an
 * organisation's responsibilities passed to, following successions transitively; one {@code CODE<TAB>NAME} line
 * each, sorted by code (the organisation itself if it was still open). With {@code --explain}, each is followed
 * by the succession rows behind it, indented with a tab. When no successor is in force (a dead end), nothing is
 * printed on standard output (with {@code --json}, the document with the dead ends), the reason goes to standard
 * error as one line and the exit status is {@value NhsStructureCli#EXIT_USAGE}, as for an organisation not open.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "successors", description = "Prints CODE<TAB>NAME for each organisation in force on the date that "
        + "CODE's responsibilities passed to, following successions transitively.")
public final class SuccessorsCommand extends StructureCommand {

    @Parameters(index = "0", paramLabel = "CODE", description = "The ODS code, such as 00C, or an ONS code (the"
            + " organisation that bore it on the date, else the one that ever bore it); case-insensitive.")
    private String code;

    @Option(names = "--on", paramLabel = "DATE", converter = DateConverter.class,
            description = "The target date, yyyy-MM-dd; default: today.")
    private Optional<LocalDate> on = Optional.empty();

    @Option(names = "--explain", description = "After each successor, list the succession rows behind it.")
    private boolean explain;

    @Mixin
    private JsonOption json;

    /**
     * Creates the command; picocli calls this.
     */
    public SuccessorsCommand() {
    }

    @Override
    protected void run() {
        LocalDate date = on.orElseGet(this::today);
        // An ONS code names its holder on the date, else the one organisation that ever bore it; the library's
        // coverage rule applies (a date outside the data's span, or before the organisation opened, is refused).
        SuccessorResolution resolution = structure().successors(code, date);
        if (resolution.successors().isEmpty()) {
            // An empty answer exits 2, with --json too (its document still records the dead ends).
            emptyAnswer("no successor of " + resolution.code() + " is in force on " + date + ": "
                    + String.join("; ", resolution.deadEnds()));
        }
        if (json.enabled) {
            printJson(resolution); // dead ends are in the document
            return;
        }
        for (ResolvedSuccessor r : resolution.successors()) {
            println(r.organisation().code() + "\t" + nameOn(r.organisation(), date));
            if (explain) {
                if (r.isSelf()) {
                    println("\tstill open on " + date);
                }
                for (Succession s : r.path()) {
                    println("\t" + s.predecessor() + " -> " + s.successor() + " effective " + s.effectiveDate()
                            + " (" + s.reason() + "; " + s.provenance() + ")");
                }
            }
        }
    }
}
