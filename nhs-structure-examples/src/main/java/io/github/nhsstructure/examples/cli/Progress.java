package io.github.nhsstructure.examples.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Shows how far long work has got on standard error, on one line rewritten in place ({@code \r}), only when the
 * program runs in a terminal ({@link System#console()} is not null): piped or redirected, it stays quiet, so logs
 * and scripts see only the answer and real errors.
 *
 * <p>This class is mutable; reports may come from several threads, one at a time (as the re-baser makes them),
 * and {@link #done()} after the last.
 *
 * @since 0.1.0
 */
public final class Progress implements IntConsumer, LongConsumer {

    private final PrintWriter err;
    private final String what;
    private final long total;
    private final boolean bytes;
    private final boolean enabled;
    private volatile boolean shown;

    /**
     * Creates progress for {@code total} units of work named {@code what}.
     *
     * @param err  where to write, standard error, not null
     * @param what  what is counted, such as {@code "organisations"}, not null
     * @param total  the number of units in all, or 0 if unknown
     * @param enabled  whether to show anything
     */
    Progress(PrintWriter err, String what, int total, boolean enabled) {
        this(err, what, total, false, enabled);
    }

    private Progress(PrintWriter err, String what, long total, boolean bytes, boolean enabled) {
        this.err = Objects.requireNonNull(err, "err");
        this.what = Objects.requireNonNull(what, "what");
        this.total = total;
        this.bytes = bytes;
        this.enabled = enabled;
    }

    /**
     * Creates progress in bytes of a file read, shown as a percentage and mebibytes of the file's size.
     *
     * @param err  where to write, standard error, not null
     * @param file  the file's name as the user gave it, not null
     * @param size  the file's size in bytes, or 0 if unknown
     * @param enabled  whether to show anything
     * @return the progress, not null
     */
    static Progress ofBytes(PrintWriter err, String file, long size, boolean enabled) {
        return new Progress(err, file, size, true, enabled);
    }

    /**
     * Creates progress in bytes of a file read that shows only when the program runs in a terminal.
     *
     * @param err  standard error, not null
     * @param file  the file's name as the user gave it, not null
     * @param size  the file's size in bytes, or 0 if unknown
     * @return the progress, not null
     */
    static Progress bytesInTerminal(PrintWriter err, String file, long size) {
        return ofBytes(err, file, size, System.console() != null);
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
        accept((long) done);
    }

    /**
     * Reports the number of units (or bytes) done so far. Calls may come from several threads, one at a time.
     *
     * @param done  the units done
     */
    @Override
    public void accept(long done) {
        if (!enabled) {
            return;
        }
        if (bytes) {
            long mib = 1 << 20;
            err.print("\rread " + (total > 0 ? done * 100 / total + "% of " + what + " (" + done / mib + " of "
                    + total / mib + " MiB)" : done / mib + " MiB of " + what));
        } else {
            err.print("\r" + done + (total > 0 ? " / " + total : "") + " " + what);
        }
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
