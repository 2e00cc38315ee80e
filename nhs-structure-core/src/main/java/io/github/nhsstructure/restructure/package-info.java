/**
 * Restructures: the dated {@link io.github.nhsstructure.restructure.Change}s derived from the organisations' histories, grouped
 * by effective date into {@link io.github.nhsstructure.restructure.Restructure}s and named by curated
 * {@link io.github.nhsstructure.restructure.RestructureEvent}s, and where an organisation's responsibilities went on a date
 * ({@link io.github.nhsstructure.restructure.SuccessorResolution}). The successions themselves are facts of the organisations
 * ({@link io.github.nhsstructure.organisation.Succession}).
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.restructure;

import org.jspecify.annotations.NullMarked;
