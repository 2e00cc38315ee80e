/**
 * The {@code nhs-structure} command-line program, {@link io.github.nhsstructure.examples.cli.NhsStructureCli},
 * and its subcommands.
 */
@NullMarked
package io.github.nhsstructure.examples.cli;

import org.jspecify.annotations.NullMarked;
