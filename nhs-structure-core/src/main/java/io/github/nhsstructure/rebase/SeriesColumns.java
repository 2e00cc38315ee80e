package io.github.nhsstructure.rebase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A series held column by column in arrays, for callers who already have their data in memory: a code, an epoch
 * day and an unscaled value per row, with one scale for every value (2 for pounds and pence held as pence).
 *
 * <p>The arrays are not copied, so that a batch of millions of rows costs no second copy: the caller must not
 * change them while a re-base reads them. Row {@code i} is
 * {@code (codes[i], LocalDate.ofEpochDay(epochDays[i]), BigDecimal.valueOf(values[i], scale))}. Codes are read as
 * {@link io.github.nhsstructure.organisation.OdsCode#of(String)} reads them (trimmed, any case); re-using one
 * {@code String} instance per distinct code is fastest.
 *
 * <p>This class is not immutable (it wraps the caller's arrays); it is safe to read from several threads while
 * the arrays are not changed.
 *
 * @since 0.1.0
 */
public final class SeriesColumns {

    private final String[] codes;
    private final int[] epochDays;
    private final long[] values;
    private final int scale;

    private SeriesColumns(String[] codes, int[] epochDays, long[] values, int scale) {
        this.codes = codes;
        this.epochDays = epochDays;
        this.values = values;
        this.scale = scale;
    }

    /**
     * Wraps three arrays of the same length as a series.
     *
     * @param codes  the organisation code of each row, no element null, not null
     * @param epochDays  the date of each row as {@link LocalDate#toEpochDay()}, not null
     * @param values  the unscaled value of each row, not null
     * @param scale  the number of decimal places of every value, 0 to 18
     * @return the series, not null
     * @throws IllegalArgumentException if the arrays differ in length or the scale is out of range
     */
    public static SeriesColumns of(String[] codes, int[] epochDays, long[] values, int scale) {
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(epochDays, "epochDays");
        Objects.requireNonNull(values, "values");
        if (codes.length != epochDays.length || codes.length != values.length) {
            throw new IllegalArgumentException("columns differ in length: " + codes.length + " codes, "
                    + epochDays.length + " epoch days, " + values.length + " values");
        }
        if (scale < 0 || scale > SeriesText.MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 0 to " + SeriesText.MAX_SCALE + ", not " + scale);
        }
        return new SeriesColumns(codes, epochDays, values, scale);
    }

    /**
     * Returns the number of rows.
     *
     * @return the number of rows
     */
    public int size() {
        return codes.length;
    }

    /**
     * Returns the scale of every value.
     *
     * @return the scale, 0 to 18
     */
    public int scale() {
        return scale;
    }

    /**
     * Returns a row's code as given.
     *
     * @param row  the row index
     * @return the code, not null
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public String code(int row) {
        return codes[row];
    }

    /**
     * Returns a row's date as an epoch day.
     *
     * @param row  the row index
     * @return the epoch day
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public int epochDay(int row) {
        return epochDays[row];
    }

    /**
     * Returns a row's unscaled value.
     *
     * @param row  the row index
     * @return the unscaled value
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public long unscaledValue(int row) {
        return values[row];
    }

    /**
     * Returns a row's value.
     *
     * @param row  the row index
     * @return the value, not null
     * @throws IndexOutOfBoundsException if the row is out of range
     */
    public BigDecimal value(int row) {
        return BigDecimal.valueOf(values[row], scale);
    }

    String[] codes() {
        return codes;
    }

    int[] epochDays() {
        return epochDays;
    }

    long[] values() {
        return values;
    }
}
