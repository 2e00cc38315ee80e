package io.github.nhsstructure.ods;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the two sheets of the ODS {@code ePCN} workbook saved as CSV with their header rows: {@code PCNDetails}
 * (one PCN per row: {@code PCN Code}, {@code PCN Name}, the current parent {@code Current Sub ICB Loc Code} or,
 * before July 2022, {@code Current Clinical  Commissioning  Group Code}, {@code Open Date}, {@code Close Date}) and
 * {@code PCN Core Partner Details} (one practice-to-PCN relationship per row: {@code Partner Organisation Code},
 * {@code PCN Code}, {@code Practice to PCN Relationship Start Date} and {@code ... End Date}). Dates are
 * {@code YYYYMMDD}; close and end dates are last days.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EpcnReader {

    private static final String CODE = "PCN Code";
    private static final String NAME = "PCN Name";
    private static final String PARENT_ICB_ERA = "Current Sub ICB Loc Code";
    /** The CCG-era header; the double spaces are the workbook's line breaks. */
    private static final String PARENT_CCG_ERA = "Current Clinical  Commissioning  Group Code";
    private static final String OPEN = "Open Date";
    private static final String CLOSE = "Close Date";
    private static final String PARTNER = "Partner Organisation Code";
    private static final String START = "Practice to PCN Relationship Start Date";
    private static final String END = "Practice to PCN Relationship End Date";

    /**
     * The two sheets of one extract.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param pcns  the PCNs in file order, not null
     * @param memberships  the practice-to-PCN relationships in file order, not null
     * @since 0.1.0
     */
    public record Extract(List<PcnRecord> pcns, List<PcnMembershipRecord> memberships) {
        /**
         * Copies the lists.
         *
         * @param pcns  the PCNs in file order, not null
         * @param memberships  the practice-to-PCN relationships in file order, not null
         */
        public Extract {
            pcns = List.copyOf(pcns);
            memberships = List.copyOf(memberships);
        }
    }

    private EpcnReader() {
    }

    /**
     * Reads the two files of one extract.
     *
     * @param details  the {@code PCNDetails} sheet, not null
     * @param detailsName  its name used in messages, not null
     * @param partners  the {@code PCN Core Partner Details} sheet, not null
     * @param partnersName  its name used in messages, not null
     * @return the extract, not null
     * @throws OdsFileException naming file, line and field if a file cannot be read or a row is malformed
     */
    public static Extract read(Path details, String detailsName, Path partners, String partnersName) {
        return new Extract(parseDetails(detailsName, OdsCsv.text(details, detailsName)),
                parsePartners(partnersName, OdsCsv.text(partners, partnersName)));
    }

    /**
     * Reads the two files of one extract from an extract folder or zip.
     *
     * @param details  the {@code PCNDetails} sheet, not null
     * @param partners  the {@code PCN Core Partner Details} sheet, not null
     * @return the extract, not null
     * @throws OdsFileException naming file, line and field if a file is not UTF-8 or a row is malformed
     */
    public static Extract read(ExtractFile details, ExtractFile partners) {
        return new Extract(parseDetails(details.name(), details.text()),
                parsePartners(partners.name(), partners.text()));
    }

    /**
     * Parses the {@code PCNDetails} sheet.
     *
     * @param name  the name used in messages, not null
     * @param text  the content, not null
     * @return the PCNs in file order, not null
     * @throws OdsFileException naming file, line and field if the header lacks a column or a row is malformed
     */
    public static List<PcnRecord> parseDetails(String name, String text) {
        List<PcnRecord> out = new ArrayList<>();
        List<OdsCsv.Row> rows = OdsCsv.parse(name, text, true, List.of(CODE, NAME, OPEN, CLOSE));
        for (OdsCsv.Row r : rows) {
            String parentColumn = r.header().containsKey(PARENT_ICB_ERA) ? PARENT_ICB_ERA : PARENT_CCG_ERA;
            var open = r.requiredDate(r.get(OPEN), OPEN);
            var close = r.date(r.get(CLOSE), CLOSE);
            r.notBefore(close, open, CLOSE);
            out.add(new PcnRecord(r.where(), r.requiredCode(CODE), r.required(NAME), r.requiredCode(parentColumn), open,
                    close));
        }
        return out;
    }

    /**
     * Parses the {@code PCN Core Partner Details} sheet.
     *
     * @param name  the name used in messages, not null
     * @param text  the content, not null
     * @return the relationships in file order, not null
     * @throws OdsFileException naming file, line and field if the header lacks a column or a row is malformed
     */
    public static List<PcnMembershipRecord> parsePartners(String name, String text) {
        List<PcnMembershipRecord> out = new ArrayList<>();
        for (OdsCsv.Row r : OdsCsv.parse(name, text, true, List.of(PARTNER, CODE, START, END))) {
            var start = r.requiredDate(r.get(START), START);
            var end = r.date(r.get(END), END);
            r.notBefore(end, start, END);
            out.add(new PcnMembershipRecord(r.where(), r.requiredCode(PARTNER), r.requiredCode(CODE), start, end));
        }
        return out;
    }
}
