/**
 * Internal to the library and not exported by its module: the null-returning fast forms of public lookups that
 * the library's hot paths use ({@link io.github.nhsstructure.internal.HotPaths}).
 */
@NullMarked
package io.github.nhsstructure.internal;

import org.jspecify.annotations.NullMarked;
