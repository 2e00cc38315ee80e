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
        String manifest = Files.readString(Paths.DATA.resolve("manifest.json"));
        for (String file : DatasetReader.FILES) {
            assertThat(manifest).contains("\"" + file + "\" : \""
                    + DatasetWriter.sha256(Files.readAllBytes(Paths.DATA.resolve(file))) + "\"");
        }
    }
}
