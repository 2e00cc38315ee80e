package io.github.nhsstructure.rebase;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Reads the date and value fields of a series from characters without creating objects for the common case:
 * dates as epoch days (no {@link java.time.LocalDate}), values as a long and a scale (no {@link BigDecimal}
 * unless the value has more than 18 digits).
 *
 * <p>Values are limited to {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_SCALE}
 * after, so that no value, such as {@code 1e999999999}, can make exact sums unbounded.
 *
 * <p>This class is mutable (it holds the last value read) and not thread-safe.
 */
final class SeriesText {

    /** The most digits after the decimal point a value may have. */
    static final int MAX_SCALE = 18;

    /** The most digits before the decimal point a value may have. */
    static final int MAX_INTEGER_DIGITS = 38;

    /** The reason given for a value beyond the limits. */
    static final String OUT_OF_RANGE = "is out of range (at most " + MAX_INTEGER_DIGITS
            + " digits before the decimal point and " + MAX_SCALE + " after)";

    /** What {@link #parseDate} returns for text that is not a date. */
    static final int NOT_A_DATE = Integer.MIN_VALUE;

    /** {@link #parseValue}: the value is in {@link #unscaled} and {@link #scale}. */
    static final int LONG = 0;
    /** {@link #parseValue}: the value is in {@link #big}. */
    static final int BIG = 1;
    /** {@link #parseValue}: not a number. */
    static final int NOT_A_NUMBER = 2;
    /** {@link #parseValue}: a number beyond the limits. */
    static final int BEYOND_LIMITS = 3;

    private static final long DAYS_0000_TO_1970 = 719_528L;

    /** The unscaled value of the last value read, if it fitted in a long. */
    long unscaled;
    /** The scale of the last value read, if it fitted in a long. */
    int scale;
    /** The last value read, if it did not fit in a long. */
    @Nullable BigDecimal big;

    /**
     * Reads a date written {@code yyyy-MM-dd}, allowing white space around it.
     *
     * @param b  the characters
     * @param off  the first character
     * @param len  the number of characters
     * @return the epoch day, or {@link #NOT_A_DATE}
     */
    static int parseDate(char[] b, int off, int len) {
        int end = off + len;
        while (off < end && b[off] <= ' ') {
            off++;
        }
        while (end > off && b[end - 1] <= ' ') {
            end--;
        }
        if (end - off != 10 || b[off + 4] != '-' || b[off + 7] != '-') {
            return NOT_A_DATE;
        }
        int year = digits(b, off, 4);
        int month = digits(b, off + 5, 2);
        int day = digits(b, off + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
            return NOT_A_DATE;
        }
        return (int) epochDay(year, month, day);
    }

    private static int digits(char[] b, int off, int n) {
        int v = 0;
        for (int i = off; i < off + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int monthLength(int year, int month) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** The epoch day of a date of a non-negative year, as {@link java.time.LocalDate#toEpochDay()} computes it. */
    static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367 * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!isLeap(year)) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
    }

    /**
     * Reads a decimal number, allowing white space around it: a sign, digits and a decimal point in the common
     * case, anything {@link BigDecimal#BigDecimal(char[], int, int)} reads otherwise (such as {@code 1.5e3}).
     *
     * @param b  the characters
     * @param off  the first character
     * @param len  the number of characters
     * @return {@link #LONG}, {@link #BIG}, {@link #NOT_A_NUMBER} or {@link #BEYOND_LIMITS}
     */
    int parseValue(char[] b, int off, int len) {
        int end = off + len;
        while (off < end && b[off] <= ' ') {
            off++;
        }
        while (end > off && b[end - 1] <= ' ') {
            end--;
        }
        int i = off;
        boolean negative = false;
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long v = 0;
        int digitChars = 0;
        int significant = 0;
        int point = -1;
        for (; i < end; i++) {
            char c = b[i];
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                digitChars++;
                if (v != 0 || point >= 0) {
                    significant++;
                }
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                break;
            }
        }
        if (i == end && digitChars > 0 && significant <= 18) {
            int s = point < 0 ? 0 : end - point - 1;
            if (s <= MAX_SCALE) {
                unscaled = negative ? -v : v;
                scale = s;
                big = null;
                return LONG;
            }
        }
        return parseBig(b, off, end - off);
    }

    private int parseBig(char[] b, int off, int len) {
        BigDecimal value;
        try {
            value = new BigDecimal(b, off, len);
        } catch (NumberFormatException | ArithmeticException e) {
            return NOT_A_NUMBER;
        }
        return accept(value);
    }

    /**
     * Checks a value against the limits and keeps it, as a long where it fits.
     *
     * @param value  the value, not null
     * @return {@link #LONG}, {@link #BIG} or {@link #BEYOND_LIMITS}
     */
    int accept(BigDecimal value) {
        // precision - scale is the number of digits before the point (or minus the leading zeros after it).
        long integerDigits = (long) value.precision() - value.scale();
        if (value.signum() == 0) {
            value = BigDecimal.ZERO.setScale(Math.max(0, Math.min(value.scale(), MAX_SCALE)));
        } else if (value.scale() > MAX_SCALE || integerDigits > MAX_INTEGER_DIGITS) {
            return BEYOND_LIMITS;
        }
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        BigInteger u = value.unscaledValue();
        if (u.bitLength() < 64) {
            unscaled = u.longValue();
            scale = value.scale();
            big = null;
            return LONG;
        }
        big = value;
        return BIG;
    }

    /**
     * Returns the last value read as a {@link BigDecimal}.
     *
     * @return the value, not null
     */
    BigDecimal value() {
        BigDecimal b = big;
        return b != null ? b : BigDecimal.valueOf(unscaled, scale);
    }
}
