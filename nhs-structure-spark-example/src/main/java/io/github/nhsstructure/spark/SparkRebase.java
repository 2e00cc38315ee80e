package io.github.nhsstructure.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.rebase.Rebaser;
import io.github.nhsstructure.rebase.SeriesColumns;
import io.github.nhsstructure.rebase.SplitPolicy;
import io.github.nhsstructure.rebase.UnmappedReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Re-bases a DataFrame of {@code (code, date, value)} rows onto the structure of a target date on Spark, with the
 * same results as the library's {@link Rebaser}.
 *
 * <p>The driver builds a {@link RebaseSnapshot} of the target date with the library (a few megabytes of arrays) and
 * broadcasts it; a user-defined function reads the broadcast snapshot on the executors and turns each row into its
 * shares per organisation in force on the target date, or its value and the reason it cannot be mapped; the shares
 * are exploded and summed per organisation and per reason. The executors never load the dataset. A value's decimal
 * places are its column's scale (0 to 18): a column of {@code decimal(18,2)} re-bases every value as if written with
 * two decimals, and a split share is rounded to them.
 *
 * <p>As a program ({@code spark-submit} or {@code exec:exec}, see the README) it re-bases a CSV file
 * ({@code code,date,value} with a header) or generated rows ({@link SyntheticSeries}), prints the totals and, with
 * {@code --check}, compares them with the library's own re-base of the same rows on the driver.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SparkRebase {

    /** The columns of a series: {@code code} (string), {@code date} (date), {@code value} (decimal). */
    public static final List<String> COLUMNS = List.of("code", "date", "value");

    private SparkRebase() {
    }

    /**
     * Builds the snapshot of a target date on the driver and broadcasts it.
     *
     * @param spark  the session, not null
     * @param structure  the structure, not null
     * @param target  the target date, not null
     * @param policy  what to do with splits, not null
     * @return the broadcast snapshot, not null
     */
    public static Broadcast<RebaseSnapshot> broadcast(SparkSession spark, NhsStructure structure, LocalDate target,
            SplitPolicy policy) {
        RebaseSnapshot snapshot = RebaseSnapshot.of(structure, target, policy);
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(snapshot);
    }

    /**
     * Maps every row to its shares: one output row per share ({@code target} the organisation's code, {@code share}
     * the amount, {@code reason} null), or per unmapped row ({@code target} null, {@code share} the value,
     * {@code reason} an {@link UnmappedReason} name).
     *
     * @param rows  the series: {@code code} string, {@code date} date, {@code value} decimal of scale 0 to 18, not null
     * @param snapshot  the broadcast snapshot, not null
     * @return the shares, lazily computed, with {@code share} of the value's type, not null
     * @throws IllegalArgumentException if the value column is not a decimal of scale 0 to 18
     */
    public static Dataset<Row> shares(Dataset<Row> rows, Broadcast<RebaseSnapshot> snapshot) {
        DecimalType valueType = valueType(rows);
        StructType share = new StructType().add("target", DataTypes.StringType, true)
                .add("share", valueType, false).add("reason", DataTypes.StringType, true);
        UDF3<String, Object, BigDecimal, List<Row>> map = (code, date, value) -> {
            if (code == null || date == null || value == null) {
                throw new IllegalArgumentException("a row has no " + (code == null ? "code" : date == null ? "date"
                        : "value") + ": every row needs a code, a date and a value");
            }
            List<Row> out = new ArrayList<>(2);
            snapshot.value().rebase(code, epochDay(date), value, new RebaseSnapshot.Sink() {
                @Override
                public void share(String target, BigDecimal amount) {
                    out.add(RowFactory.create(target, amount, null));
                }

                @Override
                public void unmapped(UnmappedReason reason, BigDecimal amount) {
                    out.add(RowFactory.create(null, amount, reason.name()));
                }
            });
            return out;
        };
        UserDefinedFunction rebase = udf(map, DataTypes.createArrayType(share, false));
        return rows.select(explode(rebase.apply(col("code"), col("date"), col("value"))).as("s"))
                .select(col("s.target").as("target"), col("s.share").as("share"), col("s.reason").as("reason"));
    }

    /**
     * Re-bases a series and collects the totals to the driver: the sum per organisation, the unmapped total and
     * rows per reason, and the input's row count and total.
     *
     * @param rows  the series, not null
     * @param snapshot  the broadcast snapshot, not null
     * @return the totals, not null
     */
    public static RebaseTotals totals(Dataset<Row> rows, Broadcast<RebaseSnapshot> snapshot) {
        Dataset<Row> shares = shares(rows, snapshot);
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (Row r : shares.where(col("target").isNotNull()).groupBy("target").agg(sum("share")).collectAsList()) {
            totals.put(r.getString(0), r.getDecimal(1));
        }
        BigDecimal unmappedTotal = BigDecimal.ZERO;
        Map<UnmappedReason, Long> unmapped = new EnumMap<>(UnmappedReason.class);
        for (Row r : shares.where(col("reason").isNotNull()).groupBy("reason").agg(sum("share"), count(lit(1)))
                .collectAsList()) {
            unmappedTotal = unmappedTotal.add(r.getDecimal(1));
            unmapped.put(UnmappedReason.valueOf(r.getString(0)), r.getLong(2));
        }
        Row input = rows.agg(count(lit(1)), sum("value")).first();
        BigDecimal inputTotal = input.isNullAt(1) ? BigDecimal.ZERO : input.getDecimal(1);
        return new RebaseTotals(snapshot.value().target(), totals, input.getLong(0), inputTotal, unmappedTotal,
                unmapped);
    }

    /**
     * Generates a series on the cluster: {@code rows} rows of a {@link SyntheticSeries}, each computed where it is
     * needed from its index.
     *
     * @param spark  the session, not null
     * @param series  the generator, not null
     * @param rows  the number of rows
     * @param partitions  the number of partitions, at least 1
     * @return the series ({@code code}, {@code date}, {@code value} as {@code decimal(18,2)}), not null
     */
    public static Dataset<Row> generate(SparkSession spark, SyntheticSeries series, long rows, int partitions) {
        StructType schema = new StructType().add("code", DataTypes.StringType, false)
                .add("day", DataTypes.IntegerType, false)
                .add("value", DataTypes.createDecimalType(18, SyntheticSeries.SCALE), false);
        // The generator's candidate table is broadcast like the snapshot, not shipped with every task.
        Broadcast<SyntheticSeries> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(series);
        return spark.range(0, rows, 1, partitions)
                .map((MapFunction<Long, Row>) i -> {
                    SyntheticSeries s = shared.value();
                    return RowFactory.create(s.code(i), s.epochDay(i),
                            BigDecimal.valueOf(s.unscaledValue(i), SyntheticSeries.SCALE));
                }, Encoders.row(schema))
                .select(col("code"), expr("date_from_unix_date(day)").as("date"), col("value"));
    }

    /**
     * Re-bases the same generated rows with the library on the driver: the reference the Spark result must equal.
     *
     * @param structure  the structure, not null
     * @param series  the generator, not null
     * @param rows  the number of rows, small enough to hold in the driver's memory
     * @param policy  what to do with splits, not null
     * @return the library's totals, not null
     */
    public static RebaseTotals library(NhsStructure structure, SyntheticSeries series, int rows, SplitPolicy policy) {
        String[] codes = new String[rows];
        int[] days = new int[rows];
        long[] values = new long[rows];
        for (int i = 0; i < rows; i++) {
            codes[i] = series.code(i);
            days[i] = series.epochDay(i);
            values[i] = series.unscaledValue(i);
        }
        return RebaseTotals.of(Rebaser.onto(structure, series.target(), policy)
                .rebase(SeriesColumns.of(codes, days, values, SyntheticSeries.SCALE)));
    }

    private static DecimalType valueType(Dataset<Row> rows) {
        if (!(rows.schema().apply("value").dataType() instanceof DecimalType type) || type.scale() > 18
                || type.scale() < 0) {
            throw new IllegalArgumentException("the value column must be a decimal of scale 0 to 18, not "
                    + rows.schema().apply("value").dataType().simpleString());
        }
        return DataTypes.createDecimalType(38, type.scale());
    }

    private static long epochDay(Object date) {
        if (date instanceof LocalDate d) {
            return d.toEpochDay();
        }
        if (date instanceof java.sql.Date d) {
            return d.toLocalDate().toEpochDay();
        }
        throw new IllegalArgumentException("the date column must be a date, not " + date.getClass().getName());
    }

    /**
     * Runs the program: {@code --target DATE (--input CSV | --generate N) [--split equal|fail] [--scale S]
     * [--check] [--output DIR]}.
     *
     * @param args  the arguments, not null
     */
    public static void main(String[] args) {
        int status = new CommandLine(new Program()).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * The program's options.
     *
     * <p>This class is mutable (picocli populates it) and not thread-safe.
     */
    @Command(name = "spark-rebase", mixinStandardHelpOptions = true,
            description = "Re-bases (code, date, value) rows onto the structure of a target date on Spark.")
    static final class Program implements Callable<Integer> {

        @Option(names = "--target", required = true, paramLabel = "DATE", description = "The target date, yyyy-MM-dd.")
        private LocalDate target = LocalDate.EPOCH;

        @Option(names = "--input", paramLabel = "CSV",
                description = "A CSV file or folder with a header code,date,value (dates yyyy-MM-dd).")
        private Optional<String> input = Optional.empty();

        @Option(names = "--generate", paramLabel = "N", description = "Re-base N generated rows instead.")
        private Optional<Long> generate = Optional.empty();

        @Option(names = "--seed", paramLabel = "S", description = "The seed of generated rows; default: 1.")
        private long seed = 1;

        @Option(names = "--split", paramLabel = "POLICY", description = "equal (default) or fail.")
        private String split = "equal";

        @Option(names = "--scale", paramLabel = "S", description = "Decimal places of a CSV's values; default: 2.")
        private int scale = 2;

        @Option(names = "--partitions", paramLabel = "P", description = "Partitions of generated rows; default: 8.")
        private int partitions = 8;

        @Option(names = "--master", paramLabel = "URL",
                description = "The Spark master when not run by spark-submit, such as local[2].")
        private Optional<String> master = Optional.empty();

        @Option(names = "--check", description = "Also re-base the generated rows with the library on the driver "
                + "and compare (at most 10,000,000 rows).")
        private boolean check;

        @Option(names = "--output", paramLabel = "DIR",
                description = "Write the totals (DIR/totals) and unmapped rows per reason (DIR/unmapped) as CSV.")
        private Optional<String> output = Optional.empty();

        @Override
        public Integer call() {
            SplitPolicy policy = switch (split) {
                case "equal" -> SplitPolicy.EQUAL;
                case "fail" -> SplitPolicy.FAIL;
                default -> throw new CommandLine.ParameterException(new CommandLine(this),
                        "--split must be equal or fail, not " + split);
            };
            if (input.isPresent() == generate.isPresent()) {
                throw new CommandLine.ParameterException(new CommandLine(this), "give either --input or --generate");
            }
            SparkSession.Builder builder = SparkSession.builder().appName("nhs-structure re-base onto " + target);
            master.ifPresent(builder::master);
            if (master.filter(m -> m.startsWith("local")).isPresent()) {
                // A local run listens on the loopback interface only.
                builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
            SparkSession spark = builder.getOrCreate();
            try {
                NhsStructure structure = NhsStructure.bundled();
                Broadcast<RebaseSnapshot> snapshot = broadcast(spark, structure, target, policy);
                SyntheticSeries series = SyntheticSeries.of(structure, target, seed);
                Dataset<Row> rows = input.isPresent()
                        ? spark.read().option("header", "true")
                                .schema("code STRING, date DATE, value DECIMAL(38," + scale + ")").csv(input.get())
                        : generate(spark, series, generate.get(), partitions);
                RebaseTotals totals = totals(rows, snapshot);
                print(totals);
                if (output.isPresent()) {
                    Dataset<Row> shares = shares(rows, snapshot);
                    shares.where(col("target").isNotNull()).groupBy("target").agg(sum("share").as("total"))
                            .orderBy("target").coalesce(1).write().option("header", "true")
                            .csv(output.get() + "/totals");
                    shares.where(col("reason").isNotNull()).groupBy("reason")
                            .agg(count(lit(1)).as("rows"), sum("share").as("total")).orderBy("reason").coalesce(1)
                            .write().option("header", "true").csv(output.get() + "/unmapped");
                }
                if (check) {
                    if (generate.isEmpty() || generate.get() > 10_000_000) {
                        throw new CommandLine.ParameterException(new CommandLine(this),
                                "--check needs --generate of at most 10,000,000 rows");
                    }
                    RebaseTotals library = library(structure, series, generate.get().intValue(), policy);
                    boolean equal = library.equals(totals);
                    System.out.println("equal to the library's own re-base of the same rows: " + (equal ? "yes" : "NO"));
                    return equal ? 0 : 1;
                }
                return 0;
            } finally {
                spark.stop();
            }
        }

        private static void print(RebaseTotals t) {
            System.out.println("target " + t.target() + ": " + t.rows() + " rows, input total " + t.inputTotal());
            System.out.println("mapped: " + t.mappedTotal() + " to " + t.totals().size()
                    + " organisations in force on the target date");
            System.out.println("unmapped: " + t.unmappedTotal() + " in " + t.unmappedRows().values().stream()
                    .mapToLong(Long::longValue).sum() + " rows " + t.unmappedRows());
            System.out.println("balances: " + (t.balances() ? "yes" : "NO"));
        }
    }
}
