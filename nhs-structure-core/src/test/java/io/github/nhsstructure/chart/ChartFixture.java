package io.github.nhsstructure.chart;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.spi.DatasetReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fictional chart fixture in {@code src/test/resources/chart-fixture} (see its README) and the golden files
 * in {@code src/test/resources/chart-golden}.
 *
 * <p>Run a test with {@code -Dgolden.update=true} to rewrite the golden files it compares with, then review the
 * diff before committing.
 */
final class ChartFixture {

    private ChartFixture() {
    }

    static NhsStructure structure() {
        return NhsStructure.of(DatasetReader.read("chart-fixture", folder("/chart-fixture/sources.csv")));
    }

    /** Returns the golden text of a file, or rewrites it with the actual text in update mode. */
    static String golden(String name, String actual) {
        Path source = Path.of("src/test/resources/chart-golden").resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(source.getParent());
                Files.writeString(source, actual, StandardCharsets.UTF_8);
                return actual;
            }
            return Files.readString(folder("/chart-golden/" + name).resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder(String resource) {
        URL url = ChartFixture.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
