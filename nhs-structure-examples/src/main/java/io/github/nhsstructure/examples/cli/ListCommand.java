package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.organisation.Organisation;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code nhs-structure list [--on DATE] --kind KIND}: prints {@code CODE<TAB>NAME} for each organisation of a kind
 * open on a date, ordered by code, with the name it bore on that date.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "list",
        description = "Prints CODE<TAB>NAME for each organisation of a kind open on a date, by code.")
public final class ListCommand extends StructureCommand {

    @Mixin
    private DateAndKind options;

    /**
     * Creates the command; picocli calls this.
     */
    public ListCommand() {
    }

    @Override
    protected void run() {
        // StructureView.organisations is ordered by code.
        LocalDate on = options.on.orElseGet(this::today);
        for (Organisation o : options.kind.organisations(structure().asOf(on))) {
            println(o.code() + "\t" + nameOn(o, on));
        }
    }
}
