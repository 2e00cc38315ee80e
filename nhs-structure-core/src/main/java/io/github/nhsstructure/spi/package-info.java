/**
 * The service provider interface through which data reaches the library: {@link io.github.nhsstructure.spi.StructureDataProvider}, the validated {@link io.github.nhsstructure.spi.Dataset} and the {@link io.github.nhsstructure.spi.DatasetReader} of the documented CSV format.
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.spi;

import org.jspecify.annotations.NullMarked;
