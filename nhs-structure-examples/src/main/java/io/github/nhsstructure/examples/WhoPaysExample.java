package io.github.nhsstructure.examples;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.whopays.Determination;
import io.github.nhsstructure.whopays.PatientContext;
import io.github.nhsstructure.whopays.WhoPays;
import java.time.LocalDate;
import java.util.List;

/**
 * Shows who pays for three patients in three eras, by the Who Pays? rules in force on each date: a registered
 * patient in the PCT era, an unregistered patient whose CCG had merged, and a specialised service delegated to an
 * ICB in the North West.
 *
 * <pre>
 * java -cp nhs-structure-examples/target/nhs-structure.jar io.github.nhsstructure.examples.WhoPaysExample
 * </pre>
 *
 * @since 0.1.0
 */
public final class WhoPaysExample {

    private WhoPaysExample() {
    }

    /**
     * Prints the three determinations with their explanations.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        WhoPays whoPays = WhoPays.of(NhsStructure.bundled());
        List<PatientContext> patients = List.of(
                // 2010: registered with a practice in Stockton-on-Tees, so the practice's PCT pays.
                PatientContext.builder(LocalDate.of(2010, 6, 1), ServiceCategory.ACUTE_PLANNED)
                        .registeredPractice("A81001").build(),
                // 2016: not registered; the usual residence names a CCG that had merged, so its successor pays.
                PatientContext.builder(LocalDate.of(2016, 6, 1), ServiceCategory.ACUTE_PLANNED)
                        .unregistered(true).usualResidence("00F").build(),
                // 2024: a specialised service, NHS England's, delegated to the ICBs of three regions only.
                PatientContext.builder(LocalDate.of(2024, 6, 1), ServiceCategory.SPECIALISED_DELEGABLE)
                        .unregistered(true).usualResidence("00T").build());

        for (PatientContext patient : patients) {
            Determination d = whoPays.determine(patient);
            System.out.println(d.date() + " " + d.service() + ": " + d.summary());
            System.out.println("  " + d.status() + " by rule " + d.ruleId() + " (" + d.rule().title() + ")");
            d.explanation().forEach(line -> System.out.println("    " + line));
        }
    }
}
