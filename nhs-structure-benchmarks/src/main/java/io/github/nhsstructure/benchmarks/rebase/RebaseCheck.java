package io.github.nhsstructure.benchmarks.rebase;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.rebase.RebaseSummary;
import io.github.nhsstructure.rebase.Rebaser;
import io.github.nhsstructure.rebase.SeriesColumns;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks, before anything is timed, that the re-baser and DuckDB give the same answer digit for digit: the
 * CSV-to-CSV outputs are byte-identical, and the in-memory totals equal.
 *
 * <p>This class is a static utility.
 */
public final class RebaseCheck {

    private RebaseCheck() {
    }

    /**
     * Runs both on a generated series and compares.
     *
     * @param nhs  the structure, not null
     * @param rows  the number of rows to generate
     * @param seed  the seed
     * @param dir  a folder for the outputs, not null
     * @return a one-line description of what was compared, not null
     * @throws IllegalStateException if the answers differ, naming the first difference
     * @throws IOException if a file cannot be read or written
     * @throws SQLException if DuckDB fails
     */
    public static String agree(NhsStructure nhs, int rows, long seed, Path dir) throws IOException, SQLException {
        Path in = dir.resolve("check-" + rows + "-" + seed + ".csv");
        new SeriesGenerator(nhs).write(in, rows, seed);
        Path javaOut = dir.resolve("check-java.csv");
        Path duckOut = dir.resolve("check-duckdb.csv");
        RebaseSummary summary = RebaseInputs.csvToCsv(nhs, in, javaOut);
        if (!summary.balances()) {
            throw new IllegalStateException("the re-base does not balance: " + summary);
        }
        try (DuckDbRebase duck = new DuckDbRebase(nhs, SeriesGenerator.TARGET, RebaseInputs.POLICY)) {
            duck.csvToCsv(in, duckOut);
            List<String> a = Files.readAllLines(javaOut);
            List<String> b = Files.readAllLines(duckOut);
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String x = i < a.size() ? a.get(i) : "(none)";
                String y = i < b.size() ? b.get(i) : "(none)";
                if (!x.equals(y)) {
                    throw new IllegalStateException("CSV outputs differ at line " + (i + 1) + ": re-baser '" + x
                            + "', DuckDB '" + y + "'");
                }
            }
            duck.load(in);
            Map<String, BigDecimal> duckTotals = duck.inMemory();
            SeriesColumns columns = RebaseInputs.columns(nhs, rows, seed);
            RebaseSummary inMemory = Rebaser.onto(nhs, SeriesGenerator.TARGET, RebaseInputs.POLICY).rebase(columns);
            Map<String, BigDecimal> javaTotals = new TreeMap<>();
            for (Map.Entry<OdsCode, BigDecimal> e : inMemory.totals().entrySet()) {
                javaTotals.put(e.getKey().value(), e.getValue());
            }
            if (inMemory.unmappedRowCount() > 0) {
                javaTotals.put("", inMemory.unmappedTotal());
            }
            if (!javaTotals.equals(duckTotals)) {
                throw new IllegalStateException("in-memory totals differ: re-baser " + javaTotals.size()
                        + " codes, DuckDB " + duckTotals.size());
            }
            return rows + " rows (" + summary.unmappedRowCount() + " unmapped, " + summary.totals().size()
                    + " targets): CSV outputs byte-identical (" + a.size() + " lines), in-memory totals equal";
        }
    }
}
