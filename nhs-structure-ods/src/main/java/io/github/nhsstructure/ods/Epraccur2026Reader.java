package io.github.nhsstructure.ods;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads ODS {@code epraccur.csv} in the layout ODS uses from 2026: the classic 27 fields (see {@link
 * EpraccurReader}) except column 13, the status as a word ({@code ACTIVE}, {@code INACTIVE}, {@code DORMANT}), and
 * column 26, the prescribing setting as an ODS role code ({@code RO76} = GP practice; {@code RO268}, medicine
 * supplier, is an extra role some practices also have). Such files drop most records closed before 2017.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Epraccur2026Reader {

    /** The extra role ODS gives some GP practices: a medicine supplier. */
    public static final String MEDICINE_SUPPLIER_ROLE = "RO268";

    private static final FixedLayout<EpraccurRecord> LAYOUT = new FixedLayout<>(StandardColumns.FIELDS,
            "2026 epraccur layout", Epraccur2026Reader::record);

    private Epraccur2026Reader() {
    }

    /**
     * Reads a file.
     *
     * @param path  the file, not null
     * @param name  the name used in messages, such as {@code ods-2026-02-epraccur/epraccur.csv}, not null
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
            case "ACTIVE" -> EpraccurStatus.ACTIVE;
            case "INACTIVE" -> EpraccurStatus.CLOSED;
            case "DORMANT" -> EpraccurStatus.DORMANT;
            default -> throw r.error("status (column 13)", "'" + status + "' is not ACTIVE, INACTIVE or DORMANT");
        };
        String roles = r.column(26);
        List<String> setting = new ArrayList<>();
        Set<String> extra = new TreeSet<>();
        for (String role : roles.split("\\|", -1)) {
            String code = role.strip();
            if (code.equals(MEDICINE_SUPPLIER_ROLE)) {
                extra.add(code);
            } else if (!code.isEmpty()) {
                setting.add(code);
            }
        }
        Optional<PrescribingSetting> ps = setting.isEmpty() ? Optional.empty()
                : Optional.of(PrescribingSetting.ofRoleCodes(String.join("|", setting)).orElseThrow(() -> r.error(
                        "prescribing setting (column 26)", "'" + roles + "' is not a known setting role")));
        return EpraccurReader.record(r, s, ps, extra);
    }
}
