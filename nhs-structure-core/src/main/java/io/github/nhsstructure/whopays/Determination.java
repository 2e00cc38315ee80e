package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioner.DelegationStatus;
import io.github.nhsstructure.commissioning.Arrangement;
import io.github.nhsstructure.commissioning.CommissionerType;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a Who Pays? question, explaining itself: the responsible commissioner (its type, and the
 * organisation where the data can name it), the rule version in force, the rule that decided, the inputs it used,
 * the inputs it needed but did not get, the {@code docs/domain.md} source keys, the certainty and a step-by-step
 * explanation.
 *
 * <p>Where NHS England commissions directly, {@link #commissioner()} is its unit for the patient on the date
 * ({@code docs/domain.md} 3.2 rule 0c): an area team, a local office, a region or a commissioning hub. A
 * {@linkplain Status#RESOLVED resolved} determination that names no {@linkplain #responsible() responsible
 * organisation} says why in {@link #typeOnlyReason()}: a single national body, a unit the rules do not derive from
 * the patient (specialised services), an input not given, or a gap in the data.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status  whether the determination is complete, not null
 * @param date  the service date, not null
 * @param service  the service category, not null
 * @param commissionerType  the responsible commissioner type ({@link CommissionerType#UNKNOWN} if even the type
 *         could not be found), not null
 * @param commissioner  the responsible organisation, where the data can name it, not null
 * @param arrangement  how the function is exercised, not null
 * @param delegateType  the delegate (or joint partner) type, if any, not null
 * @param delegate  the delegate organisation, where the data can name it, not null
 * @param delegationStatus  whether a delegation applies, not null
 * @param version  the Who Pays? version in force on the date, not null
 * @param rule  the rule that decided, not null
 * @param inputsUsed  the inputs the decision used, in order of use, not null
 * @param missingInputs  the inputs a rule needed but was not given, not null
 * @param sources  the {@code docs/domain.md} source keys behind the decision, not null
 * @param certainty  how sure the determination is (the weakest fact used), not null
 * @param explanation  how the answer was reached, one line per step, not null
 * @param typeOnlyReason  for a resolved determination naming no responsible organisation, why only the type is
 *         given (and, where an input would help, which); empty otherwise, not null
 * @since 0.1.0
 */
public record Determination(Status status, LocalDate date, ServiceCategory service,
        CommissionerType commissionerType, Optional<Organisation> commissioner, Arrangement arrangement,
        Optional<CommissionerType> delegateType, Optional<Organisation> delegate, DelegationStatus delegationStatus,
        WhoPaysVersion version, WhoPaysRule rule, List<UsedInput> inputsUsed, List<String> missingInputs,
        List<String> sources, Certainty certainty, List<String> explanation, Optional<String> typeOnlyReason) {

    /**
     * Whether a determination is complete.
     *
     * @since 0.1.0
     */
    public enum Status {
        /** The rule decided; the commissioner type is known (the organisation where the data can name it). */
        RESOLVED,
        /** A rule needs an input that was not given: {@link #missingInputs()} names it. */
        INCOMPLETE,
        /**
         * The rule that applies is not known in enough detail (a {@code docs/domain.md} U item): no answer is
         * guessed.
         */
        UNRESOLVED
    }

    /**
     * One input a decision used.
     *
     * @param name  the input's name, such as {@code registeredPractice}, not null
     * @param value  its value as text, not null
     * @since 0.1.0
     */
    public record UsedInput(String name, String value) {
        /**
         * Validates.
         *
         * @param name  the input's name, such as {@code registeredPractice}, not null
         * @param value  its value as text, not null
         */
        public UsedInput {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Validates and copies.
     *
     * @param status  whether the determination is complete, not null
     * @param date  the service date, not null
     * @param service  the service category, not null
     * @param commissionerType  the responsible commissioner type ({@link CommissionerType#UNKNOWN} if even the type
     *         could not be found), not null
     * @param commissioner  the responsible organisation, where the data can name it, not null
     * @param arrangement  how the function is exercised, not null
     * @param delegateType  the delegate (or joint partner) type, if any, not null
     * @param delegate  the delegate organisation, where the data can name it, not null
     * @param delegationStatus  whether a delegation applies, not null
     * @param version  the Who Pays? version in force on the date, not null
     * @param rule  the rule that decided, not null
     * @param inputsUsed  the inputs the decision used, in order of use, not null
     * @param missingInputs  the inputs a rule needed but was not given, not null
     * @param sources  the {@code docs/domain.md} source keys behind the decision, not null
     * @param certainty  how sure the determination is (the weakest fact used), not null
     * @param explanation  how the answer was reached, one line per step, not null
     * @param typeOnlyReason  for a resolved determination naming no responsible organisation, why only the type is
     *         given (and, where an input would help, which); empty otherwise, not null
     * @throws IllegalArgumentException if an incomplete determination names no missing input, or a resolved one
     *         names some; or if a resolved determination naming no responsible organisation does not say why, or
     *         another determination gives a reason for a type only
     */
    public Determination {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(commissionerType, "commissionerType");
        Objects.requireNonNull(commissioner, "commissioner");
        Objects.requireNonNull(arrangement, "arrangement");
        Objects.requireNonNull(delegateType, "delegateType");
        Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(delegationStatus, "delegationStatus");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(certainty, "certainty");
        inputsUsed = List.copyOf(inputsUsed);
        missingInputs = List.copyOf(missingInputs);
        sources = List.copyOf(sources);
        explanation = Explanation.copyOf(explanation); // the engine's explanation is immutable already
        Objects.requireNonNull(typeOnlyReason, "typeOnlyReason");
        if ((status == Status.INCOMPLETE) == missingInputs.isEmpty()) {
            throw new IllegalArgumentException("missing inputs must be named exactly for an INCOMPLETE determination: "
                    + status + " " + missingInputs);
        }
        boolean typeOnly = status == Status.RESOLVED
                && (delegationStatus == DelegationStatus.DELEGATED ? delegate : commissioner).isEmpty();
        if (typeOnly != typeOnlyReason.isPresent()) {
            throw new IllegalArgumentException("a reason must be given exactly when a RESOLVED determination names no"
                    + " responsible organisation: " + status + " " + typeOnlyReason);
        }
    }

    /**
     * Returns the organisation that exercises the responsibility: the delegate where the function is
     * {@linkplain DelegationStatus#DELEGATED delegated} (an ICB for specialised services from 2024-04-01, for
     * example), otherwise the commissioner (for NHS England, its unit).
     *
     * @return the organisation, or empty if the rules or the data cannot name it, not null
     * @since 0.1.0
     */
    public Optional<Organisation> responsible() {
        return delegationStatus == DelegationStatus.DELEGATED ? delegate : commissioner;
    }

    /**
     * Returns the rule id qualified by the version, such as {@code WP2022-16}.
     *
     * @return the id, not null
     */
    public String ruleId() {
        return version.id() + "-" + rule.id();
    }

    /**
     * Summarises the commissioner in one phrase, such as "ICB QWE (NHS South West London ICB)".
     *
     * @return the summary, not null
     */
    public String summary() {
        StringBuilder b = new StringBuilder(commissionerType.label());
        commissioner.ifPresent(o -> b.append(" ").append(o.code()).append(" (")
                .append(o.nameOn(date).orElse(o.name())).append(")"));
        if (delegationStatus == DelegationStatus.DELEGATED || delegationStatus == DelegationStatus.UNKNOWN
                || delegationStatus == DelegationStatus.JOINT) {
            b.append(delegationStatus == DelegationStatus.JOINT ? "; jointly with " : "; delegated to ")
                    .append(delegateType.map(CommissionerType::label).orElse(""));
            delegate.ifPresent(o -> b.append(" ").append(o.code()).append(" (")
                    .append(o.nameOn(date).orElse(o.name())).append(")"));
            if (delegationStatus == DelegationStatus.UNKNOWN) {
                b.append(" only if it held the delegation (status unknown)");
            }
        }
        return b.toString();
    }
}
