package io.github.nhsstructure.benchmarks;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
 * Point lookups on the bundled data. Target (README): "parent of X on D" at or under 50 ns.
 *
 * <p>Run with {@code java -jar nhs-structure-benchmarks/target/benchmarks.jar LookupBenchmark} after
 * {@code ./mvnw package}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LookupBenchmark {

    private NhsStructure nhs;
    private OdsCode sicbl;
    private LocalDate date;
    private StructureView view;
    private Organisation organisation;

    /** Loads the bundled data once. */
    @Setup
    public void setUp() {
        nhs = NhsStructure.bundled();
        sicbl = OdsCode.of("02P");
        date = LocalDate.of(2023, 1, 1);
        view = nhs.asOf(date);
        organisation = nhs.require(sicbl);
    }

    /**
     * The public point lookup: code, type and date to the target's code.
     *
     * @return the ICB of 02P on 2023-01-01
     */
    @Benchmark
    public Optional<OdsCode> parentOfCodeOnDate() {
        return nhs.target(sicbl, RelationshipType.PART_OF, date);
    }

    /**
     * The lookup on an organisation already in hand.
     *
     * @return the ICB of 02P on 2023-01-01
     */
    @Benchmark
    public Optional<OdsCode> parentOfOrganisationOnDate() {
        return organisation.target(RelationshipType.PART_OF, date);
    }

    /**
     * The chain of parents through a view.
     *
     * @return 02P's parents on 2023-01-01
     */
    @Benchmark
    public List<Organisation> chainOfParents() {
        return view.parents(organisation);
    }

    /**
     * Counting a kind on a date.
     *
     * @return the number of ICBs on 2023-01-01
     */
    @Benchmark
    public int countOfKind() {
        return view.count(OrganisationKind.ICB);
    }
}
