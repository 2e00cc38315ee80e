package io.github.nhsstructure.json;

import io.github.nhsstructure.NhsStructure;
import java.util.Objects;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson mappers for the values of the nhs-structure API, with the field names documented in
 * {@code docs/json.md}.
 *
 * <pre>
 * JsonMapper json = NhsJson.mapper(nhs);
 * String text = json.writeValueAsString(nhs.require("02P"));          // the organisation and its whole history
 * Organisation back = json.readValue(text, Organisation.class);       // equal to nhs.require("02P")
 * List&lt;Change&gt; changes = json.readValue(changesJson, new TypeReference&lt;List&lt;Change&gt;&gt;() {});
 * </pre>
 *
 * <p>Dates are ISO {@code yyyy-MM-dd}; periods are half-open, {@code start} and {@code endExclusive}, with
 * {@code null} for an open end; every organisation named inside a value is an object with its {@code odsCode} and
 * {@code onsCode}. A mapper made with a structure ({@link #mapper(NhsStructure)}) adds the ONS code a code bore on
 * the value's date where the structure knows it, and reads back values that hold whole organisations (successor
 * resolutions, commissioning answers, Who Pays? determinations) by resolving their codes in that structure; the
 * plain mapper ({@link #mapper()}) writes {@code null} ONS codes for bare codes and refuses to read those values.
 * Mappers are indented; {@code mapper().rebuild().disable(SerializationFeature.INDENT_OUTPUT).build()} gives a
 * compact one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NhsJson {

    private static final JsonMapper PLAIN = build(new NhsJsonModule(null));

    private NhsJson() {
    }

    /**
     * Returns the mapper for values read and written without a structure.
     *
     * @return the shared mapper, not null
     */
    public static JsonMapper mapper() {
        return PLAIN;
    }

    /**
     * Returns a mapper that knows a structure: it writes the ONS codes of bare codes and reads values holding
     * organisations by resolving their codes in the structure.
     *
     * @param structure  the structure, not null
     * @return a new mapper, not null
     */
    public static JsonMapper mapper(NhsStructure structure) {
        return build(module(structure));
    }

    /**
     * Returns the module alone, without a structure, to register in a mapper of the caller's own.
     *
     * @return the module, not null
     */
    public static NhsJsonModule module() {
        return new NhsJsonModule(null);
    }

    /**
     * Returns the module alone, knowing a structure, to register in a mapper of the caller's own.
     *
     * @param structure  the structure, not null
     * @return the module, not null
     */
    public static NhsJsonModule module(NhsStructure structure) {
        return new NhsJsonModule(Objects.requireNonNull(structure, "structure"));
    }

    private static JsonMapper build(NhsJsonModule module) {
        return JsonMapper.builder().addModule(module).enable(SerializationFeature.INDENT_OUTPUT).build();
    }
}
