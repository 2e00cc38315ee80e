package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.data.BundledDataProvider;
import io.github.nhsstructure.json.NhsJson;
import io.github.nhsstructure.overlay.DiffType;
import io.github.nhsstructure.overlay.StructureDiff;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code nhs-structure} command-line program: asks the bundled dataset questions such as "how many ICBs were
 * open on 2022-07-01" or "what was 02P part of on that date".
 *
 * <pre>
 * nhs-structure count --on 2022-07-01 --kind ICB       prints 42
 * nhs-structure list --on 2022-07-01 --kind region     prints CODE&lt;TAB&gt;NAME lines, by code
 * nhs-structure org 02P --on 2022-07-01                prints 02P, then its ICB, then its region
 * </pre>
 *
 * <p><b>Exit status.</b> {@value #EXIT_OK} on success; {@value #EXIT_USAGE} when the question cannot be answered
 * because of what was asked (a usage error, an unknown kind or code, a malformed date, a date outside the
 * dataset's coverage, an organisation that was not open on the date, no successor in force, a file or folder given
 * that cannot be read or written, or any other {@code NhsStructureException} raised while answering);
 * {@value #EXIT_DATA} when the dataset itself cannot be loaded (no provider on the class path, malformed data), when
 * standard output cannot be written (a full disk; silent for a pipe whose reader has stopped) or on an internal
 * error. Every error is one line {@code nhs-structure: <message>} on standard error, followed, for
 * usage errors only, by a line saying how to get help; an internal error (a bug) also prints its stack trace.
 *
 * <p><b>Embedding and testing.</b> A {@link CommandLine} built on an instance with
 * {@link #commandLine(NhsStructureCli)} is the complete program: the error handlers are installed while the command line is
 * built (through a picocli model transformer), and all output goes through the command line's
 * {@link CommandLine#getOut() out} and {@link CommandLine#getErr() err} writers, so callers can capture it with
 * {@code setOut}/{@code setErr}. The dataset comes from a supplier, called only by commands that need it
 * ({@code --help} never loads it) and only until it succeeds; tests pass a supplier of a fixture dataset.
 *
 * <p><b>Adding a command.</b> Write a subclass of {@link StructureCommand}, annotate it with {@code @Command},
 * and add its name to {@code COMMANDS} and {@code newCommand} below. Use {@link DateConverter} and {@link KindConverter} for
 * dates and kinds, so every command accepts and rejects them the same way.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "nhs-structure",
        mixinStandardHelpOptions = true,
        versionProvider = NhsStructureCli.VersionProvider.class,
        modelTransformer = NhsStructureCli.Setup.class,
        description = "Asks the bundled model of the English NHS structure about organisations on a date.",
        footer = {"", NhsStructureCli.FOOTER_DATES, NhsStructureCli.FOOTER_EXIT, NhsStructureCli.FOOTER_EXIT_0,
            NhsStructureCli.FOOTER_EXIT_1, NhsStructureCli.FOOTER_EXIT_1_MORE, NhsStructureCli.FOOTER_EXIT_2,
            NhsStructureCli.FOOTER_EXIT_2_MORE, NhsStructureCli.FOOTER_EXIT_2_END})
public final class NhsStructureCli implements Callable<Integer> {

    /** Exit status when the question was answered. */
    public static final int EXIT_OK = 0;
    /**
     * Exit status when the dataset could not be loaded, standard output could not be written, or on an internal
     * error.
     */
    public static final int EXIT_DATA = 1;
    /**
     * Exit status for a usage error, a question the dataset rejects (unknown code, date outside coverage...), an
     * empty answer (no successor in force), or a file or folder given that cannot be read or written.
     */
    public static final int EXIT_USAGE = 2;

    // The help footer, shared by every command's @Command. Picocli's "scope = INHERIT" would share it too, but it
    // asks the version provider for the version while building the command line, which would load the dataset
    // before every command, even --help.
    static final String FOOTER_DATES = "Dates are ISO yyyy-MM-dd; a period's end is the first day it no longer holds.";
    static final String FOOTER_EXIT = "Exit status:";
    static final String FOOTER_EXIT_0 = "  0  answered";
    static final String FOOTER_EXIT_1 = "  1  the dataset could not be loaded, standard output could not be written";
    static final String FOOTER_EXIT_1_MORE = "     (a full disk; silent for a closed pipe), or an internal error";
    static final String FOOTER_EXIT_2 = "  2  usage error, unknown kind or code, malformed date, date outside the";
    static final String FOOTER_EXIT_2_MORE = "     dataset's coverage, organisation not open on the date, no successor";
    static final String FOOTER_EXIT_2_END = "     in force, a file or folder that cannot be read or written";

    private final Supplier<NhsStructure> source;
    // Null for the system clock, found only when today's date is needed: finding the default time zone reads the
    // time-zone database, which a command given every date never needs.
    private final @Nullable Clock clock;
    private @Nullable NhsStructure structure;
    private final Map<Path, NhsStructure> overlaid = new HashMap<>();
    private @Nullable JsonMapper json;
    /** The structure the mapper was made for: the bundled one, or the one with the extracts of --data. */
    private @Nullable NhsStructure jsonStructure;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the program on the bundled dataset of {@code nhs-structure-data} and the system clock.
     *
     * <p>The program is built with the data module, so it makes the module's {@code BundledDataProvider} itself
     * rather than looking providers up through {@link java.util.ServiceLoader} as {@link NhsStructure#bundled()}
     * does: the look-up costs several milliseconds of a start that should take few.
     */
    public NhsStructureCli() {
        // A class, not a method reference: the first lambda of a program costs milliseconds at start.
        this(new Bundled());
    }

    /**
     * Creates the program on a dataset of the caller's choice and the system clock.
     *
     * @param source  supplies the structure when a command first needs it (again after a failure), not null
     */
    public NhsStructureCli(Supplier<NhsStructure> source) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = null;
    }

    /**
     * Creates the program on a dataset and clock of the caller's choice.
     *
     * @param source  supplies the structure when a command first needs it (again after a failure), not null
     * @param clock  the clock giving today's date, the default of optional {@code --on} options, not null
     */
    public NhsStructureCli(Supplier<NhsStructure> source, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs the program and exits the JVM with its exit status.
     *
     * <p>The commonest questions, in their plain forms, are answered by {@link QuickPath} without building
     * picocli's model, which costs more than the rest of the start; everything else, and every error, goes
     * through the picocli command line.
     *
     * @param args  the command-line arguments, not null
     */
    public static void main(String[] args) {
        int status = run(new NhsStructureCli(), args, new FileOutputStream(FileDescriptor.out),
                stdoutCharset(), null);
        System.exit(status);
    }

    /**
     * Runs the program on some arguments, its answer going to a stream, and returns its exit status: the one place
     * every command and {@link QuickPath} pass through, where standard output is flushed and checked.
     *
     * <p>A {@link PrintWriter} never throws: it remembers that a write failed. So once the command has run, the
     * output is flushed and, if any write failed (a full disk, a closed pipe, a file system error), one line on
     * standard error says so and the status is {@value #EXIT_DATA}, whatever the command answered, since its answer
     * was lost. A broken pipe (the reader, such as {@code head}, has stopped reading) is not reported on standard
     * error, as other programs stopped by it are silent, but still gives {@value #EXIT_DATA}.
     *
     * @param cli  the program, not null
     * @param args  the command-line arguments, not null
     * @param stdout  standard output, not null
     * @param charset  the encoding of standard output, not null
     * @param stderr  standard error, or null for picocli's own (standard error in its encoding)
     * @return the exit status
     */
    static int run(NhsStructureCli cli, String[] args, OutputStream stdout, Charset charset,
            @Nullable PrintWriter stderr) {
        CheckedOutput checked = new CheckedOutput(stdout);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(checked, charset));
        int status = QuickPath.run(cli, args, out);
        CommandLine commandLine = null;
        if (status == QuickPath.NOT_ANSWERED) {
            commandLine = commandLine(cli, args);
            commandLine.setOut(out);
            if (stderr != null) {
                commandLine.setErr(stderr);
            }
            status = commandLine.execute(args);
        }
        // Flushes, then tells whether any write or the flush failed.
        if (!out.checkError()) {
            return status;
        }
        IOException failure = checked.failure();
        String reason = failure == null || failure.getMessage() == null ? "write error" : failure.getMessage();
        if (!reason.contains("Broken pipe")) {
            PrintWriter err = stderr != null ? stderr
                    : commandLine != null ? commandLine.getErr() : new PrintWriter(System.err, true);
            err.print(ErrorHandler.PREFIX + "standard output: cannot be written: " + reason + "\n");
            err.flush();
        }
        return EXIT_DATA;
    }

    /**
     * Returns the encoding of standard output as the JVM chooses it for {@code System.out}: the console's when
     * there is one, else the default.
     */
    private static Charset stdoutCharset() {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        if (name != null) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                // An encoding the JVM does not know: the default, as System.out would use.
            }
        }
        return Charset.defaultCharset();
    }

    /**
     * An output stream that remembers the first failure of the stream it writes to, so that the message of an error
     * a {@link PrintWriter} swallowed can still be shown.
     *
     * <p>This class is mutable and not thread-safe.
     */
    private static final class CheckedOutput extends FilterOutputStream {
        private @Nullable IOException failure;

        CheckedOutput(OutputStream out) {
            super(out);
        }

        @Nullable IOException failure() {
            return failure;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    /** Every subcommand's name, in the order help lists them. */
    private static final Set<String> COMMANDS = new LinkedHashSet<>(Arrays.asList("count", "list", "org",
            "quality", "changes", "history", "successors", "rebase", "who-commissions", "who-pays", "diff",
            "chart", "explore", "help"));

    /**
     * Makes a subcommand: each class is loaded only when its command is added (a switch, not a table of
     * constructor references, which would load every command's class at start).
     */
    private static Object newCommand(String name) {
        return switch (name) {
            case "count" -> new CountCommand();
            case "list" -> new ListCommand();
            case "org" -> new OrgCommand();
            case "quality" -> new QualityCommand();
            case "changes" -> new ChangesCommand();
            case "history" -> new HistoryCommand();
            case "successors" -> new SuccessorsCommand();
            case "rebase" -> new RebaseCommand();
            case "who-commissions" -> new WhoCommissionsCommand();
            case "who-pays" -> new WhoPaysCommand();
            case "diff" -> new DiffCommand();
            case "chart" -> new ChartCommand();
            case "explore" -> new ExploreCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /**
     * Returns the names of the subcommands, in the order help lists them.
     *
     * @return the names, not null
     */
    static Set<String> commandNames() {
        return Collections.unmodifiableSet(COMMANDS);
    }

    /**
     * Builds the command line of a program with every subcommand.
     *
     * @param cli  the program, not null
     * @return the command line, not null
     */
    public static CommandLine commandLine(NhsStructureCli cli) {
        CommandLine commandLine = new CommandLine(cli);
        for (String name : COMMANDS) {
            commandLine.addSubcommand(name, newCommand(name));
        }
        // Adding a subcommand gives it the parent's parser settings; enum options accept any case everywhere.
        return commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    }

    /**
     * Builds the command line of a program for some arguments: with only the subcommand they name, since picocli
     * reads every subcommand's annotations when it is added and start-up time matters; with every subcommand
     * when the arguments name none (help, an unknown name, nothing), so that the message can list them.
     *
     * @param cli  the program, not null
     * @param args  the arguments, not null
     * @return the command line, not null
     */
    public static CommandLine commandLine(NhsStructureCli cli, String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0]) && !args[0].equals("help")) {
            CommandLine commandLine = new CommandLine(cli);
            commandLine.addSubcommand(args[0], newCommand(args[0]));
            return commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        }
        return commandLine(cli);
    }

    /**
     * Rejects a call without a command: a usage error.
     *
     * @return never returns normally
     * @throws ParameterException always
     */
    @Override
    public Integer call() {
        // Made by ErrorHandler, so that loading this class (on the quick path too) loads no picocli exception.
        throw ErrorHandler.missingCommand(spec);
    }

    /**
     * Returns the structure, loading it on first use.
     *
     * @return the structure, not null
     * @throws DataUnavailableException if it cannot be loaded; the next call tries again
     */
    NhsStructure structure() {
        NhsStructure s = structure;
        if (s == null) {
            try {
                s = Objects.requireNonNull(source.get(), "the dataset supplier returned null");
            } catch (RuntimeException | ServiceConfigurationError e) {
                throw new DataUnavailableException(e);
            }
            structure = s;
        }
        return s;
    }

    /**
     * Returns the structure with the extracts of {@code --data} laid over it, laying them on first use.
     *
     * @param data  the folder, zip or file of {@code --data}, if given, not null
     * @param err  receives one summary line the first time the extracts are laid over, not null
     * @return the structure, not null
     * @throws DataUnavailableException if the bundled dataset cannot be loaded
     * @throws io.github.nhsstructure.exception.ExtractException if an extract file cannot be read or used (exit status 2)
     */
    NhsStructure structure(Optional<Path> data, Consumer<String> err) {
        NhsStructure base = structure();
        if (data.isEmpty()) {
            return base;
        }
        Path path = data.get();
        NhsStructure s = overlaid.get(path);
        if (s == null) {
            s = base.overlay(path);
            overlaid.put(path, s);
            err.accept(ErrorHandler.PREFIX + overlaySummary(path, base, s.overlayDiff()));
        }
        return s;
    }

    /** One line saying what the extracts changed and where to see it. */
    static String overlaySummary(Path path, NhsStructure base, StructureDiff diff) {
        List<String> changes = new ArrayList<>();
        diff.counts().forEach((type, n) -> {
            if (n > 0 && type != DiffType.CONTRADICTED && type != DiffType.UNRESOLVED) {
                changes.add(n + " " + type.name().toLowerCase(Locale.ROOT));
            }
        });
        int contradicted = diff.counts().get(DiffType.CONTRADICTED);
        int unresolved = diff.counts().get(DiffType.UNRESOLVED);
        boolean nothing = changes.isEmpty() && contradicted == 0 && unresolved == 0;
        return "laid " + path + " over dataset " + base.dataVersion() + ": "
                + (changes.isEmpty() ? "no change" : String.join(", ", changes))
                + (contradicted > 0 ? "; " + contradicted + " contradictions kept the dataset's facts" : "")
                + (unresolved > 0 ? "; " + unresolved + " unresolved" : "")
                // Nothing to list: no hint to list it.
                + (nothing ? "" : " ('nhs-structure diff --data " + path + "' lists them)");
    }

    /**
     * Returns the JSON mapper for a structure (the bundled one, or the one with the extracts of {@code --data}),
     * made on first use.
     *
     * @param forStructure  the structure the answer comes from, not null
     * @return the mapper, not null
     * @throws DataUnavailableException if the structure cannot be loaded
     */
    JsonMapper json(NhsStructure forStructure) {
        JsonMapper j = json;
        if (j == null || jsonStructure != forStructure) {
            j = NhsJson.mapper(forStructure);
            json = j;
            jsonStructure = forStructure;
        }
        return j;
    }

    /**
     * Returns today's date from the clock.
     *
     * @return today, not null
     */
    LocalDate today() {
        return LocalDate.now(clock != null ? clock : Clock.systemDefaultZone());
    }

    /**
     * Returns the version of the library this program was built from.
     *
     * @return the version, such as {@code 0.1.0}, or {@code unknown} if the build did not record it, not null
     */
    static String libraryVersion() {
        Properties p = new Properties();
        try (InputStream in = NhsStructureCli.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String v = p.getProperty("version", "");
        return v.isBlank() || v.startsWith("${") ? "unknown" : v;
    }

    /**
     * Supplies the structure of the bundled data module.
     *
     * <p>This class is immutable and thread-safe.
     */
    private static final class Bundled implements Supplier<NhsStructure> {
        @Override
        public NhsStructure get() {
            return NhsStructure.from(new BundledDataProvider());
        }
    }

    /** Lets the enum options of a command (--service, --armed-forces, --type, ...) accept any case, as --kind does. */
    static final class CaseInsensitiveEnums implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec commandSpec) {
            commandSpec.parser().caseInsensitiveEnumValuesAllowed(true);
            return commandSpec;
        }
    }

    /**
     * Installs the error handlers on the command line being built for an {@link NhsStructureCli}, so that
     * {@code commandLine(new NhsStructureCli())} needs no further set-up. Picocli applies model transformers
     * after it has attached the spec to its {@code CommandLine}.
     *
     * <p>This class is immutable and thread-safe.
     */
    static final class Setup implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec commandSpec) {
            CommandLine commandLine = commandSpec.commandLine();
            if (commandLine != null && commandSpec.parent() == null) {
                ErrorHandler handler = new ErrorHandler();
                commandLine.setParameterExceptionHandler(handler);
                commandLine.setExecutionExceptionHandler(handler);
            }
            return commandSpec;
        }
    }

    /**
     * Prints the library version and the dataset version for {@code --version}. If the dataset cannot be loaded
     * it says why instead of failing, since the library version alone is still useful.
     *
     * <p>This class is immutable and thread-safe once picocli has injected the spec.
     */
    static final class VersionProvider implements IVersionProvider {
        @Spec
        private CommandSpec spec;

        @Override
        public String[] getVersion() {
            String library = "nhs-structure " + libraryVersion();
            if (!(spec.root().userObject() instanceof NhsStructureCli cli)) {
                return new String[] {library};
            }
            String dataset;
            try {
                dataset = "dataset " + cli.structure().dataVersion();
            } catch (DataUnavailableException e) {
                dataset = "dataset not available: " + e.getMessage();
            }
            return new String[] {library, dataset};
        }
    }
}
