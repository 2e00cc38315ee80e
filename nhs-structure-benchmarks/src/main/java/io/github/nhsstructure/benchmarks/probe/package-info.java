/**
 * Small programs the benchmark report launches in JVMs of their own: a hello-world baseline, the first answer
 * after loading, the memory of one re-base.
 */
package io.github.nhsstructure.benchmarks.probe;
