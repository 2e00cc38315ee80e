package io.github.nhsstructure.commissioning;

import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.time.DateRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated commissioning rule: which type of body commissions a service category during a period, how
 * (directly, jointly or by delegation, and to whom), with the sources and certainty of the fact.
 *
 * <p>When policy changed, a new row starts on the first day of the new arrangement; rows are never edited to
 * cover a later period (as with jollyday's {@code validFrom}/{@code validTo}). A delegated row names NHS England
 * (or whichever body stays accountable) as {@link #type()} and the body exercising the function as
 * {@link #delegate()}; {@link #scope()} says which bodies of that type hold the delegation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param category  the service category, not null
 * @param period  the period the row holds, half-open, not empty, not null
 * @param type  the responsible commissioner type, not null
 * @param arrangement  how the function is exercised; {@link Arrangement#NONE} exactly when the type is not a body
 * @param delegate  the delegate (or joint partner) type; present exactly for DELEGATED and JOINT, not null
 * @param scope  which bodies of the delegate type; present exactly when the delegate is, not null
 * @param note  free text qualifying the row, may be empty, not null
 * @param references  the {@code docs/domain.md} source keys (S.., C..) behind the row, not empty, not null
 * @param provenance  the dataset source id and certainty, not null
 * @since 0.1.0
 */
public record CommissioningRule(ServiceCategory category, DateRange period, CommissionerType type,
        Arrangement arrangement, Optional<CommissionerType> delegate, Optional<DelegationScope> scope, String note,
        List<String> references, Provenance provenance) {

    /**
     * Validates and copies.
     *
     * @param category  the service category, not null
     * @param period  the period the row holds, half-open, not empty, not null
     * @param type  the responsible commissioner type, not null
     * @param arrangement  how the function is exercised; {@link Arrangement#NONE} exactly when the type is not a body
     * @param delegate  the delegate (or joint partner) type; present exactly for DELEGATED and JOINT, not null
     * @param scope  which bodies of the delegate type; present exactly when the delegate is, not null
     * @param note  free text qualifying the row, may be empty, not null
     * @param references  the {@code docs/domain.md} source keys (S.., C..) behind the row, not empty, not null
     * @param provenance  the dataset source id and certainty, not null
     * @throws IllegalArgumentException if the period is empty, the arrangement does not fit the type, the
     *         delegate and scope do not fit the arrangement, or there is no reference
     */
    public CommissioningRule {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(arrangement, "arrangement");
        Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(provenance, "provenance");
        references = List.copyOf(references);
        if (period.isEmpty()) {
            throw new IllegalArgumentException(category + ": empty period " + period);
        }
        if (!type.isBody() && arrangement != Arrangement.NONE) {
            throw new IllegalArgumentException(category + " " + period + ": type " + type
                    + " is not a body, so the arrangement must be NONE, not " + arrangement);
        }
        if (type.isBody() && arrangement == Arrangement.NONE) {
            throw new IllegalArgumentException(category + " " + period + ": type " + type
                    + " needs an arrangement (DIRECT, JOINT or DELEGATED)");
        }
        boolean shared = arrangement == Arrangement.DELEGATED || arrangement == Arrangement.JOINT;
        if (shared != delegate.isPresent() || shared != scope.isPresent()) {
            throw new IllegalArgumentException(category + " " + period + ": a delegate type and scope are required"
                    + " exactly for DELEGATED and JOINT arrangements (arrangement " + arrangement + ")");
        }
        if (delegate.isPresent() && !delegate.get().isBody()) {
            throw new IllegalArgumentException(category + " " + period + ": delegate " + delegate.get()
                    + " is not a body");
        }
        if (references.isEmpty() || references.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(category + " " + period + ": at least one docs/domain.md reference is"
                    + " required, none blank: " + references);
        }
    }

    /**
     * Describes the responsibility in one phrase, such as "NHS England; delegated to CCG (some; list not in the
     * sources)".
     *
     * @return the description, not null
     */
    public String describe() {
        StringBuilder b = new StringBuilder(type.label());
        if (arrangement == Arrangement.DELEGATED || arrangement == Arrangement.JOINT) {
            CommissionerType d = delegate.orElseThrow();
            DelegationScope s = scope.orElseThrow();
            b.append(arrangement == Arrangement.DELEGATED ? "; delegated to " : "; jointly with ").append(d.label());
            if (s.kind() == DelegationScope.Kind.SOME_UNKNOWN) {
                b.append(" (some only; which ones is not in the sources)");
            } else if (s.kind() == DelegationScope.Kind.REGIONS) {
                b.append(" (in regions ").append(s.regions()).append(" only)");
            } else {
                b.append(" (every one)");
            }
        } else if (arrangement == Arrangement.DIRECT) {
            b.append(" (direct)");
        }
        return b.toString();
    }

    /**
     * Outputs the category, period and description.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return category + " " + period + ": " + describe() + " [" + String.join(",", references) + "; "
                + provenance.certainty() + "]";
    }
}
