package io.github.nhsstructure.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.Organisation;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks that a chart drawn with the default options and the organisations' parent histories tell the same story:
 * every node's parent and link are those of {@link ChartRules#parentOn}, and every organisation with a parent on the
 * date is either drawn or counted as unplaced.
 */
public final class ChartAgreement {

    private ChartAgreement() {
    }

    /**
     * Checks one chart drawn from the department with every kind and level.
     *
     * @param structure  the structure, not null
     * @param chart  the chart, not null
     */
    public static void check(NhsStructure structure, OrgChart chart) {
        Set<ChartNode> seen = new HashSet<>();
        for (ChartNode n : chart.nodes()) {
            assertThat(seen.add(n)).as("%s drawn twice", n).isTrue();
            for (ChartNode c : n.children()) {
                ChartParent p = ChartRules.parentOn(structure, c.organisation(), chart.date()).orElseThrow(
                        () -> new AssertionError(c + " is drawn on " + chart.date() + " but has no chart parent"));
                assertThat(p.parent()).as("parent of %s on %s", c, chart.date()).isEqualTo(n.code());
                assertThat(p.link()).as("link of %s on %s", c, chart.date()).isEqualTo(c.link());
            }
        }
        int withParentNotDrawn = 0;
        for (Organisation o : structure.organisations()) {
            if (ChartRules.parentOn(structure, o, chart.date()).isPresent() && chart.node(o.code()).isEmpty()) {
                withParentNotDrawn++;
            }
        }
        int unplaced = chart.unplaced().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(withParentNotDrawn).as("organisations placed under a parent but not drawn on %s", chart.date())
                .isLessThanOrEqualTo(unplaced);
    }
}
