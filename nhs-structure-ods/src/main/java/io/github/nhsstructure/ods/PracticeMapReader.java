package io.github.nhsstructure.ods;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an NHS Digital practice mapping file with its header row, in one of three layouts recognised by their
 * columns:
 * <ul>
 *   <li>"Patients Registered at a GP Practice" mapping file of the CCG era: {@code EXTRACT_DATE},
 *       {@code PRACTICE_CODE}, {@code PRACTICE_NAME}, {@code PCN_CODE}, {@code CCG_CODE} / {@code ONS_CCG_CODE},
 *       {@code STP_CODE} / {@code ONS_STP_CODE}, {@code COMM_REGION_CODE} / {@code ONS_COMM_REGION_CODE};</li>
 *   <li>the same publication from July 2022: {@code SUB_ICB_LOCATION_CODE} / {@code ONS_SUB_ICB_LOCATION_CODE} and
 *       {@code ICB_CODE} / {@code ONS_ICB_CODE} instead of the CCG and STP columns;</li>
 *   <li>the Quality and Outcomes Framework mapping of NHS geographies: {@code PRACTICE_CODE}, {@code PCN_ODS_CODE},
 *       {@code CCG_ODS_CODE} / {@code CCG_ONS_CODE}, {@code STP_ODS_CODE} / {@code STP_ONS_CODE},
 *       {@code REGION_ODS_CODE} / {@code REGION_ONS_CODE} (no extract date).</li>
 * </ul>
 * {@code EXTRACT_DATE} is read as {@code 01-Sep-20} or {@code 01Jan2022}. A PCN code {@code U} ("Unallocated") or
 * blank means the practice is in no PCN.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PracticeMapReader {

    /** The PCN code the mapping files give a practice in no PCN (name "Unallocated"). */
    public static final String UNALLOCATED_PCN = "U";

    private static final List<DateTimeFormatter> EXTRACT_DATES = List.of(
            DateTimeFormatter.ofPattern("dd-MMM-yy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("ddMMMyyyy", Locale.ENGLISH));

    /** The columns of one layout. */
    private record Layout(String pcn, String commissioner, String commissionerOns, String system, String systemOns,
            String region, String regionOns, boolean extractDate) {
        List<String> columns() {
            List<String> all = new ArrayList<>(List.of("PRACTICE_CODE", "PRACTICE_NAME", pcn, commissioner,
                    commissionerOns, system, systemOns, region, regionOns));
            if (extractDate) {
                all.add("EXTRACT_DATE");
            }
            return all;
        }
    }

    private static final Layout CCG_ERA = new Layout("PCN_CODE", "CCG_CODE", "ONS_CCG_CODE", "STP_CODE",
            "ONS_STP_CODE", "COMM_REGION_CODE", "ONS_COMM_REGION_CODE", true);
    private static final Layout ICB_ERA = new Layout("PCN_CODE", "SUB_ICB_LOCATION_CODE",
            "ONS_SUB_ICB_LOCATION_CODE", "ICB_CODE", "ONS_ICB_CODE", "COMM_REGION_CODE", "ONS_COMM_REGION_CODE", true);
    private static final Layout QOF = new Layout("PCN_ODS_CODE", "CCG_ODS_CODE", "CCG_ONS_CODE", "STP_ODS_CODE",
            "STP_ONS_CODE", "REGION_ODS_CODE", "REGION_ONS_CODE", false);

    private PracticeMapReader() {
    }

    /**
     * Reads a file.
     *
     * @param path  the file, not null
     * @param name  the name used in messages, such as {@code nhsd-gp-map-2026-01/gp-reg-pat-prac-map.csv}, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file cannot be read, its header fits no layout or
     *     a row is malformed
     */
    public static List<MappedPracticeRecord> read(Path path, String name) {
        return parse(name, OdsCsv.text(path, name));
    }

    /**
     * Reads a file of an extract folder or zip.
     *
     * @param file  the file, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the file is not UTF-8 or a row is malformed
     */
    public static List<MappedPracticeRecord> read(ExtractFile file) {
        return parse(file.name(), file.text());
    }

    /**
     * Parses the text of a file.
     *
     * @param name  the name used in messages, not null
     * @param text  the content, not null
     * @return the rows in file order, not null
     * @throws OdsFileException naming file, line and field if the header fits no layout or a row is malformed
     */
    public static List<MappedPracticeRecord> parse(String name, String text) {
        List<OdsCsv.Row> rows = OdsCsv.parse(name, text, true, List.of("PRACTICE_CODE"));
        List<MappedPracticeRecord> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        var header = rows.get(0).header();
        Layout layout = header.containsKey("SUB_ICB_LOCATION_CODE") ? ICB_ERA
                : header.containsKey("CCG_CODE") ? CCG_ERA : header.containsKey("CCG_ODS_CODE") ? QOF : null;
        if (layout == null) {
            throw new OdsFileException(name, 1, null, "the header fits no practice mapping layout (expected"
                    + " SUB_ICB_LOCATION_CODE, CCG_CODE or CCG_ODS_CODE)");
        }
        for (String column : layout.columns()) {
            if (!header.containsKey(column)) {
                throw new OdsFileException(name, 1, column, "no such column in the header");
            }
        }
        for (OdsCsv.Row r : rows) {
            String pcn = r.get(layout.pcn());
            Optional<String> p = pcn.isEmpty() || pcn.equals(UNALLOCATED_PCN) ? Optional.empty() : Optional.of(pcn);
            Optional<LocalDate> date = layout.extractDate() ? Optional.of(extractDate(r)) : Optional.empty();
            out.add(new MappedPracticeRecord(r.where(), date, r.required("PRACTICE_CODE"), r.get("PRACTICE_NAME"), p,
                    r.required(layout.commissioner()), r.required(layout.commissionerOns()),
                    r.required(layout.system()), r.required(layout.systemOns()), r.required(layout.region()),
                    r.required(layout.regionOns())));
        }
        return out;
    }

    private static LocalDate extractDate(OdsCsv.Row r) {
        String text = r.required("EXTRACT_DATE");
        for (DateTimeFormatter f : EXTRACT_DATES) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw r.error("EXTRACT_DATE", "'" + text + "' is not a date (01-Sep-20 or 01Jan2022)");
    }
}
