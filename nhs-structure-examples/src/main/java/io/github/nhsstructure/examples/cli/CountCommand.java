package io.github.nhsstructure.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code nhs-structure count [--on DATE] --kind KIND}: prints the number of organisations of a kind open on a date
 * (today if not given) and nothing else, such as {@code 42}.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "count",
        description = "Prints the number of organisations of a kind open on a date.")
public final class CountCommand extends StructureCommand {

    @Mixin
    private DateAndKind options;

    /**
     * Creates the command; picocli calls this.
     */
    public CountCommand() {
    }

    @Override
    protected void run() {
        println(Integer.toString(options.kind.count(structure().asOf(options.on.orElseGet(this::today)))));
    }
}
