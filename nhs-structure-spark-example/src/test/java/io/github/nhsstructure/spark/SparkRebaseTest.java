package io.github.nhsstructure.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.rebase.SplitPolicy;
import io.github.nhsstructure.rebase.UnmappedReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark in local mode re-bases a few hundred thousand generated rows and its totals equal the library's own
 * re-base of the same rows, exactly: per organisation, unmapped per reason, and in total.
 */
class SparkRebaseTest {

    private static final NhsStructure NHS = NhsStructure.bundled();
    /** After the April 2026 ICB mergers: CCGs, PCTs and the 42 ICBs of 2022 all re-based onto 36 ICBs. */
    private static final LocalDate TARGET = LocalDate.of(2026, 4, 1);
    private static final int ROWS = 300_000;
    private static final long SEED = 20_261_202L;
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        System.out.println("SparkRebaseTest: seed " + SEED + ", " + ROWS + " rows onto " + TARGET);
        spark = SparkSession.builder().appName("SparkRebaseTest").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void sparkTotalsEqualTheLibrarysOwnRebaseOfTheSameRows() {
        SyntheticSeries series = SyntheticSeries.of(NHS, TARGET, SEED);
        Broadcast<RebaseSnapshot> snapshot = SparkRebase.broadcast(spark, NHS, TARGET, SplitPolicy.EQUAL);
        assertThat(snapshot.value().splitCount()).as("codes split between successors by %s", TARGET).isPositive();

        RebaseTotals onSpark = SparkRebase.totals(SparkRebase.generate(spark, series, ROWS, 4), snapshot);
        RebaseTotals library = SparkRebase.library(NHS, series, ROWS, SplitPolicy.EQUAL);

        assertThat(onSpark).isEqualTo(library);
        assertThat(onSpark.rows()).isEqualTo(ROWS);
        assertThat(onSpark.balances()).isTrue();
        // Every way a row can fail is exercised, and merges and splits reach the 2026 ICBs.
        assertThat(onSpark.unmappedRows().keySet()).contains(UnmappedReason.AFTER_TARGET,
                UnmappedReason.OUTSIDE_COVERAGE, UnmappedReason.UNKNOWN_CODE, UnmappedReason.ONS_CODE_NOT_BORNE,
                UnmappedReason.BEFORE_OPENED, UnmappedReason.NO_SUCCESSOR);
        assertThat(onSpark.totals()).containsKey("QF7").hasSizeGreaterThan(1_000);
        // Merged away: 00F into 13T in 2015, 00C into 16C in 2020; their values went to what was in force.
        assertThat(onSpark.totals().keySet()).doesNotContain("00F", "00C");
    }

    @Test
    void splitsFollowTheWeightsAndAMissingWeightLeavesTheRowUnmapped() {
        SyntheticSeries series = SyntheticSeries.of(NHS, TARGET, SEED + 1);
        // Weights for every successor of every split but the first, whose rows are then unmapped.
        RebaseSnapshot equal = RebaseSnapshot.of(NHS, TARGET, SplitPolicy.EQUAL);
        Map<OdsCode, BigDecimal> weights = new TreeMap<>();
        int n = 0;
        for (String split : equal.splitCodes()) {
            for (OdsCode successor : NHS.successors(split, TARGET).codes()) {
                weights.put(successor, BigDecimal.valueOf(7 + (n++ % 5) * 3, 1));
            }
        }
        weights.remove(NHS.successors(equal.splitCodes().get(0), TARGET).codes().get(0));
        SplitPolicy policy = SplitPolicy.weights(weights);

        RebaseTotals onSpark = SparkRebase.totals(SparkRebase.generate(spark, series, ROWS / 3, 3),
                SparkRebase.broadcast(spark, NHS, TARGET, policy));

        assertThat(onSpark).isEqualTo(SparkRebase.library(NHS, series, ROWS / 3, policy));
        assertThat(onSpark.balances()).isTrue();
    }

    @Test
    void aSplitUnderFailIsUnmappedAsInTheLibrary() {
        SyntheticSeries series = SyntheticSeries.of(NHS, TARGET, SEED + 2);

        RebaseTotals onSpark = SparkRebase.totals(SparkRebase.generate(spark, series, ROWS / 10, 2),
                SparkRebase.broadcast(spark, NHS, TARGET, SplitPolicy.FAIL));

        assertThat(onSpark).isEqualTo(SparkRebase.library(NHS, series, ROWS / 10, SplitPolicy.FAIL));
        assertThat(onSpark.unmappedRows()).containsKey(UnmappedReason.SPLIT_REFUSED);
    }

    @Test
    void theSnapshotIsCompactAndNeedsNoDataset() throws Exception {
        RebaseSnapshot snapshot = RebaseSnapshot.of(NHS, TARGET, SplitPolicy.EQUAL);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(snapshot);
        }
        System.out.println("SparkRebaseTest: snapshot of " + snapshot.codeCount() + " codes, " + bytes.size()
                + " bytes serialised");
        assertThat(snapshot.codeCount()).isEqualTo(NHS.organisations().size());
        assertThat(bytes.size()).isLessThan(4 << 20);
        // What an executor gets: the snapshot alone, read back, maps a merged CCG to its successor.
        RebaseSnapshot copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (RebaseSnapshot) in.readObject();
        }
        Map<String, BigDecimal> shares = new TreeMap<>();
        copy.rebase("00C", LocalDate.of(2016, 6, 1).toEpochDay(), new BigDecimal("12.34"), new RebaseSnapshot.Sink() {
            @Override
            public void share(String target, BigDecimal share) {
                shares.put(target, share);
            }

            @Override
            public void unmapped(UnmappedReason reason, BigDecimal value) {
                shares.put(reason.name(), value);
            }
        });
        assertThat(shares).containsExactly(Map.entry(NHS.successors("00C", TARGET).codes().get(0).value(),
                new BigDecimal("12.34")));
    }

    @Test
    void theValueColumnMustBeADecimal() {
        Dataset<Row> rows = spark.sql("SELECT '02P' AS code, DATE'2020-01-01' AS date, 1.5D AS value");
        Broadcast<RebaseSnapshot> snapshot = SparkRebase.broadcast(spark, NHS, TARGET, SplitPolicy.EQUAL);

        assertThatThrownBy(() -> SparkRebase.shares(rows, snapshot)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decimal of scale 0 to 18, not double");
    }

    @Test
    void aCodeWrittenAnyWayAndAnOnsCodeMapLikeTheLibrary() {
        Dataset<Row> rows = spark.sql("SELECT * FROM VALUES "
                + "(' 02p ', DATE'2023-01-01', 10.00BD), "          // a sub-ICB location, padded, lower case
                + "('E38000006', DATE'2023-01-01', 5.00BD), "      // 02P's ONS code on that date
                + "('E40000009', DATE'2023-01-01', 1.00BD) "       // Y63's ONS code until 2022-06-30: not borne
                + "AS t(code, date, value)");

        RebaseTotals totals = SparkRebase.totals(rows,
                SparkRebase.broadcast(spark, NHS, LocalDate.of(2023, 1, 1), SplitPolicy.EQUAL));

        assertThat(totals.totals()).containsExactly(Map.entry("02P", new BigDecimal("15")));
        assertThat(totals.unmappedRows()).containsExactly(Map.entry(UnmappedReason.ONS_CODE_NOT_BORNE, 1L));
    }
}
