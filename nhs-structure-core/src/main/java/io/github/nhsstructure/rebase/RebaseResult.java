package io.github.nhsstructure.rebase;

import io.github.nhsstructure.organisation.OdsCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of re-basing a series onto the structure of a target date: the total per organisation in force on
 * that date, and every row that could not be mapped with the reason. Nothing is lost:
 * {@code mappedTotal() + unmappedTotal() == inputTotal()}, exactly.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target  the target date, not null
 * @param totals  the total per organisation in force on the target date, ordered by code, not null
 * @param unmapped  the rows that could not be mapped, in input order, not null
 * @param inputTotal  the sum of every input value, not null
 * @param rows  the number of input rows
 * @since 0.1.0
 */
public record RebaseResult(LocalDate target, Map<OdsCode, BigDecimal> totals, List<Unmapped> unmapped,
        BigDecimal inputTotal, long rows) {

    /**
     * A row that could not be mapped.
     *
     * @param row  the row, not null
     * @param reason  why, for a person, not null
     * @since 0.1.0
     */
    public record Unmapped(SeriesRow row, String reason) {
        /**
         * Validates.
         *
         * @param row  the row, not null
         * @param reason  why, for a person, not null
         */
        public Unmapped {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Copies.
     *
     * @param target  the target date, not null
     * @param totals  the total per organisation in force on the target date, not null
     * @param unmapped  the rows that could not be mapped, in input order, not null
     * @param inputTotal  the sum of every input value, not null
     * @param rows  the number of input rows
     */
    public RebaseResult {
        Objects.requireNonNull(target, "target");
        totals = Collections.unmodifiableMap(new TreeMap<>(totals));
        unmapped = List.copyOf(unmapped);
        Objects.requireNonNull(inputTotal, "inputTotal");
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
     * Returns the sum of the unmapped rows' values.
     *
     * @return the unmapped total, not null
     */
    public BigDecimal unmappedTotal() {
        return unmapped.stream().map(u -> u.row().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Checks that nothing was lost: mapped plus unmapped equals the input total.
     *
     * @return true if the totals balance exactly
     */
    public boolean balances() {
        return mappedTotal().add(unmappedTotal()).compareTo(inputTotal) == 0;
    }
}
