/**
 * What the dataset speaks for: {@link io.github.nhsstructure.coverage.Coverage}, the period each kind of organisation is
 * complete for, which every query on a date is checked against.
 *
 * @since 0.1.0
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.coverage;

import org.jspecify.annotations.NullMarked;
