package io.github.nhsstructure.ods;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads ODS {@code epraccur.csv} in the classic layout (to 2025): no header, 27 quoted fields, dates
 * {@code YYYYMMDD}, status {@code A} / {@code C} / {@code D} / {@code P} in column 13 and the prescribing setting as
 * a number in column 26 ({@code 4} = GP practice). Columns 15 to 17 are the commissioner, the day the row joined it
 * and the last day in it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EpraccurReader {

    private static final FixedLayout<EpraccurRecord> LAYOUT = new FixedLayout<>(StandardColumns.FIELDS,
            "classic epraccur layout", EpraccurReader::record);

    private EpraccurReader() {
    }

    /**
     * Reads a file.
     *
     * @param path  the file, not null
     * @param name  the name used in messages, such as {@code ods-2025-09-epraccur/epraccur.csv}, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file cannot be read or a row is malformed
     */
    public static List<EpraccurRecord> read(Path path, String name) {
        return LAYOUT.read(path, name);
    }

    /**
     * Reads a file of an extract folder or zip.
     *
     * @param file  the file, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file is not UTF-8 or a row is malformed
     */
    public static List<EpraccurRecord> read(ExtractFile file) {
        return LAYOUT.read(file);
    }

    /**
     * Parses the text of a file.
     *
     * @param name  the name used in messages, not null
     * @param text  the content, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if a row is malformed
     */
    public static List<EpraccurRecord> parse(String name, String text) {
        return LAYOUT.parse(name, text);
    }

    private static EpraccurRecord record(OdsCsv.Row r) {
        String status = r.column(13);
        EpraccurStatus s = switch (status) {
            case "A" -> EpraccurStatus.ACTIVE;
            case "C" -> EpraccurStatus.CLOSED;
            case "D" -> EpraccurStatus.DORMANT;
            case "P" -> EpraccurStatus.PROPOSED;
            default -> throw r.error("status (column 13)", "'" + status + "' is not A, C, D or P");
        };
        String setting = r.column(26);
        Optional<PrescribingSetting> ps = setting.isEmpty() ? Optional.empty()
                : Optional.of(PrescribingSetting.ofClassicCode(setting).orElseThrow(() -> r.error(
                        "prescribing setting (column 26)", "'" + setting + "' is not a known setting")));
        return record(r, s, ps, Set.of());
    }

    /**
     * Reads an {@code epraccur.csv} of either layout, choosing the layout by the status (column 13) of the first row:
     * {@code ACTIVE}, {@code INACTIVE} or {@code DORMANT} is the 2026 layout ({@link Epraccur2026Reader}), anything
     * else the classic one.
     *
     * @param file  the file, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file is not UTF-8 or a row is malformed
     */
    public static List<EpraccurRecord> readEitherLayout(ExtractFile file) {
        return parseEitherLayout(file.name(), file.text());
    }

    /**
     * Parses an {@code epraccur.csv} of either layout, as {@link #readEitherLayout(ExtractFile)}.
     *
     * @param name  the name used in messages, not null
     * @param text  the content, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if a row is malformed
     */
    public static List<EpraccurRecord> parseEitherLayout(String name, String text) {
        List<OdsCsv.Row> rows = OdsCsv.parse(name, text, false, List.of());
        OdsCsv.Row first = rows.get(0);
        String status = first.values().size() >= 13 ? first.values().get(12).strip() : "";
        boolean layout2026 = status.equals("ACTIVE") || status.equals("INACTIVE") || status.equals("DORMANT");
        return layout2026 ? Epraccur2026Reader.parse(name, text) : parse(name, text);
    }

    /** The fields both layouts share. */
    static EpraccurRecord record(OdsCsv.Row r, EpraccurStatus status, Optional<PrescribingSetting> setting,
            Set<String> extraRoles) {
        StandardColumns c = StandardColumns.of(r, false);
        var joined = r.date(r.column(16), "join parent date (column 16)");
        var left = r.date(r.column(17), "left parent date (column 17)");
        if (joined.isPresent()) {
            r.notBefore(left, joined.get(), "left parent date (column 17)");
        }
        Optional<String> commissioner = r.column(15).isEmpty() ? Optional.empty()
                : Optional.of(r.code(15, "commissioner (column 15)"));
        return new EpraccurRecord(r.where(), c.code(), c.name(), c.nationalGrouping(), c.highLevelHealthGeography(),
                c.openDate(), c.closeDate(), status, r.column(14), commissioner, joined, left, setting, extraRoles);
    }
}
