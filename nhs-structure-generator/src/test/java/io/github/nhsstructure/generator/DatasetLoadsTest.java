package io.github.nhsstructure.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.DatasetReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed dataset passes the library's own reader, which checks every rule of the format on load. */
class DatasetLoadsTest {

    @Test
    void theCoreReaderAcceptsTheCommittedDataset() throws IOException {
        Dataset dataset = DatasetReader.read(Generator.VERSION, Paths.DATA);

        List<String> organisationLines = Files.readAllLines(Paths.DATA.resolve("organisations.csv"));
        assertThat(dataset.organisations()).hasSize(organisationLines.size() - 1);
        assertThat(dataset.version()).isEqualTo(Generator.VERSION);
    }

    @Test
    void theManifestListsTheDigestOfEveryCsvFile() throws IOException {
        java.util.Properties manifest = new java.util.Properties();
        try (var in = Files.newBufferedReader(Paths.DATA.resolve("manifest.properties"))) {
            manifest.load(in);
        }
        assertThat(manifest.getProperty("version")).isEqualTo(Generator.VERSION);
        for (String file : DatasetReader.FILES) {
            assertThat(manifest.getProperty("sha256." + file)).as(file)
                    .isEqualTo(DatasetWriter.sha256(Files.readAllBytes(Paths.DATA.resolve(file))));
        }
    }
}
