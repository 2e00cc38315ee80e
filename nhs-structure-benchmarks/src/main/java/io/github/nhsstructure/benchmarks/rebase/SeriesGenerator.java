package io.github.nhsstructure.benchmarks.rebase;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.restructure.SuccessorResolution;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a deterministic (code, date, value) series from the bundled data, the input of the re-base
 * benchmarks: monthly rows from April 2013 to June 2022, as a national statistic keyed by practice and CCG would
 * be (practices, CCGs, PCNs, trusts), re-based onto 2022-07-01.
 *
 * <p>Each month's rows are, in order of likelihood: a GP practice, CCG, PCN or trust open that month (about
 * 96%; among them codes that were merged before the target date); a code that was split between several
 * organisations in force on the target date (about 0.5%, so split policies matter); a code that closed with no
 * successor (about 0.5%); a code that is not in the data (about 1%); a code dated before it opened (about 1%);
 * a row dated after the target date (about 1%), so that unmapped rows of several reasons are exercised. Values
 * are whole numbers from 0 to 99,999, such as counts of appointments. The same seed and size always give the same file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SeriesGenerator {

    /** The target date the series is re-based onto. */
    public static final LocalDate TARGET = LocalDate.of(2022, 7, 1);

    /** The seed of the published figures. */
    public static final long SEED = 20_221_201L;

    private static final LocalDate FIRST_MONTH = LocalDate.of(2013, 4, 1);
    private static final int MONTHS = 111;

    private final List<List<String>> openByMonth = new ArrayList<>();
    private final List<String> split = new ArrayList<>();
    private final List<Organisation> deadEnds = new ArrayList<>();
    private final List<List<LocalDate>> splitMonths = new ArrayList<>();
    private final List<String> notYetOpen = new ArrayList<>();
    private final List<LocalDate> opened = new ArrayList<>();

    /**
     * Prepares a generator on a structure.
     *
     * @param nhs  the structure, not null
     */
    public SeriesGenerator(NhsStructure nhs) {
        List<Organisation> candidates = new ArrayList<>();
        for (Organisation o : nhs.organisations()) {
            if (o.everOfKind(OrganisationKind.GP_PRACTICE) || o.everOfKind(OrganisationKind.CCG)
                    || o.everOfKind(OrganisationKind.PCN) || o.everOfKind(OrganisationKind.NHS_TRUST)
                    || o.everOfKind(OrganisationKind.NHS_FOUNDATION_TRUST)) {
                candidates.add(o);
            }
        }
        // Most rows are of codes that lead somewhere on the target date; codes that closed with no successor
        // (dead ends) come in at the rate of the other unmapped rows.
        List<Organisation> leading = new ArrayList<>();
        for (Organisation o : candidates) {
            if (o.operationalPeriod().start().isAfter(TARGET)) {
                continue;
            }
            if (SuccessorResolution.resolve(o, TARGET, nhs::require).successors().isEmpty()) {
                deadEnds.add(o);
            } else {
                leading.add(o);
            }
        }
        for (int m = 0; m < MONTHS; m++) {
            LocalDate month = FIRST_MONTH.plusMonths(m);
            List<String> open = new ArrayList<>();
            for (Organisation o : leading) {
                if (o.isOpenOn(month)) {
                    open.add(o.code().value());
                }
            }
            openByMonth.add(open);
        }
        for (Organisation o : candidates) {
            if (!o.operationalPeriod().start().isAfter(TARGET)) {
                SuccessorResolution r = SuccessorResolution.resolve(o, TARGET, nhs::require);
                List<LocalDate> months = new ArrayList<>();
                for (int m = 0; m < MONTHS; m++) {
                    if (o.isOpenOn(FIRST_MONTH.plusMonths(m))) {
                        months.add(FIRST_MONTH.plusMonths(m));
                    }
                }
                if (r.successors().size() > 1 && !months.isEmpty()) {
                    split.add(o.code().value());
                    splitMonths.add(months);
                }
            }
            if (o.operationalPeriod().start().isAfter(FIRST_MONTH.plusMonths(12))
                    && o.operationalPeriod().start().isBefore(TARGET)) {
                notYetOpen.add(o.code().value());
                opened.add(o.operationalPeriod().start());
            }
        }
        if (split.isEmpty() || notYetOpen.isEmpty()) {
            throw new IllegalStateException("the bundled data has no split or late-opened code to exercise");
        }
    }

    /**
     * Returns the codes split between several organisations in force on the target date.
     *
     * @return the codes, not null
     */
    public List<String> splitCodes() {
        return List.copyOf(split);
    }

    /** Receives generated rows. */
    public interface RowSink {
        /**
         * Receives one row.
         *
         * @param code  the code, one of a small set of string instances
         * @param date  the date
         * @param value  the value
         * @throws IOException if the row cannot be written
         */
        void row(String code, LocalDate date, long value) throws IOException;
    }

    /**
     * Generates rows.
     *
     * @param rows  the number of rows
     * @param seed  the seed
     * @param sink  receives each row, not null
     * @throws IOException if the sink fails
     */
    public void generate(long rows, long seed, RowSink sink) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long perMonth = Math.max(1, rows / MONTHS);
        long written = 0;
        for (int m = 0; written < rows; m = (m + 1) % MONTHS) {
            LocalDate month = FIRST_MONTH.plusMonths(m);
            List<String> open = openByMonth.get(m);
            for (long i = 0; i < perMonth && written < rows; i++, written++) {
                int kind = random.nextInt(100);
                long value = random.nextInt(100_000);
                if (kind == 0) {
                    sink.row(UNKNOWN[random.nextInt(UNKNOWN.length)], month, value);
                } else if (kind == 1) {
                    int k = random.nextInt(notYetOpen.size());
                    sink.row(notYetOpen.get(k), opened.get(k).minusMonths(1 + random.nextInt(12)), value);
                } else if (kind == 2) {
                    sink.row(open.get(random.nextInt(open.size())), TARGET.plusMonths(random.nextInt(6)), value);
                } else if (kind == 3 && random.nextBoolean()) {
                    Organisation o = deadEnds.get(random.nextInt(deadEnds.size()));
                    sink.row(o.code().value(), o.operationalPeriod().start(), value);
                } else if (kind == 3) {
                    int k = random.nextInt(split.size());
                    List<LocalDate> months = splitMonths.get(k);
                    sink.row(split.get(k), months.get(random.nextInt(months.size())), value);
                } else {
                    sink.row(open.get(random.nextInt(open.size())), month, value);
                }
            }
        }
    }

    private static final String[] UNKNOWN = {"X99999", "Z00000", "99Z", "00X", "Q999"};

    /**
     * Writes a CSV file of generated rows with the header {@code code,date,value}.
     *
     * @param file  the file, not null
     * @param rows  the number of rows
     * @param seed  the seed
     * @throws IOException if the file cannot be written
     */
    public void write(Path file, long rows, long seed) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.US_ASCII), 1 << 16)) {
            w.write("code,date,value\n");
            generate(rows, seed, (code, date, value) -> {
                w.write(code);
                w.write(',');
                w.write(date.toString());
                w.write(',');
                w.write(Long.toString(value));
                w.write('\n');
            });
        }
    }

    /**
     * Writes a generated series: {@code SeriesGenerator FILE [ROWS] [SEED]}.
     *
     * @param args  the file, the number of rows (10,000,000) and the seed
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
        new SeriesGenerator(NhsStructure.bundled()).write(Path.of(args[0]), rows, seed);
    }
}
