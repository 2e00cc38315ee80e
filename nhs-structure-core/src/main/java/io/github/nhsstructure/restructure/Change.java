package io.github.nhsstructure.restructure;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Provenance;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One dated change to the structure, such as "CCGs 00C, 00K and 00M merged into 16C on 2020-04-01" or "02P was
 * renamed on 2022-07-01".
 *
 * <p>The effective date is the first day of the new structure: on {@code effectiveDate - 1} the old structure
 * applies, on {@code effectiveDate} the new one. {@link #before()} lists the organisations the change starts
 * from and {@link #after()} those it ends with: for a merger the predecessors and the successor, for a rename or
 * move the organisation itself on both sides. {@link #from()} and {@link #to()} hold the values that changed:
 * the old and new name, kind or parent code; they are empty for changes of organisations rather than values.
 *
 * <p>Changes are derived from the dataset (periods, names, kinds, links and successions), so every change is as
 * certain as the facts it comes from; {@link #provenance()} gives them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type  what changed, not null
 * @param effectiveDate  the first day of the new structure, not null
 * @param kind  the kind of organisation concerned (the successor's or the organisation's on the relevant day),
 *     not null
 * @param before  the organisations before, ordered by code, not null
 * @param after  the organisations after, ordered by code, not null
 * @param from  the value before (name, kind or parent code), or empty, not null
 * @param to  the value after, or empty, not null
 * @param detail  a sentence for a person, not null
 * @param provenance  the sources of the facts the change is derived from, not null
 * @since 0.1.0
 */
public record Change(ChangeType type, LocalDate effectiveDate, OrganisationKind kind, List<OdsCode> before,
        List<OdsCode> after, String from, String to, String detail, Provenance provenance)
        implements Comparable<Change> {

    private static final Comparator<Change> ORDER = Comparator.comparing(Change::effectiveDate)
            .thenComparing(Change::type)
            .thenComparing(c -> c.after().isEmpty() ? "" : c.after().get(0).value())
            .thenComparing(c -> c.before().isEmpty() ? "" : c.before().get(0).value())
            .thenComparing(Change::detail);

    /**
     * Validates and copies.
     *
     * @param type  what changed, not null
     * @param effectiveDate  the first day of the new structure, not null
     * @param kind  the kind of organisation concerned (the successor's or the organisation's on the relevant day),
     *     not null
     * @param before  the organisations before, ordered by code, not null
     * @param after  the organisations after, ordered by code, not null
     * @param from  the value before (name, kind or parent code), or empty, not null
     * @param to  the value after, or empty, not null
     * @param detail  a sentence for a person, not null
     * @param provenance  the sources of the facts the change is derived from, not null
     * @throws IllegalArgumentException if both sides are empty
     */
    public Change {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(kind, "kind");
        before = before.stream().sorted().toList();
        after = after.stream().sorted().toList();
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(provenance, "provenance");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a change needs an organisation before or after: " + detail);
        }
    }

    /**
     * Checks whether the change involves an organisation, on either side.
     *
     * @param code  the code, not null
     * @return true if the code is before or after
     */
    public boolean involves(OdsCode code) {
        return before.contains(code) || after.contains(code);
    }

    /**
     * Orders by effective date, type, then codes.
     *
     * @param other  the other change, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(Change other) {
        return ORDER.compare(this, other);
    }

    /**
     * Outputs as {@code 2020-04-01 MERGED CCG [00C, 00K] -> [16C]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return effectiveDate + " " + type + " " + kind + " " + before + " -> " + after
                + (from.isEmpty() && to.isEmpty() ? "" : " (" + from + " -> " + to + ")");
    }
}
