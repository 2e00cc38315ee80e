package io.github.nhsstructure.fhir;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.exception.NhsStructureException;
import io.github.nhsstructure.organisation.OdsCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * {@code exec:java}. Errors are one line on standard error, naming the option and value or keeping the reason:
 * exit status 2 for a question that cannot be answered (unknown code, bad date or base URL, date outside coverage,
 * an organisation not open on the date or after the coverage of its kind ended, as the main command line's
 * {@code org} refuses them; an {@code --out} file that cannot be written, as the main command line's {@code --out}
 * options), 1 when the dataset cannot be loaded.
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
    /** The exit status when the dataset cannot be loaded. */
    static final int EXIT_DATA = 1;
    private static final String PREFIX = "nhs-structure-fhir: ";

    @Parameters(index = "0", arity = "0..1", paramLabel = "CODE",
            description = "An ODS code, such as 02P, or an ONS code borne on the date; case-insensitive.")
    private Optional<String> code = Optional.empty();

    @Option(names = "--all", description = "The whole structure instead of one organisation.")
    private boolean all;

    @Option(names = "--on", paramLabel = "DATE", converter = DateConverter.class,
            description = "The date, yyyy-MM-dd; default: today.")
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
            stderr.println(PREFIX + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
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
        if (out.isPresent() && out.get().toString().isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: no file name given");
        }
        LocalDate date = on.orElseGet(LocalDate::now);
        NhsStructure structure = NhsStructure.bundled();
        if (code.isPresent()) {
            // As the main command line's org: the code first, then the date's coverage, then an organisation that
            // was not open on the date (OrganisationNotOpenException says when it was) or whose kind's coverage
            // had ended (OutsideCoverageException), rather than an export of what it was not.
            OdsCode odsCode = structure.require(code.get(), date).code();
            structure.asOf(date).require(odsCode);
        }
        FhirExport export = FhirExport.of(structure);
        if (base.isPresent()) {
            export = export.withBaseUrl(base.get());
        }
        Bundle bundle = all ? export.structure(date) : export.organisationBundle(code.orElseThrow(), date);
        String json = FhirExport.toJson(bundle);
        if (out.isPresent()) {
            try {
                Files.writeString(out.get(), json + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                // As the main command line's --out options: a file that cannot be written is a question that
                // cannot be answered as asked (exit status 2), with the reason.
                throw new IllegalArgumentException("--out " + out.get() + ": cannot be written: " + reason(e), e);
            }
        } else {
            stdout.println(json);
            stdout.flush();
        }
        return 0;
    }

    /** Why a file could not be written, in words: the JDK's messages for these name only the file. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Reads {@code --on}: an ISO date, {@code yyyy-MM-dd}, with a message that names the value and says what is
     * wrong with it (picocli's own names Java classes).
     *
     * <p>This class is immutable and thread-safe.
     */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                String why = e.getCause() != null && e.getCause().getMessage() != null
                        ? e.getCause().getMessage() : "expected yyyy-MM-dd";
                throw new CommandLine.TypeConversionException("'" + value + "' is not a valid date: " + why);
            }
        }
    }
}
