package io.github.nhsstructure.organisation;

import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import io.github.nhsstructure.time.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the dataset knows about one organisation over time: its operational period, dated names, dated
 * kinds, dated ONS codes, dated links to other organisations and its successions.
 *
 * <p>This is the nhs-structure counterpart of {@code java.time.zone.ZoneRules}: one object holding the full dated
 * history of one identifier. Point queries such as {@link #kindOn(LocalDate)} and
 * {@link #target(RelationshipType, LocalDate)} are binary searches. Links name their target by code; resolve
 * codes through {@code NhsStructure}.
 *
 * <p>Instances are built by the dataset builder, which guarantees that names, kinds and links lie within the
 * operational period and never overlap.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Organisation implements Comparable<Organisation> {

    private static final RelationshipType[] TYPES = RelationshipType.values();

    private final OdsCode code;
    private final DateRange operationalPeriod;
    private final Provenance provenance;
    private final Timeline<String> names;
    private final Timeline<OrganisationKind> kinds;
    private final Timeline<ProviderType> providerTypes;
    private final Timeline<OnsCode> onsCodes;
    private final Timeline<OdsCode>[] links;
    private final List<Succession> predecessors;
    private final List<Succession> successors;

    private Organisation(Builder b, Timeline<String> names, Timeline<OrganisationKind> kinds,
            Timeline<ProviderType> providerTypes, Timeline<OnsCode> onsCodes) {
        this.code = b.code;
        this.operationalPeriod = b.operationalPeriod;
        this.provenance = b.provenance;
        this.names = names;
        this.kinds = kinds;
        this.providerTypes = providerTypes;
        this.onsCodes = onsCodes;
        @SuppressWarnings({"unchecked", "rawtypes"})
        Timeline<OdsCode>[] l = new Timeline[TYPES.length];
        for (RelationshipType type : TYPES) {
            List<Dated<OdsCode>> entries = b.links.get(type);
            try {
                l[type.ordinal()] = entries == null ? Timeline.empty() : Timeline.of(entries);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(code + " " + type + ": " + e.getMessage(), e);
            }
        }
        this.links = l;
        this.predecessors = sorted(b.predecessors);
        this.successors = sorted(b.successors);
    }

    private static List<Succession> sorted(List<Succession> list) {
        List<Succession> copy = new ArrayList<>(list);
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    /**
     * Starts building an organisation.
     *
     * @param code  the ODS code, not null
     * @param operationalPeriod  the period from opening to closing (exclusive), not empty, not null
     * @param provenance  where the operational period comes from, not null
     * @return a new builder, not null
     */
    public static Builder builder(OdsCode code, DateRange operationalPeriod, Provenance provenance) {
        return new Builder(code, operationalPeriod, provenance);
    }

    /**
     * Returns the ODS code.
     *
     * @return the code, not null
     */
    public OdsCode code() {
        return code;
    }

    /**
     * Returns the period during which the organisation was open: from its first day to the first day it was
     * closed, or open-ended.
     *
     * @return the operational period, not null
     */
    public DateRange operationalPeriod() {
        return operationalPeriod;
    }

    /**
     * Returns the provenance of the operational period.
     *
     * @return the provenance, not null
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Checks whether the organisation was open on a date.
     *
     * @param date  the date, not null
     * @return true if the operational period contains the date
     */
    public boolean isOpenOn(LocalDate date) {
        return operationalPeriod.contains(date);
    }

    /**
     * Returns the dated names.
     *
     * @return the names over time, not null
     */
    public Timeline<String> names() {
        return names;
    }

    /**
     * Returns the name on a date.
     *
     * @param date  the date, not null
     * @return the name, or empty if the organisation had no name recorded on that date, not null
     */
    public Optional<String> nameOn(LocalDate date) {
        return names.at(date);
    }

    /**
     * Returns the latest name recorded.
     *
     * @return the last name, not null
     */
    public String name() {
        return names.entries().get(names.entries().size() - 1).value();
    }

    /**
     * Returns the dated kinds.
     *
     * @return the kinds over time, not null
     */
    public Timeline<OrganisationKind> kinds() {
        return kinds;
    }

    /**
     * Returns the kind on a date.
     *
     * @param date  the date, not null
     * @return the kind, or empty if the organisation had no kind (was not open) on that date, not null
     */
    public Optional<OrganisationKind> kindOn(LocalDate date) {
        return kinds.at(date);
    }

    /**
     * Returns the latest kind recorded.
     *
     * @return the last kind, not null
     */
    public OrganisationKind kind() {
        return kinds.entries().get(kinds.entries().size() - 1).value();
    }

    /**
     * Returns the dated provider types; empty for an organisation that is not a trust.
     *
     * @return the provider types over time, not null
     */
    public Timeline<ProviderType> providerTypes() {
        return providerTypes;
    }

    /**
     * Returns the provider type on a date.
     *
     * @param date  the date, not null
     * @return the provider type, or empty if none is recorded on that date (always empty for non-providers)
     */
    public Optional<ProviderType> providerTypeOn(LocalDate date) {
        return providerTypes.at(date);
    }

    /**
     * Returns the dated ONS (GSS) codes the organisation bore: ONS issues a new code when a boundary changes while
     * the ODS code stays, so there may be several, one after another, with gaps where ONS gave none. Empty for an
     * organisation ONS does not code (a trust, a practice, a national body). A local authority is keyed by its GSS
     * code, so its ONS code is its own {@link #code()}.
     *
     * @return the ONS codes over time, not null
     * @since 0.1.0
     */
    public Timeline<OnsCode> onsCodes() {
        return onsCodes;
    }

    /**
     * Returns the ONS (GSS) code the organisation bore on a date.
     *
     * @param date  the date, not null
     * @return the ONS code, or empty if ONS gave the organisation no code for that date, not null
     * @since 0.1.0
     */
    public Optional<OnsCode> onsCodeOn(LocalDate date) {
        return onsCodes.at(date);
    }

    /**
     * Checks whether the organisation was of a kind at any time.
     *
     * @param kind  the kind, not null
     * @return true if any kind entry has that kind
     */
    public boolean everOfKind(OrganisationKind kind) {
        for (Dated<OrganisationKind> e : kinds.entries()) {
            if (e.value() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the dated targets of one type of link from this organisation.
     *
     * @param type  the link type, not null
     * @return the targets over time, not null
     */
    public Timeline<OdsCode> links(RelationshipType type) {
        return links[type.ordinal()];
    }

    /**
     * Returns the target of one type of link on a date, such as the ICB a sub-ICB location is part of.
     *
     * @param type  the link type, not null
     * @param date  the date, not null
     * @return the target's code, or empty if there is no such link on that date, not null
     */
    public Optional<OdsCode> target(RelationshipType type, LocalDate date) {
        return links[type.ordinal()].at(date);
    }

    /**
     * Returns every outgoing link as a {@link Relationship}, ordered by type then start date.
     *
     * @return the relationships, immutable, not null
     */
    public List<Relationship> relationships() {
        List<Relationship> out = new ArrayList<>();
        for (RelationshipType type : TYPES) {
            for (Dated<OdsCode> e : links[type.ordinal()].entries()) {
                out.add(new Relationship(code, type, e.value(), e.period(), e.provenance()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the successions in which this organisation was succeeded, by effective date.
     *
     * @return the successions naming this organisation as predecessor, immutable, not null
     */
    public List<Succession> successors() {
        return successors;
    }

    /**
     * Returns the successions in which this organisation took over from another, by effective date.
     *
     * @return the successions naming this organisation as successor, immutable, not null
     */
    public List<Succession> predecessors() {
        return predecessors;
    }

    /**
     * Orders by code.
     *
     * @param other  the other organisation, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(Organisation other) {
        return code.compareTo(other.code);
    }

    /**
     * Checks equality of the code and of all dated facts.
     *
     * @param obj  the other object
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Organisation o
                && code.equals(o.code)
                && operationalPeriod.equals(o.operationalPeriod)
                && provenance.equals(o.provenance)
                && names.equals(o.names)
                && kinds.equals(o.kinds)
                && providerTypes.equals(o.providerTypes)
                && onsCodes.equals(o.onsCodes)
                && java.util.Arrays.equals(links, o.links)
                && predecessors.equals(o.predecessors)
                && successors.equals(o.successors);
    }

    /**
     * Returns a hash code of the code and operational period.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, operationalPeriod);
    }

    /**
     * Outputs as {@code 00C NHS DARLINGTON CCG [CCG 2013-04-01/2020-04-01]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return code + " " + name() + " [" + kind() + " " + operationalPeriod + "]";
    }

    /**
     * Builds an {@link Organisation}, checking that every dated fact lies within the operational period and that
     * no two facts of one sort overlap.
     *
     * <p>This class is mutable and not thread-safe; the organisation it builds is immutable.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final OdsCode code;
        private final DateRange operationalPeriod;
        private final Provenance provenance;
        private final List<Dated<String>> names = new ArrayList<>();
        private final List<Dated<OrganisationKind>> kinds = new ArrayList<>();
        private final List<Dated<ProviderType>> providerTypes = new ArrayList<>();
        private final List<Dated<OnsCode>> onsCodes = new ArrayList<>();
        private final Map<RelationshipType, List<Dated<OdsCode>>> links = new EnumMap<>(RelationshipType.class);
        private final List<Succession> predecessors = new ArrayList<>();
        private final List<Succession> successors = new ArrayList<>();

        private Builder(OdsCode code, DateRange operationalPeriod, Provenance provenance) {
            this.code = Objects.requireNonNull(code, "code");
            this.operationalPeriod = Objects.requireNonNull(operationalPeriod, "operationalPeriod");
            this.provenance = Objects.requireNonNull(provenance, "provenance");
            if (operationalPeriod.isEmpty()) {
                throw new IllegalArgumentException(code + ": empty operational period " + operationalPeriod);
            }
        }

        // The description of the fact is built only for the message, not for every fact read at start.
        private void checkWithin(DateRange period, String what, Object value) {
            if (!operationalPeriod.encloses(period)) {
                throw new IllegalArgumentException(code + ": " + what + value + (what.endsWith("'") ? "'" : "")
                        + " for " + period + " lies outside the operational period " + operationalPeriod);
            }
        }

        /**
         * Adds a dated name.
         *
         * @param name  the name and its period, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the period lies outside the operational period or the name is blank
         */
        public Builder name(Dated<String> name) {
            checkWithin(name.period(), "name '", name.value());
            if (name.value().isBlank()) {
                throw new IllegalArgumentException(code + ": blank name for " + name.period());
            }
            names.add(name);
            return this;
        }

        /**
         * Adds a dated kind.
         *
         * @param kind  the kind and its period, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the period lies outside the operational period
         */
        public Builder kind(Dated<OrganisationKind> kind) {
            checkWithin(kind.period(), "kind ", kind.value());
            kinds.add(kind);
            return this;
        }

        /**
         * Adds a dated provider type.
         *
         * @param providerType  the provider type and its period, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the period lies outside the operational period
         */
        public Builder providerType(Dated<ProviderType> providerType) {
            checkWithin(providerType.period(), "provider type ", providerType.value());
            providerTypes.add(providerType);
            return this;
        }

        /**
         * Adds a dated ONS (GSS) code.
         *
         * @param onsCode  the ONS code and the period the organisation bore it, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the period lies outside the operational period
         * @since 0.1.0
         */
        public Builder onsCode(Dated<OnsCode> onsCode) {
            checkWithin(onsCode.period(), "ONS code ", onsCode.value());
            onsCodes.add(onsCode);
            return this;
        }

        /**
         * Adds a dated link to another organisation.
         *
         * @param type  the link type, not null
         * @param target  the target code and the link's period, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the period lies outside the operational period or the target is
         *     this organisation
         */
        public Builder link(RelationshipType type, Dated<OdsCode> target) {
            Objects.requireNonNull(type, "type");
            if (!operationalPeriod.encloses(target.period())) {
                checkWithin(target.period(), type.name() + " ", target.value()); // throws, with the message
            }
            if (target.value().equals(code)) {
                throw new IllegalArgumentException(code + " cannot be " + type + " itself");
            }
            List<Dated<OdsCode>> ofType = links.get(type);
            if (ofType == null) {
                ofType = new ArrayList<>();
                links.put(type, ofType);
            }
            ofType.add(target);
            return this;
        }

        /**
         * Adds a succession naming this organisation as predecessor or successor.
         *
         * @param succession  the succession, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the succession does not name this organisation
         */
        public Builder succession(Succession succession) {
            if (succession.predecessor().equals(code)) {
                successors.add(succession);
            } else if (succession.successor().equals(code)) {
                predecessors.add(succession);
            } else {
                throw new IllegalArgumentException(succession + " does not involve " + code);
            }
            return this;
        }

        /**
         * Builds the organisation.
         *
         * @return the organisation, not null
         * @throws IllegalArgumentException if there is no name or no kind, or two facts of one sort overlap
         */
        public Organisation build() {
            if (names.isEmpty()) {
                throw new IllegalArgumentException(code + ": no name");
            }
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException(code + ": no kind");
            }
            Timeline<String> nameTimeline;
            Timeline<OrganisationKind> kindTimeline;
            Timeline<ProviderType> providerTypeTimeline;
            Timeline<OnsCode> onsCodeTimeline;
            try {
                nameTimeline = Timeline.of(names);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(code + " names: " + e.getMessage(), e);
            }
            try {
                kindTimeline = Timeline.of(kinds);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(code + " kinds: " + e.getMessage(), e);
            }
            try {
                providerTypeTimeline = Timeline.of(providerTypes);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(code + " provider types: " + e.getMessage(), e);
            }
            try {
                onsCodeTimeline = Timeline.of(onsCodes);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(code + " ONS codes: " + e.getMessage(), e);
            }
            return new Organisation(this, nameTimeline, kindTimeline, providerTypeTimeline, onsCodeTimeline);
        }
    }
}
