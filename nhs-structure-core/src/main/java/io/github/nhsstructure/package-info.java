/**
 * The entry point of nhs-structure: {@link io.github.nhsstructure.NhsStructure}, point-in-time views, coverage and the exceptions the library throws.
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure;

import org.jspecify.annotations.NullMarked;
