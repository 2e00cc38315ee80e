/**
 * Organisations: the validated {@link io.github.nhsstructure.organisation.OdsCode}, the dated history of one
 * {@link io.github.nhsstructure.organisation.Organisation} and its {@link io.github.nhsstructure.organisation.OrganisationKind}, its dated typed
 * links to other organisations ({@link io.github.nhsstructure.organisation.Relationship}, {@link io.github.nhsstructure.organisation.RelationshipType})
 * and the successions that replaced it ({@link io.github.nhsstructure.organisation.Succession}).
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.organisation;

import org.jspecify.annotations.NullMarked;
