package io.github.nhsstructure.rebase;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Exact running sums, one per slot: a long and a scale while the sum fits, a {@link BigDecimal} after that.
 *
 * <p>Adding a value of scale {@code s} to a sum of scale {@code S} gives scale {@code max(s, S)}, as
 * {@link BigDecimal#add} does, so the result equals the {@code BigDecimal} sum digit for digit. Overflow is
 * detected with {@link Math#addExact} and {@link Math#multiplyExact}; the slot then carries on as a
 * {@code BigDecimal}.
 *
 * <p>This class is mutable and not thread-safe: each thread adds into its own and {@link #addAll} merges them.
 */
final class Sums {

    /** Powers of ten that fit in a long. */
    static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** The scale of a slot nothing was added to. */
    private static final int UNTOUCHED = -1;
    /** The scale of a slot that has become a BigDecimal. */
    private static final int BIG = -2;

    private final long[] sum;
    private final int[] scale;
    private final @Nullable BigDecimal[] big;

    Sums(int slots) {
        sum = new long[slots];
        scale = new int[slots];
        big = new BigDecimal[slots];
        Arrays.fill(scale, UNTOUCHED);
    }

    /**
     * Adds {@code unscaled * 10^-valueScale} to a slot.
     *
     * @param slot  the slot
     * @param unscaled  the unscaled value
     * @param valueScale  its scale, 0 to 18
     */
    void add(int slot, long unscaled, int valueScale) {
        int s = scale[slot];
        if (valueScale == s) {
            // The common case: a slot still a long, of the value's scale. Overflow falls through to the rest.
            long r = sum[slot] + unscaled;
            if (((sum[slot] ^ r) & (unscaled ^ r)) >= 0) {
                sum[slot] = r;
                return;
            }
        }
        addSlowly(slot, unscaled, valueScale);
    }

    private void addSlowly(int slot, long unscaled, int valueScale) {
        int s = scale[slot];
        if (s != BIG) {
            try {
                if (valueScale == s) {
                    sum[slot] = Math.addExact(sum[slot], unscaled);
                    return;
                }
                if (s == UNTOUCHED) {
                    sum[slot] = unscaled;
                    scale[slot] = valueScale;
                    return;
                }
                if (valueScale < s) {
                    sum[slot] = Math.addExact(sum[slot], Math.multiplyExact(unscaled, POW10[s - valueScale]));
                    return;
                }
                long rescaled = Math.multiplyExact(sum[slot], POW10[valueScale - s]);
                sum[slot] = Math.addExact(rescaled, unscaled);
                scale[slot] = valueScale;
                return;
            } catch (ArithmeticException overflow) {
                big[slot] = BigDecimal.valueOf(sum[slot], s);
                scale[slot] = BIG;
            }
        }
        big[slot] = big[slot].add(BigDecimal.valueOf(unscaled, valueScale));
    }

    /**
     * Adds a value to a slot.
     *
     * @param slot  the slot
     * @param value  the value, within the limits of {@link Decimals}
     */
    void add(int slot, BigDecimal value) {
        int s = scale[slot];
        if (s != BIG && value.scale() >= 0 && value.scale() < POW10.length
                && value.unscaledValue().bitLength() < 64) {
            add(slot, value.unscaledValue().longValue(), value.scale());
            return;
        }
        if (s == BIG) {
            big[slot] = big[slot].add(value);
        } else {
            big[slot] = s == UNTOUCHED ? value : BigDecimal.valueOf(sum[slot], s).add(value);
            scale[slot] = BIG;
        }
    }

    /**
     * Returns a slot's sum.
     *
     * @param slot  the slot
     * @return the sum, not null
     */
    BigDecimal get(int slot) {
        int s = scale[slot];
        return s == BIG ? big[slot] : s == UNTOUCHED ? BigDecimal.ZERO : BigDecimal.valueOf(sum[slot], s);
    }

    /** Returns true if nothing was ever added to the slot. */
    boolean isUntouched(int slot) {
        return scale[slot] == UNTOUCHED;
    }

    /**
     * Adds every slot of another set of sums into this one.
     *
     * @param other  sums with the same number of slots
     */
    void addAll(Sums other) {
        for (int i = 0; i < sum.length; i++) {
            if (other.scale[i] == BIG) {
                add(i, other.big[i]);
            } else if (other.scale[i] >= 0) {
                add(i, other.sum[i], other.scale[i]);
            }
        }
    }

    /**
     * Rounds {@code unscaled * num / den} half away from zero to an integer, exactly: the share of a split value
     * at the value's own scale.
     *
     * @param unscaled  the unscaled value
     * @param num  the share's weight, positive
     * @param den  the sum of the weights, positive
     * @return the rounded share
     * @throws ArithmeticException if {@code unscaled * num} overflows a long
     */
    static long share(long unscaled, long num, long den) {
        long p = Math.multiplyExact(unscaled, num);
        long q = p / den;
        long r = Math.abs(p % den);
        if (r >= den - r) {
            q += p < 0 ? -1 : 1;
        }
        return q;
    }

    /**
     * Rounds {@code unscaled * num / den} half away from zero to an integer, exactly, for any size.
     *
     * @param unscaled  the unscaled value
     * @param num  the share's weight, positive
     * @param den  the sum of the weights, positive
     * @return the rounded share
     */
    static BigInteger share(BigInteger unscaled, BigInteger num, BigInteger den) {
        return new BigDecimal(unscaled.multiply(num)).divide(new BigDecimal(den), 0, RoundingMode.HALF_UP)
                .toBigIntegerExact();
    }
}
