/**
 * Where each fact comes from: {@link io.github.nhsstructure.provenance.Source}, {@link io.github.nhsstructure.provenance.Provenance} and {@link io.github.nhsstructure.provenance.Certainty}.
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.provenance;

import org.jspecify.annotations.NullMarked;
