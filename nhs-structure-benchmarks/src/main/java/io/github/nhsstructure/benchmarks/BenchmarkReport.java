package io.github.nhsstructure.benchmarks;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.benchmarks.probe.FirstAnswer;
import io.github.nhsstructure.benchmarks.probe.HelloWorld;
import io.github.nhsstructure.benchmarks.probe.RebaseMemory;
import io.github.nhsstructure.benchmarks.rebase.RebaseCheck;
import io.github.nhsstructure.benchmarks.rebase.RebaseInputs;
import io.github.nhsstructure.benchmarks.rebase.SeriesGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Measures every figure of issue 13 in one run and prints a table of each beside its target and, for the
 * re-base, its ratio to DuckDB doing the same work: {@code java -jar
 * nhs-structure-benchmarks/target/benchmarks.jar} from the repository root, after
 * {@code ./mvnw -q -DskipTests package}.
 *
 * <p>In order: a check that the re-baser and DuckDB agree digit for digit on a generated series (nothing is
 * timed if they do not); JMH for the re-base (CSV to CSV and in memory, each beside DuckDB), a point lookup and
 * a Who Pays? determination; repeated launches of a hello-world program and of the command line
 * ({@code org 02P --on 2022-07-01}), alternating, for the start-up ratio; launches of a program that times the
 * first answer after {@code NhsStructure.bundled()} and the heap the data retains; launches of one CSV-to-CSV
 * re-base with {@code -Xmx256m} for the peak memory, beside DuckDB's. Each figure is the median of its runs, with
 * the smallest and largest. Options: {@code --quick} (a 1-million-row input and fewer runs, to try the runner),
 * {@code --rows N}, {@code --cli PATH} (the command-line jar; by default
 * {@code nhs-structure-examples/target/nhs-structure.jar}). Any other first argument (a benchmark name such as
 * {@code LookupBenchmark}, or JMH's options) runs JMH's own command line.
 *
 * <p>This class is not instantiable.
 */
public final class BenchmarkReport {

    private static final Pattern FIELD = Pattern.compile("(\\w+)=([-0-9.]+)");

    private final boolean quick;
    private final int rows;
    private final Path cli;
    private final PrintStream log = System.err;
    private final List<String[]> table = new ArrayList<>();

    private BenchmarkReport(boolean quick, int rows, Path cli) {
        this.quick = quick;
        this.rows = rows;
        this.cli = cli;
    }

    /**
     * Runs every measurement and prints the table on standard output (progress on standard error).
     *
     * @param args  {@code [--quick] [--rows N] [--cli PATH]}, or JMH's arguments
     * @throws Exception if a measurement fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && !args[0].startsWith("--")) {
            // A benchmark name or JMH's own options: JMH's command line, as before.
            org.openjdk.jmh.Main.main(args);
            return;
        }
        boolean quick = false;
        int rows = 10_000_000;
        Path cli = Path.of("nhs-structure-examples/target/nhs-structure.jar");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick":
                    quick = true;
                    rows = 1_000_000;
                    break;
                case "--rows":
                    rows = Integer.parseInt(args[++i]);
                    break;
                case "--cli":
                    cli = Path.of(args[++i]);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + "; expected --quick, --rows N or --cli PATH");
            }
        }
        new BenchmarkReport(quick, rows, cli).run(System.out);
    }

    private void run(PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("nhs-structure-report-");
        NhsStructure nhs = NhsStructure.bundled();
        log.println("checking that the re-baser and DuckDB agree...");
        String agreement = RebaseCheck.agree(nhs, quick ? 20_000 : 200_000, SeriesGenerator.SEED + 1, dir);
        log.println("  " + agreement);
        log.println("generating " + rows + " rows (once; kept in " + RebaseInputs.folder() + ")...");
        Path input = RebaseInputs.series(nhs, rows, SeriesGenerator.SEED);

        Map<String, List<Double>> jmh = jmh(dir);
        List<Double> csv = jmh.get("RebaseBenchmark.csvToCsv");
        List<Double> duckCsv = jmh.get("RebaseBenchmark.duckdbCsvToCsv");
        List<Double> memory = jmh.get("RebaseBenchmark.inMemory");
        List<Double> duckMemory = jmh.get("RebaseBenchmark.duckdbInMemory");
        String million = String.format(Locale.ROOT, "%,d", rows);
        row("Re-base CSV to CSV, " + million + " rows", ms(csv), "at or under DuckDB",
                ratio(median(csv) / median(duckCsv), "x DuckDB's time"), median(csv) <= median(duckCsv));
        row("  DuckDB, same work", ms(duckCsv), "", "", null);
        row("Re-base in memory (arrays), " + million + " rows", ms(memory), "3x faster than DuckDB",
                ratio(median(duckMemory) / median(memory), "x faster than DuckDB"),
                median(duckMemory) / median(memory) >= 3);
        row("  DuckDB join and group, rows in a table", ms(duckMemory), "", "", null);

        Map<String, List<Double>> peak = memory(input, dir);
        List<Double> javaRss = peak.get("java.peakRssBytes");
        List<Double> duckRss = peak.get("duckdb.peakRssBytes");
        row("Peak memory, CSV to CSV with -Xmx256m (RSS)", mb(javaRss), "at or under 256 MB",
                ratio(median(javaRss) / median(duckRss), "x DuckDB's RSS"), median(javaRss) <= 256 * 1048576.0);
        row("  peak heap of that run", mb(peak.get("java.peakHeapBytes")), "", "", null);
        row("  DuckDB, same work, same JVM settings (RSS)", mb(duckRss), "", "", null);

        Map<String, List<Double>> start = starts(dir);
        List<Double> hello = start.get("hello");
        List<Double> first = start.get("cli");
        row("JVM start to first CLI answer (org 02P --on 2022-07-01)", ms(first), "at or under 2.5x hello world",
                ratio(median(first) / median(hello), "x hello world"), median(first) <= 2.5 * median(hello));
        row("  hello-world Java program, same run", ms(hello), "", "", null);
        List<Double> answer = start.get("firstAnswerMillis");
        row("First answer after NhsStructure.bundled() (fresh JVM)", ms(answer), "at or under 150 ms", "",
                median(answer) <= 150);
        List<Double> heap = start.get("heapAfterLoadBytes");
        row("Heap retained by the loaded data", mb(heap), "at or under 64 MB", "", median(heap) <= 64 * 1048576.0);
        List<Double> lookup = jmh.get("LookupBenchmark.parentOfCodeOnDate");
        row("Point lookup: parent of a code on a date", ns(lookup), "at or under 50 ns", "", median(lookup) <= 50);
        List<Double> whoPays = jmh.get("RestructureAndWhoPaysBenchmark.whoPaysDetermination");
        row("Who Pays? determination", ns(whoPays), "at or under 1 us", "", median(whoPays) <= 1000);

        out.println("Check: " + agreement);
        out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " processors, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch"));
        out.println();
        out.println("| figure | median (min - max) | target | ratio | met |");
        out.println("|---|---|---|---|---|");
        for (String[] r : table) {
            out.println("| " + String.join(" | ", r) + " |");
        }
    }

    private Map<String, List<Double>> jmh(Path dir) throws Exception {
        log.println("JMH (its log: " + dir.resolve("jmh.log") + ")...");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(RebaseBenchmark.class.getName() + "\\.")
                .include(LookupBenchmark.class.getName() + "\\.parentOfCodeOnDate$")
                .include(RestructureAndWhoPaysBenchmark.class.getName() + "\\.whoPaysDetermination$")
                .param("rows", Integer.toString(rows))
                .output(dir.resolve("jmh.log").toString());
        if (quick) {
            options.warmupIterations(2).measurementIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, List<Double>> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            List<Double> list = scores.computeIfAbsent(name, k -> new ArrayList<>());
            for (BenchmarkResult b : result.getBenchmarkResults()) {
                for (IterationResult i : b.getIterationResults()) {
                    list.add(i.getPrimaryResult().getScore());
                }
            }
        }
        return scores;
    }

    private Map<String, List<Double>> memory(Path input, Path dir) throws Exception {
        log.println("peak memory of one CSV-to-CSV re-base, -Xmx256m...");
        Map<String, List<Double>> values = new LinkedHashMap<>();
        int runs = quick ? 1 : 3;
        for (int i = 0; i < runs; i++) {
            for (String who : List.of("java", "duckdb")) {
                String output = launch(List.of(java(), "-Xmx256m", "-cp", ownJar().toString(),
                        RebaseMemory.class.getName(), who, input.toString(), dir.resolve(who + "-out.csv").toString()));
                collect(output, who + ".", values);
            }
        }
        return values;
    }

    private Map<String, List<Double>> starts(Path dir) throws Exception {
        Path hello = dir.resolve("hello");
        String classFile = HelloWorld.class.getName().replace('.', '/') + ".class";
        Path target = hello.resolve(classFile);
        Files.createDirectories(target.getParent());
        try (InputStream in = BenchmarkReport.class.getResourceAsStream("/" + classFile)) {
            Files.copy(in, target);
        }
        List<String> helloCommand = List.of(java(), "-cp", hello.toString(), HelloWorld.class.getName());
        List<String> cliCommand = List.of(java(), "-jar", cli.toString(), "org", "02P", "--on", "2022-07-01");
        Map<String, List<Double>> values = new LinkedHashMap<>();
        int runs = quick ? 3 : 15;
        log.println("start-up: " + runs + " launches each of hello world and the command line, alternating...");
        boolean haveCli = Files.isRegularFile(cli);
        if (!haveCli) {
            log.println("  " + cli + " not found: build it with ./mvnw -q -DskipTests package");
        }
        for (int i = -2; i < runs; i++) {
            double h = timed(helloCommand);
            double c = haveCli ? timed(cliCommand) : Double.NaN;
            if (i >= 0) {
                values.computeIfAbsent("hello", k -> new ArrayList<>()).add(h);
                values.computeIfAbsent("cli", k -> new ArrayList<>()).add(c);
            }
        }
        int probes = quick ? 3 : 9;
        log.println("first answer and heap: " + probes + " launches...");
        for (int i = 0; i < probes; i++) {
            collect(launch(List.of(java(), "-cp", ownJar().toString(), FirstAnswer.class.getName())), "", values);
        }
        return values;
    }

    private static void collect(String output, String prefix, Map<String, List<Double>> values) {
        Matcher m = FIELD.matcher(output);
        while (m.find()) {
            values.computeIfAbsent(prefix + m.group(1), k -> new ArrayList<>()).add(Double.parseDouble(m.group(2)));
        }
    }

    private static double timed(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        launch(command);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String launch(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        int status = p.waitFor();
        String output = new String(bytes, StandardCharsets.UTF_8);
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + status + ": " + output);
        }
        return output;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path ownJar() throws URISyntaxException {
        return Path.of(BenchmarkReport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private void row(String figure, String value, String target, String ratio, Boolean met) {
        table.add(new String[] {figure, value, target, ratio, met == null ? "" : met ? "yes" : "**no**"});
    }

    static double median(List<Double> values) {
        if (values == null || values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String spread(List<Double> values, double scale, String format, String unit) {
        if (values == null || values.isEmpty()) {
            return "not measured";
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, format + " " + unit + " (" + format + " - " + format + ")",
                median(values) / scale, min / scale, max / scale);
    }

    static String ms(List<Double> values) {
        return spread(values, 1, "%.0f", "ms");
    }

    static String ns(List<Double> values) {
        return spread(values, 1, "%.0f", "ns");
    }

    static String mb(List<Double> values) {
        return spread(values, 1048576.0, "%.0f", "MB");
    }

    static String ratio(double ratio, String what) {
        return String.format(Locale.ROOT, "%.2f%s", ratio, what);
    }
}
