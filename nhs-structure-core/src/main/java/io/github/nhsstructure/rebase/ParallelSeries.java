package io.github.nhsstructure.rebase;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Re-bases a CSV file, or a batch in arrays, on several threads: each thread sums a part into its own
 * {@link RebaseRun} and the runs are merged, which is exact since the sums are.
 *
 * <p>A file is cut into byte ranges at line ends, each parsed by its own FastCSV reader. That is right only if
 * no quoted field holds a line end across a cut; so a part that meets any quoted field, or any error, makes the
 * caller re-read the file on one thread, which gives the exact answer or the exact line of the error.
 *
 * <p>This class is a static utility.
 */
final class ParallelSeries {

    /** Below this many bytes a part is not worth a thread. */
    static final long MIN_PART_BYTES = 8L << 20;

    /** Below this many rows a part is not worth a thread. */
    static final int MIN_PART_ROWS = 1 << 20;

    private ParallelSeries() {
    }

    /** The number of parts to cut an input into. */
    static int parts(long size, long minPart) {
        int cores = Runtime.getRuntime().availableProcessors();
        return (int) Math.max(1, Math.min(cores, size / minPart));
    }

    /** A thread's part: its run, whether it met a quoted field, and what went wrong. */
    private static final class Part implements Runnable {
        final RebaseRun run;
        private final Runnable work;
        @Nullable Throwable failure;

        Part(RebaseRun run, Runnable work) {
            this.run = run;
            this.work = work;
        }

        @Override
        public void run() {
            try {
                work.run();
            } catch (Throwable t) {
                failure = t;
            }
        }
    }

    /**
     * Re-bases a batch in arrays on several threads.
     *
     * @return the merged run
     */
    static RebaseRun columns(RebasePlan plan, SeriesColumns columns, int parts, ColumnsWork work) {
        int n = columns.size();
        List<Part> list = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            int from = (int) ((long) n * k / parts);
            int to = (int) ((long) n * (k + 1) / parts);
            RebaseRun run = new RebaseRun(plan, null);
            list.add(new Part(run, () -> work.rebase(from, to, run)));
        }
        runAll(list);
        for (Part p : list) {
            if (p.failure instanceof RuntimeException e) {
                throw e;
            }
            if (p.failure instanceof Error e) {
                throw e;
            }
        }
        return merge(list);
    }

    /** Re-bases rows {@code from} (inclusive) to {@code to} (exclusive) of a batch into a run. */
    interface ColumnsWork {
        void rebase(int from, int to, RebaseRun run);
    }

    /**
     * Re-bases a CSV file on several threads.
     *
     * @return the merged run, or null if the file must be read on one thread (a quoted field, an error)
     * @throws IOException if the file cannot be opened
     */
    static @Nullable RebaseRun csv(RebasePlan plan, Path file, int parts, ReadProgress progress)
            throws IOException {
        String source = file.toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            // The header first, on this thread, so that every part knows the columns.
            long afterHeader = lineStartAfter(channel, 0);
            SeriesCsvHandler header = new SeriesCsvHandler(plan, new RebaseRun(plan, null), source, true);
            try {
                read(header, channel, 0, afterHeader, ReadProgress.NONE);
            } catch (RuntimeException e) {
                return null;
            }
            if (!header.hasReadHeader() || header.metQuotes()) {
                return null;
            }
            progress.add(afterHeader);
            long[] cuts = new long[parts + 1];
            cuts[0] = afterHeader;
            cuts[parts] = size;
            for (int k = 1; k < parts; k++) {
                long guess = afterHeader + (size - afterHeader) * k / parts;
                cuts[k] = Math.max(cuts[k - 1], lineStartAfter(channel, Math.max(afterHeader, guess - 1)));
            }
            List<Part> list = new ArrayList<>();
            List<SeriesCsvHandler> handlers = new ArrayList<>();
            for (int k = 0; k < parts; k++) {
                RebaseRun run = new RebaseRun(plan, null);
                SeriesCsvHandler h = new SeriesCsvHandler(plan, run, source, false);
                h.columnsFrom(header);
                handlers.add(h);
                long from = cuts[k];
                long to = cuts[k + 1];
                list.add(new Part(run, () -> read(h, channel, from, to, progress)));
            }
            runAll(list);
            for (int k = 0; k < parts; k++) {
                if (list.get(k).failure != null || handlers.get(k).metQuotes()) {
                    return null;
                }
            }
            return merge(list);
        }
    }

    private static void read(SeriesCsvHandler handler, FileChannel channel, long from, long to,
            ReadProgress progress) {
        try (CsvReader<Object> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .skipEmptyLines(true).detectBomHeader(from == 0)
                .build(handler, SeriesEncoding.strictReader(
                        progress.counting(new RangeInputStream(channel, from, to))))) {
            for (Object ignored : reader) {
                // Each record has gone to the run as it was built.
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RebaseRun merge(List<Part> list) {
        RebaseRun total = list.get(0).run;
        for (int k = 1; k < list.size(); k++) {
            total.addAll(list.get(k).run);
        }
        return total;
    }

    private static void runAll(List<Part> list) {
        Thread[] threads = new Thread[list.size() - 1];
        for (int k = 1; k < list.size(); k++) {
            threads[k - 1] = new Thread(list.get(k), "rebase-part-" + k);
            threads[k - 1].setDaemon(true);
            threads[k - 1].start();
        }
        list.get(0).run();
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The position just after the first line end at or after a position, or the size if there is none. */
    private static long lineStartAfter(FileChannel channel, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        long p = position;
        while (true) {
            buffer.clear();
            int n = channel.read(buffer, p);
            if (n <= 0) {
                return channel.size();
            }
            for (int i = 0; i < n; i++) {
                if (buffer.get(i) == '\n') {
                    return p + i + 1;
                }
            }
            p += n;
        }
    }

    /** An input stream over a byte range of a file, read with positional reads so threads can share the channel. */
    private static final class RangeInputStream extends InputStream {
        private final FileChannel channel;
        private long position;
        private final long end;

        RangeInputStream(FileChannel channel, long from, long to) {
            this.channel = channel;
            this.position = from;
            this.end = to;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= end) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
            if (n > 0) {
                position += n;
            }
            return n;
        }
    }
}
