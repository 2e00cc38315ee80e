/**
 * The dataset generator: reads the raw public extracts kept in {@code nhs-structure-generator/raw} and writes the
 * bundled dataset of {@code nhs-structure-data} ({@code docs/data-format.md}) and its data-quality report. Entry
 * point {@link io.github.nhsstructure.generator.Generator}; one class per source family
 * ({@code RegionSource}, {@code IcbSource}, {@code CcgSource}, {@code SuccessionSource}) adds to one in-memory
 * {@code Model}.
 *
 * <p>Null is used only where marked {@code @Nullable} (an open-ended period's end, a missing parent).
 */
@NullMarked
package io.github.nhsstructure.generator;

import org.jspecify.annotations.NullMarked;
