/**
 * What newer extract files laid over a dataset change: {@link io.github.nhsstructure.overlay.StructureDiff}, one
 * {@link io.github.nhsstructure.overlay.DiffEntry} per addition, closure, rename, move, succession or contradiction
 * ({@code NhsStructure.overlay(Path)}, {@code NhsStructure.overlayDiff()}; the rule is in
 * {@code docs/adr/0012-overlay.md}).
 */
@NullMarked
package io.github.nhsstructure.overlay;

import org.jspecify.annotations.NullMarked;
