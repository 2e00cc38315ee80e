package io.github.nhsstructure.commissioning;

import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import io.github.nhsstructure.time.Timeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every commissioning rule row, one {@link Timeline} per {@link ServiceCategory}: "which type of body commissioned
 * service S on date D".
 *
 * <p>Rows of one category never overlap ({@link #of} rejects an overlap, naming both rows). The rules are
 * complete on {@link #coverage()}: every category has exactly one row on every date of it. Dates a category has
 * no sourced answer for are rows of type {@link CommissionerType#UNKNOWN}, and dates before a service existed
 * rows of type {@link CommissionerType#NOT_COMMISSIONED}, so a gap is always a data error, never a silent answer.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CommissioningRules {

    private static final CommissioningRules EMPTY = new CommissioningRules(new EnumMap<>(ServiceCategory.class),
            List.of());

    private final Map<ServiceCategory, Timeline<CommissioningRule>> byCategory;
    private final List<CommissioningRule> all;

    private CommissioningRules(Map<ServiceCategory, Timeline<CommissioningRule>> byCategory,
            List<CommissioningRule> all) {
        this.byCategory = byCategory;
        this.all = all;
    }

    /**
     * Returns the empty rule set.
     *
     * @return the rule set without rows, not null
     */
    public static CommissioningRules empty() {
        return EMPTY;
    }

    /**
     * Obtains a rule set from rows in any order.
     *
     * @param rules  the rows, not null
     * @return the rule set, not null
     * @throws IllegalArgumentException if two rows of one category overlap; the message names both
     */
    public static CommissioningRules of(Collection<CommissioningRule> rules) {
        Map<ServiceCategory, List<Dated<CommissioningRule>>> lists = new EnumMap<>(ServiceCategory.class);
        for (CommissioningRule r : rules) {
            lists.computeIfAbsent(r.category(), c -> new ArrayList<>())
                    .add(new Dated<>(r.period(), r, r.provenance()));
        }
        Map<ServiceCategory, Timeline<CommissioningRule>> map = new EnumMap<>(ServiceCategory.class);
        List<CommissioningRule> all = new ArrayList<>();
        for (Map.Entry<ServiceCategory, List<Dated<CommissioningRule>>> e : lists.entrySet()) {
            Timeline<CommissioningRule> t;
            try {
                t = Timeline.of(e.getValue());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(e.getKey() + ": " + ex.getMessage(), ex);
            }
            map.put(e.getKey(), t);
            t.entries().forEach(d -> all.add(d.value()));
        }
        return new CommissioningRules(map, List.copyOf(all));
    }

    /**
     * Returns the rule in force for a category on a date.
     *
     * @param category  the service category, not null
     * @param date  the date, not null
     * @return the rule, not null
     * @throws NoRuleException if no row covers the category on the date
     */
    public CommissioningRule rule(ServiceCategory category, LocalDate date) {
        return find(category, date).orElseThrow(() -> new NoRuleException(date, "no commissioning rule for "
                + category + " on " + date + ": " + span(category).map(s -> "rules for it cover " + s)
                        .orElse("there are no rules for it")));
    }

    /**
     * Finds the rule in force for a category on a date.
     *
     * @param category  the service category, not null
     * @param date  the date, not null
     * @return the rule, or empty if no row covers the date, not null
     */
    public Optional<CommissioningRule> find(ServiceCategory category, LocalDate date) {
        Timeline<CommissioningRule> t = byCategory.get(category);
        return t == null ? Optional.empty() : t.at(date);
    }

    /**
     * Returns the rows of one category in date order.
     *
     * @param category  the service category, not null
     * @return the rows, immutable, not null
     */
    public List<CommissioningRule> rules(ServiceCategory category) {
        Timeline<CommissioningRule> t = byCategory.get(category);
        return t == null ? List.of() : t.entries().stream().map(Dated::value).toList();
    }

    /**
     * Returns every row, by category then date.
     *
     * @return the rows, immutable, not null
     */
    public List<CommissioningRule> all() {
        return all;
    }

    /**
     * Checks whether there are no rows.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return all.isEmpty();
    }

    /**
     * Returns the period from the first to the last day any row of one category covers (there may be gaps).
     *
     * @param category  the category, not null
     * @return the span, or empty if the category has no rows, not null
     */
    public Optional<DateRange> span(ServiceCategory category) {
        Timeline<CommissioningRule> t = byCategory.get(category);
        return t == null ? Optional.empty() : t.span();
    }

    /**
     * Returns the period on which every category has a row: from the latest first row start to the earliest last
     * row end. Whether it has no gaps inside is for the data's tests to check, with {@link #find}.
     *
     * @return the period, or empty if some category has no rows or the spans do not meet, not null
     */
    public Optional<DateRange> coverage() {
        LocalDate start = LocalDate.MIN;
        LocalDate end = LocalDate.MAX;
        for (ServiceCategory c : ServiceCategory.values()) {
            Optional<DateRange> s = span(c);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            start = s.get().start().isAfter(start) ? s.get().start() : start;
            end = s.get().end().isBefore(end) ? s.get().end() : end;
        }
        return end.isAfter(start) ? Optional.of(DateRange.of(start, end)) : Optional.empty();
    }

    /**
     * Outputs the number of rows and the coverage.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "CommissioningRules[" + all.size() + " rows, coverage " + coverage().map(DateRange::toString)
                .orElse("none") + "]";
    }
}
