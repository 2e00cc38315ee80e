package io.github.nhsstructure.chart;

import io.github.nhsstructure.organisation.OrganisationKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What an {@link OrgChart} draws: from which organisation, how many levels deep, and which kinds of organisation.
 *
 * <p>The defaults ({@link #defaults()}) draw the whole structure of a date from the government department down to
 * the practices. {@link #withRoot(String)} draws the part under one organisation instead; {@link #withDepth(int)}
 * stops a number of levels below the root (the root is level 0), and {@link #withKinds(Set)} draws only
 * organisations of some kinds: an organisation whose parent in the chart is of a kind not drawn hangs under its
 * nearest ancestor that is drawn. The root is always drawn, whatever its kind.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param root  the code (ODS, or ONS resolved on the chart's date) of the organisation to draw from, or empty for
 *     the government department open on the date, not null
 * @param depth  the number of levels drawn below the root, or empty for no limit, not null
 * @param kinds  the kinds of organisation drawn below the root, a non-empty subset of {@link ChartRules#KINDS},
 *     not null
 * @since 0.1.0
 */
public record ChartOptions(Optional<String> root, OptionalInt depth, Set<OrganisationKind> kinds) {

    private static final ChartOptions DEFAULTS = new ChartOptions(Optional.empty(), OptionalInt.empty(),
            ChartRules.KINDS);

    /**
     * Validates and copies the kinds.
     *
     * @param root  the code of the organisation to draw from, or empty for the department, not null
     * @param depth  the number of levels drawn below the root, or empty for no limit, not null
     * @param kinds  the kinds drawn below the root, a non-empty subset of {@link ChartRules#KINDS}, not null
     * @throws IllegalArgumentException if the root is blank, the depth is negative, no kind is given or a kind is
     *     not one charts draw
     */
    public ChartOptions {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(depth, "depth");
        Objects.requireNonNull(kinds, "kinds");
        root = root.map(String::strip);
        if (root.isPresent() && root.get().isEmpty()) {
            throw new IllegalArgumentException("the root code must not be blank");
        }
        if (depth.isPresent() && depth.getAsInt() < 0) {
            throw new IllegalArgumentException("the depth must not be negative: " + depth.getAsInt());
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("at least one kind must be drawn");
        }
        for (OrganisationKind kind : kinds) {
            if (!ChartRules.KINDS.contains(kind)) {
                throw new IllegalArgumentException(kind + " is not drawn in organisation charts (they draw "
                        + ChartRules.KINDS + ")");
            }
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /**
     * Returns the default options: from the government department, every level, every kind of
     * {@link ChartRules#KINDS}.
     *
     * @return the defaults, not null
     */
    public static ChartOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy drawing from another organisation.
     *
     * @param code  the ODS code, or an ONS code resolved on the chart's date, not blank, not null
     * @return the new options, not null
     * @throws IllegalArgumentException if the code is blank
     */
    public ChartOptions withRoot(String code) {
        return new ChartOptions(Optional.of(code), depth, kinds);
    }

    /**
     * Returns a copy drawing a number of levels below the root.
     *
     * @param levels  the levels below the root, zero or more (zero draws the root alone)
     * @return the new options, not null
     * @throws IllegalArgumentException if the number is negative
     */
    public ChartOptions withDepth(int levels) {
        return new ChartOptions(root, OptionalInt.of(levels), kinds);
    }

    /**
     * Returns a copy drawing only some kinds of organisation below the root.
     *
     * @param drawn  the kinds drawn, a non-empty subset of {@link ChartRules#KINDS}, not null
     * @return the new options, not null
     * @throws IllegalArgumentException if no kind is given or a kind is not one charts draw
     */
    public ChartOptions withKinds(Set<OrganisationKind> drawn) {
        return new ChartOptions(root, depth, drawn);
    }

    /**
     * Checks whether these are the default root: the government department open on the chart's date.
     *
     * @return true if no root was given
     */
    public boolean isDefaultRoot() {
        return root.isEmpty();
    }
}
