package io.github.nhsstructure.rebase;

import io.github.nhsstructure.organisation.OdsCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcome of a streaming or columnar re-base ({@link Rebaser#rebase(java.nio.file.Path, java.util.function.Consumer)},
 * {@link Rebaser#rebase(SeriesColumns)}): the total per organisation in force on the target date and the count
 * of unmapped rows per reason. Unlike {@link RebaseResult} it holds no rows, so its size does not grow with the
 * input; the unmapped rows themselves go to a listener as they are found.
 *
 * <p>Nothing is lost: {@code mappedTotal() + unmappedTotal() == inputTotal()}, exactly.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target  the target date, not null
 * @param totals  the total per organisation in force on the target date that received a value, ordered by code,
 *     not null
 * @param rows  the number of input rows
 * @param inputTotal  the sum of every input value, not null
 * @param unmappedTotal  the sum of the unmapped rows' values, not null
 * @param unmappedRows  the number of unmapped rows per reason, without zero counts, not null
 * @since 0.1.0
 */
public record RebaseSummary(LocalDate target, Map<OdsCode, BigDecimal> totals, long rows, BigDecimal inputTotal,
        BigDecimal unmappedTotal, Map<UnmappedReason, Long> unmappedRows) {

    /**
     * Validates and copies.
     *
     * @param target  the target date, not null
     * @param totals  the total per organisation in force on the target date that received a value, not null
     * @param rows  the number of input rows
     * @param inputTotal  the sum of every input value, not null
     * @param unmappedTotal  the sum of the unmapped rows' values, not null
     * @param unmappedRows  the number of unmapped rows per reason, not null
     */
    public RebaseSummary {
        Objects.requireNonNull(target, "target");
        totals = Collections.unmodifiableMap(new TreeMap<>(totals));
        Objects.requireNonNull(inputTotal, "inputTotal");
        Objects.requireNonNull(unmappedTotal, "unmappedTotal");
        Map<UnmappedReason, Long> counts = new EnumMap<>(UnmappedReason.class);
        counts.putAll(unmappedRows);
        unmappedRows = Collections.unmodifiableMap(counts);
    }

    /**
     * Returns the sum of the mapped totals.
     *
     * @return the mapped total, not null
     */
    public BigDecimal mappedTotal() {
        return totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Returns the number of rows that could not be mapped.
     *
     * @return the count of unmapped rows
     */
    public long unmappedRowCount() {
        return unmappedRows.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Checks that nothing was lost: mapped plus unmapped equals the input total.
     *
     * @return true if the totals balance exactly
     */
    public boolean balances() {
        return mappedTotal().add(unmappedTotal).compareTo(inputTotal) == 0;
    }
}
