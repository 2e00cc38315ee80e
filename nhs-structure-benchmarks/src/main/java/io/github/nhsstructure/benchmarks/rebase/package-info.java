/**
 * The re-base benchmarks' input generator, their peer (DuckDB in process) and the check that both agree.
 */
package io.github.nhsstructure.benchmarks.rebase;
