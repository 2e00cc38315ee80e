package io.github.nhsstructure.commissioning;

import io.github.nhsstructure.organisation.OdsCode;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which bodies of the delegate type a delegated or joint arrangement covers on a date.
 *
 * <p>Three shapes occur in {@code docs/domain.md} section 2: every body of the type ({@link Kind#ALL}, e.g. GP services
 * delegated to every CCG from 2021-04-01); some bodies whose list is not in the sources ({@link
 * Kind#SOME_UNKNOWN}, e.g. level 3 co-commissioning 2015-2021); and the bodies in listed NHS England regions
 * ({@link Kind#REGIONS}, e.g. specialised services in East of England Y61, Midlands Y60 and North West Y62 from
 * 2024-04-01).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind  the shape of the scope, not null
 * @param regions  the NHS England region codes, in code order; non-empty exactly when the kind is
 *         {@link Kind#REGIONS}, not null
 * @since 0.1.0
 */
public record DelegationScope(Kind kind, Set<OdsCode> regions) {

    /**
     * The shape of a scope.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Every body of the delegate type. */
        ALL,
        /** Some bodies of the delegate type; which ones is not in the sources. */
        SOME_UNKNOWN,
        /** The bodies of the delegate type in the listed regions. */
        REGIONS
    }

    /**
     * Validates and copies.
     *
     * @param kind  the shape of the scope, not null
     * @param regions  the NHS England region codes, in code order; non-empty exactly when the kind is
     *         {@link Kind#REGIONS}, not null
     * @throws IllegalArgumentException if regions are given for a kind other than REGIONS, or missing for it
     */
    public DelegationScope {
        Objects.requireNonNull(kind, "kind");
        regions = java.util.Collections.unmodifiableSet(new TreeSet<>(regions));
        if ((kind == Kind.REGIONS) == regions.isEmpty()) {
            throw new IllegalArgumentException("regions must be given exactly for scope REGIONS: " + kind + " "
                    + regions);
        }
    }

    /**
     * Obtains the scope "every body of the delegate type".
     *
     * @return the scope, not null
     */
    public static DelegationScope all() {
        return new DelegationScope(Kind.ALL, Set.of());
    }

    /**
     * Obtains the scope "some bodies; the list is not in the sources".
     *
     * @return the scope, not null
     */
    public static DelegationScope someUnknown() {
        return new DelegationScope(Kind.SOME_UNKNOWN, Set.of());
    }

    /**
     * Obtains the scope "the bodies in these regions".
     *
     * @param regions  the region codes, not empty, not null
     * @return the scope, not null
     */
    public static DelegationScope regions(Set<OdsCode> regions) {
        return new DelegationScope(Kind.REGIONS, regions);
    }

    /**
     * Parses the text form {@code ALL}, {@code SOME_UNKNOWN} or {@code REGIONS:Y60;Y61}.
     *
     * @param text  the text, not null
     * @return the scope, not null
     * @throws IllegalArgumentException if the text is not a scope
     */
    public static DelegationScope parse(String text) {
        String t = text.strip();
        if (t.startsWith("REGIONS:")) {
            Set<OdsCode> codes = new TreeSet<>();
            for (String c : t.substring("REGIONS:".length()).split(";", -1)) {
                codes.add(OdsCode.of(c));
            }
            return regions(codes);
        }
        if (t.equals("ALL")) {
            return all();
        }
        if (t.equals("SOME_UNKNOWN")) {
            return someUnknown();
        }
        throw new IllegalArgumentException("'" + text + "' is not a delegation scope (ALL, SOME_UNKNOWN, "
                + "REGIONS:code;code)");
    }

    /**
     * Outputs the text form read by {@link #parse(String)}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return kind == Kind.REGIONS
                ? "REGIONS:" + regions.stream().map(OdsCode::toString).collect(Collectors.joining(";"))
                : kind.name();
    }
}
