package io.github.nhsstructure.rebase;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * How much of a file one re-base has read, told to a listener ({@link Rebaser#reportingProgress}): a running count
 * of bytes, reported about every mebibyte and at the end of each part, one call at a time and never smaller than a
 * figure reported before, whichever thread reads. When a file is read again on one thread (after a part met a
 * quoted field), the count starts again from zero and is reported only once it passes the largest figure shown.
 *
 * <p>This class is mutable and thread-safe: the parts of a file, read on several threads, add to one count.
 */
final class ReadProgress {

    /** The bytes a reading stream counts before it tells the total. */
    static final int STEP = 1 << 20;

    /** Progress nobody listens to. */
    static final ReadProgress NONE = new ReadProgress(null);

    private final @Nullable LongConsumer listener;
    private long read;
    private long shown;

    ReadProgress(@Nullable LongConsumer listener) {
        this.listener = listener;
    }

    /** Adds bytes read and tells the listener the total if it is larger than any told before. */
    synchronized void add(long bytes) {
        read += bytes;
        if (read > shown && listener != null) {
            shown = read;
            listener.accept(read);
        }
    }

    /** Starts the count again, for a file read a second time. */
    synchronized void restart() {
        read = 0;
    }

    /** A stream that counts what is read through it into this progress, or the stream itself if nobody listens. */
    InputStream counting(InputStream in) {
        return listener == null ? in : new Counting(in, this);
    }

    /** Counts bytes locally and adds them to the progress about every {@link #STEP} bytes and at the end. */
    private static final class Counting extends FilterInputStream {
        private final ReadProgress progress;
        private long pending;

        Counting(InputStream in, ReadProgress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }

        private void count(int n) {
            if (n > 0) {
                pending += n;
                if (pending >= STEP) {
                    flush();
                }
            } else if (n < 0) {
                flush();
            }
        }

        private void flush() {
            if (pending > 0) {
                long n = pending;
                pending = 0;
                progress.add(n);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
            super.close();
        }
    }
}
