package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.exception.NhsStructureException;
import java.io.PrintWriter;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/**
 * Turns every failure into one line {@code nhs-structure: <message>} on the command line's error writer and an
 * exit status (see {@link NhsStructureCli} for the policy).
 *
 * <ul>
 *   <li>A value the converters reject (a malformed date, an unknown kind) is one line naming the option, since
 *       the user already typed the right option and only the value is wrong.
 *   <li>Any other usage error (missing or unknown option, unknown command) is one line plus a line saying how to
 *       get help, picocli's usual advice, without repeating the whole usage text.
 *   <li>A {@link NhsStructureException} raised while answering (unknown code, date outside coverage,
 *       organisation not open) is one line with its message; it exits {@value NhsStructureCli#EXIT_USAGE}.
 *   <li>A dataset that cannot be loaded is one line; it exits {@value NhsStructureCli#EXIT_DATA}.
 *   <li>Anything else is a bug: one line, then the stack trace for the bug report; it exits
 *       {@value NhsStructureCli#EXIT_DATA}.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** The prefix of every error line: the program's name, as Unix tools do. */
    static final String PREFIX = "nhs-structure: ";

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        if (ex.getCause() instanceof TypeConversionException conversion && ex.getArgSpec() != null) {
            err.print(PREFIX + "invalid value for " + name(ex.getArgSpec()) + ": " + oneLine(conversion) + "\n");
        } else {
            err.print(PREFIX + oneLine(ex) + "\n");
            err.print("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.\n");
        }
        err.flush();
        return NhsStructureCli.EXIT_USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int status;
        if (ex instanceof DataUnavailableException) {
            err.print(PREFIX + "cannot load the dataset: " + oneLine(ex) + "\n");
            status = NhsStructureCli.EXIT_DATA;
        } else if (ex instanceof NhsStructureException) {
            err.print(PREFIX + oneLine(ex) + "\n");
            status = NhsStructureCli.EXIT_USAGE;
        } else {
            err.print(PREFIX + "internal error: " + oneLine(ex.toString()) + "\n");
            ex.printStackTrace(err);
            status = NhsStructureCli.EXIT_DATA;
        }
        err.flush();
        return status;
    }

    /**
     * Makes the usage error of a program called without a command.
     *
     * @param spec  the program's command, not null
     * @return the error, a {@link ParameterException}, not null
     */
    static RuntimeException missingCommand(CommandSpec spec) {
        return new ParameterException(spec.commandLine(),
                "missing command: use one of " + String.join(", ", spec.subcommands().keySet()));
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        if (arg instanceof PositionalParamSpec parameter) {
            return parameter.paramLabel();
        }
        return "argument";
    }

    /** The message of an exception on one line, so that each error is exactly one line. */
    private static String oneLine(Exception ex) {
        String message = ex.getMessage();
        return oneLine(message == null || message.isBlank() ? ex.toString() : message);
    }

    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
