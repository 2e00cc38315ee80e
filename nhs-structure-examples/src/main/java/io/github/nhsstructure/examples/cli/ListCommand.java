package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.json.OrganisationOnDate;
import io.github.nhsstructure.organisation.Organisation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Mixin
    private JsonOption json;

    /**
     * Creates the command; picocli calls this.
     */
    public ListCommand() {
    }

    /**
     * Creates the command with its options already given, for {@link QuickPath}.
     *
     * @param options  the date and kind, not null
     */
    ListCommand(DateAndKind options) {
        this.options = options;
        this.json = new JsonOption();
    }

    @Override
    protected void run() {
        // StructureView.organisations is ordered by code.
        LocalDate on = options.on.isPresent() ? options.on.get() : today(); // no lambda: on the quick path
        List<Organisation> organisations = options.kind.organisations(structure().asOf(on));
        if (json.enabled) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("date", on.toString());
            doc.put("kinds", options.kind.kinds());
            doc.put("organisations", organisations.stream().map(o -> new OrganisationOnDate(o, on)).toList());
            printJson(doc);
            return;
        }
        for (Organisation o : organisations) {
            println(o.code() + "\t" + nameOn(o, on));
        }
    }
}
