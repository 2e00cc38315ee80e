package io.github.nhsstructure.examples;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Shows the commissioner of every GP practice on a date, written as CSV on standard output: the practice, the
 * PCT, CCG or sub-ICB location that commissioned it, with ODS and ONS codes, and the ICB or region above it.
 *
 * <pre>
 * java -cp nhs-structure-examples/target/nhs-structure.jar io.github.nhsstructure.examples.PracticeCommissionersExample [DATE] &gt; practices.csv
 * </pre>
 *
 * @since 0.1.0
 */
public final class PracticeCommissionersExample {

    private PracticeCommissionersExample() {
    }

    /**
     * Writes the CSV for the date given (default 2022-07-01).
     *
     * @param args  an optional date, yyyy-MM-dd
     */
    public static void main(String[] args) {
        LocalDate date = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2022, 7, 1);
        StructureView view = NhsStructure.bundled().asOf(date);
        // Not closed: closing would close standard output.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            csv.printRecord("practice_code", "practice_name", "commissioner_code", "commissioner_ons_code",
                    "commissioner_name", "commissioner_kind", "above_code", "above_name");
            // Practices open on the date, by code; a date outside the practices' coverage throws.
            for (Organisation practice : view.organisations(OrganisationKind.GP_PRACTICE)) {
                String code = practice.code().value();
                Optional<Organisation> commissioner = view.parent(code, RelationshipType.COMMISSIONED_BY);
                // Above the commissioner: a sub-ICB location's ICB, else a CCG's region (nothing for a PCT).
                Optional<Organisation> above = commissioner.flatMap(c -> view.parent(c.code().value()));
                csv.printRecord(code, name(practice, date),
                        commissioner.map(c -> c.code().value()).orElse(""),
                        commissioner.flatMap(c -> c.onsCodeOn(date)).map(OnsCode::value).orElse(""),
                        commissioner.map(c -> name(c, date)).orElse(""),
                        commissioner.flatMap(c -> c.kindOn(date)).map(Enum::name).orElse(""),
                        above.map(a -> a.code().value()).orElse(""), above.map(a -> name(a, date)).orElse(""));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Organisation o, LocalDate date) {
        return o.nameOn(date).orElseGet(o::name);
    }
}
