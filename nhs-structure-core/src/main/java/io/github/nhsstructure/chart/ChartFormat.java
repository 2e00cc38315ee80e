package io.github.nhsstructure.chart;

import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.RelationshipType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The text forms of an {@link OrgChart}: an indented text tree, a Mermaid flowchart and a Graphviz DOT graph.
 *
 * <p>Each form is a pure function of the chart: the same chart gives the same bytes, with {@code \n} line ends on
 * every platform. Each says the date and dataset version, gives every organisation's code, ONS code where it has one,
 * name and kind on the date, labels each line to a parent with the link that placed it there ({@link ChartRules};
 * "by kind" where the data holds no link; "through kinds not drawn" where the link is to an organisation of a kind
 * the chart does not draw, so that it is drawn under the nearest drawn organisation above), says "+N below" where
 * the depth stopped, and ends with the chart's notes: the drawn kinds the dataset is not complete for on the date
 * and the organisations it could not place.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ChartFormat {
    /**
     * An indented tree, two spaces per level, one organisation a line:
     * {@code CODE [ONS] NAME [KIND; link]}, with {@code #} comment lines before and after.
     */
    TEXT {
        @Override
        public String render(OrgChart chart) {
            StringBuilder b = new StringBuilder();
            b.append("# ").append(title(chart)).append('\n');
            for (ChartNode n : chart.nodes()) {
                b.append("  ".repeat(n.depth())).append(n.code());
                n.onsCode().ifPresent(ons -> b.append(' ').append(ons));
                b.append(' ').append(n.name()).append(" [").append(n.kind());
                if (n.depth() > 0) {
                    b.append("; ").append(linkLabel(n));
                }
                b.append(']');
                if (n.hiddenChildren() > 0) {
                    b.append(" +").append(n.hiddenChildren()).append(" below");
                }
                b.append('\n');
            }
            for (String note : notes(chart)) {
                b.append("# ").append(note).append('\n');
            }
            return b.toString();
        }
    },
    /** A Mermaid flowchart, left to right, nodes coloured by tier, for Markdown that renders Mermaid. */
    MERMAID {
        @Override
        public String render(OrgChart chart) {
            StringBuilder b = new StringBuilder();
            b.append("%% ").append(title(chart)).append('\n');
            for (String note : notes(chart)) {
                b.append("%% ").append(note).append('\n');
            }
            b.append("flowchart LR\n");
            for (ChartNode n : chart.nodes()) {
                b.append("  ").append(mermaidId(n)).append("[\"").append(mermaidText(n.name())).append("<br/>")
                        .append(mermaidText(codes(n) + " - " + n.kind().label()));
                if (n.hiddenChildren() > 0) {
                    b.append("<br/>+").append(n.hiddenChildren()).append(" below");
                }
                b.append("\"]\n");
            }
            for (ChartNode n : chart.nodes()) {
                for (ChartNode c : n.children()) {
                    b.append("  ").append(mermaidId(n)).append(c.link().isPresent() ? " -->|" : " -.->|")
                            .append(linkLabel(c)).append("| ").append(mermaidId(c)).append('\n');
                }
            }
            for (OrganisationKind.Tier tier : OrganisationKind.Tier.values()) {
                b.append("  classDef ").append(tier.name().toLowerCase(java.util.Locale.ROOT))
                        .append(" fill:").append(colour(tier)).append(",stroke:#4a4a4a\n");
            }
            for (OrganisationKind.Tier tier : OrganisationKind.Tier.values()) {
                StringJoiner ids = new StringJoiner(",");
                for (ChartNode n : chart.nodes()) {
                    if (n.kind().tier() == tier) {
                        ids.add(mermaidId(n));
                    }
                }
                if (ids.length() > 0) {
                    b.append("  class ").append(ids).append(' ')
                            .append(tier.name().toLowerCase(java.util.Locale.ROOT)).append('\n');
                }
            }
            return b.toString();
        }
    },
    /** A Graphviz DOT digraph, left to right, nodes coloured by tier: {@code dot -Tsvg} draws it. */
    DOT {
        @Override
        public String render(OrgChart chart) {
            StringBuilder b = new StringBuilder();
            b.append("// ").append(title(chart)).append('\n');
            b.append("digraph \"nhs-structure\" {\n");
            StringBuilder label = new StringBuilder(title(chart));
            for (String note : notes(chart)) {
                label.append("\\n").append(dotText(note));
            }
            b.append("  graph [rankdir=LR, ranksep=0.5, nodesep=0.06, fontname=\"Helvetica\", fontsize=14,")
                    .append(" labelloc=t, labeljust=l, label=\"").append(label).append("\"];\n");
            b.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10,")
                    .append(" color=\"#4a4a4a\", margin=\"0.08,0.03\"];\n");
            b.append("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#8a8a8a\", fontcolor=\"#6a6a6a\",")
                    .append(" arrowsize=0.5];\n");
            for (ChartNode n : chart.nodes()) {
                b.append("  \"").append(n.code()).append("\" [label=\"").append(dotText(n.name())).append("\\n")
                        .append(dotText(codes(n) + " - " + n.kind().label()));
                if (n.hiddenChildren() > 0) {
                    b.append("\\n+").append(n.hiddenChildren()).append(" below");
                }
                b.append("\", fillcolor=\"").append(colour(n.kind().tier())).append("\"];\n");
            }
            for (ChartNode n : chart.nodes()) {
                for (ChartNode c : n.children()) {
                    b.append("  \"").append(n.code()).append("\" -> \"").append(c.code()).append("\" [label=\"")
                            .append(linkLabel(c)).append('"');
                    if (c.link().isEmpty()) {
                        b.append(", style=dashed");
                    }
                    b.append("];\n");
                }
            }
            b.append("}\n");
            return b.toString();
        }
    };

    /**
     * Renders a chart in this form.
     *
     * @param chart  the chart, not null
     * @return the text, ending with a line end, not null
     */
    public abstract String render(OrgChart chart);

    /**
     * Returns the words for the link that placed an organisation under its parent, such as {@code "part of"}, or
     * {@code "by kind"} for an organisation placed by its kind.
     *
     * @param link  the link type, or empty, not null
     * @return the label, not null
     */
    public static String linkLabel(Optional<RelationshipType> link) {
        return link.map(t -> t.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).orElse("by kind");
    }

    /**
     * Returns the words for the line from a node to the node drawn above it: its link's words
     * ({@link #linkLabel(Optional)}) when the link is to that node; {@code "by kind"} for an organisation placed
     * by its kind ({@link ChartRules#PLACED_BY_KIND}, no link up); else {@code "through kinds not drawn"}: its link
     * is to an organisation of a kind the chart does not draw, such as a primary care network's sub-ICB location in
     * a chart of networks only, and it is drawn under the nearest drawn organisation above.
     *
     * @param node  the node, not the root, not null
     * @return the label, not null
     * @since 0.1.0
     */
    public static String linkLabel(ChartNode node) {
        if (node.link().isPresent() || ChartRules.PLACED_BY_KIND.contains(node.kind())) {
            return linkLabel(node.link());
        }
        return "through kinds not drawn";
    }

    static String title(OrgChart chart) {
        return "NHS organisation chart on " + chart.date() + " (dataset " + chart.dataVersion() + "): "
                + chart.size() + (chart.size() == 1 ? " organisation" : " organisations") + " from "
                + chart.root().code();
    }

    /** The closing notes: what the dataset may lack on the date, and what could not be placed. */
    static List<String> notes(OrgChart chart) {
        List<String> notes = new ArrayList<>();
        if (!chart.incompleteKinds().isEmpty()) {
            notes.add("not complete on this date (the dataset does not claim every one): "
                    + String.join(", ", chart.incompleteKinds().stream().map(Enum::name).toList()));
        }
        if (!chart.unplaced().isEmpty()) {
            StringJoiner j = new StringJoiner(", ");
            for (Map.Entry<OrganisationKind, Integer> e : chart.unplaced().entrySet()) {
                j.add(e.getKey() + " " + e.getValue());
            }
            notes.add("open but not placed (no link up on this date): " + j);
        }
        return notes;
    }

    private static String codes(ChartNode n) {
        return n.code() + n.onsCode().map(ons -> " " + ons).orElse("");
    }

    private static String colour(OrganisationKind.Tier tier) {
        switch (tier) {
            case NATIONAL:
                return "#c9dcf0";
            case REGIONAL:
                return "#d5ecd4";
            case SYSTEM:
                return "#fbe1c4";
            case LOCAL:
                return "#fff3b8";
            case NEIGHBOURHOOD:
                return "#ecd6ea";
            default:
                return "#e8e8e8";
        }
    }

    private static String mermaidId(ChartNode n) {
        return "n_" + n.code();
    }

    private static String mermaidText(String text) {
        return text.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }

    private static String dotText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
