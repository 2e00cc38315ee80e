package io.github.nhsstructure.benchmarks.probe;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.RelationshipType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;

/**
 * Measures, in a fresh JVM, what a library user sees first: the time from calling {@link NhsStructure#bundled()}
 * to the first answer (02P's ICB on 2022-07-01), and the heap the loaded data retains. Prints
 * {@code firstAnswerMillis=N heapAfterLoadBytes=N answer=CODE}.
 */
public final class FirstAnswer {

    private FirstAnswer() {
    }

    /**
     * Measures and prints.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        long t0 = System.nanoTime();
        NhsStructure nhs = NhsStructure.bundled();
        String answer = nhs.target(nhs.require("02P").code(), RelationshipType.PART_OF, LocalDate.of(2022, 7, 1))
                .map(Object::toString).orElse("none");
        long nanos = System.nanoTime() - t0;
        // Touch every layer, so that lazily read parts count in the heap figure.
        int names = 0;
        for (Organisation o : nhs.organisations()) {
            names += o.name().length() + o.relationships().size();
        }
        nhs.commissioningRules();
        long after = usedAfterGc(memory);
        System.out.println("firstAnswerMillis=" + nanos / 1e6 + " heapAfterLoadBytes=" + (after - before)
                + " answer=" + answer + " touched=" + names);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
