package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.commissioning.CommissioningAnswer;
import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.whopays.Determination;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders commissioning answers and Who Pays? determinations as JSON (Jackson 3), for {@code --json}. The core
 * API has no Jackson types: the documents are built here as ordered maps, so the JSON shape is this class's
 * contract. An organisation is an object with {@code odsCode}, {@code onsCode} (its ONS code on the date, or
 * null), {@code name} and {@code kind}. A determination carries the {@code commissioner} (for NHS England, its
 * unit), the {@code delegate}, the {@code responsible} organisation (the delegate where the function is delegated,
 * otherwise the commissioner) and, where that is null, the {@code typeOnlyReason}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CommissioningJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CommissioningJson() {
    }

    static String of(CommissioningAnswer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", a.category().name());
        m.put("date", a.date().toString());
        m.put("place", a.place().map(Object::toString).orElse(null));
        m.put("commissionerType", a.rule().type().name());
        m.put("commissioner", organisation(a.commissioner(), a.date()));
        m.put("arrangement", a.rule().arrangement().name());
        m.put("delegateType", a.rule().delegate().map(Enum::name).orElse(null));
        m.put("delegate", organisation(a.delegate(), a.date()));
        m.put("delegationStatus", a.delegationStatus().name());
        m.put("summary", a.summary());
        m.put("rule", rule(a.rule()));
        m.put("explanation", a.explanation());
        return MAPPER.writeValueAsString(m);
    }

    static String of(Determination d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", d.status().name());
        m.put("date", d.date().toString());
        m.put("service", d.service().name());
        m.put("commissionerType", d.commissionerType().name());
        m.put("commissioner", organisation(d.commissioner(), d.date()));
        m.put("arrangement", d.arrangement().name());
        m.put("delegateType", d.delegateType().map(Enum::name).orElse(null));
        m.put("delegate", organisation(d.delegate(), d.date()));
        m.put("delegationStatus", d.delegationStatus().name());
        m.put("responsible", organisation(d.responsible(), d.date()));
        m.put("typeOnlyReason", d.typeOnlyReason().orElse(null));
        m.put("summary", d.summary());
        m.put("version", d.version().id());
        m.put("ruleId", d.ruleId());
        m.put("rule", d.rule().title());
        Map<String, String> inputs = new LinkedHashMap<>();
        d.inputsUsed().forEach(i -> inputs.put(i.name(), i.value()));
        m.put("inputsUsed", inputs);
        m.put("missingInputs", d.missingInputs());
        m.put("sources", d.sources());
        m.put("certainty", d.certainty().name());
        m.put("explanation", d.explanation());
        return MAPPER.writeValueAsString(m);
    }

    private static Map<String, Object> rule(CommissioningRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", r.period().start().toString());
        m.put("endExclusive", r.period().isUnboundedEnd() ? null : r.period().end().toString());
        m.put("scope", r.scope().map(Object::toString).orElse(null));
        m.put("note", r.note());
        m.put("references", r.references());
        m.put("certainty", r.provenance().certainty().name());
        return m;
    }

    private static Object organisation(Optional<Organisation> o, LocalDate date) {
        if (o.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("odsCode", o.get().code().toString());
        m.put("onsCode", o.get().onsCodeOn(date).map(Object::toString).orElse(null));
        m.put("name", StructureCommand.nameOn(o.get(), date));
        m.put("kind", o.get().kindOn(date).map(Enum::name).orElse(null));
        return m;
    }

    static List<String> indent(List<String> lines) {
        return lines.stream().map(l -> "  " + l).toList();
    }
}
