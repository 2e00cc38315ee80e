package io.github.nhsstructure.overlay;

import io.github.nhsstructure.organisation.OdsCode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One difference an extract laid over a dataset makes: what changed (or was contradicted) for which organisation,
 * from when, the value before and after, and where each side comes from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type  the sort of difference, not null
 * @param code  the organisation concerned, not null
 * @param date  the first day the change applies, or the first day the extract and the dataset disagree, not null
 * @param fact  which fact: {@code organisation} (its operational period), {@code name}, {@code kind}, a
 *     relationship type such as {@code COMMISSIONED_BY}, or {@code succession}, not blank
 * @param before  the dataset's value, empty if it has none, not null
 * @param after  the extract's value, empty if it has none, not null
 * @param extract  the extract file and line the difference comes from, such as {@code etr.csv:17}, not blank
 * @param datasetSources  the source ids of the dataset's fact, empty if it has none, not null
 * @param detail  a sentence for a person, empty if the other fields say it all, not null
 * @since 0.1.0
 */
public record DiffEntry(DiffType type, OdsCode code, LocalDate date, String fact, String before, String after,
        String extract, List<String> datasetSources, String detail) implements Comparable<DiffEntry> {

    private static final Comparator<DiffEntry> ORDER = Comparator.comparing(DiffEntry::date)
            .thenComparing(DiffEntry::type).thenComparing(DiffEntry::code).thenComparing(DiffEntry::fact)
            .thenComparing(DiffEntry::after).thenComparing(DiffEntry::extract);

    /**
     * Validates.
     *
     * @param type  the sort of difference, not null
     * @param code  the organisation concerned, not null
     * @param date  the first day the change applies, or the first day they disagree, not null
     * @param fact  which fact, not blank
     * @param before  the dataset's value, empty if none, not null
     * @param after  the extract's value, empty if none, not null
     * @param extract  the extract file and line, not blank
     * @param datasetSources  the source ids of the dataset's fact, not null
     * @param detail  a sentence for a person, or empty, not null
     * @throws IllegalArgumentException if the fact or the extract is blank
     */
    public DiffEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(detail, "detail");
        if (Objects.requireNonNull(fact, "fact").isBlank() || Objects.requireNonNull(extract, "extract").isBlank()) {
            throw new IllegalArgumentException("blank fact or extract");
        }
        datasetSources = List.copyOf(datasetSources);
    }

    /**
     * Orders by date, type, code, fact, value after and extract line.
     *
     * @param other  the other entry, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(DiffEntry other) {
        return ORDER.compare(this, other);
    }

    /**
     * Outputs as {@code DATE<TAB>TYPE<TAB>CODE<TAB>FACT<TAB>BEFORE<TAB>AFTER<TAB>SOURCES<TAB>DETAIL}, with {@code -}
     * for an empty value and the sources as {@code extract file:line vs dataset ids}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return date + "\t" + type + "\t" + code + "\t" + fact + "\t" + dash(before) + "\t" + dash(after) + "\t"
                + extract + (datasetSources.isEmpty() ? "" : " vs " + String.join(";", datasetSources)) + "\t"
                + dash(detail);
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }
}
