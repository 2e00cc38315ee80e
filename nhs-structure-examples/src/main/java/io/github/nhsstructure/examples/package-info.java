/**
 * Example programs: {@link io.github.nhsstructure.examples.QuickStart} first.
 */
@NullMarked
package io.github.nhsstructure.examples;

import org.jspecify.annotations.NullMarked;
