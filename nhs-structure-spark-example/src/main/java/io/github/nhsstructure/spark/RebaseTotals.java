package io.github.nhsstructure.spark;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.rebase.RebaseSummary;
import io.github.nhsstructure.rebase.UnmappedReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The totals of a re-base, in a form both Spark's result and the library's {@link RebaseSummary} are brought to, so
 * that they can be compared with {@code equals}: amounts without trailing zeros (so 12.50 equals 12.5), targets with
 * a total of zero kept.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target  the target date, not null
 * @param totals  the total per organisation in force on the target date, by code, not null
 * @param rows  the number of input rows
 * @param inputTotal  the sum of every input value, not null
 * @param unmappedTotal  the sum of the values of the rows that could not be mapped, not null
 * @param unmappedRows  the number of unmapped rows per reason, only reasons with rows, not null
 * @since 0.1.0
 */
public record RebaseTotals(LocalDate target, Map<String, BigDecimal> totals, long rows, BigDecimal inputTotal,
        BigDecimal unmappedTotal, Map<UnmappedReason, Long> unmappedRows) {

    /**
     * Validates and normalises.
     *
     * @param target  the target date, not null
     * @param totals  the total per organisation in force on the target date, by code, not null
     * @param rows  the number of input rows
     * @param inputTotal  the sum of every input value, not null
     * @param unmappedTotal  the sum of the values of the rows that could not be mapped, not null
     * @param unmappedRows  the number of unmapped rows per reason, not null
     */
    public RebaseTotals {
        Objects.requireNonNull(target, "target");
        Map<String, BigDecimal> t = new TreeMap<>();
        totals.forEach((code, total) -> t.put(code, strip(total)));
        totals = Collections.unmodifiableMap(t);
        inputTotal = strip(inputTotal);
        unmappedTotal = strip(unmappedTotal);
        Map<UnmappedReason, Long> u = new EnumMap<>(UnmappedReason.class);
        unmappedRows.forEach((reason, count) -> {
            if (count > 0) {
                u.put(reason, count);
            }
        });
        unmappedRows = Collections.unmodifiableMap(u);
    }

    /**
     * Brings the library's summary to this form.
     *
     * @param summary  the library's re-base summary, not null
     * @return the totals, not null
     */
    public static RebaseTotals of(RebaseSummary summary) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (Map.Entry<OdsCode, BigDecimal> e : summary.totals().entrySet()) {
            totals.put(e.getKey().value(), e.getValue());
        }
        return new RebaseTotals(summary.target(), totals, summary.rows(), summary.inputTotal(),
                summary.unmappedTotal(), summary.unmappedRows());
    }

    /**
     * Returns the sum of the totals per organisation.
     *
     * @return the mapped total, not null
     */
    public BigDecimal mappedTotal() {
        return totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Checks that nothing was lost: mapped plus unmapped equals the input total, exactly.
     *
     * @return true if the totals balance
     */
    public boolean balances() {
        return mappedTotal().add(unmappedTotal).compareTo(inputTotal) == 0;
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal s = Objects.requireNonNull(value, "value").stripTrailingZeros();
        return s.signum() == 0 ? BigDecimal.ZERO : s;
    }
}
