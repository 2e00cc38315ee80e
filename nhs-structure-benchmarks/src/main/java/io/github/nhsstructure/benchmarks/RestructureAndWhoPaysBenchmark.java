package io.github.nhsstructure.benchmarks;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.restructure.SuccessorResolution;
import io.github.nhsstructure.whopays.Determination;
import io.github.nhsstructure.whopays.PatientContext;
import io.github.nhsstructure.whopays.WhoPays;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Transitive successor resolution (target: at or under 200 ns) and a Who Pays? determination (target: at or under
 * 1 us) on the bundled data.
 *
 * <p>Run with {@code java -jar nhs-structure-benchmarks/target/benchmarks.jar RestructureAndWhoPaysBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RestructureAndWhoPaysBenchmark {

    private NhsStructure nhs;
    private WhoPays whoPays;
    private OdsCode merged;
    private LocalDate target;
    private PatientContext patient;

    /** Loads the bundled data once. */
    @Setup
    public void setUp() {
        nhs = NhsStructure.bundled();
        whoPays = WhoPays.of(nhs);
        merged = OdsCode.of("00C"); // Darlington CCG: merged into 16C on 2020-04-01
        target = LocalDate.of(2023, 1, 1);
        patient = PatientContext.builder(target, ServiceCategory.ACUTE_PLANNED)
                .registeredPractice("A81001").build();
    }

    /**
     * Follows 00C's succession to the sub-ICB location in force on 2023-01-01.
     *
     * @return the resolution
     */
    @Benchmark
    public SuccessorResolution transitiveSuccessor() {
        return nhs.successors(merged, target);
    }

    /**
     * Decides who pays for elective care of a patient of practice A81001 on 2023-01-01.
     *
     * @return the determination
     */
    @Benchmark
    public Determination whoPaysDetermination() {
        return whoPays.determine(patient);
    }
}
