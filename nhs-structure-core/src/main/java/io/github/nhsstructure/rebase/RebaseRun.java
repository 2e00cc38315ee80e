package io.github.nhsstructure.rebase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One pass of a re-base: the exact sums per target, the input and unmapped totals and the count of unmapped rows
 * per reason. Rows go in one at a time and nothing of them is kept; an unmapped row is handed to the listener, if
 * any, as it is found.
 *
 * <p>This class is mutable and not thread-safe: each thread of a parallel re-base has its own, and
 * {@link #addAll} merges them.
 */
final class RebaseRun {

    private final RebasePlan plan;
    private final Sums sums;
    private final int inputSlot;
    private final int unmappedSlot;
    private final long[] unmappedCounts = new long[UnmappedReason.values().length];
    private final @Nullable Consumer<RebaseResult.Unmapped> listener;
    private long rows;

    RebaseRun(RebasePlan plan, @Nullable Consumer<RebaseResult.Unmapped> listener) {
        this.plan = plan;
        this.listener = listener;
        this.inputSlot = plan.targetCount();
        this.unmappedSlot = inputSlot + 1;
        this.sums = new Sums(unmappedSlot + 1);
    }

    /**
     * Re-bases one row whose value fits a long.
     *
     * @param line  the row's line or index, for the listener
     * @param codeId  the code's number, or -1 if unknown
     * @param rawCode  the code as given, needed only if unknown (else null)
     * @param day  the row's epoch day
     * @param unscaled  the unscaled value
     * @param scale  the value's scale, 0 to 18
     */
    void row(long line, int codeId, @Nullable String rawCode, int day, long unscaled, int scale) {
        row(line, codeId, codeId < 0 ? 0 : plan.fast(codeId), rawCode, day, unscaled, scale);
    }

    /**
     * Re-bases one row whose value fits a long, given what {@link RebasePlan#fast(int)} says of its code.
     *
     * @param line  the row's line or index, for the listener
     * @param codeId  the code's number, or -1 if unknown
     * @param fast  {@link RebasePlan#fast(int)} of the code, anything if it is unknown
     * @param rawCode  the code as given, needed only if unknown (else null)
     * @param day  the row's epoch day
     * @param unscaled  the unscaled value
     * @param scale  the value's scale, 0 to 18
     */
    void row(long line, int codeId, long fast, @Nullable String rawCode, int day, long unscaled, int scale) {
        rows++;
        sums.add(inputSlot, unscaled, scale);
        UnmappedReason reason = screen(codeId, day);
        RebasePlan.Entry entry = null;
        if (reason == null) {
            int single = RebasePlan.singleTarget(fast, day);
            if (single >= 0) {
                sums.add(single, unscaled, scale);
                return;
            }
            entry = plan.entry(codeId, day);
            reason = entry.reason;
            if (reason == null) {
                entry.apply(sums, unscaled, scale);
                return;
            }
        }
        sums.add(unmappedSlot, unscaled, scale);
        unmapped(line, codeId, rawCode, day, BigDecimal.valueOf(unscaled, scale), reason, entry);
    }

    /**
     * The reason a row cannot be mapped that its date and whether its code is known give, before the code's own
     * table is read: after the target date, outside the coverage, an unknown code; or null.
     */
    private @Nullable UnmappedReason screen(int codeId, int day) {
        if (day > plan.targetDay()) {
            return UnmappedReason.AFTER_TARGET;
        }
        if (day < plan.coverageFirstDay() || day > plan.coverageLastDay()) {
            return UnmappedReason.OUTSIDE_COVERAGE;
        }
        return codeId < 0 ? UnmappedReason.UNKNOWN_CODE : null;
    }

    /**
     * Adds rows summed elsewhere, each a known code mapped to a single target: the totals per target, the input
     * total and the count of rows, all of one scale.
     *
     * @param totals  the unscaled total per target number
     * @param reached  whether any row reached each target number
     * @param input  the unscaled total of the rows
     * @param count  the number of rows
     * @param scale  the scale of the totals, 0 to 18
     */
    void addSums(long[] totals, boolean[] reached, long input, long count, int scale) {
        for (int t = 0; t < totals.length; t++) {
            if (reached[t]) {
                sums.add(t, totals[t], scale);
            }
        }
        if (count > 0) {
            sums.add(inputSlot, input, scale);
        }
        rows += count;
    }

    /**
     * Re-bases one row of any value.
     *
     * @param line  the row's line or index, for the listener
     * @param codeId  the code's number, or -1 if unknown
     * @param rawCode  the code as given, needed only if unknown (else null)
     * @param day  the row's epoch day
     * @param value  the value, within the limits of {@link SeriesText}
     */
    void row(long line, int codeId, @Nullable String rawCode, int day, BigDecimal value) {
        rows++;
        sums.add(inputSlot, value);
        UnmappedReason reason = screen(codeId, day);
        RebasePlan.Entry entry = null;
        if (reason == null) {
            entry = plan.entry(codeId, day);
            reason = entry.reason;
            if (reason == null) {
                entry.apply(sums, value);
                return;
            }
        }
        sums.add(unmappedSlot, value);
        unmapped(line, codeId, rawCode, day, value, reason, entry);
    }

    private void unmapped(long line, int codeId, @Nullable String rawCode, int day, BigDecimal value,
            UnmappedReason reason, RebasePlan.@Nullable Entry entry) {
        unmappedCounts[reason.ordinal()]++;
        Consumer<RebaseResult.Unmapped> l = listener;
        if (l == null) {
            return;
        }
        String code = codeId >= 0 ? plan.code(codeId) : rawCode != null ? rawCode : "";
        LocalDate date = LocalDate.ofEpochDay(day);
        String text;
        switch (reason) {
            case AFTER_TARGET:
                text = plan.afterTarget(date);
                break;
            case OUTSIDE_COVERAGE:
                text = plan.outsideCoverage(date);
                break;
            case UNKNOWN_CODE:
                text = RebasePlan.unknown(code);
                break;
            default:
                text = entry == null ? reason.description() : entry.reasonText(date);
                break;
        }
        l.accept(new RebaseResult.Unmapped(new SeriesRow(line, code, date, value), text));
    }

    /** Adds another run's sums and counts into this one. */
    void addAll(RebaseRun other) {
        sums.addAll(other.sums);
        for (int i = 0; i < unmappedCounts.length; i++) {
            unmappedCounts[i] += other.unmappedCounts[i];
        }
        rows += other.rows;
    }

    /** Builds the summary of everything added so far. */
    RebaseSummary summary() {
        java.util.Map<io.github.nhsstructure.organisation.OdsCode, BigDecimal> totals = new java.util.TreeMap<>();
        for (int t = 0; t < plan.targetCount(); t++) {
            if (!sums.isUntouched(t)) {
                totals.put(plan.targetCode(t), sums.get(t));
            }
        }
        java.util.Map<UnmappedReason, Long> counts = new java.util.EnumMap<>(UnmappedReason.class);
        for (UnmappedReason r : UnmappedReason.values()) {
            if (unmappedCounts[r.ordinal()] > 0) {
                counts.put(r, unmappedCounts[r.ordinal()]);
            }
        }
        return new RebaseSummary(plan.target(), totals, rows, sums.get(inputSlot), sums.get(unmappedSlot), counts);
    }
}
