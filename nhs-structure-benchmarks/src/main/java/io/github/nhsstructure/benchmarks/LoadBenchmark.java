package io.github.nhsstructure.benchmarks;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.data.BundledDataProvider;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled dataset: the cold load (first iteration of each fork, as the command-line program sees it)
 * and the warm load.
 *
 * <p>Run with {@code java -jar nhs-structure-benchmarks/target/benchmarks.jar LoadBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 10)
@Fork(3)
public class LoadBenchmark {

    /**
     * Reads, checks and indexes the bundled data.
     *
     * @return the structure
     */
    @Benchmark
    public NhsStructure load() {
        return NhsStructure.from(new BundledDataProvider());
    }
}
