package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.json.OrganisationOnDate;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import java.time.LocalDate;
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
 * dataset's coverage and a date on which the organisation was not open are errors; the last says when it was
 * open.
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
        view.require(organisation.code()); // throws OrganisationNotOpenException, which says when it was open
        List<Organisation> parents = view.parents(organisation);
        // A practice's primary care network is a membership, not a parent: it comes after the chain.
        Optional<Organisation> network = view.parent(organisation.code().value(), RelationshipType.MEMBER_OF);
        if (network.isPresent() && network.get().kindOn(date).orElse(null) != OrganisationKind.PCN) {
            network = Optional.empty();
        }
        if (json.enabled) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("date", date.toString());
            doc.put("organisation", new OrganisationOnDate(organisation, date));
            doc.put("parents", parents.stream().map(p -> new OrganisationOnDate(p, date)).toList());
            doc.put("network", network.isPresent() ? new OrganisationOnDate(network.get(), date) : null);
            printJson(doc);
            return;
        }
        printOrganisation(organisation, date);
        for (Organisation parent : parents) {
            printOrganisation(parent, date);
        }
        if (network.isPresent()) {
            printOrganisation(network.get(), date);
        }
    }
}
