package io.github.nhsstructure.commissioner;

import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.commissioning.DelegationScope;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to "who commissions service S on date D (in place P)": the rule row in force, and where the place
 * allows, the organisations that hold and exercise the function.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param category  the service category, not null
 * @param date  the date, not null
 * @param place  the place asked about, if any, not null
 * @param rule  the rule row in force, not null
 * @param commissioner  the responsible organisation of the rule's type, where the data can name it, not null
 * @param delegate  the organisation of the delegate type for the place, where there is one, not null
 * @param delegationStatus  whether the delegation applies in the place, not null
 * @param explanation  how the answer was reached, one line per step, not null
 * @since 0.1.0
 */
public record CommissioningAnswer(ServiceCategory category, LocalDate date, Optional<OdsCode> place,
        CommissioningRule rule, Optional<Organisation> commissioner, Optional<Organisation> delegate,
        DelegationStatus delegationStatus, List<String> explanation) {

    /**
     * Validates and copies.
     *
     * @param category  the service category, not null
     * @param date  the date, not null
     * @param place  the place asked about, if any, not null
     * @param rule  the rule row in force, not null
     * @param commissioner  the responsible organisation of the rule's type, where the data can name it, not null
     * @param delegate  the organisation of the delegate type for the place, where there is one, not null
     * @param delegationStatus  whether the delegation applies in the place, not null
     * @param explanation  how the answer was reached, one line per step, not null
     */
    public CommissioningAnswer {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(commissioner, "commissioner");
        Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(delegationStatus, "delegationStatus");
        explanation = List.copyOf(explanation);
    }

    /**
     * Summarises the answer in one line, such as "NHS England; delegated to ICB QWE (...)".
     *
     * @return the summary, not null
     */
    public String summary() {
        StringBuilder b = new StringBuilder(rule.type().label());
        commissioner.ifPresent(o -> b.append(" ").append(o.code()).append(" (").append(o.nameOn(date)
                .orElse(o.name())).append(")"));
        switch (delegationStatus) {
            case DELEGATED -> b.append("; delegated to ").append(describeDelegate());
            case UNKNOWN -> b.append("; delegated to ").append(describeDelegate())
                    .append(" only if it held the delegation: status unknown (not in the sources)");
            case VARIES_BY_PLACE -> b.append("; delegated to ").append(rule.delegate().orElseThrow().label())
                    .append(" in ").append(rule.scope().orElseThrow().regions()).append(" only");
            case NOT_DELEGATED_HERE -> b.append("; not delegated in this region");
            case JOINT -> b.append("; jointly with ").append(describeDelegate());
            default -> {
            }
        }
        return b.toString();
    }

    private String describeDelegate() {
        String type = rule.delegate().map(CommissionerType::label).orElse("");
        return delegate.map(o -> type + " " + o.code() + " (" + o.nameOn(date).orElse(o.name()) + ")")
                .orElse(type + (rule.scope().map(s -> s.kind() == DelegationScope.Kind.ALL).orElse(false)
                        ? " (every one)" : ""));
    }
}
