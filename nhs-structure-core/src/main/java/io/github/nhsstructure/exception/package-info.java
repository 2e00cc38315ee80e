/**
 * The exceptions the library throws: {@link io.github.nhsstructure.exception.NhsStructureException}, the supertype of them all,
 * and the failures shared by every layer (an unknown or ambiguous code, an organisation not open, a date outside
 * coverage, a malformed dataset). An exception of one engine (such as a bad input series of a re-base) sits in
 * that engine's package.
 *
 * @since 0.1.0
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.exception;

import org.jspecify.annotations.NullMarked;
