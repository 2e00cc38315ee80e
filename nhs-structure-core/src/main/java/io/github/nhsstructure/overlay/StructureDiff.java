package io.github.nhsstructure.overlay;

import io.github.nhsstructure.provenance.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What extract files laid over a dataset add, close, rename, move and contradict: the sources they were read as,
 * one {@link DiffEntry} per difference, and notes on what was read but not laid over.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StructureDiff {

    private static final StructureDiff EMPTY = new StructureDiff(List.of(), List.of(), List.of());

    private final List<Source> extracts;
    private final List<DiffEntry> entries;
    private final List<String> notes;

    private StructureDiff(List<Source> extracts, List<DiffEntry> entries, List<String> notes) {
        this.extracts = extracts;
        this.entries = entries;
        this.notes = notes;
    }

    /**
     * Returns the difference of no extract.
     *
     * @return the empty difference, not null
     */
    public static StructureDiff empty() {
        return EMPTY;
    }

    /**
     * Obtains a difference.
     *
     * @param extracts  the sources the extract files were read as, not null
     * @param entries  the differences, in any order, not null
     * @param notes  sentences on what was read but not laid over (rows of settings the dataset does not hold, for
     *     example), not null
     * @return the difference, with the entries sorted, not null
     */
    public static StructureDiff of(Collection<Source> extracts, Collection<DiffEntry> entries,
            Collection<String> notes) {
        List<DiffEntry> sorted = new ArrayList<>(entries);
        sorted.sort(null);
        return new StructureDiff(List.copyOf(extracts), List.copyOf(sorted), List.copyOf(notes));
    }

    /**
     * Returns the sources the extract files were read as: one per file, its id {@code overlay:} and the file's
     * name, its extract date the latest date the file records.
     *
     * @return the sources, not null
     */
    public List<Source> extracts() {
        return extracts;
    }

    /**
     * Returns every difference, ordered by date, type and code.
     *
     * @return the entries, not null
     */
    public List<DiffEntry> entries() {
        return entries;
    }

    /**
     * Returns the differences of one type.
     *
     * @param type  the type, not null
     * @return the entries of that type, ordered by date and code, not null
     */
    public List<DiffEntry> entries(DiffType type) {
        Objects.requireNonNull(type, "type");
        return entries.stream().filter(e -> e.type() == type).toList();
    }

    /**
     * Returns the contradictions: what the extracts say otherwise about dates the dataset speaks for, where the
     * dataset's fact was kept.
     *
     * @return the entries of type {@link DiffType#CONTRADICTED}, not null
     */
    public List<DiffEntry> contradictions() {
        return entries(DiffType.CONTRADICTED);
    }

    /**
     * Counts the differences of each type.
     *
     * @return the number of entries of every type, zero included, in the order of {@link DiffType}, not null
     */
    public Map<DiffType, Integer> counts() {
        Map<DiffType, Integer> counts = new EnumMap<>(DiffType.class);
        for (DiffType t : DiffType.values()) {
            counts.put(t, 0);
        }
        entries.forEach(e -> counts.merge(e.type(), 1, Integer::sum));
        return counts;
    }

    /**
     * Returns sentences on what was read but not laid over.
     *
     * @return the notes, not null
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Whether the extracts made no difference.
     *
     * @return true if there is no entry
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Outputs the counts.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "StructureDiff" + counts();
    }
}
