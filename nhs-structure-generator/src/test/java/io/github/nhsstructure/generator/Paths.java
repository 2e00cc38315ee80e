package io.github.nhsstructure.generator;

import java.nio.file.Path;

/** Where the tests find the committed raw inputs and dataset: surefire runs in the module's folder. */
final class Paths {

    static final Path MODULE = Path.of("").toAbsolutePath();
    static final Path RAW = MODULE.resolve("raw");
    static final Path DATA = MODULE.resolve("../nhs-structure-data/src/main/resources/io/github/nhsstructure/data")
            .normalize();
    static final Path QUALITY = MODULE.resolve("../nhs-structure-data/data-quality.csv").normalize();

    private Paths() {
    }
}
