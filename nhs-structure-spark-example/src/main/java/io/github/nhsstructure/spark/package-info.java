/**
 * Example: re-basing a large DataFrame of (code, date, value) rows on Apache Spark. The driver builds a compact
 * {@link io.github.nhsstructure.spark.RebaseSnapshot} of the structure with the library's public API and broadcasts
 * it; a user-defined function maps each row on the executors ({@link io.github.nhsstructure.spark.SparkRebase}).
 * {@link io.github.nhsstructure.spark.SyntheticSeries} generates test rows from the bundled data.
 *
 * <p>Design: {@code docs/adr/0013-fhir-and-spark.md}.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.nhsstructure.spark;

import org.jspecify.annotations.NullMarked;
