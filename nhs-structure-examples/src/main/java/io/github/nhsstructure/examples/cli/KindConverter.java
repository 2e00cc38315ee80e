package io.github.nhsstructure.examples.cli;

import static io.github.nhsstructure.organisation.OrganisationKind.COMMISSIONING_HUB;
import static io.github.nhsstructure.organisation.OrganisationKind.GOVERNMENT_DEPARTMENT;
import static io.github.nhsstructure.organisation.OrganisationKind.GP_PRACTICE;
import static io.github.nhsstructure.organisation.OrganisationKind.HEALTH_AND_WELLBEING_BOARD;
import static io.github.nhsstructure.organisation.OrganisationKind.LOCAL_AUTHORITY;
import static io.github.nhsstructure.organisation.OrganisationKind.NHS_FOUNDATION_TRUST;
import static io.github.nhsstructure.organisation.OrganisationKind.SUB_ICB_LOCATION;

import io.github.nhsstructure.organisation.OrganisationKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a command-line value to an {@link OrganisationKind}: the constant's name, case-insensitive, with
 * {@code -} or a space accepted for {@code _} ({@code sub-icb-location}), or one of the short {@link #ALIASES}.
 *
 * <p>Aliases are an explicit table rather than "any unambiguous prefix": a prefix that is unambiguous today
 * would silently become ambiguous, and break scripts, when a kind is added.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class KindConverter implements ITypeConverter<OrganisationKind> {

    /**
     * Short names accepted besides the constants' own names (which already include {@code CCG}, {@code ICB},
     * {@code STP}, {@code PCT}, {@code REGION} and {@code SUB_ICB_LOCATION}), keyed by normalised text. Add a
     * row when a kind gets a common abbreviation; an alias must name exactly one kind and must not be another
     * constant's name (checked by the tests).
     */
    static final Map<String, OrganisationKind> ALIASES = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            "SICBL", SUB_ICB_LOCATION, // NHS England's own abbreviation for a sub-ICB location
            "GP", GP_PRACTICE,
            "PRACTICE", GP_PRACTICE,
            "FT", NHS_FOUNDATION_TRUST,
            "HWB", HEALTH_AND_WELLBEING_BOARD,
            "LA", LOCAL_AUTHORITY,
            "HUB", COMMISSIONING_HUB,
            "DEPARTMENT", GOVERNMENT_DEPARTMENT)));

    /**
     * Creates the converter; picocli calls this.
     */
    public KindConverter() {
    }

    /**
     * Parses a kind.
     *
     * @param value  the text, such as {@code icb}, {@code sub-icb-location} or {@code SICBL}, not null
     * @return the kind, not null
     * @throws TypeConversionException if the text names no kind; the message lists the valid ones
     */
    @Override
    public OrganisationKind convert(String value) {
        String key = normalise(value);
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (kind.name().equals(key)) {
                return kind;
            }
        }
        OrganisationKind alias = ALIASES.get(key);
        if (alias == null) {
            throw new TypeConversionException("unknown organisation kind '" + value + "': use one of "
                    + String.join(", ", names()) + "; or an alias: " + aliasList() + "; or a group: "
                    + String.join(", ", KindSelection.GROUPS.keySet()));
        }
        return alias;
    }

    /** Upper case, with '-' and spaces read as '_'. */
    static String normalise(String value) {
        return value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            names.add(kind.name());
        }
        return names;
    }

    private static String aliasList() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, OrganisationKind> e : ALIASES.entrySet()) {
            b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
        }
        return b.toString();
    }

    /**
     * The values shown in help as {@code ${COMPLETION-CANDIDATES}} and offered by shell completion: every
     * constant, then every alias.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Candidates implements Iterable<String> {
        /**
         * Creates the candidates; picocli calls this.
         */
        public Candidates() {
        }

        @Override
        public Iterator<String> iterator() {
            List<String> all = names();
            all.addAll(ALIASES.keySet());
            all.addAll(KindSelection.GROUPS.keySet());
            return Collections.unmodifiableList(all).iterator();
        }
    }
}
