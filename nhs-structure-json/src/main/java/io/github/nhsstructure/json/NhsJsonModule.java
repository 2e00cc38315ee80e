package io.github.nhsstructure.json;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.chart.OrgChart;
import io.github.nhsstructure.commissioner.CommissioningAnswer;
import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.Relationship;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.quality.Finding;
import io.github.nhsstructure.rebase.RebaseSummary;
import io.github.nhsstructure.restructure.Change;
import io.github.nhsstructure.restructure.Restructure;
import io.github.nhsstructure.restructure.RestructureEvent;
import io.github.nhsstructure.restructure.SuccessorResolution;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.whopays.Determination;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson module that writes and reads the API's values in the form {@code docs/json.md} documents. Obtain it
 * from {@link NhsJson#module()} or {@link NhsJson#module(NhsStructure)}, or use the ready mappers of
 * {@link NhsJson}.
 *
 * <p>This class is immutable and thread-safe once registered.
 *
 * @since 0.1.0
 */
public final class NhsJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    NhsJsonModule(@Nullable NhsStructure structure) {
        super("nhs-structure-json");
        JsonContext c = new JsonContext(structure);
        both(Organisation.class, c, Codecs::organisation, (x, n) -> Codecs.organisation(n));
        both(Relationship.class, c, Codecs::relationship, (x, n) -> Codecs.relationship(n));
        both(Succession.class, c, Codecs::succession, (x, n) -> Codecs.succession(n));
        both(Change.class, c, Codecs::change, (x, n) -> Codecs.change(n));
        both(Restructure.class, c, Codecs::restructure, (x, n) -> Codecs.restructure(n));
        both(RestructureEvent.class, c, Codecs::event, (x, n) -> Codecs.event(n));
        both(SuccessorResolution.class, c, Codecs::successors, Codecs::successors);
        both(CommissioningRule.class, c, Codecs::rule, (x, n) -> Codecs.rule(n));
        both(CommissioningAnswer.class, c, Codecs::answer, Codecs::answer);
        both(Determination.class, c, Codecs::determination, Codecs::determination);
        both(Finding.class, c, Codecs::finding, (x, n) -> Codecs.finding(n));
        both(RebaseSummary.class, c, Codecs::rebaseSummary, (x, n) -> Codecs.rebaseSummary(n));
        both(DateRange.class, c, Codecs::period, (x, n) -> JsonContext.period(n));
        addSerializer(OrgChart.class, new TreeSerializer<>(OrgChart.class, c, Codecs::chart));
        addSerializer(OrganisationOnDate.class, new TreeSerializer<>(OrganisationOnDate.class, c,
                Codecs::organisationOnDate));
    }

    private <T> void both(Class<T> type, JsonContext c, BiFunction<JsonContext, T, JsonNode> write,
            BiFunction<JsonContext, JsonNode, T> read) {
        addSerializer(type, new TreeSerializer<>(type, c, write));
        addDeserializer(type, new TreeDeserializer<>(type, c, read));
    }

    /** Writes a value as the tree its codec builds. */
    private static final class TreeSerializer<T> extends ValueSerializer<T> {
        private final Class<T> type;
        private final JsonContext context;
        private final BiFunction<JsonContext, T, JsonNode> write;

        TreeSerializer(Class<T> type, JsonContext context, BiFunction<JsonContext, T, JsonNode> write) {
            this.type = type;
            this.context = context;
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeTree(write.apply(context, value));
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }

    /** Reads a tree and builds the value, turning a rejected value into a Jackson error naming the type. */
    private static final class TreeDeserializer<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final JsonContext context;
        private final BiFunction<JsonContext, JsonNode, T> read;

        TreeDeserializer(Class<T> type, JsonContext context, BiFunction<JsonContext, JsonNode, T> read) {
            this.type = type;
            this.context = context;
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonNode node = ctxt.readTree(p);
            try {
                return read.apply(context, node);
            } catch (RuntimeException e) {
                throw DatabindException.from(p, "cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
