package io.github.nhsstructure.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.DatasetBinary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled dataset read at start equals, fact for fact, the CSV files it was compiled from. */
class CompiledDatasetTest {

    private static Dataset csv;
    private static Dataset compiled;

    @BeforeAll
    static void load() {
        csv = new BundledDataProvider().loadSource();
        compiled = new BundledDataProvider().load();
    }

    private static byte[] bundledBinary() throws IOException {
        try (InputStream in = CompiledDatasetTest.class.getClassLoader()
                .getResourceAsStream(BundledDataProvider.FOLDER + BundledDataProvider.COMPILED)) {
            assertThat(in).as("dataset.bin on the class path").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void everyOrganisationWithItsNamesKindsProviderTypesLinksAndSuccessionsEqualsTheCsv() {
        assertThat(compiled.version()).isEqualTo(csv.version());
        List<Organisation> a = compiled.organisations();
        List<Organisation> b = csv.organisations();
        assertThat(a).hasSize(b.size()).hasSizeGreaterThan(10_000);
        for (int i = 0; i < b.size(); i++) {
            Organisation expected = b.get(i);
            // Organisation.equals compares every dated fact: names, kinds, provider types, links, successions.
            assertThat(a.get(i)).as(expected.code().value()).isEqualTo(expected);
            assertThat(a.get(i).relationships()).isEqualTo(expected.relationships());
            assertThat(compiled.organisation(expected.code())).contains(expected);
        }
    }

    @Test
    void everySuccessionEventRuleCoverageRowAndSourceEqualsTheCsv() {
        assertThat(compiled.successions()).isEqualTo(csv.successions()).isNotEmpty();
        assertThat(compiled.events()).isEqualTo(csv.events()).isNotEmpty();
        assertThat(compiled.commissioningRules().all()).isEqualTo(csv.commissioningRules().all()).isNotEmpty();
        assertThat(compiled.coverage().entries()).isEqualTo(csv.coverage().entries()).isNotEmpty();
        assertThat(compiled.sources()).isEqualTo(csv.sources()).isNotEmpty();
    }

    @Test
    void theBundledBinaryIsWhatTheCsvCompilesToByteForByteEveryTime(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        DatasetBinary.write(csv, first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        DatasetBinary.write(new BundledDataProvider().loadSource(), second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        assertThat(bundledBinary()).isEqualTo(first.toByteArray());
        // The compiler as the build runs it, on the source folder.
        Path out = dir.resolve("dataset.bin");
        DatasetCompiler.compile(Path.of("src/main/resources", BundledDataProvider.FOLDER), out);
        assertThat(Files.readAllBytes(out)).isEqualTo(first.toByteArray());
    }

    @Test
    void aCompiledDatasetOfAnotherFormatOrCutShortIsRefused() throws IOException {
        byte[] bytes = bundledBinary();
        byte[] otherFormat = bytes.clone();
        otherFormat[7] = 9;
        assertThatThrownBy(() -> DatasetBinary.read(new ByteArrayInputStream(otherFormat), "dataset.bin"))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("dataset.bin: format: format 9 is not supported");
        byte[] notOurs = "code,start\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> DatasetBinary.read(new ByteArrayInputStream(notOurs), "dataset.bin"))
                .isInstanceOf(DatasetException.class).hasMessageContaining("not a compiled nhs-structure dataset");
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 3);
        assertThatThrownBy(() -> DatasetBinary.read(new ByteArrayInputStream(cut), "dataset.bin"))
                .isInstanceOf(DatasetException.class).hasMessage("dataset.bin: damaged: its checksum does not match"
                        + " its content (a byte changed, or the file was cut short, since it was compiled); rebuild"
                        + " the data module");
    }

    @Test
    void aFlippedByteAnywhereFailsTheLoadCleanly() throws IOException {
        // Issue 15: a name's byte changed must not become a wrong name on first use; every byte is checked at load.
        byte[] bytes = bundledBinary();
        long seed = Long.getLong("nhsstructure.seed", 20_260_401L);
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 40; i++) {
            byte[] flipped = bytes.clone();
            int at = 8 + random.nextInt(bytes.length - 8);
            flipped[at] ^= (byte) (1 << random.nextInt(8));
            assertThatThrownBy(() -> DatasetBinary.read(new ByteArrayInputStream(flipped), "dataset.bin"))
                    .as("seed %d: byte %d flipped", seed, at)
                    .isInstanceOf(DatasetException.class)
                    .hasMessageStartingWith("dataset.bin: damaged: its checksum does not match");
        }
    }
}
