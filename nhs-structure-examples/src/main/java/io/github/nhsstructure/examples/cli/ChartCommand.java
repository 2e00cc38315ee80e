package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.chart.ChartFormat;
import io.github.nhsstructure.chart.ChartOptions;
import io.github.nhsstructure.chart.OrgChart;
import io.github.nhsstructure.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code nhs-structure chart --on DATE [--root CODE] [--depth N] [--kind KIND...] [--format text|mermaid|dot]}:
 * prints the organisation chart of a date ({@link OrgChart}) in one of the {@link ChartFormat} forms.
 *
 * <p>A thin printer: the tree, its order and its notes come from the library, so the same date prints the same
 * bytes. {@code --kind} may be repeated or given several values; organisations of other kinds are looked through
 * (their children hang under the nearest drawn ancestor).
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "chart",
        description = "Prints the organisation chart of a date, from the Department (or --root) down, as an "
                + "indented text tree, a Mermaid flowchart or a Graphviz DOT graph.")
public final class ChartCommand extends StructureCommand {

    @Spec
    private CommandSpec spec;

    @Option(names = "--on", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "The date, yyyy-MM-dd.")
    private LocalDate on;

    @Option(names = "--root", paramLabel = "CODE", description = "Draw from this organisation (an ODS code, or an "
            + "ONS code resolved on the date) instead of the government department.")
    private Optional<String> root = Optional.empty();

    @Option(names = "--depth", paramLabel = "N", description = "Draw N levels below the root; default: all.")
    private Optional<Integer> depth = Optional.empty();

    @Option(names = "--kind", arity = "1..*", paramLabel = "KIND", converter = KindSelection.Converter.class,
            completionCandidates = KindConverter.Candidates.class,
            description = "Draw only these kinds below the root (repeatable); default: every kind a chart draws. "
                    + StructureCommand.KIND_DESCRIPTION)
    private List<KindSelection> kinds = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (an indented tree), mermaid or dot; "
            + "default: text.")
    private ChartFormat format = ChartFormat.TEXT;

    @Mixin
    private JsonOption json;

    /**
     * Creates the command; picocli calls this.
     */
    public ChartCommand() {
    }

    @Override
    protected void run() {
        OrgChart chart = OrgChart.of(structure(), on, options());
        if (json.enabled) {
            printJson(chart);
            return;
        }
        print(format.render(chart));
    }

    private ChartOptions options() {
        ChartOptions options = ChartOptions.defaults();
        String option = "--root";
        try {
            if (root.isPresent()) {
                options = options.withRoot(root.get());
            }
            option = "--depth";
            if (depth.isPresent()) {
                options = options.withDepth(depth.get());
            }
            option = "--kind";
            if (!kinds.isEmpty()) {
                Set<OrganisationKind> drawn = EnumSet.noneOf(OrganisationKind.class);
                kinds.forEach(k -> drawn.addAll(k.kinds()));
                options = options.withKinds(drawn);
            }
        } catch (IllegalArgumentException e) {
            // One line naming the option, as for a value its converter rejects ('99999999999' is not an int).
            throw new ParameterException(spec.commandLine(), e.getMessage(),
                    new TypeConversionException(e.getMessage()), spec.findOption(option), null);
        }
        return options;
    }
}
