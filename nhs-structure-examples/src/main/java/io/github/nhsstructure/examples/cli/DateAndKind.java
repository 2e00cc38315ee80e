package io.github.nhsstructure.examples.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code [--on DATE] --kind KIND} options (the date today if not given) that {@code count} and {@code list} share, as a picocli mixin.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
public final class DateAndKind {

    @Option(names = "--on", paramLabel = "DATE", converter = DateConverter.class,
            description = "The date, yyyy-MM-dd; today if not given.")
    Optional<LocalDate> on = Optional.empty();

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = KindSelection.Converter.class,
            completionCandidates = KindConverter.Candidates.class, description = StructureCommand.KIND_DESCRIPTION)
    KindSelection kind;

    /**
     * Creates the options; picocli calls this.
     */
    public DateAndKind() {
    }
}
