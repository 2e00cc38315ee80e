/**
 * Re-basing a series: {@link io.github.nhsstructure.rebase.Rebaser} carries values keyed by the codes of their own
 * date (ODS or ONS codes) onto the organisations in force on a target date, merging sums and splitting them by a
 * {@link io.github.nhsstructure.rebase.SplitPolicy}, from rows in memory ({@link io.github.nhsstructure.rebase.SeriesRow},
 * {@link io.github.nhsstructure.rebase.SeriesColumns}) or a CSV file, with every value that cannot be carried accounted for.
 *
 * @since 0.1.0
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.rebase;

import org.jspecify.annotations.NullMarked;
