package io.github.nhsstructure.generator;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of an ODS CSV download ({@code eccg.csv}, {@code eauth.csv}, ...): no header, 27 quoted columns,
 * dates {@code YYYYMMDD}, the close date being the <em>last</em> day open (SOURCES.md, "Conventions").
 *
 * <p>Dates are parsed when asked for, so a malformed date is reported (with file, line and field) only for rows
 * the generator uses.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param row  the raw row, not null
 */
record OdsRecord(RawRow row) {

    /** Columns of the ODS standard layout, 1-based. */
    static final int CODE = 1;
    static final int NAME = 2;
    static final int NATIONAL_GROUPING = 3;
    static final int HIGH_LEVEL_HEALTH_GEOGRAPHY = 4;
    static final int OPEN_DATE = 11;
    static final int CLOSE_DATE = 12;
    static final int ROLES = 14;
    static final int COLUMNS = 27;

    private static final Pattern YYYYMMDD = Pattern.compile("[0-9]{8}");

    OdsRecord {
        if (row.values().size() != COLUMNS) {
            throw row.error(null, "expected " + COLUMNS + " fields (ODS layout) but found " + row.values().size());
        }
        if (row.column(CODE).isBlank()) {
            throw row.error("organisation code (column 1)", "must not be blank");
        }
    }

    /** Reads a whole ODS file. */
    static List<OdsRecord> read(Path rawDir, String file) {
        List<OdsRecord> records = new ArrayList<>();
        for (RawRow row : RawCsv.headerless(rawDir, file)) {
            records.add(new OdsRecord(row));
        }
        return records;
    }

    String code() {
        return row.column(CODE).strip();
    }

    String name() {
        return row.column(NAME).strip();
    }

    /** Column 3: the NHS England region (national grouping), at the extract or at close. */
    String nationalGrouping() {
        return row.column(NATIONAL_GROUPING).strip();
    }

    /** Column 4: the high level health geography (ICB, earlier STP or area team), at the extract or at close. */
    String highLevelHealthGeography() {
        return row.column(HIGH_LEVEL_HEALTH_GEOGRAPHY).strip();
    }

    LocalDate openDate() {
        return date(OPEN_DATE, "open date (column 11)")
                .orElseThrow(() -> row.error("open date (column 11)", "must not be blank"));
    }

    /** The ODS close date: the last day the organisation was open. */
    Optional<LocalDate> closeDate() {
        return date(CLOSE_DATE, "close date (column 12)");
    }

    /** The first day the organisation was no longer open: the close date plus one day. */
    Optional<LocalDate> endExclusive() {
        return closeDate().map(OdsRecord::dayAfterClose);
    }

    /** The operational period: open date to close date + 1, or open-ended. */
    Period period() {
        LocalDate open = openDate();
        LocalDate end = endExclusive().orElse(null);
        if (end != null && !end.isAfter(open)) {
            throw row.error("close date (column 12)", "close date " + closeDate().orElseThrow()
                    + " is before open date " + open);
        }
        return new Period(open, end);
    }

    /** Column 14 of {@code eccg.csv}: the extra ODS role codes, such as {@code RO319|RO326}. */
    Set<String> roles() {
        Set<String> roles = new LinkedHashSet<>();
        for (String role : row.column(ROLES).split("\\|", -1)) {
            if (!role.isBlank()) {
                roles.add(role.strip());
            }
        }
        return roles;
    }

    /**
     * Converts an ODS close date (the last day open) to the dataset's exclusive end (the first day closed).
     *
     * @param closeDate  the ODS close date, not null
     * @return the day after, not null
     */
    static LocalDate dayAfterClose(LocalDate closeDate) {
        return closeDate.plusDays(1);
    }

    private Optional<LocalDate> date(int column, String field) {
        return parseDate(row, row.column(column), field);
    }

    /**
     * Parses an ODS {@code YYYYMMDD} date; blank gives empty.
     *
     * @throws RawDataException naming file, line and field if the text is not a valid date
     */
    static Optional<LocalDate> parseDate(RawRow row, String text, String field) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (!YYYYMMDD.matcher(t).matches()) {
            throw row.error(field, "'" + t + "' is not a date (YYYYMMDD)");
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                    Integer.parseInt(t.substring(6, 8))));
        } catch (DateTimeException e) {
            throw row.error(field, "'" + t + "' is not a date (YYYYMMDD): " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return row.where() + " " + code();
    }
}
