/**
 * The explorer page: a self-contained static HTML page with a date slider that redraws the organisation chart,
 * a search box for codes and names, and each organisation's history ({@link
 * io.github.nhsstructure.examples.explore.Explorer}).
 */
@NullMarked
package io.github.nhsstructure.examples.explore;

import org.jspecify.annotations.NullMarked;
