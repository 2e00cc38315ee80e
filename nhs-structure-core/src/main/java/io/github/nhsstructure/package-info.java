/**
 * The entry point of nhs-structure: {@link io.github.nhsstructure.NhsStructure}, and its point-in-time views ({@link io.github.nhsstructure.StructureView}).
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure;

import org.jspecify.annotations.NullMarked;
