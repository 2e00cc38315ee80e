package io.github.nhsstructure.examples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --json} option every command shares, as a picocli mixin: print the answer as one JSON document (the
 * values of the API through {@code nhs-structure-json}, field names in {@code docs/json.md}) instead of text lines.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonOption {

    @Option(names = "--json", description = "Print the answer as JSON (field names: docs/json.md).")
    boolean enabled;

    /**
     * Creates the option; picocli calls this.
     */
    public JsonOption() {
    }
}
