package io.github.nhsstructure.json;

import io.github.nhsstructure.chart.ChartNode;
import io.github.nhsstructure.chart.OrgChart;
import io.github.nhsstructure.commissioner.CommissioningAnswer;
import io.github.nhsstructure.commissioner.DelegationStatus;
import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.commissioning.DelegationScope;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.ProviderType;
import io.github.nhsstructure.organisation.Relationship;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.organisation.SuccessionReason;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.quality.Finding;
import io.github.nhsstructure.quality.FindingType;
import io.github.nhsstructure.rebase.RebaseSummary;
import io.github.nhsstructure.rebase.UnmappedReason;
import io.github.nhsstructure.restructure.Change;
import io.github.nhsstructure.restructure.ChangeType;
import io.github.nhsstructure.restructure.ResolvedSuccessor;
import io.github.nhsstructure.restructure.Restructure;
import io.github.nhsstructure.restructure.RestructureEvent;
import io.github.nhsstructure.restructure.RestructureStatus;
import io.github.nhsstructure.restructure.SuccessorResolution;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import io.github.nhsstructure.time.Timeline;
import io.github.nhsstructure.whopays.Determination;
import io.github.nhsstructure.whopays.WhoPaysRule;
import io.github.nhsstructure.whopays.WhoPaysVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of each API value, written and read as trees; {@code docs/json.md} documents every field.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Codecs {

    private Codecs() {
    }

    // ---- Dated values and organisations ---------------------------------------------------------------------

    static <T> ArrayNode dated(JsonContext c, Timeline<T> timeline, Function<T, String> text) {
        ArrayNode a = c.array();
        for (Dated<T> d : timeline.entries()) {
            ObjectNode n = a.addObject();
            JsonContext.period(n, d.period());
            n.put("value", text.apply(d.value()));
            c.provenance(n, d.provenance());
        }
        return a;
    }

    static <T> List<Dated<T>> dated(JsonNode n, String field, Function<String, T> parse) {
        return JsonContext.list(n, field, e -> new Dated<>(JsonContext.period(e), parse.apply(
                JsonContext.text(e, "value")), JsonContext.provenance(e)));
    }

    static ObjectNode organisation(JsonContext c, Organisation o) {
        ObjectNode n = c.object();
        n.put("odsCode", o.code().value());
        JsonContext.period(n, o.operationalPeriod());
        c.provenance(n, o.provenance());
        n.set("names", dated(c, o.names(), Function.identity()));
        n.set("kinds", dated(c, o.kinds(), Enum::name));
        n.set("providerTypes", dated(c, o.providerTypes(), Enum::name));
        n.set("onsCodes", dated(c, o.onsCodes(), OnsCode::value));
        ArrayNode links = n.putArray("links");
        for (Relationship r : o.relationships()) {
            ObjectNode l = links.addObject();
            l.put("type", r.type().name());
            l.set("target", c.code(r.target(), r.period().start()));
            JsonContext.period(l, r.period());
            c.provenance(l, r.provenance());
        }
        ArrayNode predecessors = n.putArray("predecessors");
        o.predecessors().forEach(s -> predecessors.add(succession(c, s)));
        ArrayNode successors = n.putArray("successors");
        o.successors().forEach(s -> successors.add(succession(c, s)));
        return n;
    }

    static Organisation organisation(JsonNode n) {
        Organisation.Builder b = Organisation.builder(JsonContext.code(n), JsonContext.period(n),
                JsonContext.provenance(n));
        dated(n, "names", Function.identity()).forEach(b::name);
        dated(n, "kinds", OrganisationKind::valueOf).forEach(b::kind);
        dated(n, "providerTypes", ProviderType::valueOf).forEach(b::providerType);
        dated(n, "onsCodes", OnsCode::of).forEach(b::onsCode);
        JsonContext.list(n, "links", l -> {
            b.link(JsonContext.enumValue(l, "type", RelationshipType.class), new Dated<>(JsonContext.period(l),
                    JsonContext.code(l, "target"), JsonContext.provenance(l)));
            return l;
        });
        JsonContext.list(n, "predecessors", Codecs::succession).forEach(b::succession);
        JsonContext.list(n, "successors", Codecs::succession).forEach(b::succession);
        return b.build();
    }

    // ---- Relationships and successions ----------------------------------------------------------------------

    static ObjectNode relationship(JsonContext c, Relationship r) {
        ObjectNode n = c.object();
        n.set("source", c.code(r.source(), r.period().start()));
        n.put("type", r.type().name());
        n.set("target", c.code(r.target(), r.period().start()));
        JsonContext.period(n, r.period());
        c.provenance(n, r.provenance());
        return n;
    }

    static Relationship relationship(JsonNode n) {
        return new Relationship(JsonContext.code(n, "source"), JsonContext.enumValue(n, "type",
                RelationshipType.class), JsonContext.code(n, "target"), JsonContext.period(n),
                JsonContext.provenance(n));
    }

    static ObjectNode succession(JsonContext c, Succession s) {
        ObjectNode n = c.object();
        n.set("predecessor", c.code(s.predecessor(), s.effectiveDate().minusDays(1)));
        n.set("successor", c.code(s.successor(), s.effectiveDate()));
        n.put("effectiveDate", s.effectiveDate().toString());
        n.put("reason", s.reason().name());
        c.provenance(n, s.provenance());
        return n;
    }

    static Succession succession(JsonNode n) {
        return new Succession(JsonContext.code(n, "predecessor"), JsonContext.code(n, "successor"),
                JsonContext.date(n, "effectiveDate"), JsonContext.enumValue(n, "reason", SuccessionReason.class),
                JsonContext.provenance(n));
    }

    // ---- Changes and restructures ---------------------------------------------------------------------------

    static ObjectNode change(JsonContext c, Change ch) {
        ObjectNode n = c.object();
        n.put("type", ch.type().name());
        n.put("effectiveDate", ch.effectiveDate().toString());
        n.put("kind", ch.kind().name());
        ArrayNode before = n.putArray("before");
        ch.before().forEach(code -> before.add(c.code(code, ch.effectiveDate().minusDays(1))));
        ArrayNode after = n.putArray("after");
        ch.after().forEach(code -> after.add(c.code(code, ch.effectiveDate())));
        n.put("from", ch.from());
        n.put("to", ch.to());
        n.put("detail", ch.detail());
        c.provenance(n, ch.provenance());
        return n;
    }

    static Change change(JsonNode n) {
        return new Change(JsonContext.enumValue(n, "type", ChangeType.class), JsonContext.date(n, "effectiveDate"),
                JsonContext.enumValue(n, "kind", OrganisationKind.class),
                JsonContext.list(n, "before", JsonContext::code), JsonContext.list(n, "after", JsonContext::code),
                JsonContext.text(n, "from"), JsonContext.text(n, "to"), JsonContext.text(n, "detail"),
                JsonContext.provenance(n));
    }

    static ObjectNode restructure(JsonContext c, Restructure r) {
        ObjectNode n = c.object();
        n.put("effectiveDate", r.effectiveDate().toString());
        n.put("name", r.name());
        n.put("status", r.status().name());
        ArrayNode changes = n.putArray("changes");
        r.changes().forEach(ch -> changes.add(change(c, ch)));
        return n;
    }

    static Restructure restructure(JsonNode n) {
        return new Restructure(JsonContext.date(n, "effectiveDate"), JsonContext.text(n, "name"),
                JsonContext.enumValue(n, "status", RestructureStatus.class), JsonContext.list(n, "changes",
                        Codecs::change));
    }

    static ObjectNode event(JsonContext c, RestructureEvent e) {
        ObjectNode n = c.object();
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("effectiveDate", e.effectiveDate().toString());
        n.put("status", e.status().name());
        ArrayNode kinds = n.putArray("kinds");
        e.kinds().forEach(k -> kinds.add(k.name()));
        n.put("reference", e.reference());
        c.provenance(n, e.provenance());
        return n;
    }

    static RestructureEvent event(JsonNode n) {
        Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
        JsonContext.strings(n, "kinds").forEach(k -> kinds.add(OrganisationKind.valueOf(k)));
        return new RestructureEvent(JsonContext.text(n, "id"), JsonContext.text(n, "name"),
                JsonContext.date(n, "effectiveDate"), JsonContext.enumValue(n, "status", RestructureStatus.class),
                kinds, JsonContext.text(n, "reference"), JsonContext.provenance(n));
    }

    // ---- Successors -----------------------------------------------------------------------------------------

    static ObjectNode successors(JsonContext c, SuccessorResolution r) {
        ObjectNode n = c.object();
        n.set("code", c.code(r.code(), r.date()));
        n.put("date", r.date().toString());
        ArrayNode successors = n.putArray("successors");
        for (ResolvedSuccessor s : r.successors()) {
            ObjectNode e = successors.addObject();
            e.set("organisation", c.organisation(s.organisation(), r.date()));
            ArrayNode path = e.putArray("path");
            s.path().forEach(p -> path.add(succession(c, p)));
        }
        n.set("deadEnds", c.strings(r.deadEnds()));
        return n;
    }

    static SuccessorResolution successors(JsonContext c, JsonNode n) {
        return new SuccessorResolution(JsonContext.code(n, "code"), JsonContext.date(n, "date"),
                JsonContext.list(n, "successors", e -> new ResolvedSuccessor(c.organisation(
                        JsonContext.field(e, "organisation"), "a successor resolution"),
                        JsonContext.list(e, "path", Codecs::succession))),
                JsonContext.strings(n, "deadEnds"));
    }

    // ---- Commissioning --------------------------------------------------------------------------------------

    static ObjectNode rule(JsonContext c, CommissioningRule r) {
        ObjectNode n = c.object();
        n.put("category", r.category().name());
        JsonContext.period(n, r.period());
        n.put("commissionerType", r.type().name());
        n.put("arrangement", r.arrangement().name());
        n.put("delegateType", r.delegate().map(Enum::name).orElse(null));
        n.put("scope", r.scope().map(DelegationScope::toString).orElse(null));
        n.put("note", r.note());
        n.set("references", c.strings(r.references()));
        c.provenance(n, r.provenance());
        return n;
    }

    static CommissioningRule rule(JsonNode n) {
        return new CommissioningRule(JsonContext.enumValue(n, "category", ServiceCategory.class),
                JsonContext.period(n), JsonContext.enumValue(n, "commissionerType", CommissionerType.class),
                JsonContext.enumValue(n, "arrangement", Arrangement.class),
                JsonContext.optionalText(n, "delegateType").map(CommissionerType::valueOf),
                JsonContext.optionalText(n, "scope").map(DelegationScope::parse), JsonContext.text(n, "note"),
                JsonContext.strings(n, "references"), JsonContext.provenance(n));
    }

    static ObjectNode answer(JsonContext c, CommissioningAnswer a) {
        ObjectNode n = c.object();
        n.put("service", a.category().name());
        n.put("date", a.date().toString());
        if (a.place().isPresent()) {
            n.set("place", c.code(a.place().get(), a.date()));
        } else {
            n.putNull("place");
        }
        n.put("commissionerType", a.rule().type().name());
        c.optionalOrganisation(n, "commissioner", a.commissioner(), a.date());
        n.put("arrangement", a.rule().arrangement().name());
        n.put("delegateType", a.rule().delegate().map(Enum::name).orElse(null));
        c.optionalOrganisation(n, "delegate", a.delegate(), a.date());
        n.put("delegationStatus", a.delegationStatus().name());
        n.put("summary", a.summary());
        n.set("rule", rule(c, a.rule()));
        n.set("explanation", c.strings(a.explanation()));
        return n;
    }

    static CommissioningAnswer answer(JsonContext c, JsonNode n) {
        JsonNode place = n.get("place");
        return new CommissioningAnswer(JsonContext.enumValue(n, "service", ServiceCategory.class),
                JsonContext.date(n, "date"),
                place == null || place.isNull() ? Optional.empty() : Optional.of(JsonContext.code(place)),
                rule(JsonContext.field(n, "rule")),
                c.optionalOrganisation(n, "commissioner", "a commissioning answer"),
                c.optionalOrganisation(n, "delegate", "a commissioning answer"),
                JsonContext.enumValue(n, "delegationStatus", DelegationStatus.class),
                JsonContext.strings(n, "explanation"));
    }

    // ---- Who Pays? ------------------------------------------------------------------------------------------

    static ObjectNode determination(JsonContext c, Determination d) {
        ObjectNode n = c.object();
        n.put("status", d.status().name());
        n.put("date", d.date().toString());
        n.put("service", d.service().name());
        n.put("commissionerType", d.commissionerType().name());
        c.optionalOrganisation(n, "commissioner", d.commissioner(), d.date());
        n.put("arrangement", d.arrangement().name());
        n.put("delegateType", d.delegateType().map(Enum::name).orElse(null));
        c.optionalOrganisation(n, "delegate", d.delegate(), d.date());
        n.put("delegationStatus", d.delegationStatus().name());
        c.optionalOrganisation(n, "responsible", d.responsible(), d.date());
        n.put("typeOnlyReason", d.typeOnlyReason().orElse(null));
        n.put("summary", d.summary());
        n.put("version", d.version().id());
        n.put("ruleId", d.ruleId());
        n.put("rule", d.rule().title());
        ObjectNode inputs = n.putObject("inputsUsed");
        d.inputsUsed().forEach(i -> inputs.put(i.name(), i.value()));
        n.set("missingInputs", c.strings(d.missingInputs()));
        n.set("sources", c.strings(d.sources()));
        n.put("certainty", d.certainty().name());
        n.set("explanation", c.strings(d.explanation()));
        return n;
    }

    static Determination determination(JsonContext c, JsonNode n) {
        String versionId = JsonContext.text(n, "version");
        WhoPaysVersion version = null;
        for (WhoPaysVersion v : WhoPaysVersion.values()) {
            if (v.id().equals(versionId)) {
                version = v;
            }
        }
        if (version == null) {
            throw new IllegalArgumentException("field 'version' is not a Who Pays? version: " + versionId);
        }
        String ruleId = JsonContext.text(n, "ruleId");
        WhoPaysRule rule = null;
        for (WhoPaysRule r : WhoPaysRule.values()) {
            if ((version.id() + "-" + r.id()).equals(ruleId)) {
                rule = r;
            }
        }
        if (rule == null) {
            throw new IllegalArgumentException("field 'ruleId' is not a rule of " + versionId + ": " + ruleId);
        }
        List<Determination.UsedInput> inputs = new ArrayList<>();
        JsonContext.field(n, "inputsUsed").properties().forEach(e -> inputs.add(new Determination.UsedInput(
                e.getKey(), e.getValue().stringValue())));
        return new Determination(JsonContext.enumValue(n, "status", Determination.Status.class),
                JsonContext.date(n, "date"), JsonContext.enumValue(n, "service", ServiceCategory.class),
                JsonContext.enumValue(n, "commissionerType", CommissionerType.class),
                c.optionalOrganisation(n, "commissioner", "a Who Pays? determination"),
                JsonContext.enumValue(n, "arrangement", Arrangement.class),
                JsonContext.optionalText(n, "delegateType").map(CommissionerType::valueOf),
                c.optionalOrganisation(n, "delegate", "a Who Pays? determination"),
                JsonContext.enumValue(n, "delegationStatus", DelegationStatus.class), version, rule, inputs,
                JsonContext.strings(n, "missingInputs"), JsonContext.strings(n, "sources"),
                JsonContext.enumValue(n, "certainty", Certainty.class), JsonContext.strings(n, "explanation"),
                JsonContext.optionalText(n, "typeOnlyReason"));
    }

    // ---- Quality findings -----------------------------------------------------------------------------------

    static ObjectNode finding(JsonContext c, Finding f) {
        ObjectNode n = c.object();
        n.set("code", c.code(f.code(), f.period().start()));
        n.put("type", f.type().name());
        JsonContext.period(n, f.period());
        n.put("detail", f.detail());
        return n;
    }

    static Finding finding(JsonNode n) {
        return new Finding(JsonContext.code(n, "code"), JsonContext.enumValue(n, "type", FindingType.class),
                JsonContext.period(n), JsonContext.text(n, "detail"));
    }

    // ---- Re-basing ------------------------------------------------------------------------------------------

    static ObjectNode rebaseSummary(JsonContext c, RebaseSummary s) {
        ObjectNode n = c.object();
        n.put("target", s.target().toString());
        n.put("rows", s.rows());
        n.put("inputTotal", s.inputTotal().toPlainString());
        n.put("mappedTotal", s.mappedTotal().toPlainString());
        n.put("unmappedTotal", s.unmappedTotal().toPlainString());
        n.put("balances", s.balances());
        ArrayNode totals = n.putArray("totals");
        for (Map.Entry<OdsCode, BigDecimal> e : s.totals().entrySet()) {
            ObjectNode t = c.code(e.getKey(), s.target());
            t.put("name", c.nameOn(e.getKey(), s.target()));
            t.put("value", e.getValue().toPlainString());
            totals.add(t);
        }
        ObjectNode unmapped = n.putObject("unmappedRows");
        for (Map.Entry<UnmappedReason, Long> e : s.unmappedRows().entrySet()) {
            unmapped.put(e.getKey().name(), e.getValue());
        }
        return n;
    }

    static RebaseSummary rebaseSummary(JsonNode n) {
        Map<OdsCode, BigDecimal> totals = new LinkedHashMap<>();
        for (Map.Entry<OdsCode, BigDecimal> e : JsonContext.list(n, "totals",
                t -> Map.entry(JsonContext.code(t), JsonContext.decimal(t, "value")))) {
            if (totals.put(e.getKey(), e.getValue()) != null) {
                throw new IllegalArgumentException("totals: " + e.getKey() + " is given twice");
            }
        }
        JsonNode reasons = JsonContext.field(n, "unmappedRows");
        if (!reasons.isObject()) {
            throw new IllegalArgumentException("field 'unmappedRows' must be an object, not " + reasons);
        }
        Map<UnmappedReason, Long> unmapped = new EnumMap<>(UnmappedReason.class);
        for (String reason : reasons.propertyNames()) {
            UnmappedReason r;
            try {
                r = UnmappedReason.valueOf(reason);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unmappedRows: '" + reason + "' is not an UnmappedReason", e);
            }
            unmapped.put(r, JsonContext.wholeNumber(reasons, reason));
        }
        return new RebaseSummary(JsonContext.date(n, "target"), totals, JsonContext.wholeNumber(n, "rows"),
                JsonContext.decimal(n, "inputTotal"), JsonContext.decimal(n, "unmappedTotal"), unmapped);
    }

    // ---- Charts (written only) ------------------------------------------------------------------------------

    static ObjectNode chart(JsonContext c, OrgChart chart) {
        ObjectNode n = c.object();
        n.put("dataVersion", chart.dataVersion());
        n.put("date", chart.date().toString());
        ObjectNode options = n.putObject("options");
        options.put("root", chart.options().root().orElse(null));
        if (chart.options().depth().isPresent()) {
            options.put("depth", chart.options().depth().getAsInt());
        } else {
            options.putNull("depth");
        }
        ArrayNode kinds = options.putArray("kinds");
        chart.options().kinds().forEach(k -> kinds.add(k.name()));
        n.set("root", chartNode(c, chart.root()));
        ArrayNode incomplete = n.putArray("incompleteKinds");
        chart.incompleteKinds().forEach(k -> incomplete.add(k.name()));
        ObjectNode unplaced = n.putObject("unplaced");
        for (Map.Entry<OrganisationKind, Integer> e : chart.unplaced().entrySet()) {
            unplaced.put(e.getKey().name(), e.getValue());
        }
        return n;
    }

    private static ObjectNode chartNode(JsonContext c, ChartNode node) {
        ObjectNode n = c.object();
        n.put("odsCode", node.code().value());
        n.put("onsCode", node.onsCode().map(OnsCode::value).orElse(null));
        n.put("name", node.name());
        n.put("kind", node.kind().name());
        n.put("link", node.link().map(Enum::name).orElse(null));
        n.put("hiddenChildren", node.hiddenChildren());
        ArrayNode children = n.putArray("children");
        node.children().forEach(ch -> children.add(chartNode(c, ch)));
        return n;
    }

    // ---- Small values ---------------------------------------------------------------------------------------

    static ObjectNode period(JsonContext c, DateRange p) {
        ObjectNode n = c.object();
        JsonContext.period(n, p);
        return n;
    }

    static ObjectNode organisationOnDate(JsonContext c, OrganisationOnDate o) {
        return c.organisation(o.organisation(), o.date());
    }

}
