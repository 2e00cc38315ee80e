package io.github.nhsstructure;

import com.google.common.collect.ImmutableListMultimap;
import io.github.nhsstructure.commissioning.CommissioningRules;
import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.exception.AmbiguousCodeException;
import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.exception.ExtractException;
import io.github.nhsstructure.exception.NhsStructureException;
import io.github.nhsstructure.exception.OrganisationNotOpenException;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.lookup.StructureLookup;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.OnsCodeUse;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.Relationship;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.overlay.StructureDiff;
import io.github.nhsstructure.provenance.Source;
import io.github.nhsstructure.restructure.Change;
import io.github.nhsstructure.restructure.ChangeLog;
import io.github.nhsstructure.restructure.Restructure;
import io.github.nhsstructure.restructure.RestructureEvent;
import io.github.nhsstructure.restructure.RestructureStatus;
import io.github.nhsstructure.restructure.SuccessorResolution;
import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.OverlaidDataset;
import io.github.nhsstructure.spi.OverlayProvider;
import io.github.nhsstructure.spi.StructureDataProvider;
import io.github.nhsstructure.time.Dated;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

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
 * {@link OutsideCoverageException} ({@link #coverage()}: a question about the structure or one organisation needs
 * the date within the span of all kinds' coverage, and one about an organisation in a {@link StructureView} also
 * before the end of its kind's coverage; a question about a kind needs it within that kind's coverage), an unknown
 * code {@link UnknownOrganisationException}; nothing returns {@code null}.
 *
 * <p><b>Point lookups do no coverage check.</b> {@link #target(OdsCode, RelationshipType, LocalDate)} and the dated
 * accessors of an {@link Organisation} ({@code kindOn}, {@code nameOn}, {@code target}, {@code isOpenOn} and the
 * like) answer from the organisation's own record on any date: before it opened, after it closed or outside the
 * coverage they give an empty {@code Optional} or {@code false}, never {@link OutsideCoverageException}. They are
 * the hot path (a lookup of a few nanoseconds, for programs that ask millions of them), and a check would cost a
 * second lookup, of the organisation's kind on the date, on each call; a caller that needs one asks
 * {@link #coverage()} ({@link Coverage#covers(OrganisationKind, LocalDate)}) once, or uses {@link #asOf(LocalDate)}
 * and {@link StructureView#require(String)}, which check.
 *
 * <p><b>Codes.</b> Every method that takes a code as text accepts an ODS code or an ONS (GSS) code
 * ({@link OnsCode}), trimmed and case-insensitive. An ODS code names the same organisation on every date. An ONS
 * code is a dated identifier (ONS issues a new code when a boundary changes while the ODS code stays), so it is
 * resolved on a date: {@link #require(String, LocalDate)} gives the organisation that bore it on that date, and
 * if none did, an {@link UnknownOrganisationException} saying who bore it and when. Methods that take a date
 * (those of {@link StructureView}) resolve on that date. Methods without a date ({@link #require(String)},
 * {@link #history(String)}) accept an ONS code that one organisation alone ever bore, else an
 * {@link AmbiguousCodeException} lists the candidates. {@link #successors(String, LocalDate)} resolves on its
 * target date and, for a code no organisation bore then, as the methods without a date do, since successors
 * are asked for precisely about codes no longer in use. A text that is the ODS code of an organisation (a local
 * authority is keyed by its GSS code) names that organisation; only other texts are looked up as ONS codes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NhsStructure implements StructureLookup {

    // The bundled structure, and below every index, is made on first use by a plain check under a lock rather
    // than with Suppliers.memoize and a lambda: the first lambda of a program costs milliseconds at start, and
    // the library's first answer is on the start path of the command line.
    private static volatile @Nullable NhsStructure bundled;

    private final Dataset dataset;
    // Every index is built on first use: a compiled dataset makes each organisation only when it is asked for,
    // and a program that asks about one code should not pay for all of them.
    private volatile @Nullable Map<OrganisationKind, List<Organisation>> everOfKind;
    // Only children() needs links by target.
    private volatile @Nullable ImmutableListMultimap<OdsCode, Relationship> incoming;
    // Most programs never ask for changes.
    private volatile @Nullable ChangeLog changeLog;
    private final StructureDiff overlayDiff;

    private NhsStructure(Dataset dataset, StructureDiff overlayDiff) {
        this.dataset = dataset;
        this.overlayDiff = overlayDiff;
    }

    private static Map<OrganisationKind, List<Organisation>> everOfKind(Dataset dataset) {
        Map<OrganisationKind, List<Organisation>> kinds = new EnumMap<>(OrganisationKind.class);
        for (Organisation o : dataset.organisations()) {
            for (Dated<OrganisationKind> k : o.kinds().entries()) {
                List<Organisation> list = kinds.computeIfAbsent(k.value(), x -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != o) {
                    list.add(o);
                }
            }
        }
        kinds.replaceAll((k, v) -> List.copyOf(v));
        return kinds;
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
        NhsStructure b = bundled;
        if (b == null) {
            synchronized (NhsStructure.class) {
                b = bundled;
                if (b == null) {
                    b = loadBundled();
                    bundled = b;
                }
            }
        }
        return b;
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
        Dataset dataset = provider.load();
        if (dataset == null) {
            // Not requireNonNull with the message built every time: a concatenation costs start-up time.
            throw new NullPointerException("provider returned no dataset: " + provider.name());
        }
        return of(dataset);
    }

    /**
     * Builds a structure from a validated dataset.
     *
     * @param dataset  the dataset, not null
     * @return the structure, not null
     */
    public static NhsStructure of(Dataset dataset) {
        return new NhsStructure(Objects.requireNonNull(dataset, "dataset"), StructureDiff.empty());
    }

    /**
     * Returns this structure with newer extract files laid over it: new organisations added, closures, renames,
     * moves of commissioner or parent and new successions, each overlaid fact with the extract file as its source.
     *
     * <p>The rule (ADR 12, {@code docs/adr/0012-overlay.md}): for each kind of organisation, on the dates this
     * structure covers, its facts stand, and an extract that says something else is reported as a contradiction
     * naming both sources ({@link #overlayDiff()}), never overwritten in silence; from the first day this structure
     * does not speak for (the end of the kind's coverage, or the date of its latest source where coverage is
     * open-ended), the extract's facts are laid over it, and the coverage of every kind the extract speaks for runs
     * to the extract's date. So no answer about a date this structure covers changes.
     *
     * <p>The extracts are read by an {@link io.github.nhsstructure.spi.OverlayProvider} found through
     * {@link ServiceLoader}: put {@code nhs-structure-ods} on the class path or module path for the standard ODS
     * files ({@code epraccur.csv}, {@code eccg.csv}, {@code etr.csv}, the ePCN sheets, {@code succ.csv}, ...; see
     * {@code docs/ods-files.md}).
     *
     * @param extracts  a folder (searched with its sub-folders and the zips in it), a zip or one file, not null
     * @return a new structure with the extracts laid over this one, not null
     * @throws ExtractException if no overlay provider is found, or a file cannot be read or a row used; the
     *     message names the file, line and field, and no partial structure is returned
     * @since 0.1.0
     */
    public NhsStructure overlay(Path extracts) {
        Objects.requireNonNull(extracts, "extracts");
        OverlayProvider provider = null;
        for (OverlayProvider p : ServiceLoader.load(OverlayProvider.class, NhsStructure.class.getClassLoader())) {
            provider = p;
            break;
        }
        if (provider == null) {
            throw new ExtractException(extracts.toString(), 0, null, "no reader of extract files is registered: put"
                    + " nhs-structure-ods (module io.github.nhsstructure.ods) on the class path or module path");
        }
        OverlaidDataset result = Objects.requireNonNull(provider.overlay(dataset, extracts),
                "overlay provider returned nothing: " + provider.name());
        return new NhsStructure(result.dataset(), result.diff());
    }

    /**
     * Returns what the extracts laid over to make this structure changed and contradicted, against the structure
     * they were laid over ({@link #overlay(Path)}).
     *
     * @return the difference, empty for a structure not made by an overlay, not null
     * @since 0.1.0
     */
    public StructureDiff overlayDiff() {
        return overlayDiff;
    }

    /**
     * Returns the dataset version, such as {@code 2026.1}.
     *
     * @return the version, not null
     */
    @Override
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
    @Override
    public Coverage coverage() {
        return dataset.coverage();
    }

    /**
     * Returns every organisation, ordered by code.
     *
     * @return the organisations, immutable, not null
     */
    @Override
    public List<Organisation> organisations() {
        return dataset.organisations();
    }

    /**
     * Returns every organisation that was of a kind at any time, ordered by code.
     *
     * @param kind  the kind, not null
     * @return the organisations, immutable, not null
     */
    @Override
    public List<Organisation> organisationsEverOfKind(OrganisationKind kind) {
        Map<OrganisationKind, List<Organisation>> index = everOfKind;
        if (index == null) {
            synchronized (this) {
                index = everOfKind;
                if (index == null) {
                    index = everOfKind(dataset);
                    everOfKind = index;
                }
            }
        }
        return index.getOrDefault(kind, List.of());
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
    @Override
    public Optional<Organisation> organisation(OdsCode code) {
        return dataset.organisation(code);
    }

    /**
     * Finds an organisation by code text, trimmed and case-insensitive: an ODS code, or an ONS code that one
     * organisation alone ever bore.
     *
     * @param code  the code, such as {@code "qhm"} or {@code "E38000042"}, not null
     * @return the organisation, or empty if the text names no organisation of the dataset, or is an ONS code that
     *     several organisations bore at different times, not null
     */
    public Optional<Organisation> organisation(String code) {
        Organisation o = byOdsCode(code);
        if (o != null || !OnsCode.isValid(code)) {
            return Optional.ofNullable(o);
        }
        List<OnsCodeUse> uses = onsCodeUses(OnsCode.of(code));
        return isOneOrganisation(uses) ? dataset.organisation(uses.get(0).organisation()) : Optional.empty();
    }

    /**
     * Finds the organisation a code named on a date: an ODS code (whatever the date), or an ONS code borne on that
     * date.
     *
     * @param code  the code, trimmed and case-insensitive, such as {@code "02P"} or {@code "E38000042"}, not null
     * @param date  the date on which an ONS code is resolved, not null
     * @return the organisation, or empty if the text names no organisation on that date, not null
     * @since 0.1.0
     */
    public Optional<Organisation> organisation(String code, LocalDate date) {
        Organisation o = byOdsCode(code);
        if (o != null || !OnsCode.isValid(code)) {
            return Optional.ofNullable(o);
        }
        return organisation(OnsCode.of(code), date);
    }

    /**
     * Finds the organisation that bore an ONS code on a date.
     *
     * @param code  the ONS code, not null
     * @param date  the date, not null
     * @return the organisation, or empty if no organisation bore the code on that date, not null
     * @since 0.1.0
     */
    public Optional<Organisation> organisation(OnsCode code, LocalDate date) {
        for (OnsCodeUse use : onsCodeUses(code)) {
            if (use.period().contains(date)) {
                return dataset.organisation(use.organisation());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns every use of an ONS code by an organisation of the dataset, ordered by ONS code then start date: the
     * reverse of each organisation's {@link Organisation#onsCodes()}.
     *
     * @return the uses, immutable, not null
     * @since 0.1.0
     */
    @Override
    public List<OnsCodeUse> onsCodeUses() {
        return dataset.onsCodeUses();
    }

    /**
     * Returns every use of an ONS code: which organisations bore it, and when.
     *
     * @param code  the ONS code, not null
     * @return the uses, ordered by start date, empty if no organisation of the dataset bore it, immutable, not null
     * @since 0.1.0
     */
    public List<OnsCodeUse> onsCodeUses(OnsCode code) {
        // A binary search over the uses sorted by ONS code (built once by the dataset), then the run of equal codes.
        List<OnsCodeUse> all = dataset.onsCodeUses();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).onsCode().compareTo(code) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < all.size() && all.get(end).onsCode().equals(code)) {
            end++;
        }
        return all.subList(lo, end);
    }

    /**
     * Returns the organisation with a code.
     *
     * @param code  the code, not null
     * @return the organisation, not null
     * @throws UnknownOrganisationException if the dataset has no such code
     */
    @Override
    public Organisation require(OdsCode code) {
        Optional<Organisation> o = dataset.organisation(code);
        if (o.isEmpty()) {
            throw new UnknownOrganisationException(code.value(), dataVersion());
        }
        return o.get();
    }

    /**
     * Returns the organisation with a code given as text, trimmed and case-insensitive: an ODS code, or an ONS
     * code that one organisation alone ever bore.
     *
     * @param code  the code, not null
     * @return the organisation, not null
     * @throws UnknownOrganisationException if the text is not a valid code or the dataset has no such code
     * @throws AmbiguousCodeException if the text is an ONS code that several organisations bore at different
     *     times; the message lists them
     */
    @Override
    public Organisation require(String code) {
        Organisation o = byOdsCode(code);
        if (o != null) {
            return o;
        }
        if (OnsCode.isValid(code)) {
            List<OnsCodeUse> uses = onsCodeUses(OnsCode.of(code));
            if (isOneOrganisation(uses)) {
                return dataset.organisation(uses.get(0).organisation()).orElseThrow();
            }
            if (!uses.isEmpty()) {
                throw new AmbiguousCodeException(uses.get(0).onsCode().value(), uses, usedBy(uses));
            }
        }
        throw new UnknownOrganisationException(code, dataVersion());
    }

    /**
     * Returns the organisation a code named on a date: an ODS code (whatever the date), or the organisation that
     * bore an ONS code on that date.
     *
     * <p>The organisation need not be open on the date; {@link StructureView#require(String)} checks that.
     *
     * @param code  the code, trimmed and case-insensitive, such as {@code "02P"} or {@code "E38000042"}, not null
     * @param date  the date on which an ONS code is resolved, not null
     * @return the organisation, not null
     * @throws UnknownOrganisationException if the text names no organisation of the dataset; for an ONS code that
     *     organisations bore on other dates only, the message says which and when
     * @since 0.1.0
     */
    @Override
    public Organisation require(String code, LocalDate date) {
        Organisation o = byOdsCode(code);
        if (o != null) {
            return o;
        }
        if (OnsCode.isValid(code)) {
            OnsCode ons = OnsCode.of(code);
            List<OnsCodeUse> uses = onsCodeUses(ons);
            for (OnsCodeUse use : uses) {
                if (use.period().contains(date)) {
                    return dataset.organisation(use.organisation()).orElseThrow();
                }
            }
            if (!uses.isEmpty()) {
                throw new UnknownOrganisationException(ons.value(), date, usedBy(uses));
            }
        }
        throw new UnknownOrganisationException(code, dataVersion());
    }

    private @Nullable Organisation byOdsCode(String code) {
        return OdsCode.isValid(code) ? dataset.organisation(OdsCode.of(code)).orElse(null) : null;
    }

    private static boolean isOneOrganisation(List<OnsCodeUse> uses) {
        if (uses.isEmpty()) {
            return false;
        }
        for (OnsCodeUse use : uses) {
            if (!use.organisation().equals(uses.get(0).organisation())) {
                return false;
            }
        }
        return true;
    }

    /** Describes each use for a message: {@code Y63 (North East and Yorkshire) from 2019-04-01 to 2022-06-30}. */
    private List<String> usedBy(List<OnsCodeUse> uses) {
        List<String> out = new ArrayList<>(uses.size());
        for (OnsCodeUse use : uses) {
            Organisation o = dataset.organisation(use.organisation()).orElseThrow();
            out.add(use.organisation() + " (" + o.nameOn(use.period().start()).orElseGet(o::name) + ") from "
                    + use.period().start()
                    + (use.period().isUnboundedEnd() ? "" : " to " + use.period().endInclusive()));
        }
        return out;
    }

    /**
     * Returns the target of one type of link from an organisation on a date: the fast point lookup ("parent of X
     * on D"), with no view and no coverage check.
     *
     * <p>Any date is answered from the organisation's record: a date before it opened or outside the dataset's
     * coverage (such as {@code 0001-01-01}) gives an empty {@code Optional}, not {@link OutsideCoverageException},
     * and a date after the coverage of its kind ended gives the last link the data holds. Check
     * {@link #coverage()} first where that matters (see the class documentation: the check would cost this hot
     * path a second lookup per call).
     *
     * @param code  the organisation's code, not null
     * @param type  the link type, not null
     * @param date  the date, not null
     * @return the target's code, or empty if there is no such link on that date, not null
     * @throws UnknownOrganisationException if the dataset has no such code
     */
    public Optional<OdsCode> target(OdsCode code, RelationshipType type, LocalDate date) {
        return require(code).target(type, date);
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

    /**
     * Returns every change the data implies (openings, closures, renames, changes of kind, moves between
     * parents, mergers and splits), derived on first use.
     *
     * @return the change log, not null
     */
    public ChangeLog changeLog() {
        ChangeLog log = changeLog;
        if (log == null) {
            synchronized (this) {
                log = changeLog;
                if (log == null) {
                    log = ChangeLog.of(dataset.organisations(), dataset.events());
                    changeLog = log;
                }
            }
        }
        return log;
    }

    /**
     * Returns the changes that make the structure on {@code to} differ from the structure on {@code from}: those
     * effective after {@code from} and on or before {@code to}.
     *
     * @param from  the earlier date, not null
     * @param to  the later date, not null
     * @return the changes, in date order, immutable, not null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     * @throws OutsideCoverageException if the day after {@code from} or {@code to} lies outside the span of the
     *     dataset's coverage ({@link Coverage#period()}): changes on dates the data does not speak for are unknown,
     *     not absent
     */
    public List<Change> changes(LocalDate from, LocalDate to) {
        checkPeriod(from, to, null);
        return changeLog().between(from, to);
    }

    /**
     * Checks that the effective dates of the changes between two dates, the day after {@code from} to {@code to},
     * are dates the dataset speaks for: for one kind, that kind's coverage; else the span of all kinds.
     */
    private void checkPeriod(LocalDate from, LocalDate to, @Nullable OrganisationKind kind) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        LocalDate first = from.equals(LocalDate.MAX) ? from : from.plusDays(1);
        for (LocalDate day : List.of(first, to)) {
            if (kind == null) {
                dataset.coverage().check(day);
            } else {
                dataset.coverage().check(kind, day);
            }
        }
    }

    /**
     * Returns the changes between two dates that concern one kind of organisation.
     *
     * @param from  the earlier date, not null
     * @param to  the later date, not null
     * @param kind  the kind, not null
     * @return the changes, in date order, immutable, not null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     * @throws OutsideCoverageException if the day after {@code from} or {@code to} lies outside the kind's coverage
     */
    public List<Change> changes(LocalDate from, LocalDate to, OrganisationKind kind) {
        checkPeriod(from, to, kind);
        List<Change> out = new ArrayList<>();
        for (Change c : changeLog().between(from, to)) {
            if (c.kind() == kind) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns one restructure per date on which the structure changed, in date order.
     *
     * @return the restructures, immutable, not null
     */
    public List<Restructure> restructures() {
        return changeLog().restructures();
    }

    /**
     * Returns the named national restructures (the 2013 go-live, the yearly CCG mergers, the 2022 ICBs, ...),
     * enacted and planned, in date order.
     *
     * @return the events, immutable, not null
     */
    public List<RestructureEvent> events() {
        return dataset.events();
    }

    /**
     * Returns the changes the data records for a named event: those of its effective date that concern its kinds.
     *
     * @param event  the event, not null
     * @return the restructure named after the event, or empty for a planned event or one whose changes the data
     *     does not record, not null
     */
    public Optional<Restructure> restructure(RestructureEvent event) {
        if (event.isPlanned()) {
            return Optional.empty();
        }
        List<Change> changes = new ArrayList<>();
        for (Change c : changes(event.effectiveDate().minusDays(1), event.effectiveDate())) {
            if (event.kinds().contains(c.kind())) {
                changes.add(c);
            }
        }
        return changes.isEmpty() ? Optional.empty()
                : Optional.of(new Restructure(event.effectiveDate(), event.name(), RestructureStatus.ENACTED, changes));
    }

    /**
     * Returns the first restructure effective after a date.
     *
     * @param date  the date, not null
     * @return the restructure, or empty if the data records none later, not null
     */
    public Optional<Restructure> nextRestructure(LocalDate date) {
        return changeLog().next(date);
    }

    /**
     * Returns the last restructure effective on or before a date: the one that made the structure in force then.
     *
     * @param date  the date, not null
     * @return the restructure, or empty if none, not null
     */
    public Optional<Restructure> previousRestructure(LocalDate date) {
        return changeLog().previous(date);
    }

    /**
     * Returns the first change to one organisation effective after a date.
     *
     * @param code  the organisation's code, not null
     * @param date  the date, not null
     * @return the change, or empty if none, not null
     * @throws UnknownOrganisationException if the code is unknown
     * @throws AmbiguousCodeException if the code is an ONS code several organisations bore
     */
    public Optional<Change> nextChange(String code, LocalDate date) {
        for (Change c : history(code)) {
            if (c.effectiveDate().isAfter(date)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the last change to one organisation effective on or before a date.
     *
     * @param code  the organisation's code, not null
     * @param date  the date, not null
     * @return the change, or empty if none, not null
     * @throws UnknownOrganisationException if the code is unknown
     * @throws AmbiguousCodeException if the code is an ONS code several organisations bore
     */
    public Optional<Change> previousChange(String code, LocalDate date) {
        Change last = null;
        for (Change c : history(code)) {
            if (c.effectiveDate().isAfter(date)) {
                break;
            }
            last = c;
        }
        return Optional.ofNullable(last);
    }

    /**
     * Returns the full history of one code: every change involving it, in date order.
     *
     * @param code  the code, trimmed and case-insensitive: an ODS code, or an ONS code one organisation alone
     *     ever bore, not null
     * @return the changes, immutable, not null
     * @throws UnknownOrganisationException if the code is unknown
     * @throws AmbiguousCodeException if the code is an ONS code several organisations bore
     */
    public List<Change> history(String code) {
        return changeLog().history(require(code).code());
    }

    /**
     * Resolves where an organisation's responsibilities were on a date: itself if it was open, else its
     * successors followed transitively (every successor of a split, each with the succession rows behind it).
     *
     * <p>An ONS code names the organisation that bore it on the target date, else the one organisation that ever
     * bore it: successors are asked for about codes no longer in use.
     *
     * @param code  the code, trimmed and case-insensitive: an ODS code or an ONS code, not null
     * @param date  the target date, not null
     * @return the resolution, not null
     * @throws UnknownOrganisationException if the code is unknown
     * @throws AmbiguousCodeException if the code is an ONS code nobody bore on the date and several organisations
     *     bore at other times
     * @throws OutsideCoverageException if the date lies outside the span of the dataset's coverage
     * @throws OrganisationNotOpenException if the organisation opened after the date: it had no successors then
     */
    public SuccessorResolution successors(String code, LocalDate date) {
        Organisation start = organisation(code, date).orElseGet(() -> require(code));
        return resolveSuccessors(start, date);
    }

    /** The coverage rule of a question about one organisation on a date, then the successors. */
    private SuccessorResolution resolveSuccessors(Organisation start, LocalDate date) {
        dataset.coverage().check(date);
        if (date.isBefore(start.operationalPeriod().start())) {
            // Successors answer for the days after it closed; before it opened it had neither (as org says).
            throw new OrganisationNotOpenException(start, date);
        }
        return SuccessorResolution.resolve(start, date, this::require);
    }

    /**
     * Resolves where an organisation's responsibilities were on a date, as the engines need it (re-basing, Who
     * Pays?, commissioning): like {@link #successors(String, LocalDate)} but without its checks, so a date outside
     * the coverage or before the organisation opened gives a resolution with no successor and the reason in
     * {@link SuccessorResolution#deadEnds()} rather than an exception.
     *
     * @param code  the ODS code, not null
     * @param date  the target date, not null
     * @return the resolution, not null
     * @throws UnknownOrganisationException if the code is unknown
     */
    @Override
    public SuccessorResolution successors(OdsCode code, LocalDate date) {
        return SuccessorResolution.resolve(require(code), date, this::require);
    }

    /**
     * Returns the commissioning rules of the dataset: which type of body commissioned each service category over
     * time (see {@link io.github.nhsstructure.commissioner.Commissioning} for the organisation in a place).
     *
     * @return the rules, possibly empty, not null
     * @since 0.1.0
     */
    @Override
    public CommissioningRules commissioningRules() {
        return dataset.commissioningRules();
    }

    /** Links pointing at an organisation, ordered by source code and start; package use. */
    List<Relationship> incoming(OdsCode code) {
        ImmutableListMultimap<OdsCode, Relationship> index = incoming;
        if (index == null) {
            synchronized (this) {
                index = incoming;
                if (index == null) {
                    index = incomingLinks(dataset);
                    incoming = index;
                }
            }
        }
        return index.get(code);
    }

    private static ImmutableListMultimap<OdsCode, Relationship> incomingLinks(Dataset dataset) {
        List<Relationship> links = new ArrayList<>();
        for (Organisation o : dataset.organisations()) {
            links.addAll(o.relationships());
        }
        links.sort(Comparator.comparing(Relationship::source).thenComparing(Relationship::period));
        ImmutableListMultimap.Builder<OdsCode, Relationship> in = ImmutableListMultimap.builder();
        for (Relationship r : links) {
            in.put(r.target(), r);
        }
        return in.build();
    }

    /**
     * Outputs the version and size.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "NhsStructure[" + dataVersion() + ", " + dataset.organisations().size() + " organisations, " + coverage().period()
                + "]";
    }
}
