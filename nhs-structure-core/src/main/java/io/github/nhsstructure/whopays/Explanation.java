package io.github.nhsstructure.whopays;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The explanation of a {@link Determination}: its lines kept as they were gathered (texts, and {@link Line}s not
 * yet written out) and written out, all at once, the first time any is read.
 *
 * <p>Most callers of {@link WhoPays#determine} read the commissioner, not the explanation; writing out every line
 * (dates and codes formatted, strings joined) was most of a determination's time. The lines are made of
 * immutable values, so they read the same whenever they are written out, and the list is equal to, hashes as and
 * prints as the list of those texts: a {@link Determination} compares, prints and is written to JSON exactly as
 * before.
 *
 * <p>This class is immutable and thread-safe: writing out is repeatable, and the texts are published through a
 * volatile field.
 */
final class Explanation extends AbstractList<String> implements RandomAccess {

    private final Object[] items;
    private volatile String @Nullable [] texts;

    private Explanation(Object[] items) {
        this.items = items;
    }

    /**
     * Returns an explanation unchanged, or any other list of lines as an unmodifiable copy.
     *
     * @param lines  the lines, not null, no null elements
     * @return an unmodifiable list of the lines, not null
     */
    static List<String> copyOf(List<String> lines) {
        return lines instanceof Explanation ? lines : List.copyOf(lines);
    }

    @Override
    public String get(int index) {
        return texts()[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    private String[] texts() {
        String[] t = texts;
        if (t == null) {
            t = new String[items.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = items[i].toString();
            }
            texts = t;
        }
        return t;
    }

    /**
     * The lines of an explanation being gathered: a list of texts, each {@link Line} written out whenever it is
     * read here (rules read and test what has been gathered), and kept unwritten in the {@link #explanation()}.
     *
     * <p>This class is mutable and not thread-safe: it lives for one determination.
     */
    static final class Lines extends AbstractList<String> implements RandomAccess {
        private final ArrayList<Object> items = new ArrayList<>(8);

        @Override
        public void add(int index, String line) {
            items.add(index, Objects.requireNonNull(line, "line"));
        }

        /**
         * Adds a line to be written out when read.
         *
         * @param line  the line, not null
         */
        void add(Line line) {
            items.add(Objects.requireNonNull(line, "line"));
        }

        @Override
        public String get(int index) {
            return items.get(index).toString();
        }

        @Override
        public int size() {
            return items.size();
        }

        /**
         * Returns the explanation of the lines gathered so far.
         *
         * @return the explanation, not null
         */
        Explanation explanation() {
            return new Explanation(items.toArray());
        }
    }

    /**
     * A line of an explanation kept as the parts it is joined from, written out when read: exactly the text the
     * string concatenation of the same parts makes.
     *
     * <p>This class is immutable and thread-safe if its parts are.
     */
    static final class Line {
        private final Object[] parts;

        /**
         * Keeps the parts of a line.
         *
         * @param parts  texts and immutable values (dates, codes, enum constants), in order, not null
         */
        Line(Object... parts) {
            this.parts = parts;
        }

        /**
         * Writes the line out.
         *
         * @return the parts joined, each as {@link String#valueOf(Object)} writes it, not null
         */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(96);
            for (Object part : parts) {
                b.append(part);
            }
            return b.toString();
        }
    }
}
