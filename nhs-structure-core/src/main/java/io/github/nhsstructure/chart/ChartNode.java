package io.github.nhsstructure.chart;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One organisation in an {@link OrgChart}: what it was on the chart's date, how it hangs under its parent, and the
 * organisations drawn under it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param organisation  the organisation, not null
 * @param kind  its kind on the chart's date, not null
 * @param name  its name on the chart's date, not null
 * @param onsCode  its ONS code on the chart's date, or empty if it bore none, not null
 * @param link  the type of the link in the data that places it under the node drawn above it ({@link ChartRules}),
 *     or empty for the root, for an organisation placed under the government department by its kind because the
 *     data holds no link up for it, and for one whose link is to an organisation of a kind the chart does not draw
 *     (it is drawn under the nearest drawn organisation above; {@link ChartFormat#linkLabel(ChartNode)}), not null
 * @param depth  the level in the chart, 0 for the root
 * @param children  the organisations drawn under it, ordered by kind and then code, not null
 * @param hiddenChildren  how many organisations would be drawn directly under it if the chart went one level
 *     deeper (zero unless the chart's depth stops at this node)
 * @since 0.1.0
 */
public record ChartNode(Organisation organisation, OrganisationKind kind, String name, Optional<OnsCode> onsCode,
        Optional<RelationshipType> link, int depth, List<ChartNode> children, int hiddenChildren) {

    /**
     * Validates and copies the children.
     *
     * @param organisation  the organisation, not null
     * @param kind  its kind on the chart's date, not null
     * @param name  its name on the chart's date, not null
     * @param onsCode  its ONS code on the chart's date, or empty, not null
     * @param link  the link type that places it under its parent, or empty, not null
     * @param depth  the level in the chart, 0 for the root
     * @param children  the organisations drawn under it, not null
     * @param hiddenChildren  how many would be drawn directly under it one level deeper
     * @throws IllegalArgumentException if the depth or the hidden count is negative, or a node has both children
     *     and hidden children
     */
    public ChartNode {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(onsCode, "onsCode");
        Objects.requireNonNull(link, "link");
        children = List.copyOf(children);
        if (depth < 0 || hiddenChildren < 0) {
            throw new IllegalArgumentException("negative depth or hidden count for " + organisation.code());
        }
        if (hiddenChildren > 0 && !children.isEmpty()) {
            throw new IllegalArgumentException(organisation.code() + " has both children and hidden children");
        }
    }

    /**
     * Returns the organisation's ODS code.
     *
     * @return the code, not null
     */
    public OdsCode code() {
        return organisation.code();
    }

    /**
     * Returns this node and every node under it, in pre-order (a node before its children, children in order).
     *
     * @return the nodes, immutable, not null
     */
    public List<ChartNode> flatten() {
        List<ChartNode> out = new ArrayList<>();
        addTo(out);
        return List.copyOf(out);
    }

    private void addTo(List<ChartNode> out) {
        out.add(this);
        for (ChartNode child : children) {
            child.addTo(out);
        }
    }

    /**
     * Outputs the node without its children, such as {@code QF7 NHS South Yorkshire Integrated Care Board [ICB]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return organisation.code() + " " + name + " [" + kind + "]";
    }
}
