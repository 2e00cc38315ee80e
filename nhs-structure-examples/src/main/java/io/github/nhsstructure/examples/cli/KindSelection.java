package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import picocli.CommandLine.ITypeConverter;

/**
 * What a {@code --kind} option selects: one {@link OrganisationKind}, or a group of kinds that people name with
 * one word, such as {@code TRUST} for NHS trusts and NHS foundation trusts together.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kinds  the kinds selected, not empty, not null
 * @since 0.1.0
 */
public record KindSelection(Set<OrganisationKind> kinds) {

    /**
     * Groups of kinds accepted as one {@code --kind} value, keyed by normalised text. A group name must not be a
     * constant's name or an alias of {@link KindConverter} (checked by the tests).
     */
    static final Map<String, Set<OrganisationKind>> GROUPS = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            // A foundation trust is an NHS trust with more freedoms; "how many trusts" counts both.
            "TRUST", Collections.unmodifiableSet(
                    EnumSet.of(OrganisationKind.NHS_TRUST, OrganisationKind.NHS_FOUNDATION_TRUST)))));

    /**
     * Copies the set.
     *
     * @param kinds  the kinds selected, not empty, not null
     * @throws IllegalArgumentException if no kind is selected
     */
    public KindSelection {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("no kind selected");
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /**
     * Counts the organisations of the selected kinds open on the view's date.
     *
     * @param view  the view, not null
     * @return the count
     * @throws io.github.nhsstructure.exception.OutsideCoverageException if a selected kind is not covered on that date
     */
    public int count(StructureView view) {
        int n = 0;
        for (OrganisationKind kind : kinds) {
            n += view.count(kind);
        }
        return n;
    }

    /**
     * Lists the organisations of the selected kinds open on the view's date, ordered by code.
     *
     * @param view  the view, not null
     * @return the organisations, not null
     * @throws io.github.nhsstructure.exception.OutsideCoverageException if a selected kind is not covered on that date
     */
    public List<Organisation> organisations(StructureView view) {
        List<Organisation> all = new ArrayList<>();
        for (OrganisationKind kind : kinds) {
            all.addAll(view.organisations(kind));
        }
        all.sort(null);
        return all;
    }

    /**
     * Converts a {@code --kind} value: a group name, else whatever {@link KindConverter} accepts.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Converter implements ITypeConverter<KindSelection> {
        private final KindConverter single = new KindConverter();

        /**
         * Creates the converter; picocli calls this.
         */
        public Converter() {
        }

        @Override
        public KindSelection convert(String value) {
            Set<OrganisationKind> group = GROUPS.get(KindConverter.normalise(value));
            return new KindSelection(group != null ? group : EnumSet.of(single.convert(value)));
        }
    }
}
