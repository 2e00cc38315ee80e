package io.github.nhsstructure.ods;

import java.util.Locale;
import java.util.Optional;

/**
 * The file formats this module reads, each known by the file name ODS (or NHS Digital) gives it.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum OdsFormat {
    /** ODS {@code epraccur.csv}, GP practices and prescribing cost centres, in either layout. */
    EPRACCUR("epraccur.csv"),
    /** ODS {@code epcmem.csv}, membership history of practices. */
    EPCMEM("epcmem.csv"),
    /** ODS {@code eccg.csv}, CCGs, sub-ICB locations, commissioning hubs and reporting entities. */
    ECCG("eccg.csv"),
    /** ODS {@code eauth.csv}, regions, area teams and local offices. */
    EAUTH("eauth.csv"),
    /** ODS {@code etr.csv}, NHS trusts and foundation trusts. */
    ETR("etr.csv"),
    /** ODS {@code succ.csv}, successor organisations. */
    SUCC("succ.csv"),
    /** Sheet {@code PCNDetails} of the ODS {@code ePCN.xlsx} workbook, saved as CSV. */
    EPCN_DETAILS("ePCN_PCNDetails.csv"),
    /** Sheet {@code PCN Core Partner Details} of the ODS {@code ePCN.xlsx} workbook, saved as CSV. */
    EPCN_PARTNERS("ePCN_PCN_Core_Partner_Details.csv"),
    /** The NHS Digital practice mapping file of "Patients Registered at a GP Practice". */
    PRACTICE_MAP("gp-reg-pat-prac-map.csv");

    private final String fileName;

    OdsFormat(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Returns the file name that identifies the format.
     *
     * @return the file name, such as {@code epraccur.csv}, not null
     */
    public String fileName() {
        return fileName;
    }

    /**
     * Finds the format of a file by its name, ignoring case and any folders before it.
     *
     * @param path  the file's name or path, such as {@code 2026-12/EPRACCUR.CSV}, not null
     * @return the format, or empty if the name is none of the formats' names
     */
    public static Optional<OdsFormat> ofFileName(String path) {
        int cut = Math.max(path.lastIndexOf('!'), Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')));
        String base = path.substring(cut + 1);
        for (OdsFormat f : values()) {
            if (f.fileName.toLowerCase(Locale.ROOT).equals(base.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
