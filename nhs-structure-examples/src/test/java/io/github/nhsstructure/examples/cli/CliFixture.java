package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.NhsStructure;

/** The CLI test fixture for tests in other packages. */
public final class CliFixture {

    private CliFixture() {
    }

    /**
     * Returns the fixture structure of {@code src/test/resources/cli-fixture}.
     *
     * @return the structure, not null
     */
    public static NhsStructure structure() {
        return CliRun.fixture();
    }
}
