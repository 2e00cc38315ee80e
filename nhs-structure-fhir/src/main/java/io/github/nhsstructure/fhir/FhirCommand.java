package io.github.nhsstructure.fhir;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.exception.NhsStructureException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hl7.fhir.r4.model.Bundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The command {@code nhs-structure-fhir CODE [--on DATE] [--out FILE]} or {@code nhs-structure-fhir --all [--on
 * DATE] [--out FILE]}: writes an organisation on a date (with its affiliations and the organisations they refer
 * to), or the whole structure on a date, as a FHIR R4 JSON bundle ({@link FhirExport}).
 *
 * <p>It is kept out of the main command-line jar, which would otherwise carry HAPI FHIR; the README runs it with
 * {@code exec:java}. Errors are one line on standard error: exit status 2 for a question that cannot be answered
 * (unknown code, bad date or base URL, date outside coverage), 1 when the dataset cannot be loaded or the file written.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "nhs-structure-fhir", mixinStandardHelpOptions = true,
        description = "Writes an organisation on a date, or the whole structure on a date (--all), as a FHIR R4 "
                + "JSON bundle of Organization and OrganizationAffiliation resources.")
public final class FhirCommand implements Callable<Integer> {

    /** The exit status of a question that cannot be answered. */
    static final int EXIT_USAGE = 2;
    /** The exit status when the dataset cannot be loaded or the output written. */
    static final int EXIT_DATA = 1;
    private static final String PREFIX = "nhs-structure-fhir: ";

    @Parameters(index = "0", arity = "0..1", paramLabel = "CODE",
            description = "An ODS code, such as 02P, or an ONS code borne on the date; case-insensitive.")
    private Optional<String> code = Optional.empty();

    @Option(names = "--all", description = "The whole structure instead of one organisation.")
    private boolean all;

    @Option(names = "--on", paramLabel = "DATE", description = "The date, yyyy-MM-dd; default: today.")
    private Optional<LocalDate> on = Optional.empty();

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write; default: standard output.")
    private Optional<Path> out = Optional.empty();

    @Option(names = "--base", paramLabel = "URL",
            description = "The base URL of the bundle entries' full URLs; default: " + FhirUris.PROJECT_BASE + ".")
    private Optional<String> base = Optional.empty();

    @Spec
    private CommandSpec spec;

    private PrintWriter stdout = new PrintWriter(System.out, true, StandardCharsets.UTF_8);

    /**
     * Creates the command; picocli calls this.
     */
    public FhirCommand() {
    }

    /**
     * Runs the command and exits with its status if it failed.
     *
     * @param args  the arguments, not null
     */
    public static void main(String[] args) {
        int status = run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command with the given writers.
     *
     * @param stdout  where the bundle goes without {@code --out}, and help, not null
     * @param stderr  where errors go, not null
     * @param args  the arguments, not null
     * @return the exit status: 0, {@value #EXIT_DATA} or {@value #EXIT_USAGE}
     */
    static int run(PrintWriter stdout, PrintWriter stderr, String... args) {
        FhirCommand command = new FhirCommand();
        command.stdout = stdout;
        CommandLine commandLine = new CommandLine(command).setOut(stdout).setErr(stderr);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            stderr.println(PREFIX + ex.getMessage());
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, line, parseResult) -> {
            stderr.println(PREFIX + ex.getMessage());
            boolean question = ex instanceof NhsStructureException && !(ex instanceof DatasetException)
                    || ex instanceof IllegalArgumentException;
            return question ? EXIT_USAGE : EXIT_DATA;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        if (all == code.isPresent()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either CODE or --all");
        }
        LocalDate date = on.orElseGet(LocalDate::now);
        FhirExport export = FhirExport.of(NhsStructure.bundled());
        if (base.isPresent()) {
            export = export.withBaseUrl(base.get());
        }
        Bundle bundle = all ? export.structure(date) : export.organisationBundle(code.orElseThrow(), date);
        String json = FhirExport.toJson(bundle);
        if (out.isPresent()) {
            try {
                Files.writeString(out.get(), json + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out.get() + ": " + e.getMessage(), e);
            }
        } else {
            stdout.println(json);
            stdout.flush();
        }
        return 0;
    }
}
