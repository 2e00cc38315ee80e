package io.github.nhsstructure.rebase;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import io.github.nhsstructure.lookup.StructureLookup;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps a time series keyed by organisation onto the structure of a target date: the analyst's "re-base last
 * decade's CCG figures onto today's sub-ICB locations".
 *
 * <p>Each row's code is resolved on the target date with {@link io.github.nhsstructure.NhsStructure#successors(String, LocalDate)}: a
 * code still in force keeps its value; a merged code's value goes to the successor, so merges sum; a split code's
 * value is shared by the {@link SplitPolicy}. A row that cannot be mapped is reported with the reason
 * ({@link UnmappedReason}), never dropped: a row dated after the target date or outside the data's coverage, an
 * unknown code, a row dated before its organisation opened (such as {@code 00C} on 1900-01-01), a dead end, a
 * split under {@link SplitPolicy#FAIL} or a missing weight.
 *
 * <p>Sums are exact: values are read as a long and a scale (a {@link BigDecimal} beyond 18 digits) and added
 * with overflow detected, so a total equals the {@code BigDecimal} sum of its values digit for digit. A split
 * value's shares keep the value's own decimal places: each successor but the last (in code order) gets
 * {@code value * weight / total weight} rounded half away from zero to the value's scale, and the last gets the
 * remainder, so the shares add up to the value exactly and the result {@linkplain RebaseSummary#balances()
 * balances}. (A count of 100 split equally three ways gives 33, 33 and 34; 100.00 gives 33.33, 33.33 and 33.34.)
 *
 * <p>Everything a row needs is precomputed when the re-baser is made: a table from code text to a number and, per
 * code, a sorted table of date ranges leading to the targets and their shares. Three forms share it:
 * <ul>
 *   <li>{@link #rebase(Path, Consumer)} and {@link #rebase(Reader, String, Consumer)} stream a CSV file from the
 *       input to the sums without holding its rows, in memory bounded whatever the input size;
 *   <li>{@link #rebase(SeriesColumns)} re-bases a batch held in arrays;
 *   <li>{@link #rebase(Iterable)} re-bases {@link SeriesRow} objects and keeps every unmapped row.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Rebaser {

    /** The rows of a batch whose codes are looked up before they are summed. */
    private static final int BLOCK = 512;

    private final RebasePlan plan;
    private final @Nullable LongConsumer bytesRead;

    private Rebaser(RebasePlan plan, @Nullable LongConsumer bytesRead) {
        this.plan = plan;
        this.bytesRead = bytesRead;
    }

    /**
     * Obtains a re-baser onto the structure of a date.
     *
     * @param structure  the structure, not null
     * @param target  the target date, not null
     * @param policy  what to do with splits, not null
     * @return the re-baser, not null
     * @throws io.github.nhsstructure.exception.OutsideCoverageException if the structure does not cover the target date
     */
    public static Rebaser onto(StructureLookup structure, LocalDate target, SplitPolicy policy) {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(policy, "policy");
        structure.coverage().check(target);
        return new Rebaser(RebasePlan.of(structure, target, policy), null);
    }

    /**
     * Returns a re-baser like this one that tells a listener how much of a CSV file it has read, for a progress
     * display: {@link #rebase(Path)} and {@link #rebase(Path, Consumer)} call {@code bytesRead} with the running
     * count of the file's bytes read so far, about every mebibyte and when the file has been read, one call at a
     * time and never with a smaller figure than before (the calls may come from the threads that read the parts
     * of a large file, so the listener must not assume the caller's thread). The other forms do not report. The
     * count can be compared with the file's size; it reaches it when the whole file has been read.
     *
     * @param bytesRead  receives the number of bytes read so far, not null
     * @return a re-baser onto the same date with the same policy that reports progress, not null
     */
    public Rebaser reportingProgress(LongConsumer bytesRead) {
        return new Rebaser(plan, Objects.requireNonNull(bytesRead, "bytesRead"));
    }

    /**
     * Returns the target date.
     *
     * @return the target date, not null
     */
    public LocalDate target() {
        return plan.target();
    }

    /**
     * Re-bases rows, keeping every unmapped row in the result.
     *
     * @param rows  the rows, not null
     * @return the result, not null
     */
    public RebaseResult rebase(Iterable<SeriesRow> rows) {
        String[] reason = new String[1];
        RebaseRun run = new RebaseRun(plan, u -> reason[0] = u.reason());
        SeriesText text = new SeriesText();
        List<RebaseResult.Unmapped> unmapped = new ArrayList<>();
        for (SeriesRow row : rows) {
            reason[0] = null;
            String code = row.code();
            int id = plan.codeId(code);
            int day = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, row.date().toEpochDay()));
            if (text.accept(row.value()) == SeriesText.LONG) {
                run.row(row.line(), id, id < 0 ? code.strip() : null, day, text.unscaled, text.scale);
            } else {
                run.row(row.line(), id, id < 0 ? code.strip() : null, day, text.value());
            }
            if (reason[0] != null) {
                unmapped.add(new RebaseResult.Unmapped(row, reason[0]));
            }
        }
        RebaseSummary s = run.summary();
        return new RebaseResult(s.target(), s.totals(), unmapped, s.inputTotal(), s.rows());
    }

    /**
     * Re-bases a batch held in arrays; a large batch is cut into one part per processor, each summed on its own
     * thread.
     *
     * @param columns  the rows, not null
     * @return the totals and the count of unmapped rows per reason, not null
     */
    public RebaseSummary rebase(SeriesColumns columns) {
        int parts = ParallelSeries.parts(columns.size(), ParallelSeries.MIN_PART_ROWS);
        if (parts > 1) {
            return ParallelSeries.columns(plan, columns, parts, (from, to, run) -> rebase(columns, from, to, run))
                    .summary();
        }
        RebaseRun run = new RebaseRun(plan, null);
        rebase(columns, 0, columns.size(), run);
        return run.summary();
    }

    /**
     * Re-bases a batch held in arrays, handing each unmapped row to a listener as it is found, in row order; an
     * unmapped row's {@link SeriesRow#line()} is its index in the arrays.
     *
     * @param columns  the rows, not null
     * @param unmapped  receives each unmapped row with the reason, not null
     * @return the totals and the count of unmapped rows per reason, not null
     */
    public RebaseSummary rebase(SeriesColumns columns, Consumer<RebaseResult.Unmapped> unmapped) {
        RebaseRun run = new RebaseRun(plan, Objects.requireNonNull(unmapped, "unmapped"));
        rebase(columns, 0, columns.size(), run);
        return run.summary();
    }

    private void rebase(SeriesColumns columns, int from, int to, RebaseRun run) {
        String[] codes = columns.codes();
        int[] days = columns.epochDays();
        long[] values = columns.values();
        int scale = columns.scale();
        RebasePlan p = plan;
        // The common row: a known code on a day of its main range (on or after the range's first day, within the
        // coverage and not after the target date), which has a single target. It is summed here, into longs of
        // the batch's one scale, with no other check; every other row goes through the run, which explains it.
        int lastFastDay = Math.min(p.targetDay(), p.coverageLastDay());
        Codes known = new Codes(p);
        long[] totals = new long[p.targetCount()];
        // Which targets a row reached, so that a target whose rows sum to nothing is still reported (at the
        // batch's scale), as the run reports it.
        boolean[] reached = new boolean[totals.length];
        long input = 0;
        long fastRows = 0;
        // In blocks: first each row's code found (its slot), then the rows summed, so that the look-ups of many
        // rows are under way at once rather than each waiting for the one before it.
        int[] slots = new int[BLOCK];
        for (int block = from; block < to; block += BLOCK) {
            int end = Math.min(to, block + BLOCK);
            // The look-up written out here, the rare miss a call: the compiler keeps the loop small.
            String[] keys = known.keys;
            for (int i = block; i < end; i++) {
                String code = codes[i];
                if (code == null) {
                    throw new IllegalArgumentException("codes[" + i + "] is null");
                }
                int h = code.hashCode();
                int slot = (h ^ (h >>> 16)) & (keys.length - 1);
                if (keys[slot] != code) {
                    slot = known.probe(code, slot);
                    if (known.keys != keys) {
                        // The table grew, which moves every code: find this block's codes again.
                        keys = known.keys;
                        i = block - 1;
                        continue;
                    }
                }
                slots[i - block] = slot;
            }
            long[] fastOf = known.fast;
            for (int i = block; i < end; i++) {
                int slot = slots[i - block];
                long fast = fastOf[slot];
                int day = days[i];
                long v = values[i];
                if (day >= (int) (fast >> 32) && day <= lastFastDay) {
                    int t = (int) fast;
                    long sum = totals[t];
                    long r = sum + v;
                    long in = input + v;
                    if ((((sum ^ r) & (v ^ r)) | ((input ^ in) & (v ^ in))) >= 0) {
                        totals[t] = r;
                        reached[t] = true;
                        input = in;
                        fastRows++;
                        continue;
                    }
                    // A long would overflow: the run sums this row exactly; the two are added together at the end.
                }
                int id = known.id[slot];
                run.row(i, id, id < 0 ? 0 : p.fast(id), id < 0 ? codes[i].strip() : null, day, v, scale);
            }
        }
        run.addSums(totals, reached, input, fastRows, scale);
    }

    /**
     * The codes of one batch (or part of one), by {@code String} instance: callers keep one instance per distinct
     * code, so a table by identity, indexed by the hash the instance keeps, finds a code's number and what the
     * common row needs without reading its characters again. Open addressing, grown to stay at most half full,
     * so that no two codes keep pushing each other out.
     *
     * <p>This class is mutable and not thread-safe: each part of a batch has its own.
     */
    private static final class Codes {
        private final RebasePlan plan;
        private final int firstDay;
        /** Per slot: the code instance, or null. */
        String[] keys = new String[1 << 12];
        /** Per slot: the first day a row takes the fast path (high half) and its single target (low half). */
        long[] fast = new long[1 << 12];
        /** Per slot: the code's number, or -1 if unknown. */
        int[] id = new int[1 << 12];
        private int count;

        Codes(RebasePlan plan) {
            this.plan = plan;
            this.firstDay = plan.coverageFirstDay();
        }

        /**
         * Finds the slot of a code from the first slot its hash gives, adding the code on first sight (which may
         * make the table larger: read {@link #keys} again after a call).
         */
        int probe(String code, int first) {
            String[] k = keys;
            int mask = k.length - 1;
            int s = first;
            String at;
            while ((at = k[s]) != code) {
                if (at == null) {
                    return add(code);
                }
                s = (s + 1) & mask;
            }
            return s;
        }

        private int add(String code) {
            if (8 * (count + 1) > keys.length) {
                grow();
            }
            int i = plan.codeId(code);
            long f = i < 0 ? 0 : plan.fast(i);
            int start = (int) (f >> 32);
            // No fast path for an unknown code, or one with no single target on its main range; the range's
            // first day no earlier than the coverage's, so that a fast row is always within the coverage.
            int fastFrom = i < 0 || (int) f < 0 ? Integer.MAX_VALUE : Math.max(start, firstDay);
            return put(code, ((long) fastFrom << 32) | (f & 0xFFFF_FFFFL), i);
        }

        private int put(String code, long f, int i) {
            int mask = keys.length - 1;
            int h = code.hashCode();
            int s = (h ^ (h >>> 16)) & mask;
            while (keys[s] != null) {
                s = (s + 1) & mask;
            }
            keys[s] = code;
            fast[s] = f;
            id[s] = i;
            count++;
            return s;
        }

        private void grow() {
            String[] oldKeys = keys;
            long[] oldFast = fast;
            int[] oldId = id;
            keys = new String[oldKeys.length * 2];
            fast = new long[keys.length];
            id = new int[keys.length];
            count = 0;
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldKeys[s] != null) {
                    put(oldKeys[s], oldFast[s], oldId[s]);
                }
            }
        }
    }

    /**
     * Re-bases a CSV file as it is read, without holding its rows: the header names the columns {@code code},
     * {@code date} ({@code yyyy-MM-dd}) and {@code value} (a decimal number), in any order and case; other
     * columns are ignored; empty lines are skipped.
     *
     * @param csv  the file, UTF-8, not null
     * @param unmapped  receives each unmapped row with the reason as it is found, in file order, not null
     * @return the totals and the count of unmapped rows per reason, not null
     * @throws IOException if the file cannot be read
     * @throws SeriesInputException if a row is malformed, naming the file, line and field
     */
    public RebaseSummary rebase(Path csv, Consumer<RebaseResult.Unmapped> unmapped) throws IOException {
        Objects.requireNonNull(csv, "csv");
        RebaseRun run = new RebaseRun(plan, Objects.requireNonNull(unmapped, "unmapped"));
        SeriesCsvHandler handler = new SeriesCsvHandler(plan, run, csv.toString(), true);
        readFile(handler, csv, new ReadProgress(bytesRead));
        return run.summary();
    }

    /**
     * Re-bases a CSV file as it is read, without holding its rows, counting the unmapped rows without reporting
     * them one by one; see {@link #rebase(Path, Consumer)}. A large file is cut at line ends into one part per
     * processor, each part read on its own thread (re-read on one thread if a part meets a quoted field).
     *
     * @param csv  the file, UTF-8, not null
     * @return the totals and the count of unmapped rows per reason, not null
     * @throws IOException if the file cannot be read
     * @throws SeriesInputException if a row is malformed, naming the file, line and field
     */
    public RebaseSummary rebase(Path csv) throws IOException {
        Objects.requireNonNull(csv, "csv");
        return rebase(csv, ParallelSeries.MIN_PART_BYTES);
    }

    /** Re-bases a file cut into parts of at least a number of bytes, one per processor at most. */
    RebaseSummary rebase(Path csv, long minPartBytes) throws IOException {
        ReadProgress progress = new ReadProgress(bytesRead);
        int parts = ParallelSeries.parts(Files.size(csv), minPartBytes);
        if (parts > 1) {
            RebaseRun merged = ParallelSeries.csv(plan, csv, parts, progress);
            if (merged != null) {
                return merged.summary();
            }
            progress.restart();
        }
        RebaseRun run = new RebaseRun(plan, null);
        SeriesCsvHandler handler = new SeriesCsvHandler(plan, run, csv.toString(), true);
        readFile(handler, csv, progress);
        return run.summary();
    }

    /**
     * Re-bases CSV text as it is read, without holding its rows; see {@link #rebase(Path, Consumer)}.
     *
     * @param csv  the text, not null
     * @param source  the name of the source for messages, such as a file name, not null
     * @param unmapped  receives each unmapped row with the reason as it is found, in input order, not null
     * @return the totals and the count of unmapped rows per reason, not null
     * @throws IOException if the text cannot be read
     * @throws SeriesInputException if a row is malformed, naming the source, line and field
     */
    public RebaseSummary rebase(Reader csv, String source, Consumer<RebaseResult.Unmapped> unmapped)
            throws IOException {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(source, "source");
        RebaseRun run = new RebaseRun(plan, Objects.requireNonNull(unmapped, "unmapped"));
        SeriesCsvHandler handler = new SeriesCsvHandler(plan, run, source, true);
        read(handler, source, () -> reader().build(handler, csv));
        return run.summary();
    }

    /**
     * Reads a file as strict UTF-8: a byte that is not UTF-8 is found again and named with its line, column and
     * value, never replaced.
     */
    private static void readFile(SeriesCsvHandler handler, Path csv, ReadProgress progress) throws IOException {
        String source = csv.toString();
        try {
            read(handler, source, () -> reader().build(handler,
                    SeriesEncoding.strictReader(progress.counting(Files.newInputStream(csv)))));
        } catch (CharacterCodingException e) {
            throw SeriesEncoding.locate(csv, source);
        }
    }

    private static final Pattern STARTED_IN_LINE = Pattern.compile("started in line (\\d+)");

    private static CsvReader.CsvReaderBuilder reader() {
        return CsvReader.builder().allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true)
                .detectBomHeader(true);
    }

    /** Opens a reader. */
    private interface Opener {
        CsvReader<Object> open() throws IOException;
    }

    private static void read(SeriesCsvHandler handler, String source, Opener opener) throws IOException {
        try (CsvReader<Object> reader = opener.open()) {
            for (Object ignored : reader) {
                // Each record has gone to the run as it was built.
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            if (e.getCause() instanceof SeriesInputException s) {
                throw s;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            // FastCSV says "Exception when reading record that started in line N", with the detail in a cause.
            Matcher m = STARTED_IN_LINE.matcher(String.valueOf(e.getMessage()));
            long line = m.find() ? Long.parseLong(m.group(1)) : 0;
            Throwable cause = e.getCause();
            String detail = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()
                    .replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error):? ?", "");
            throw new SeriesInputException(source, line, "", "malformed CSV (a quote not closed, or text after a"
                    + " closing quote)" + detail);
        }
        if (!handler.hasReadHeader()) {
            throw new SeriesInputException(source, 1, "", "no header (needs the columns code, date and value)");
        }
    }

    /** For tests: re-bases a file cut into a number of parts, or null if it must be read on one thread. */
    @Nullable RebaseSummary rebaseInParts(Path csv, int parts) throws IOException {
        RebaseRun merged = ParallelSeries.csv(plan, csv, parts, new ReadProgress(bytesRead));
        return merged == null ? null : merged.summary();
    }

    /** For tests: re-bases a batch cut into a number of parts. */
    RebaseSummary rebaseInParts(SeriesColumns columns, int parts) {
        return ParallelSeries.columns(plan, columns, parts, (from, to, run) -> rebase(columns, from, to, run))
                .summary();
    }
}
