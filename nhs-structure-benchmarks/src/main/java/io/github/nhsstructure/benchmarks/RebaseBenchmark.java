package io.github.nhsstructure.benchmarks;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.benchmarks.rebase.DuckDbRebase;
import io.github.nhsstructure.benchmarks.rebase.RebaseInputs;
import io.github.nhsstructure.benchmarks.rebase.SeriesGenerator;
import io.github.nhsstructure.rebase.RebaseSummary;
import io.github.nhsstructure.rebase.Rebaser;
import io.github.nhsstructure.rebase.SeriesColumns;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Re-basing a generated series of (code, date, value) rows onto 2022-07-01 ({@link SeriesGenerator}), beside
 * DuckDB doing the same work in the same JVM ({@link DuckDbRebase}). Targets (issue 13): CSV to CSV at or under
 * DuckDB's time; the in-memory re-base at least 3 times faster than DuckDB's join and group.
 *
 * <p>Run with {@code java -jar nhs-structure-benchmarks/target/benchmarks.jar RebaseBenchmark}; the input
 * (10 million rows, about 240 MB) is generated once into the temporary folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class RebaseBenchmark {

    /** The number of rows. */
    @Param("10000000")
    public int rows;

    private NhsStructure nhs;
    private Path input;
    private Path javaOut;
    private Path duckOut;
    private Rebaser rebaser;
    private SeriesColumns columns;
    private DuckDbRebase duck;

    /**
     * Loads the data, generates the input if needed and loads it into DuckDB.
     *
     * @throws SQLException if DuckDB fails
     * @throws IOException if a file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException, IOException {
        nhs = NhsStructure.bundled();
        input = RebaseInputs.series(nhs, rows, SeriesGenerator.SEED);
        javaOut = Files.createTempFile("rebase-java-", ".csv");
        duckOut = Files.createTempFile("rebase-duckdb-", ".csv");
        rebaser = Rebaser.onto(nhs, SeriesGenerator.TARGET, RebaseInputs.POLICY);
        columns = RebaseInputs.columns(nhs, rows, SeriesGenerator.SEED);
        duck = new DuckDbRebase(nhs, SeriesGenerator.TARGET, RebaseInputs.POLICY);
        duck.load(input);
    }

    /**
     * Closes DuckDB and deletes the outputs.
     *
     * @throws SQLException if DuckDB fails
     * @throws IOException if a file cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException, IOException {
        duck.close();
        Files.deleteIfExists(javaOut);
        Files.deleteIfExists(duckOut);
    }

    /**
     * CSV to CSV: the plan for the target date built, the file streamed, the totals written.
     *
     * @return the summary
     * @throws IOException if a file cannot be read or written
     */
    @Benchmark
    public RebaseSummary csvToCsv() throws IOException {
        return RebaseInputs.csvToCsv(nhs, input, javaOut);
    }

    /**
     * DuckDB, CSV to CSV: read, join on code and date range, weighted sum, written.
     *
     * @return the output file
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public Path duckdbCsvToCsv() throws SQLException {
        duck.csvToCsv(input, duckOut);
        return duckOut;
    }

    /**
     * In memory: the rows already in arrays.
     *
     * @return the summary
     */
    @Benchmark
    public RebaseSummary inMemory() {
        return rebaser.rebase(columns);
    }

    /**
     * DuckDB in memory: the rows already in a table, joined and grouped, the totals fetched.
     *
     * @return the totals
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public Map<String, BigDecimal> duckdbInMemory() throws SQLException {
        return duck.inMemory();
    }
}
