/**
 * The narrow interface through which the engines read a structure's data:
 * {@link io.github.nhsstructure.lookup.StructureLookup}, implemented by
 * {@link io.github.nhsstructure.NhsStructure}.
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.nhsstructure.lookup;

import org.jspecify.annotations.NullMarked;
