package io.github.nhsstructure.benchmarks.probe;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.benchmarks.rebase.DuckDbRebase;
import io.github.nhsstructure.benchmarks.rebase.RebaseInputs;
import io.github.nhsstructure.benchmarks.rebase.SeriesGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Re-bases a CSV file into a CSV file once, in a JVM of its own, and prints the peak memory of the process:
 * {@code RebaseMemory java|duckdb IN OUT} prints {@code millis=N peakRssBytes=N peakHeapBytes=N}. Launched by
 * {@link io.github.nhsstructure.benchmarks.BenchmarkReport} with {@code -Xmx256m}: the run must succeed within that heap.
 */
public final class RebaseMemory {

    private RebaseMemory() {
    }

    /**
     * Runs one re-base.
     *
     * @param args  {@code java} or {@code duckdb}, the input and the output
     * @throws Exception if the re-base fails
     */
    public static void main(String[] args) throws Exception {
        NhsStructure nhs = NhsStructure.bundled();
        Path in = Path.of(args[1]);
        Path out = Path.of(args[2]);
        long t0 = System.nanoTime();
        if (args[0].equals("duckdb")) {
            try (DuckDbRebase duck = new DuckDbRebase(nhs, SeriesGenerator.TARGET, RebaseInputs.POLICY)) {
                t0 = System.nanoTime();
                duck.csvToCsv(in, out);
            }
        } else {
            RebaseInputs.csvToCsv(nhs, in, out);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("millis=" + millis + " peakRssBytes=" + peakRss() + " peakHeapBytes=" + heap);
    }

    /** The process's peak resident set (VmHWM of /proc/self/status), or -1 where there is none. */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
