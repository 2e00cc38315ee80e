/**
 * Commissioning responsibility over time: which type of body commissions each {@link
 * io.github.nhsstructure.commissioning.ServiceCategory} on a date ({@link
 * io.github.nhsstructure.commissioning.CommissioningRules}, dated rows with sources and certainty, one row per
 * category and period) and, for a place, which organisation ({@link
 * io.github.nhsstructure.commissioning.Commissioning}).
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.commissioning;

import org.jspecify.annotations.NullMarked;
