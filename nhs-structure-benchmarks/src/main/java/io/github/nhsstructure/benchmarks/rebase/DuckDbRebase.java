package io.github.nhsstructure.benchmarks.rebase;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.rebase.SplitPolicy;
import io.github.nhsstructure.time.DateRange;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The peer of the re-base benchmarks: DuckDB, in process, doing the same work as {@code Rebaser} with SQL.
 *
 * <p>The mapping table is built from the bundled data through the library's public API, independently of the
 * re-baser's own tables, and loaded into a DuckDB table {@code map(code, first_day, last_day, target, whole,
 * sign, num, den)}: for each code and the range of row dates it maps (from its opening, and the data's coverage,
 * to the target date), one row per target. A split into {@code n} successors under {@link SplitPolicy#EQUAL}
 * gives each successor but the last its share {@code round_half_up(value / n)} and the last the whole value less
 * those shares (one {@code whole} row and {@code n - 1} negative share rows), exactly as {@code Rebaser}
 * defines shares, so the answers can be compared digit for digit. Rows without a match (unmapped) sum under a
 * null code.
 *
 * <p>This class is mutable (it holds a connection) and not thread-safe.
 */
public final class DuckDbRebase implements AutoCloseable {

    // Whole values and the unmapped ones (no match) as they are; shares rounded half away from zero with integer
    // arithmetic, which DuckDB checks for overflow.
    private static final String SHARE = "SUM(CASE WHEN m.code IS NULL THEN r.value WHEN m.whole THEN r.value * m.sign"
            + " ELSE m.sign * sign(r.value) * ((2 * abs(r.value) * m.num + m.den) // (2 * m.den)) END)";

    private final DuckDBConnection connection;

    /**
     * Opens an in-memory DuckDB database and loads the mapping table for a target date.
     *
     * @param nhs  the structure, not null
     * @param target  the target date, not null
     * @param policy  {@link SplitPolicy#FAIL} or {@link SplitPolicy#EQUAL}
     * @throws SQLException if DuckDB fails
     */
    public DuckDbRebase(NhsStructure nhs, LocalDate target, SplitPolicy policy) throws SQLException {
        connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE map (code VARCHAR, first_day DATE, last_day DATE, target VARCHAR,"
                    + " whole BOOLEAN, sign INTEGER, num BIGINT, den BIGINT)");
        }
        DateRange coverage = nhs.coverage().period();
        try (DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "map")) {
            for (Organisation o : nhs.organisations()) {
                LocalDate first = max(o.operationalPeriod().start(), coverage.start());
                LocalDate last = min(target, coverage.endInclusive());
                if (first.isAfter(last)) {
                    continue;
                }
                List<OdsCode> to = nhs.successors(o.code(), target).codes();
                if (to.isEmpty() || (to.size() > 1 && policy != SplitPolicy.EQUAL)) {
                    continue;
                }
                String code = o.code().value();
                int n = to.size();
                append(a, code, first, last, to.get(n - 1).value(), true, 1, 1, 1);
                for (int i = 0; i < n - 1; i++) {
                    append(a, code, first, last, to.get(i).value(), false, 1, 1, n);
                    append(a, code, first, last, to.get(n - 1).value(), false, -1, 1, n);
                }
            }
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static void append(DuckDBAppender a, String code, LocalDate first, LocalDate last, String target,
            boolean whole, int sign, long num, long den) throws SQLException {
        a.beginRow();
        a.append(code);
        a.append(first);
        a.append(last);
        a.append(target);
        a.append(whole);
        a.append(sign);
        a.append(num);
        a.append(den);
        a.endRow();
    }

    private static String join(String rows) {
        return "SELECT m.target AS code, " + SHARE + " AS value FROM " + rows
                + " r LEFT JOIN map m ON r.code = m.code AND r.date BETWEEN m.first_day AND m.last_day"
                + " GROUP BY m.target";
    }

    private static String readCsv(Path in) {
        return "read_csv('" + in.toAbsolutePath().toString().replace("'", "''") + "', header = true,"
                + " columns = {'code': 'VARCHAR', 'date': 'DATE', 'value': 'BIGINT'})";
    }

    /**
     * Re-bases a CSV file into a CSV file of {@code code,value} rows ordered by code, the unmapped total on the
     * row with an empty code.
     *
     * @param in  the series, not null
     * @param out  the output, not null
     * @throws SQLException if DuckDB fails
     */
    public void csvToCsv(Path in, Path out) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("COPY (" + join(readCsv(in)) + " ORDER BY code NULLS LAST) TO '"
                    + out.toAbsolutePath().toString().replace("'", "''") + "' (HEADER, DELIMITER ',')");
        }
    }

    /**
     * Loads a CSV file into the table {@code series}, for {@link #inMemory()}.
     *
     * @param in  the series, not null
     * @throws SQLException if DuckDB fails
     */
    public void load(Path in) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE series AS SELECT * FROM " + readCsv(in));
        }
    }

    /**
     * Re-bases the rows of the table {@code series} and fetches the totals: DuckDB's join and group.
     *
     * @return the total per code, the unmapped total under the key {@code ""}, not null
     * @throws SQLException if DuckDB fails
     */
    public Map<String, BigDecimal> inMemory() throws SQLException {
        Map<String, BigDecimal> totals = new TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement(join("series"));
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String code = r.getString(1);
                totals.put(code == null ? "" : code, new BigDecimal(r.getString(2)));
            }
        }
        return totals;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
