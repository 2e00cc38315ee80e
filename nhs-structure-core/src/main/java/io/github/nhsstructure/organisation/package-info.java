/**
 * Organisations: the validated {@link io.github.nhsstructure.organisation.OdsCode}, the dated history of one {@link io.github.nhsstructure.organisation.Organisation} and its {@link io.github.nhsstructure.organisation.OrganisationKind}.
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.organisation;

import org.jspecify.annotations.NullMarked;
