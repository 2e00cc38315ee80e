package io.github.nhsstructure.generator;

import io.github.nhsstructure.provenance.Certainty;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The sources behind one generated fact and how sure the dataset is of it: the {@code source} and
 * {@code certainty} columns of the dataset files.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sources  the source ids of {@code sources.csv}, sorted, without duplicates, not empty
 * @param certainty  the certainty, not null
 */
record Evidence(List<String> sources, Certainty certainty) {

    Evidence {
        sources = List.copyOf(new TreeSet<>(sources));
        Objects.requireNonNull(certainty, "certainty");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("evidence without a source");
        }
    }

    static Evidence of(Certainty certainty, String... sourceIds) {
        return new Evidence(Arrays.asList(sourceIds), certainty);
    }

    /** Both pieces of evidence are needed for a fact: union of the sources, the weaker certainty. */
    Evidence and(Evidence other) {
        TreeSet<String> all = new TreeSet<>(sources);
        all.addAll(other.sources);
        return new Evidence(List.copyOf(all), weaker(certainty, other.certainty));
    }

    /** Either piece of evidence states the fact: union of the sources, the stronger certainty. */
    Evidence or(Evidence other) {
        TreeSet<String> all = new TreeSet<>(sources);
        all.addAll(other.sources);
        return new Evidence(List.copyOf(all), weaker(certainty, other.certainty) == certainty
                ? other.certainty : certainty);
    }

    Evidence plus(String... sourceIds) {
        TreeSet<String> all = new TreeSet<>(sources);
        all.addAll(Arrays.asList(sourceIds));
        return new Evidence(List.copyOf(all), certainty);
    }

    Evidence with(Certainty newCertainty) {
        return new Evidence(sources, newCertainty);
    }

    /** Caps the certainty: the result is no surer than {@code cap}. */
    Evidence atMost(Certainty cap) {
        return new Evidence(sources, weaker(certainty, cap));
    }

    /** The {@code source} column: ids joined by {@code ;}. */
    String sourceField() {
        return String.join(";", sources);
    }

    static Certainty weaker(Certainty a, Certainty b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
