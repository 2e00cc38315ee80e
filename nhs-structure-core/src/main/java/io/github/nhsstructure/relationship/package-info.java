/**
 * Dated typed links between organisations: {@link io.github.nhsstructure.relationship.Relationship} and {@link io.github.nhsstructure.relationship.RelationshipType}.
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.relationship;

import org.jspecify.annotations.NullMarked;
