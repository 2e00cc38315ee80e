/**
 * The bundled English NHS structure dataset and its {@link io.github.nhsstructure.data.BundledDataProvider}.
 *
 * <p>The data is public sector information licensed under the Open Government Licence v3.0; see the project's
 * {@code DATA.md} for the sources and how the resources are regenerated.
 */
@NullMarked
package io.github.nhsstructure.data;

import org.jspecify.annotations.NullMarked;
