/**
 * Data quality: {@link io.github.nhsstructure.quality.StructureChecks} lists what a structure's sources lack or
 * contradict, as {@link io.github.nhsstructure.quality.Finding}s.
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.quality;

import org.jspecify.annotations.NullMarked;
