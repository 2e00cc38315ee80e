package io.github.nhsstructure.generator;

import io.github.nhsstructure.ods.EauthReader;
import io.github.nhsstructure.ods.EauthRecord;
import io.github.nhsstructure.ods.EccgReader;
import io.github.nhsstructure.ods.EccgRecord;
import io.github.nhsstructure.ods.SourceLine;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of ODS {@code eccg.csv} or {@code eauth.csv} as the generator uses it, read by the readers of
 * {@code io.github.nhsstructure.ods} ({@link EccgReader}, {@link EauthReader}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param where  the file and line, not null
 * @param code  column 1, not blank
 * @param name  column 2, not blank
 * @param nationalGrouping  column 3: the NHS England region, at the extract or at close, not null
 * @param highLevelHealthGeography  column 4: the ICB (earlier STP or area team), at the extract or at close, not null
 * @param openDate  column 11, not null
 * @param closeDate  column 12: the last day open, if closed
 * @param roles  column 14 of {@code eccg.csv}: the extra ODS role codes, such as {@code RO319}; empty for eauth
 */
record OdsRecord(SourceLine where, String code, String name, String nationalGrouping, String highLevelHealthGeography,
        LocalDate openDate, Optional<LocalDate> closeDate, Set<String> roles) {

    private static final Pattern YYYYMMDD = Pattern.compile("[0-9]{8}");

    /** Reads {@code eccg.csv}. */
    static List<OdsRecord> readEccg(Path rawDir, String file) {
        List<OdsRecord> records = new ArrayList<>();
        for (EccgRecord r : EccgReader.read(rawDir.resolve(file), file)) {
            records.add(of(r));
        }
        return records;
    }

    /** The generator's view of an {@code eccg.csv} row. */
    static OdsRecord of(EccgRecord r) {
        return new OdsRecord(r.where(), r.code(), r.name(), r.nationalGrouping(), r.highLevelHealthGeography(),
                r.openDate(), r.closeDate(), r.roles());
    }

    /** Reads {@code eauth.csv}. */
    static List<OdsRecord> readEauth(Path rawDir, String file) {
        List<OdsRecord> records = new ArrayList<>();
        for (EauthRecord r : EauthReader.read(rawDir.resolve(file), file)) {
            records.add(new OdsRecord(r.where(), r.code(), r.name(), r.nationalGrouping(), "", r.openDate(),
                    r.closeDate(), Set.of()));
        }
        return records;
    }

    /** The first day the organisation was no longer open: the close date plus one day. */
    Optional<LocalDate> endExclusive() {
        return closeDate.map(OdsRecord::dayAfterClose);
    }

    /** The operational period: open date to close date + 1, or open-ended (the reader checked the order). */
    Period period() {
        return new Period(openDate, endExclusive().orElse(null));
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
        return where + " " + code;
    }
}
