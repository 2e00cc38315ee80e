package io.github.nhsstructure.examples.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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

    @Mixin
    private JsonOption json;

    /**
     * Creates the command; picocli calls this.
     */
    public CountCommand() {
    }

    /**
     * Creates the command with its options already given, for {@link QuickPath}.
     *
     * @param options  the date and kind, not null
     */
    CountCommand(DateAndKind options) {
        this.options = options;
        this.json = new JsonOption();
    }

    @Override
    protected void run() {
        LocalDate on = options.on.isPresent() ? options.on.get() : today(); // no lambda: on the quick path
        int count = options.kind.count(structure().asOf(on));
        if (json.enabled) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("date", on.toString());
            doc.put("kinds", options.kind.kinds());
            doc.put("count", count);
            printJson(doc);
            return;
        }
        println(Integer.toString(count));
    }
}
