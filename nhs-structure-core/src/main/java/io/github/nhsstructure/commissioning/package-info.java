/**
 * Commissioning rules as data: which type of body commissions each {@link
 * io.github.nhsstructure.commissioning.ServiceCategory} on a date ({@link io.github.nhsstructure.commissioning.CommissioningRules}, dated rows
 * with sources and certainty, one row per category and period). Which organisation that is for a place is
 * answered by {@link io.github.nhsstructure.commissioner.Commissioning}.
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.commissioning;

import org.jspecify.annotations.NullMarked;
