package io.github.nhsstructure.examples;

import static io.github.nhsstructure.organisation.OrganisationKind.CCG;
import static io.github.nhsstructure.organisation.OrganisationKind.ICB;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.exception.NhsStructureException;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.provenance.Source;
import io.github.nhsstructure.time.DateRange;
import java.io.PrintWriter;
import java.time.LocalDate;

/**
 * A first tour of nhs-structure: what the bundled dataset is, what it covers, and a few questions about it.
 *
 * <p>Run it from the shaded jar, which holds the library, the data and this class:
 *
 * <pre>
 * ./mvnw -q package -DskipTests
 * java -cp nhs-structure-examples/target/nhs-structure.jar io.github.nhsstructure.examples.QuickStart
 * </pre>
 *
 * @since 0.1.0
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Prints the tour to standard output.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        try {
            // Loaded once, on first use, and validated; a missing or broken dataset fails here, with a message
            // naming file, line and field.
            NhsStructure nhs = NhsStructure.bundled();
            print(nhs, out);
        } catch (NhsStructureException e) {
            System.err.println("QuickStart: " + e.getMessage());
            System.exit(1);
        } finally {
            out.flush();
        }
    }

    /**
     * Prints the tour of a structure.
     *
     * @param nhs  the structure, the bundled one for the facts below to make sense, not null
     * @param out  where to print, not null
     * @throws NhsStructureException if the structure lacks the organisations or dates the tour asks about
     */
    public static void print(NhsStructure nhs, PrintWriter out) {
        out.printf("Dataset %s%n", nhs.dataVersion());
        out.printf("Sources:%n");
        for (Source source : nhs.sources()) {
            out.printf("  %-24s extracted %s%n", source.id(), source.extractDate());
        }

        // Each kind is complete only for its own period; asking outside it throws OutsideCoverageException.
        out.printf("Coverage by kind (first day to last day):%n");
        for (Coverage.KindCoverage c : nhs.coverage().entries()) {
            out.printf("  %-26s %s%n", c.kind(), describe(c.period()));
        }

        // A view of the structure on one date answers "how many", "which" and "part of what".
        out.printf("CCGs on 2013-04-01: %d%n", nhs.asOf(LocalDate.of(2013, 4, 1)).count(CCG));
        out.printf("CCGs on 2021-04-01: %d%n", nhs.asOf(LocalDate.of(2021, 4, 1)).count(CCG));
        StructureView july2022 = nhs.asOf(LocalDate.of(2022, 7, 1));
        out.printf("ICBs on 2022-07-01: %d%n", july2022.count(ICB));

        // On 2022-07-01 every CCG became a sub-ICB location of an ICB, which sits in an NHS England region.
        Organisation sicbl = july2022.require("02P");
        out.printf("Sub-ICB location 02P on 2022-07-01, then its parents:%n");
        printOrganisation(out, sicbl, july2022.date());
        for (Organisation parent : july2022.parents(sicbl)) {
            printOrganisation(out, parent, july2022.date());
        }
    }

    private static void printOrganisation(PrintWriter out, Organisation o, LocalDate date) {
        out.printf("  %-5s %-21s %s%n", o.code(), o.kindOn(date).orElseGet(o::kind),
                o.nameOn(date).orElseGet(o::name));
    }

    private static String describe(DateRange period) {
        return period.start() + " to " + (period.isUnboundedEnd() ? "open-ended" : period.endInclusive());
    }
}
