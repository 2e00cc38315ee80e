package io.github.nhsstructure.examples;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.data.BundledDataProvider;
import io.github.nhsstructure.organisation.Organisation;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Prints what the bundled dataset costs: the time to load it (cold, in a fresh JVM, and warm) and the heap it
 * retains once loaded. Targets (README): retained heap at or under 64 MB; JVM start to first command-line
 * answer at or under 300 ms.
 *
 * <p>Run with {@code java -cp nhs-structure-examples/target/nhs-structure.jar
 * io.github.nhsstructure.examples.Footprint}. The heap figure is the used heap after a full collection with the
 * dataset held, minus the same before loading: an estimate, close but not exact, because the JVM decides when a
 * collection really completes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Footprint {

    private Footprint() {
    }

    /**
     * Runs the measurement.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        measure(System.out);
    }

    /**
     * Measures and prints.
     *
     * @param out  where to print, not null
     */
    static void measure(PrintStream out) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long beforeHeap = usedHeapAfterGc();
        long t0 = System.nanoTime();
        NhsStructure cold = NhsStructure.from(new BundledDataProvider());
        long coldNanos = System.nanoTime() - t0;
        long sinceJvmStart = System.currentTimeMillis() - jvmStart;
        long retained = usedHeapAfterGc() - beforeHeap;

        long warmBest = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            NhsStructure.from(new BundledDataProvider());
            warmBest = Math.min(warmBest, System.nanoTime() - t);
        }
        int links = 0;
        for (Organisation o : cold.organisations()) {
            links += o.relationships().size();
        }
        out.printf("dataset %s: %d organisations, %d links, %d successions%n", cold.dataVersion(),
                cold.organisations().size(), links, cold.successions().size());
        out.printf("load, cold: %d ms (JVM start to loaded: %d ms)%n", coldNanos / 1_000_000, sinceJvmStart);
        out.printf("load, warm (best of 5): %d ms%n", warmBest / 1_000_000);
        out.printf("retained heap: %.1f MB%n", retained / (1024.0 * 1024.0));
        // Keep the first structure reachable until after the measurement.
        if (cold.organisations().isEmpty()) {
            out.println("(empty dataset)");
        }
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
