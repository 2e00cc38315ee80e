package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.commissioner.Commissioning;
import io.github.nhsstructure.commissioner.CommissioningAnswer;
import io.github.nhsstructure.commissioner.UnsuitableInputCodeException;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.exception.NhsStructureException;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nhs-structure who-commissions --service CATEGORY --on DATE [--at CODE] [--json]}: which type of body
 * commissions a service category on a date and, for a place (practice, CCG, sub-ICB location, ICB or region),
 * which organisation; then the explanation, indented. With {@code --json}, the answer as a JSON object. A place of
 * a kind that stands for no place (an NHS trust, a national body) is one line naming {@code --at}, with exit
 * status 2, as who-pays says of its codes.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "who-commissions", description = "Prints who commissions a service category on a date (and, with"
        + " --at, the organisation for a place), with its explanation.")
public final class WhoCommissionsCommand extends StructureCommand {

    @Option(names = "--service", required = true, paramLabel = "CATEGORY",
            description = "The service category: ${COMPLETION-CANDIDATES}.")
    private ServiceCategory service;

    @Option(names = "--on", paramLabel = "DATE", converter = DateConverter.class,
            description = "The date, yyyy-MM-dd; default: today.")
    private Optional<LocalDate> on = Optional.empty();

    @Option(names = "--at", paramLabel = "CODE", description = "A place: a GP practice (or prison, DMS centre or"
            + " practice in Wales), PCT, CCG, sub-ICB location, ICB, upper-tier local authority or region code (ODS,"
            + " or ONS resolved on the date).")
    private Optional<String> at = Optional.empty();

    @Mixin
    private JsonOption json;

    /**
     * Creates the command; picocli calls this.
     */
    public WhoCommissionsCommand() {
    }

    @Override
    protected void run() {
        LocalDate date = on.orElseGet(this::today);
        Commissioning query = Commissioning.of(structure());
        Optional<String> place = at.map(code -> OrganisationCodes.odsCodeOn(structure(), code, date));
        CommissioningAnswer a;
        try {
            a = place.isPresent() ? query.whoCommissions(service, date, place.get())
                    : query.whoCommissions(service, date);
        } catch (UnsuitableInputCodeException e) {
            // "place X24 is a national body, not ..." becomes "--at X24 is a national body, not ...".
            String message = e.getMessage();
            throw new NhsStructureException(message.startsWith(e.input()) ? "--at"
                    + message.substring(e.input().length()) : message);
        }
        if (json.enabled) {
            printJson(a);
            return;
        }
        println(service + " on " + date + place.map(p -> " at " + p.toUpperCase(java.util.Locale.ROOT)).orElse("") + ": "
                + a.summary());
        CommissioningJson.indent(a.explanation()).forEach(this::println);
    }
}
