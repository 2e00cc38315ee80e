/**
 * Successions and restructures: who replaced whom, and when.
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.restructure;

import org.jspecify.annotations.NullMarked;
