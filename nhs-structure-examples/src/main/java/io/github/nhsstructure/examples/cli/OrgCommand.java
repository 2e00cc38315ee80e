package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.exception.OutsideCoverageException;
import io.github.nhsstructure.json.OrganisationOnDate;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nhs-structure org CODE [--on DATE]}: prints an organisation as {@code CODE<TAB>ONS<TAB>KIND<TAB>NAME}
 * with its ONS code ({@code -} if none), kind and name on the date, then each parent up the chain on that date in
 * the same form, nearest first ({@link StructureView#parents(Organisation)}), then, for a member of a primary care
 * network (a GP practice), that network on the date.
 *
 * <p>{@code CODE} is an ODS code or an ONS code; an ONS code names the organisation that bore it on the date. An
 * unknown code, an ONS code nobody bore on the date (the message says who bore it and when), a date outside the
 * coverage of the organisation's kind, on or after its end ({@link StructureView#require(String)}: the message
 * says the kind's coverage), and a date on which the organisation was not open are errors; the last says when it
 * was open.
 *
 * <p>A line the data does not speak for on the date, a parent of a kind whose coverage has ended (and so everything
 * above it) or a practice's network after the networks' coverage ends, is not stated: it is printed as
 * {@code -<TAB>-<TAB>KIND<TAB>not known: REASON}, and in JSON listed in {@code notKnown} with the kind and its
 * coverage, {@code network} being {@code null}.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "org",
        description = "Prints an organisation as CODE<TAB>ONS<TAB>KIND<TAB>NAME on a date, then its parents, nearest "
                + "first, then its primary care network if it is a member of one.")
public final class OrgCommand extends StructureCommand {

    @Parameters(index = "0", paramLabel = "CODE", description = "The ODS code, such as 02P, or an ONS code, such as "
            + "E38000006, resolved on the date; case-insensitive.")
    private String code;

    @Option(names = "--on", paramLabel = "DATE", converter = DateConverter.class,
            description = "The date, yyyy-MM-dd; default: today.")
    private Optional<LocalDate> on = Optional.empty();

    @Mixin
    private JsonOption json;

    /**
     * Creates the command; picocli calls this.
     */
    public OrgCommand() {
    }

    /**
     * Creates the command with its options already given, for {@link QuickPath}.
     *
     * @param code  the code as given, not null
     * @param on  the date, if given, not null
     */
    OrgCommand(String code, Optional<LocalDate> on) {
        this.code = code;
        this.on = on;
        this.json = new JsonOption();
    }

    @Override
    protected void run() {
        // The text answer is the commonest question, answered by QuickPath at start: no lambda on its path.
        LocalDate date = on.isPresent() ? on.get() : today();
        // The code first: "no such code" is the more useful answer when the date is also wrong.
        Organisation organisation = structure().require(code, date);
        StructureView view = structure().asOf(date);
        // Throws OrganisationNotOpenException, which says when it was open, and OutsideCoverageException for a
        // date outside the coverage of the organisation's kind: the data does not speak for it then.
        view.require(organisation.code());
        Coverage coverage = structure().coverage();
        // The chain up to the first parent of a kind the data does not speak for on the date: that one is not
        // known (a stale link is not stated), nor is anything above it.
        List<Organisation> parents = new ArrayList<>();
        OutsideCoverageException unknownParent = null;
        for (Organisation parent : view.parents(organisation)) {
            unknownParent = outside(coverage, kindOn(parent, date), date);
            if (unknownParent != null) {
                break;
            }
            parents.add(parent);
        }
        // A practice's primary care network is a membership, not a parent: it comes after the chain. Where the
        // networks' coverage has ended, the network is not known.
        Optional<Organisation> network = view.parent(organisation.code().value(), RelationshipType.MEMBER_OF);
        if (network.isPresent() && network.get().kindOn(date).orElse(null) != OrganisationKind.PCN) {
            network = Optional.empty();
        }
        OutsideCoverageException unknownNetwork = null;
        if (network.isPresent() || kindOn(organisation, date) == OrganisationKind.GP_PRACTICE) {
            unknownNetwork = outside(coverage, OrganisationKind.PCN, date);
            if (unknownNetwork != null) {
                network = Optional.empty();
            }
        }
        if (json.enabled) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("date", date.toString());
            doc.put("organisation", new OrganisationOnDate(organisation, date));
            doc.put("parents", parents.stream().map(p -> new OrganisationOnDate(p, date)).toList());
            doc.put("network", network.isPresent() ? new OrganisationOnDate(network.get(), date) : null);
            List<Map<String, Object>> notKnown = new ArrayList<>();
            if (unknownParent != null) {
                notKnown.add(notKnown("parent", unknownParent));
            }
            if (unknownNetwork != null) {
                notKnown.add(notKnown("network", unknownNetwork));
            }
            doc.put("notKnown", notKnown);
            printJson(doc);
            return;
        }
        printOrganisation(organisation, date);
        for (Organisation parent : parents) {
            printOrganisation(parent, date);
        }
        if (unknownParent != null) {
            printNotKnown(unknownParent);
        }
        if (network.isPresent()) {
            printOrganisation(network.get(), date);
        }
        if (unknownNetwork != null) {
            printNotKnown(unknownNetwork);
        }
    }

    private static OrganisationKind kindOn(Organisation organisation, LocalDate date) {
        Optional<OrganisationKind> kind = organisation.kindOn(date);
        return kind.isPresent() ? kind.get() : organisation.kind();
    }

    /**
     * The refusal for a kind on a date, or null if the data speaks for it: the rule of
     * {@link StructureView#require(String)}, a date on or after the end of the kind's coverage.
     */
    private static OutsideCoverageException outside(Coverage coverage, OrganisationKind kind, LocalDate date) {
        Optional<DateRange> covered = coverage.of(kind);
        if (covered.isEmpty() || covered.get().isUnboundedEnd() || date.isBefore(covered.get().end())) {
            return null;
        }
        return new OutsideCoverageException(date, kind, covered.get());
    }

    /** {@code -<TAB>-<TAB>KIND<TAB>not known: the reason}, in the columns of an organisation's line. */
    private void printNotKnown(OutsideCoverageException reason) {
        println("-\t-\t" + reason.kind().orElseThrow() + "\tnot known: " + reason.getMessage());
    }

    private static Map<String, Object> notKnown(String line, OutsideCoverageException reason) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("line", line);
        entry.put("kind", reason.kind().orElseThrow().name());
        DateRange covered = reason.coverage().orElseThrow();
        entry.put("coveredFrom", covered.start().toString());
        entry.put("coveredTo", covered.isUnboundedEnd() ? null : covered.endInclusive().toString());
        entry.put("reason", reason.getMessage());
        return entry;
    }
}
