package io.github.nhsstructure.benchmarks.rebase;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.rebase.RebaseSummary;
import io.github.nhsstructure.rebase.Rebaser;
import io.github.nhsstructure.rebase.SeriesColumns;
import io.github.nhsstructure.rebase.SplitPolicy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The inputs and the Java side of the re-base benchmarks: generated series cached in the temporary folder, the
 * same rows as arrays, and the CSV-to-CSV re-base writing the same output as {@link DuckDbRebase}.
 *
 * <p>This class is a static utility.
 */
public final class RebaseInputs {

    /** The split policy of the benchmarks: equal shares, so that split rows are shared, not unmapped. */
    public static final SplitPolicy POLICY = SplitPolicy.EQUAL;

    private RebaseInputs() {
    }

    /**
     * Returns the folder the generated inputs are kept in: {@code nhs-structure-benchmarks} in the temporary folder.
     *
     * @return the folder, created if needed, not null
     */
    public static Path folder() {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "nhs-structure-benchmarks");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a generated series file, writing it first if it is not there yet.
     *
     * @param nhs  the structure, not null
     * @param rows  the number of rows
     * @param seed  the seed
     * @return the file, not null
     */
    public static Path series(NhsStructure nhs, long rows, long seed) {
        Path file = folder().resolve("series-" + rows + "-" + seed + ".csv");
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Path temporary = Files.createTempFile(folder(), "series-", ".tmp");
            new SeriesGenerator(nhs).write(temporary, rows, seed);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generates a series into arrays, each distinct code one {@code String} instance.
     *
     * @param nhs  the structure, not null
     * @param rows  the number of rows
     * @param seed  the seed
     * @return the series, not null
     */
    public static SeriesColumns columns(NhsStructure nhs, int rows, long seed) {
        String[] codes = new String[rows];
        int[] days = new int[rows];
        long[] values = new long[rows];
        int[] i = {0};
        try {
            new SeriesGenerator(nhs).generate(rows, seed, (code, date, value) -> {
                codes[i[0]] = code;
                days[i[0]] = (int) date.toEpochDay();
                values[i[0]++] = value;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SeriesColumns.of(codes, days, values, 0);
    }

    /**
     * Re-bases a CSV file onto {@link SeriesGenerator#TARGET} and writes {@code code,value} rows ordered by code,
     * then the unmapped total on a row with an empty code: the work {@link DuckDbRebase#csvToCsv} does.
     *
     * @param nhs  the structure, not null
     * @param in  the series, not null
     * @param out  the output, not null
     * @return the summary, not null
     * @throws IOException if a file cannot be read or written
     */
    public static RebaseSummary csvToCsv(NhsStructure nhs, Path in, Path out) throws IOException {
        RebaseSummary summary = Rebaser.onto(nhs, SeriesGenerator.TARGET, POLICY).rebase(in);
        write(summary, out);
        return summary;
    }

    /**
     * Writes a summary as {@link DuckDbRebase#csvToCsv} writes its answer.
     *
     * @param summary  the summary, not null
     * @param out  the file, not null
     * @throws IOException if the file cannot be written
     */
    public static void write(RebaseSummary summary, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("code,value\n");
            for (Map.Entry<OdsCode, BigDecimal> e : summary.totals().entrySet()) {
                w.write(e.getKey().value());
                w.write(',');
                w.write(e.getValue().toPlainString());
                w.write('\n');
            }
            if (summary.unmappedRowCount() > 0) {
                w.write(',');
                w.write(summary.unmappedTotal().toPlainString());
                w.write('\n');
            }
        }
    }
}
