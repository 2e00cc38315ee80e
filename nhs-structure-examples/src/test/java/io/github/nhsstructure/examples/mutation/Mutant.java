package io.github.nhsstructure.examples.mutation;

import java.util.Objects;
import java.util.Set;

/**
 * One generated case of the mutation suite: a file replaced by a mutated copy, and the place the error must name.
 *
 * @param description  what was done, for the test's name, not null
 * @param file  the name of the replaced file in its folder, such as {@code names.csv}, not null
 * @param content  the mutated bytes, not null
 * @param lines  the lines the error may name (one, or the two lines of a cycle), not empty
 * @param fields  the fields the error may name; empty if it must name none (a whole-file problem), not null
 */
record Mutant(String description, String file, byte[] content, Set<Long> lines, Set<String> fields) {

    Mutant {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        lines = Set.copyOf(lines);
        fields = Set.copyOf(fields);
    }

    Mutant(String description, String file, byte[] content, long line, Set<String> fields) {
        this(description, file, content, Set.of(line), fields);
    }

    @Override
    public String toString() {
        return file + ":" + lines + " " + description;
    }
}
