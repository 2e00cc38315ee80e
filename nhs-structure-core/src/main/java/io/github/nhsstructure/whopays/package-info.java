/**
 * "Who Pays?": which commissioner is responsible for a patient's care on a date, as a {@link
 * io.github.nhsstructure.whopays.Determination} that explains itself (rule version, deciding rule, inputs used,
 * missing inputs, sources), from a {@link io.github.nhsstructure.whopays.PatientContext} and the ordered rules of
 * {@code docs/domain.md} section 3.2 ({@link io.github.nhsstructure.whopays.WhoPaysRule}).
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.whopays;

import org.jspecify.annotations.NullMarked;
