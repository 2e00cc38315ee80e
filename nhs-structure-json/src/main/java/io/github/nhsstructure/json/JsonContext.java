package io.github.nhsstructure.json;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the codecs share: the node factory, the structure if the mapper has one, and the field helpers that keep
 * the conventions of {@code docs/json.md} in one place (ISO dates, half-open periods as {@code start} and
 * {@code endExclusive} with {@code null} for an open end, provenance as {@code sources} and {@code certainty},
 * organisations named by an object with {@code odsCode} and {@code onsCode}).
 *
 * <p>This class is immutable and thread-safe.
 */
final class JsonContext {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final @Nullable NhsStructure structure;

    JsonContext(@Nullable NhsStructure structure) {
        this.structure = structure;
    }

    ObjectNode object() {
        return NODES.objectNode();
    }

    ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Returns the structure, or fails saying that reading this value needs one. */
    NhsStructure structure(String what) {
        if (structure == null) {
            throw new IllegalArgumentException("reading " + what + " resolves organisations by code: use "
                    + "NhsJson.mapper(structure)");
        }
        return structure;
    }

    // ---- writing -------------------------------------------------------------------------------------------

    static void period(ObjectNode n, DateRange period) {
        n.put("start", period.isUnboundedStart() ? null : period.start().toString());
        n.put("endExclusive", period.isUnboundedEnd() ? null : period.end().toString());
    }

    void provenance(ObjectNode n, Provenance provenance) {
        ArrayNode sources = n.putArray("sources");
        provenance.sourceIds().forEach(sources::add);
        n.put("certainty", provenance.certainty().name());
    }

    ArrayNode strings(List<String> values) {
        ArrayNode a = array();
        values.forEach(a::add);
        return a;
    }

    /** A code with the ONS code its organisation bore on a date, where the mapper's structure knows it. */
    ObjectNode code(OdsCode code, LocalDate onsDate) {
        ObjectNode n = object();
        n.put("odsCode", code.value());
        OnsCode ons = null;
        if (structure != null) {
            ons = structure.organisation(code).flatMap(o -> o.onsCodeOn(onsDate)).orElse(null);
        }
        n.put("onsCode", ons == null ? null : ons.value());
        return n;
    }

    /** The name of the organisation of a code on a date, where the mapper's structure knows it, else null. */
    @Nullable String nameOn(OdsCode code, LocalDate date) {
        if (structure == null) {
            return null;
        }
        return structure.organisation(code).map(o -> o.nameOn(date).orElseGet(o::name)).orElse(null);
    }

    /** An organisation as it was on a date: codes, name and kind. */
    ObjectNode organisation(Organisation o, LocalDate date) {
        ObjectNode n = object();
        n.put("odsCode", o.code().value());
        n.put("onsCode", o.onsCodeOn(date).map(OnsCode::value).orElse(null));
        n.put("name", o.nameOn(date).orElseGet(o::name));
        n.put("kind", o.kindOn(date).orElseGet(o::kind).name());
        return n;
    }

    ObjectNode optionalOrganisation(ObjectNode parent, String field, Optional<Organisation> o, LocalDate date) {
        if (o.isPresent()) {
            parent.set(field, organisation(o.get(), date));
        } else {
            parent.putNull(field);
        }
        return parent;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    static JsonNode field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + name + "'");
        }
        return v;
    }

    static String text(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isString()) {
            throw new IllegalArgumentException("field '" + name + "' must be a string, not " + v);
        }
        return v.stringValue();
    }

    static Optional<String> optionalText(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(text(n, name));
    }

    /** Reads a whole number that fits a long. */
    static long wholeNumber(JsonNode n, String name) {
        JsonNode v = field(n, name);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new IllegalArgumentException("field '" + name + "' must be a whole number, not " + v);
        }
        return v.longValue();
    }

    /** Reads an exact decimal number written as a string ({@code "1234.50"}). */
    static BigDecimal decimal(JsonNode n, String name) {
        String t = text(n, name);
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field '" + name + "' is not a decimal number: " + t, e);
        }
    }

    static LocalDate date(JsonNode n, String name) {
        String t = text(n, name);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field '" + name + "' is not an ISO date yyyy-MM-dd: " + t, e);
        }
    }

    static <E extends Enum<E>> E enumValue(JsonNode n, String name, Class<E> type) {
        String t = text(n, name);
        try {
            return Enum.valueOf(type, t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field '" + name + "' is not a " + type.getSimpleName() + ": " + t,
                    e);
        }
    }

    static DateRange period(JsonNode n) {
        LocalDate start = optionalText(n, "start").map(t -> date(n, "start")).orElse(LocalDate.MIN);
        LocalDate end = optionalText(n, "endExclusive").map(t -> date(n, "endExclusive")).orElse(LocalDate.MAX);
        return DateRange.of(start, end);
    }

    static Provenance provenance(JsonNode n) {
        return new Provenance(strings(n, "sources"), enumValue(n, "certainty", Certainty.class));
    }

    static List<String> strings(JsonNode n, String name) {
        JsonNode a = field(n, name);
        if (!a.isArray()) {
            throw new IllegalArgumentException("field '" + name + "' must be an array, not " + a);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : a.values()) {
            if (!e.isString()) {
                throw new IllegalArgumentException("field '" + name + "' must hold strings, not " + e);
            }
            out.add(e.stringValue());
        }
        return out;
    }

    static <T> List<T> list(JsonNode n, String name, Function<JsonNode, T> element) {
        JsonNode a = field(n, name);
        if (!a.isArray()) {
            throw new IllegalArgumentException("field '" + name + "' must be an array, not " + a);
        }
        List<T> out = new ArrayList<>();
        int i = 0;
        for (JsonNode e : a.values()) {
            try {
                out.add(element.apply(e));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(name + "[" + i + "]: " + ex.getMessage(), ex);
            }
            i++;
        }
        return out;
    }

    /** Reads a code object ({@code odsCode}, an {@code onsCode} that is ignored). */
    static OdsCode code(JsonNode n, String name) {
        return OdsCode.of(text(field(n, name), "odsCode"));
    }

    static OdsCode code(JsonNode n) {
        return OdsCode.of(text(n, "odsCode"));
    }

    /** Reads an organisation named by its {@code odsCode}, resolved in the mapper's structure. */
    Organisation organisation(JsonNode n, String what) {
        return structure(what).require(code(n));
    }

    Optional<Organisation> optionalOrganisation(JsonNode n, String name, String what) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(organisation(v, what));
    }
}
