package io.github.nhsstructure.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.benchmarks.rebase.RebaseCheck;
import io.github.nhsstructure.benchmarks.rebase.RebaseInputs;
import io.github.nhsstructure.benchmarks.rebase.SeriesGenerator;
import io.github.nhsstructure.rebase.RebaseSummary;
import io.github.nhsstructure.rebase.Rebaser;
import io.github.nhsstructure.rebase.UnmappedReason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runner's correctness parts on a tiny input: the generator and the agreement with DuckDB. */
class RebaseCheckTest {

    private static final NhsStructure NHS = NhsStructure.bundled();

    @Test
    void theReBaserAndDuckDbAgreeDigitForDigitOnAGeneratedSeries(@TempDir Path dir) throws Exception {
        String result = RebaseCheck.agree(NHS, 5_000, SeriesGenerator.SEED, dir);
        assertThat(result).startsWith("5000 rows").contains("CSV outputs byte-identical", "in-memory totals equal");
    }

    @Test
    void theGeneratorIsDeterministicAndExercisesSplitsAndEveryKindOfUnmappedRow(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        SeriesGenerator generator = new SeriesGenerator(NHS);
        generator.write(a, 20_000, 7);
        generator.write(b, 20_000, 7);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllLines(a)).hasSize(20_001).first().isEqualTo("code,date,value");
        assertThat(generator.splitCodes()).isNotEmpty();

        RebaseSummary s = Rebaser.onto(NHS, SeriesGenerator.TARGET, RebaseInputs.POLICY).rebase(a);
        assertThat(s.balances()).isTrue();
        assertThat(s.unmappedRows().keySet()).containsAll(List.of(UnmappedReason.AFTER_TARGET,
                UnmappedReason.UNKNOWN_CODE, UnmappedReason.BEFORE_OPENED, UnmappedReason.NO_SUCCESSOR));
        // A few percent unmapped.
        assertThat(s.unmappedRowCount()).isBetween(400L, 1_200L);
        RebaseSummary fail = Rebaser.onto(NHS, SeriesGenerator.TARGET, io.github.nhsstructure.rebase.SplitPolicy.FAIL)
                .rebase(a);
        assertThat(fail.unmappedRows()).containsKey(UnmappedReason.SPLIT_REFUSED);
    }
}
