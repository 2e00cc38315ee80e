package io.github.nhsstructure.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code nhs-structure history CODE}: every change involving one code, in date order, one
 * {@code DATE<TAB>TYPE<TAB>KIND<TAB>BEFORE<TAB>AFTER<TAB>FROM<TAB>TO<TAB>CERTAINTY} line each (a code's opening
 * the sources do not date, such as that of a trust only the successor file names, is a CREATED line marked
 * UNCERTAIN).
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "history", description = "Prints every change involving one code, in date order, as "
        + ChangeLines.COLUMNS + " lines.")
public final class HistoryCommand extends StructureCommand {

    @Parameters(index = "0", paramLabel = "CODE", description = "The ODS code, such as 00C, or an ONS code one"
            + " organisation alone ever bore; case-insensitive.")
    private String code;

    @Mixin
    private JsonOption json;

    /**
     * Creates the command; picocli calls this.
     */
    public HistoryCommand() {
    }

    @Override
    protected void run() {
        if (json.enabled) {
            printJson(structure().history(code));
            return;
        }
        structure().history(code).forEach(c -> println(ChangeLines.line(c)));
    }
}
