package io.github.nhsstructure;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Source;
import io.github.nhsstructure.relationship.Relationship;
import io.github.nhsstructure.relationship.RelationshipType;
import io.github.nhsstructure.restructure.Succession;
import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.StructureDataProvider;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The English NHS structure over time: the entry point of nhs-structure.
 *
 * <p>Get the bundled dataset with {@link #bundled()} (no configuration: it is found through
 * {@link ServiceLoader} when {@code nhs-structure-data} is on the class path), or build one with
 * {@link #from(StructureDataProvider)} or {@link #of(Dataset)}. Then ask about one organisation with
 * {@link #organisation(String)} or {@link #require(String)}, or about the whole structure on a date with
 * {@link #asOf(LocalDate)}:
 *
 * <pre>{@code
 * NhsStructure nhs = NhsStructure.bundled();
 * StructureView july2022 = nhs.asOf(LocalDate.of(2022, 7, 1));
 * int icbs = july2022.count(OrganisationKind.ICB);                 // 42
 * List<Organisation> chain = july2022.parents("02P");             // ICB QF7, then region Y63
 * }</pre>
 *
 * <p>Dates follow one rule everywhere: a period's end is the first day it no longer holds, and a restructure's
 * effective date is the first day the new structure applies. A date the dataset does not speak for gives
 * {@link OutsideCoverageException}, an unknown code {@link UnknownOrganisationException}; nothing returns
 * {@code null}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NhsStructure {

    private static final Supplier<NhsStructure> BUNDLED = Suppliers.memoize(NhsStructure::loadBundled);

    private final Dataset dataset;
    private final ImmutableMap<OdsCode, Organisation> byCode;
    private final Map<OrganisationKind, List<Organisation>> everOfKind;
    private final ImmutableListMultimap<OdsCode, Relationship> incoming;

    private NhsStructure(Dataset dataset) {
        this.dataset = dataset;
        ImmutableMap.Builder<OdsCode, Organisation> codes = ImmutableMap.builderWithExpectedSize(
                dataset.organisations().size());
        Map<OrganisationKind, List<Organisation>> kinds = new EnumMap<>(OrganisationKind.class);
        List<Relationship> links = new ArrayList<>();
        for (Organisation o : dataset.organisations()) {
            codes.put(o.code(), o);
            for (Dated<OrganisationKind> k : o.kinds().entries()) {
                List<Organisation> list = kinds.computeIfAbsent(k.value(), x -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != o) {
                    list.add(o);
                }
            }
            links.addAll(o.relationships());
        }
        this.byCode = codes.buildOrThrow();
        kinds.replaceAll((k, v) -> List.copyOf(v));
        this.everOfKind = kinds;
        links.sort(Comparator.comparing(Relationship::source).thenComparing(Relationship::period));
        ImmutableListMultimap.Builder<OdsCode, Relationship> in = ImmutableListMultimap.builder();
        for (Relationship r : links) {
            in.put(r.target(), r);
        }
        this.incoming = in.build();
    }

    /**
     * Returns the bundled structure, loading it on first use.
     *
     * <p>The registered {@link StructureDataProvider} with the highest priority is used; the result is cached.
     * If loading fails, the exception is thrown and the next call tries again.
     *
     * @return the bundled structure, not null
     * @throws NhsStructureException if no provider is registered
     * @throws DatasetException if the bundled data is malformed
     */
    public static NhsStructure bundled() {
        return BUNDLED.get();
    }

    private static NhsStructure loadBundled() {
        StructureDataProvider best = null;
        for (StructureDataProvider p : ServiceLoader.load(StructureDataProvider.class,
                NhsStructure.class.getClassLoader())) {
            if (best == null || p.priority() > best.priority()) {
                best = p;
            }
        }
        if (best == null) {
            throw new NhsStructureException("no StructureDataProvider is registered: put nhs-structure-data "
                    + "(or another provider) on the class path, or use NhsStructure.from(provider)");
        }
        return from(best);
    }

    /**
     * Loads a structure from a provider.
     *
     * @param provider  the provider, not null
     * @return the structure, not null
     * @throws DatasetException if the provider's data is malformed
     */
    public static NhsStructure from(StructureDataProvider provider) {
        return of(Objects.requireNonNull(provider.load(), "provider returned no dataset: " + provider.name()));
    }

    /**
     * Builds a structure from a validated dataset.
     *
     * @param dataset  the dataset, not null
     * @return the structure, not null
     */
    public static NhsStructure of(Dataset dataset) {
        return new NhsStructure(Objects.requireNonNull(dataset, "dataset"));
    }

    /**
     * Returns the dataset version, such as {@code 2026.1}.
     *
     * @return the version, not null
     */
    public String dataVersion() {
        return dataset.version();
    }

    /**
     * Returns the sources the data was built from, with their extract dates and licences.
     *
     * @return the sources, immutable, not null
     */
    public List<Source> sources() {
        return dataset.sources();
    }

    /**
     * Returns the dates the data speaks for, overall and per kind.
     *
     * @return the coverage, not null
     */
    public Coverage coverage() {
        return dataset.coverage();
    }

    /**
     * Returns the underlying dataset.
     *
     * @return the dataset, not null
     */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Returns every organisation, ordered by code.
     *
     * @return the organisations, immutable, not null
     */
    public List<Organisation> organisations() {
        return dataset.organisations();
    }

    /**
     * Returns every organisation that was of a kind at any time, ordered by code.
     *
     * @param kind  the kind, not null
     * @return the organisations, immutable, not null
     */
    public List<Organisation> organisationsEverOfKind(OrganisationKind kind) {
        return everOfKind.getOrDefault(kind, List.of());
    }

    /**
     * Returns every succession, ordered by effective date.
     *
     * @return the successions, immutable, not null
     */
    public List<Succession> successions() {
        return dataset.successions();
    }

    /**
     * Finds an organisation by code, whenever it existed.
     *
     * @param code  the code, not null
     * @return the organisation, or empty if the dataset has no such code, not null
     */
    public Optional<Organisation> organisation(OdsCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Finds an organisation by code text, trimmed and case-insensitive.
     *
     * @param code  the code, such as {@code "qhm"}, not null
     * @return the organisation, or empty if the text is not a valid code or the dataset has no such code
     */
    public Optional<Organisation> organisation(String code) {
        return OdsCode.isValid(code) ? organisation(OdsCode.of(code)) : Optional.empty();
    }

    /**
     * Returns the organisation with a code.
     *
     * @param code  the code, not null
     * @return the organisation, not null
     * @throws UnknownOrganisationException if the dataset has no such code
     */
    public Organisation require(OdsCode code) {
        Organisation o = byCode.get(code);
        if (o == null) {
            throw new UnknownOrganisationException(code.value(), dataVersion());
        }
        return o;
    }

    /**
     * Returns the organisation with a code given as text, trimmed and case-insensitive.
     *
     * @param code  the code, not null
     * @return the organisation, not null
     * @throws UnknownOrganisationException if the text is not a valid code or the dataset has no such code
     */
    public Organisation require(String code) {
        return organisation(code).orElseThrow(() -> new UnknownOrganisationException(code, dataVersion()));
    }

    /**
     * Returns the target of one type of link from an organisation on a date: the fast point lookup ("parent of X
     * on D"), with no view and no coverage check.
     *
     * @param code  the organisation's code, not null
     * @param type  the link type, not null
     * @param date  the date, not null
     * @return the target's code, or empty if there is no such link on that date, not null
     * @throws UnknownOrganisationException if the dataset has no such code
     */
    public Optional<OdsCode> target(OdsCode code, RelationshipType type, LocalDate date) {
        return Optional.ofNullable(require(code).targetOnEpochDay(type, date.toEpochDay()));
    }

    /**
     * Returns the structure as it stood on a date.
     *
     * @param date  the date, not null
     * @return the view of that date, not null
     * @throws OutsideCoverageException if the dataset does not speak for that date at all
     */
    public StructureView asOf(LocalDate date) {
        dataset.coverage().check(date);
        return new StructureView(this, date);
    }

    /** Links pointing at an organisation, ordered by source code and start; package use. */
    List<Relationship> incoming(OdsCode code) {
        return incoming.get(code);
    }

    /**
     * Outputs the version and size.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "NhsStructure[" + dataVersion() + ", " + byCode.size() + " organisations, " + coverage().period()
                + "]";
    }
}
