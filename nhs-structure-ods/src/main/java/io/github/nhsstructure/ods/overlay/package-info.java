/**
 * The overlay of ODS extracts on a dataset: the implementation of {@link io.github.nhsstructure.spi.OverlayProvider}
 * this module provides. Not exported; use {@code NhsStructure.overlay(Path)}.
 */
@NullMarked
package io.github.nhsstructure.ods.overlay;

import org.jspecify.annotations.NullMarked;
