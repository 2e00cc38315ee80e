package io.github.nhsstructure.examples;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.chart.ChartFormat;
import io.github.nhsstructure.chart.ChartOptions;
import io.github.nhsstructure.chart.OrgChart;
import io.github.nhsstructure.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * Shows the organisation chart of a date: the Department, the national bodies, NHS England's regions and the ICBs
 * (or the STPs, CCGs, area teams, SHAs and PCTs of earlier dates), as an indented text tree.
 *
 * <pre>
 * java -cp nhs-structure-examples/target/nhs-structure.jar io.github.nhsstructure.examples.OrgChartExample [DATE]
 * </pre>
 *
 * @since 0.1.0
 */
public final class OrgChartExample {

    private OrgChartExample() {
    }

    /**
     * Prints the chart of the date given (default 2022-07-01, the first day of the ICBs).
     *
     * @param args  an optional date, yyyy-MM-dd
     */
    public static void main(String[] args) {
        LocalDate date = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2022, 7, 1);
        NhsStructure nhs = NhsStructure.bundled();

        // The commissioners of every era, not the 10,000 practices below them.
        ChartOptions options = ChartOptions.defaults().withKinds(EnumSet.of(OrganisationKind.NATIONAL_BODY,
                OrganisationKind.REGION, OrganisationKind.AREA_TEAM, OrganisationKind.SHA, OrganisationKind.PCT,
                OrganisationKind.STP, OrganisationKind.CCG, OrganisationKind.ICB));
        OrgChart chart = OrgChart.of(nhs, date, options);

        // TEXT is an indented tree; ChartFormat.MERMAID and ChartFormat.DOT draw the same tree as diagrams.
        System.out.print(ChartFormat.TEXT.render(chart));
        System.out.printf("%d ICBs, %d CCGs, %d PCTs in the chart%n", chart.count(OrganisationKind.ICB),
                chart.count(OrganisationKind.CCG), chart.count(OrganisationKind.PCT));
    }
}
