/**
 * Dates and dated values: the half-open {@link io.github.nhsstructure.time.DateRange} and the non-overlapping {@link io.github.nhsstructure.time.Timeline}.
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.time;

import org.jspecify.annotations.NullMarked;
