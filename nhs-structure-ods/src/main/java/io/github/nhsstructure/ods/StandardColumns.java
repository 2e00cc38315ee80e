package io.github.nhsstructure.ods;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns every file of the ODS standard layout (27 fields, no header: {@code epraccur.csv}, {@code eauth.csv},
 * {@code eccg.csv}, {@code etr.csv}) gives an organisation, read and checked alike: 1 the code, 2 the name, 3 the
 * national grouping, 4 the high level health geography, 11 the open date and 12 the close date (the last day open,
 * not before the open date).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code  column 1, an ODS code
 * @param name  column 2
 * @param nationalGrouping  column 3, possibly blank
 * @param highLevelHealthGeography  column 4, possibly blank
 * @param openDate  column 11
 * @param closeDate  column 12, if closed
 */
record StandardColumns(String code, String name, String nationalGrouping, String highLevelHealthGeography,
        LocalDate openDate, Optional<LocalDate> closeDate) {

    /** The number of fields of the ODS standard layout. */
    static final int FIELDS = 27;

    /**
     * Reads the columns of a row, in column order: the code, the name (checked only if required), the open date,
     * the close date.
     */
    static StandardColumns of(OdsCsv.Row r, boolean nameRequired) {
        String code = r.code(1, "organisation code (column 1)");
        String name = nameRequired ? r.requiredColumn(2, "name (column 2)") : r.column(2);
        LocalDate open = r.requiredDate(r.column(11), "open date (column 11)");
        Optional<LocalDate> close = r.date(r.column(12), "close date (column 12)");
        r.notBefore(close, open, "close date (column 12)");
        return new StandardColumns(code, name, r.column(3), r.column(4), open, close);
    }

    /**
     * Checks, for a record's compact constructor (those of this layout, and a PCN's), that a close date is not
     * before the open date.
     *
     * @throws NullPointerException if the open date is null
     * @throws IllegalArgumentException if the close date is before the open date
     */
    static void checkDates(String code, LocalDate openDate, Optional<LocalDate> closeDate) {
        Objects.requireNonNull(openDate, "openDate");
        if (closeDate.isPresent() && closeDate.get().isBefore(openDate)) {
            throw new IllegalArgumentException(code + ": close date " + closeDate.get() + " before " + openDate);
        }
    }
}
