/**
 * JSON for the values of the nhs-structure API (Jackson 3): {@link io.github.nhsstructure.json.NhsJson#mapper()}
 * and {@link io.github.nhsstructure.json.NhsJson#mapper(io.github.nhsstructure.NhsStructure)}. The field names
 * are documented in {@code docs/json.md}.
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.json;

import org.jspecify.annotations.NullMarked;
