package io.github.nhsstructure.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed dataset is exactly what the generator makes from the committed raw inputs: anyone changing the
 * generator or a raw file must regenerate (DATA.md), and the output is deterministic.
 */
class GeneratorReproducibilityTest {

    private static final String HINT = " differs from what the generator makes from nhs-structure-generator/raw;"
            + " regenerate with `" + Generator.REGENERATE_COMMAND + "` (from the repository root) and commit the"
            + " result";

    private static Generator.Output output;

    @BeforeAll
    static void generate() {
        output = Generator.generate(Paths.RAW);
    }

    @Test
    void everyGeneratedFileIsByteIdenticalToTheCommittedOne(@TempDir Path temp) throws IOException {
        DatasetWriter.write(temp, output.dataset());
        for (String file : Generator.datasetFiles()) {
            Path committed = Paths.DATA.resolve(file);
            assertThat(committed).as(committed + " is missing;" + HINT).exists();
            assertThat(new String(Files.readAllBytes(temp.resolve(file)), StandardCharsets.UTF_8))
                    .as(committed + HINT)
                    .isEqualTo(new String(Files.readAllBytes(committed), StandardCharsets.UTF_8));
            assertThat(Files.readAllBytes(temp.resolve(file))).as(committed + HINT)
                    .isEqualTo(Files.readAllBytes(committed));
        }
    }

    @Test
    void theCommittedFolderHoldsNoOtherDatasetFile() throws IOException {
        try (Stream<Path> files = Files.list(Paths.DATA)) {
            assertThat(files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".csv") || name.equals("manifest.properties")))
                    .as("files in " + Paths.DATA + ";" + HINT)
                    .containsExactlyInAnyOrderElementsOf(Generator.datasetFiles());
        }
    }

    @Test
    void theDataQualityReportIsUpToDate() throws IOException {
        assertThat(new String(Files.readAllBytes(Paths.QUALITY), StandardCharsets.UTF_8)).as(Paths.QUALITY + HINT)
                .isEqualTo(new String(output.qualityReport(), StandardCharsets.UTF_8));
    }

    @Test
    void twoRunsGiveTheSameBytes() {
        Generator.Output again = Generator.generate(Paths.RAW);
        for (Map.Entry<String, byte[]> e : output.dataset().entrySet()) {
            assertThat(again.dataset().get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(again.qualityReport()).isEqualTo(output.qualityReport());
    }
}
