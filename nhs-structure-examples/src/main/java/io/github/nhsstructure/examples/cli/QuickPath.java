package io.github.nhsstructure.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Answers the commonest questions in their plain forms without picocli: {@code org CODE [--on DATE]},
 * {@code count [--on DATE] --kind KIND} and {@code list [--on DATE] --kind KIND}, options in any order, a value
 * after its option or after {@code =}.
 *
 * <p>Building picocli's model of even one command (its classes loaded, annotations read by reflection, converters
 * registered) costs more than all the rest of the program's start, several times a hello-world program's whole
 * run. This class reads the arguments of those forms only, with the same converters as the picocli commands, and
 * runs the same command classes, so their answers are the same byte for byte (a test compares them). Anything
 * else, or anything it is unsure of ({@code --help}, {@code --json}, an unknown or repeated option, a value that
 * looks like an option, an {@code @file} argument, a value a converter rejects), is left to picocli; so is every
 * failure while answering: the picocli command line then asks again and reports the error in its usual words.
 *
 * <p>This class is a static utility.
 */
final class QuickPath {

    /** Returned by {@link #run} when it did not answer: the picocli command line must run. */
    static final int NOT_ANSWERED = -1;

    private QuickPath() {
    }

    /**
     * Answers the arguments if they are one of the plain forms and the answer succeeds.
     *
     * @param cli  the program, not null
     * @param args  the command-line arguments, not null
     * @param out  where the answer goes, not null; the caller checks it for write errors
     * @return {@link NhsStructureCli#EXIT_OK} if it answered, else {@link #NOT_ANSWERED}, having written nothing
     */
    static int run(NhsStructureCli cli, String[] args, PrintWriter out) {
        try {
            Optional<StructureCommand> command = parse(args);
            if (command.isEmpty()) {
                return NOT_ANSWERED;
            }
            String answer = command.get().answer(cli);
            out.print(answer);
            out.flush();
            return NhsStructureCli.EXIT_OK;
        } catch (RuntimeException e) {
            // A value a converter rejects, an unknown code, a date outside coverage, a dataset that cannot be
            // loaded: picocli asks again and says so in its words.
            return NOT_ANSWERED;
        }
    }

    /**
     * Reads the arguments into a command, if they are one of the plain forms.
     *
     * @param args  the arguments, not null
     * @return the command with its options set, or empty if the arguments are not of a plain form
     * @throws RuntimeException if a converter rejects a value
     */
    static Optional<StructureCommand> parse(String[] args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        String name = args[0];
        boolean org = name.equals("org");
        if (!org && !name.equals("count") && !name.equals("list")) {
            return Optional.empty();
        }
        String on = null;
        String kind = null;
        String code = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String option;
            String value;
            if (arg.startsWith("--on=") || arg.startsWith("--kind=")) {
                int equals = arg.indexOf('=');
                option = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (arg.equals("--on") || arg.equals("--kind")) {
                if (i + 1 == args.length) {
                    return Optional.empty();
                }
                option = arg;
                value = args[++i];
                if (!isPlain(value)) {
                    return Optional.empty();
                }
            } else if (isPlain(arg) && org && code == null) {
                code = arg;
                continue;
            } else {
                return Optional.empty();
            }
            if (option.equals("--on") && on == null) {
                on = value;
            } else if (option.equals("--kind") && kind == null && !org) {
                kind = value;
            } else {
                return Optional.empty();
            }
        }
        if (org) {
            if (code == null) {
                return Optional.empty();
            }
            return Optional.of(new OrgCommand(code, on == null ? Optional.empty() : Optional.of(date(on))));
        }
        if (kind == null) {
            return Optional.empty();
        }
        DateAndKind options = new DateAndKind();
        options.on = on == null ? Optional.empty() : Optional.of(date(on));
        options.kind = new KindSelection.Converter().convert(kind);
        // Two statements, not one conditional: the verifier would load both classes to find their common type.
        if (name.equals("count")) {
            return Optional.of(new CountCommand(options));
        }
        return Optional.of(new ListCommand(options));
    }

    /** Neither an option, nor picocli's end of options, nor an argument file: a value as typed. */
    private static boolean isPlain(String arg) {
        return !arg.startsWith("-") && !arg.startsWith("@");
    }

    private static LocalDate date(String value) {
        return IsoDates.parse(value);
    }
}
