/**
 * Which organisation commissions a service in a place on a date: {@link
 * io.github.nhsstructure.commissioner.Commissioning} applies the commissioning rules of
 * {@link io.github.nhsstructure.commissioning.CommissioningRules} to the structure, following a place to its commissioner
 * and a closed place to its successor, and answers with a {@link io.github.nhsstructure.commissioner.CommissioningAnswer}
 * that explains itself.
 *
 * @since 0.1.0
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.commissioner;

import org.jspecify.annotations.NullMarked;
