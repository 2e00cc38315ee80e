package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.exception.NhsStructureException;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The base of every {@code nhs-structure} subcommand: access to the program's dataset and clock, and output
 * through the command line's writer.
 *
 * <p>This class's {@code @Command} gives every subcommand {@code --help}, {@code --version} and the shared help
 * footer; a subclass adds its name and description. A subclass declares its options with picocli annotations (dates with {@link DateConverter}, kinds with
 * {@link KindConverter}) and implements {@link #run()}. It reports a rejected question by letting the library's
 * {@code NhsStructureException} propagate; {@link ErrorHandler} prints it. Output lines end with {@code \n} on
 * every platform, since the output is meant for other programs.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(mixinStandardHelpOptions = true, modelTransformer = NhsStructureCli.CaseInsensitiveEnums.class,
        versionProvider = NhsStructureCli.VersionProvider.class,
        footer = {"", NhsStructureCli.FOOTER_DATES, NhsStructureCli.FOOTER_EXIT, NhsStructureCli.FOOTER_EXIT_0,
            NhsStructureCli.FOOTER_EXIT_1, NhsStructureCli.FOOTER_EXIT_1_MORE, NhsStructureCli.FOOTER_EXIT_2,
            NhsStructureCli.FOOTER_EXIT_2_MORE, NhsStructureCli.FOOTER_EXIT_2_END})
public abstract class StructureCommand implements Callable<Integer> {

    /** Describes a {@code --kind} option; picocli expands the candidates. */
    static final String KIND_DESCRIPTION = "Organisation kind, case-insensitive, '-' allowed for '_': "
            + "${COMPLETION-CANDIDATES}.";

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", converter = PathConverter.class,
            description = "Lay the ODS extract files of DIR (a folder, a zip"
            + " or one file: epraccur.csv, eccg.csv, etr.csv, ...) over the bundled data first; the bundled data"
            + " wins on the dates it covers ('nhs-structure diff --data DIR' shows what the files change).")
    private Optional<Path> data = Optional.empty();

    // Set only when the command runs outside picocli (QuickPath); otherwise the program is the spec's root.
    private NhsStructureCli program;

    private final StringBuilder buffer = new StringBuilder();

    /** Whether a date defaulted to today, so that an error about that date can say so. */
    private boolean todayByDefault;

    /** Why the answer is empty, if it is (see {@link #emptyAnswer(String)}); else null. */
    private String empty;

    /**
     * Creates the command; picocli calls this.
     */
    protected StructureCommand() {
    }

    /**
     * Answers the question and writes the answer.
     *
     * @throws io.github.nhsstructure.exception.NhsStructureException if the dataset rejects the question
     */
    protected abstract void run();

    /**
     * Runs the command and flushes its output.
     *
     * @return the exit status: {@link NhsStructureCli#EXIT_OK}, or {@link NhsStructureCli#EXIT_USAGE} if the
     *         answer is empty (see {@link #emptyAnswer(String)})
     * @throws io.github.nhsstructure.exception.NhsStructureException if the dataset rejects the question
     */
    @Override
    public final Integer call() {
        buffer.setLength(0);
        empty = null;
        runSayingToday();
        // Written in one piece at the end, so a failure halfway leaves no partial answer on standard output.
        PrintWriter out = spec.commandLine().getOut();
        out.print(buffer);
        out.flush();
        buffer.setLength(0);
        if (empty != null) {
            errln(ErrorHandler.PREFIX + empty);
            return NhsStructureCli.EXIT_USAGE;
        }
        return NhsStructureCli.EXIT_OK;
    }

    /**
     * Runs the command; an error about a date outside the coverage says when that date is today by default,
     * since the user never typed it.
     */
    private void runSayingToday() {
        todayByDefault = false;
        try {
            run();
        } catch (OutsideCoverageException e) {
            String date = e.date().toString();
            String message = e.getMessage();
            if (!todayByDefault || !e.date().equals(cli().today()) || message == null
                    || !message.startsWith(date)) {
                throw e;
            }
            throw new NhsStructureException("today, " + date + " (the default of --on),"
                    + message.substring(date.length()), e);
        }
    }

    /**
     * Marks the answer as empty (no organisation answers the question), with the reason: the command still writes
     * whatever it wrote (a JSON document that records why), and the program then writes the reason as one error
     * line and exits {@link NhsStructureCli#EXIT_USAGE}, so a script can tell an empty answer from an answer.
     *
     * @param reason  the reason, one line, not null
     */
    protected final void emptyAnswer(String reason) {
        empty = reason;
    }

    /**
     * Runs the command outside picocli, as {@link QuickPath} does for the commonest questions, and returns its
     * answer instead of writing it.
     *
     * @param cli  the program, which gives the dataset and the clock, not null
     * @return the answer, each line ending with {@code \n}, not null
     * @throws NhsStructureException if the dataset rejects the question, or the answer is empty
     */
    final String answer(NhsStructureCli cli) {
        program = cli;
        buffer.setLength(0);
        empty = null;
        runSayingToday();
        if (empty != null) {
            throw new NhsStructureException(empty);
        }
        String answer = buffer.toString();
        buffer.setLength(0);
        return answer;
    }

    /**
     * Returns the program's structure, loading it on first use.
     *
     * @return the structure, not null
     */
    protected final NhsStructure structure() {
        // The method reference only with --data: unused, it is never linked, and the first lambda of a program
        // costs start-up time.
        return data.isEmpty() ? cli().structure() : cli().structure(data, this::errln);
    }

    /**
     * Returns the folder, zip or file of {@code --data}, if given.
     *
     * @return the path, not null
     */
    protected final Optional<Path> data() {
        return data;
    }

    /**
     * Returns the program's bundled structure with the extracts of {@code --data} laid over it, without the summary
     * line the other commands print on standard error.
     *
     * @param extracts  the folder, zip or file, not null
     * @return the overlaid structure, not null
     */
    protected final NhsStructure overlaid(Path extracts) {
        return cli().structure(Optional.of(extracts), line -> { });
    }

    /**
     * Returns today's date, the default for optional dates.
     *
     * @return today, not null
     */
    protected final LocalDate today() {
        todayByDefault = true;
        return cli().today();
    }

    /**
     * Writes one line of output.
     *
     * @param line  the line, without its line end, not null
     */
    protected final void println(String line) {
        buffer.append(line).append('\n');
    }

    /**
     * Writes a value as one JSON document through the program's mapper ({@code NhsJson.mapper(structure)}).
     *
     * @param value  the value: an API value, or a map or list of them, not null
     */
    protected final void printJson(Object value) {
        println(cli().json(structure()).writeValueAsString(value));
    }

    /**
     * Writes a value as one JSON document through the mapper of a given structure.
     *
     * @param from  the structure the answer comes from, not null
     * @param value  the value: an API value, or a map or list of them, not null
     */
    protected final void printJson(NhsStructure from, Object value) {
        println(cli().json(from).writeValueAsString(value));
    }

    /**
     * Writes text that already ends with its line ends, such as a rendered chart.
     *
     * @param text  the text, not null
     */
    protected final void print(String text) {
        buffer.append(text);
    }

    /**
     * Returns standard error as the program has it, for progress shown while the command works.
     *
     * @return standard error, not null
     */
    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Writes a line to standard error at once: progress and summaries that are not the answer.
     *
     * @param line  the line, without its line break, not null
     */
    protected final void errln(String line) {
        PrintWriter err = err();
        err.print(line + "\n");
        err.flush();
    }

    /**
     * Writes an organisation as {@code CODE<TAB>ONS<TAB>KIND<TAB>NAME}, with its ONS code ({@code -} if it bore
     * none), kind and name on a date.
     *
     * <p>The dataset guarantees a kind and a name on every day an organisation is open; for a day it is not
     * (a parent link the data does not forbid) the latest kind and name are shown rather than nothing.
     *
     * @param organisation  the organisation, not null
     * @param date  the date, not null
     */
    protected final void printOrganisation(Organisation organisation, LocalDate date) {
        // No lambda or method reference: this is on the path of the first answer, where each costs start-up time.
        Optional<OnsCode> ons = organisation.onsCodeOn(date);
        Optional<OrganisationKind> kind = organisation.kindOn(date);
        println(organisation.code() + "\t" + (ons.isPresent() ? ons.get().toString() : "-") + "\t"
                + (kind.isPresent() ? kind.get() : organisation.kind()) + "\t" + nameOn(organisation, date));
    }

    /**
     * Returns an organisation's name on a date, or its latest name if none is recorded for that date.
     *
     * @param organisation  the organisation, not null
     * @param date  the date, not null
     * @return the name, not null
     */
    protected static String nameOn(Organisation organisation, LocalDate date) {
        Optional<String> name = organisation.nameOn(date);
        return name.isPresent() ? name.get() : organisation.name();
    }

    private NhsStructureCli cli() {
        if (program != null) {
            return program;
        }
        // The root, not the parent, so that commands can later be nested more deeply.
        return (NhsStructureCli) spec.root().userObject();
    }
}
