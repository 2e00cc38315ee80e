/**
 * JMH benchmarks of nhs-structure on the bundled data; see the README's "Performance" section.
 */
package io.github.nhsstructure.benchmarks;
