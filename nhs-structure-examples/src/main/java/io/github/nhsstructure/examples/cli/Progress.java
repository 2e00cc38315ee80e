package io.github.nhsstructure.examples.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Shows how far long work has got on standard error, on one line rewritten in place ({@code \r}), only when the
 * program runs in a terminal ({@link System#console()} is not null): piped or redirected, it stays quiet, so logs
 * and scripts see only the answer and real errors.
 *
 * <p>This class is mutable and not thread-safe.
 *
 * @since 0.1.0
 */
public final class Progress implements IntConsumer {

    private final PrintWriter err;
    private final String what;
    private final int total;
    private final boolean enabled;
    private boolean shown;

    /**
     * Creates progress for {@code total} units of work named {@code what}.
     *
     * @param err  where to write, standard error, not null
     * @param what  what is counted, such as {@code "organisations"}, not null
     * @param total  the number of units in all, or 0 if unknown
     * @param enabled  whether to show anything
     */
    Progress(PrintWriter err, String what, int total, boolean enabled) {
        this.err = Objects.requireNonNull(err, "err");
        this.what = Objects.requireNonNull(what, "what");
        this.total = total;
        this.enabled = enabled;
    }

    /**
     * Creates progress that shows only when the program runs in a terminal.
     *
     * @param err  standard error, not null
     * @param what  what is counted, not null
     * @param total  the number of units in all, or 0 if unknown
     * @return the progress, not null
     */
    static Progress inTerminal(PrintWriter err, String what, int total) {
        return new Progress(err, what, total, System.console() != null);
    }

    /**
     * Reports the number of units done so far.
     *
     * @param done  the units done
     */
    @Override
    public void accept(int done) {
        if (!enabled) {
            return;
        }
        err.print("\r" + done + (total > 0 ? " / " + total : "") + " " + what);
        err.flush();
        shown = true;
    }

    /**
     * Ends the progress line, if one was shown, so that what follows starts on a line of its own.
     */
    public void done() {
        if (shown) {
            err.print("\n");
            err.flush();
            shown = false;
        }
    }
}
