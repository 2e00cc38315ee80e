package io.github.nhsstructure.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.spi.DatasetReader;
import io.github.nhsstructure.spi.StructureDataProvider;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The provider's own checks: registration, manifest, digests. */
class BundledDataProviderTest {

    private static byte[] bundled(String file) throws IOException {
        try (InputStream in = BundledDataProviderTest.class.getClassLoader()
                .getResourceAsStream(BundledDataProvider.FOLDER + file)) {
            if (in == null) {
                throw new FileNotFoundException(file);
            }
            return in.readAllBytes();
        }
    }

    /** A provider reading the bundled files, with one file's bytes changed. */
    private static BundledDataProvider tampered(String file, UnaryOperator<String> change) {
        return new BundledDataProvider(name -> {
            byte[] bytes = bundled(name);
            if (name.equals(file)) {
                bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            return new ByteArrayInputStream(bytes);
        });
    }

    @Test
    void isRegisteredForServiceLoader() {
        // On the module path this test runs inside io.github.nhsstructure.data, which provides the service but,
        // unlike the core, does not use it; on the class path (unnamed module) this does nothing.
        getClass().getModule().addUses(StructureDataProvider.class);
        assertThat(ServiceLoader.load(StructureDataProvider.class))
                .anySatisfy(p -> assertThat(p).isInstanceOf(BundledDataProvider.class));
    }

    @Test
    void versionInManifestMatchesTheJarManifestProperty() {
        String expected = System.getProperty("nhs-structure.data.version");
        assertThat(expected).as("surefire passes the pom's nhs-structure.data.version").isNotBlank();
        assertThat(BundledDataProvider.manifestVersion()).isEqualTo(expected);
        assertThat(NhsStructure.bundled().dataVersion()).isEqualTo(expected);
    }

    @Test
    void manifestListsEveryFileOfTheFormatWithItsDigest() throws IOException {
        BundledDataProvider.Manifest manifest =
                BundledDataProvider.Manifest.read(new ByteArrayInputStream(bundled("manifest.properties")));
        assertThat(manifest.files()).containsOnlyKeys(DatasetReader.FILES);
        for (String file : DatasetReader.FILES) {
            assertThat(manifest.files().get(file)).as(file).isEqualTo(BundledDataProvider.sha256(bundled(file)));
        }
    }

    @Test
    void editedResourceIsRefusedNamingTheFile() {
        BundledDataProvider provider = tampered("names.csv", s -> s + "ZZZ,2020-01-01,,X,y,HIGH\n");
        assertThatThrownBy(provider::loadSource)
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("manifest.properties: sha256.names.csv: SHA-256 mismatch");
    }

    @Test
    void manifestOfAnotherFormatIsRefused() {
        BundledDataProvider provider = tampered("manifest.properties", s -> s.replace("format=1", "format=2"));
        assertThatThrownBy(provider::loadSource)
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("manifest.properties: format: format 2 is not supported");
    }

    @Test
    void manifestWithoutVersionIsRefused() {
        BundledDataProvider provider = tampered("manifest.properties", s -> s.replaceAll("(?m)^version=.*$", ""));
        assertThatThrownBy(provider::loadSource)
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("manifest.properties: version: missing");
    }

    @Test
    void manifestWithAnUnknownFileIsRefused() {
        BundledDataProvider provider = tampered("manifest.properties", s -> s + "sha256.extra.csv=00\n");
        assertThatThrownBy(provider::loadSource)
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("manifest.properties: sha256: lists unknown files [extra.csv]");
    }

    @Test
    void missingResourceIsNamed() {
        BundledDataProvider provider = new BundledDataProvider(name -> {
            if (name.equals("kinds.csv")) {
                throw new FileNotFoundException(name);
            }
            return new ByteArrayInputStream(bundled(name));
        });
        assertThatThrownBy(provider::loadSource)
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("kinds.csv: missing resource");
    }
}
