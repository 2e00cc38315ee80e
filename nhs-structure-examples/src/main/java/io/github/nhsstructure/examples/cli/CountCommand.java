package io.github.nhsstructure.examples.cli;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nhs-structure count --on DATE --kind KIND}: prints the number of organisations of a kind open on a date,
 * and nothing else, such as {@code 42}.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "count",
        description = "Prints the number of organisations of a kind open on a date.")
public final class CountCommand extends StructureCommand {

    @Option(names = "--on", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "The date, yyyy-MM-dd.")
    private LocalDate on;

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = KindSelection.Converter.class,
            completionCandidates = KindConverter.Candidates.class, description = KIND_DESCRIPTION)
    private KindSelection kind;

    /**
     * Creates the command; picocli calls this.
     */
    public CountCommand() {
    }

    @Override
    protected void run() {
        println(Integer.toString(kind.count(structure().asOf(on))));
    }
}
