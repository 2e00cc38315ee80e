/**
 * Organisation charts: the structure on one date drawn as a tree from the Department through the national bodies,
 * regions and commissioners of the era down to trusts, primary care networks and practices, with renderers for
 * an indented text tree, Mermaid and Graphviz DOT.
 *
 * <p>{@link io.github.nhsstructure.chart.OrgChart#of(io.github.nhsstructure.lookup.StructureLookup, java.time.LocalDate,
 * ChartOptions)} builds the tree as a value; {@link io.github.nhsstructure.chart.ChartRules} holds the rules that
 * decide each organisation's place in it; {@link io.github.nhsstructure.chart.ChartFormat} renders it.
 *
 * <p>Every type here is null-free: absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package io.github.nhsstructure.chart;

import org.jspecify.annotations.NullMarked;
