package io.github.nhsstructure.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The ODS practice files: the membership history {@code epcmem.csv} and the {@code epraccur.csv} snapshots of
 * 2015, 2018, 2019 and December 2022, plus the practice to CCG / PCN pairs of the NHS Digital mapping files.
 *
 * <p>{@code epcmem.csv}: no header, 6 columns (practice code, parent code, parent type, join date, leave date,
 * amended flag); the leave date is the last day of the membership. {@code epraccur.csv}: the 27-column ODS layout
 * ({@link OdsRecord}) where column 13 is the status ({@code A}, {@code C}, {@code D}, {@code P}), 15 the
 * commissioner, 16 the day the practice joined it, 17 the last day it belonged to it and 26 the prescribing
 * setting ({@code 4} = GP practice).
 *
 * <p>This class is immutable after construction and not thread-safe.
 */
final class PracticeFiles {

    /** The prescribing setting of a GP practice (epraccur column 26). */
    static final String GP_PRACTICE_SETTING = "4";

    /**
     * One {@code epcmem.csv} row.
     *
     * @param row  the raw row, not null
     * @param practice  the practice (or cost centre) code, not null
     * @param parent  the parent code, not null
     * @param period  join date to leave date + 1, or open-ended, not null
     */
    record Membership(RawRow row, String practice, String parent, Period period) {
    }

    /**
     * One {@code epraccur.csv} row of one snapshot.
     *
     * @param sourceId  the snapshot's id in {@code sources.csv}, not null
     * @param date  the date the snapshot speaks for, not null
     * @param rank  the snapshot's rank (see {@link Snapshot})
     * @param record  the ODS row, not null
     */
    record PracticeRow(String sourceId, LocalDate date, int rank, OdsRecord record) {

        String status() {
            return record.row().column(13).strip();
        }

        String commissioner() {
            return record.row().column(15).strip();
        }

        Optional<LocalDate> joined() {
            return OdsRecord.parseDate(record.row(), record.row().column(16), "join parent date (column 16)");
        }

        /** The last day in the commissioner (column 17), if given. */
        Optional<LocalDate> left() {
            return OdsRecord.parseDate(record.row(), record.row().column(17), "left parent date (column 17)");
        }

        String setting() {
            return record.row().column(26).strip();
        }

        /** The national grouping (column 3): a region code, or {@code W00} for Wales. */
        String grouping() {
            return record.nationalGrouping();
        }
    }

    /**
     * One {@code epraccur.csv} snapshot.
     *
     * @param sourceId  the id in {@code sources.csv}, not null
     * @param file  the file under the raw folder, not null
     * @param date  the date the snapshot speaks for, not null
     * @param rank  the order of the sources, oldest first (2015 0, 2018 1, {@code epcmem.csv} 2, 2019 3,
     *     December 2022 4): a later source wins a disagreement
     * @param rows  the rows by practice code, not null
     */
    record Snapshot(String sourceId, String file, LocalDate date, int rank, Map<String, PracticeRow> rows) {
    }

    /**
     * A practice's CCG and PCN in an NHS Digital mapping file.
     *
     * @param sourceId  the id of the file in {@code sources.csv}, not null
     * @param date  the date the file speaks for, not null
     * @param row  the raw row, not null
     * @param ccg  the CCG code, not null
     * @param pcn  the PCN code, or null if the practice has none
     */
    record MappedPractice(String sourceId, LocalDate date, RawRow row, String ccg, @Nullable String pcn) {
    }

    private static final int EPCMEM_COLUMNS = 6;

    /** The PCN code the mapping files give a practice in no PCN (name "Unallocated"). */
    static final String UNALLOCATED_PCN = "U";

    final List<Membership> memberships;
    final List<Snapshot> snapshots;
    /** Per practice code, its rows in the mapping files, oldest file first. */
    final Map<String, List<MappedPractice>> mapped;

    private PracticeFiles(List<Membership> memberships, List<Snapshot> snapshots,
            Map<String, List<MappedPractice>> mapped) {
        this.memberships = memberships;
        this.snapshots = snapshots;
        this.mapped = mapped;
    }

    static PracticeFiles read(Path rawDir, MappingFiles maps) {
        List<Membership> memberships = parseMemberships(RawCsv.headerless(rawDir, PrimaryCareSources.EPCMEM_FILE));
        List<Snapshot> snapshots = new ArrayList<>();
        snapshots.add(snapshot(rawDir, PrimaryCareSources.EPRACCUR_2015, PrimaryCareSources.EPRACCUR_2015_FILE,
                PrimaryCareSources.EPRACCUR_2015_DATE, 0));
        snapshots.add(snapshot(rawDir, PrimaryCareSources.EPRACCUR_2018, PrimaryCareSources.EPRACCUR_2018_FILE,
                PrimaryCareSources.EPRACCUR_2018_DATE, 1));
        snapshots.add(snapshot(rawDir, PrimaryCareSources.EPRACCUR_2019, PrimaryCareSources.EPRACCUR_2019_FILE,
                PrimaryCareSources.EPRACCUR_2019_DATE, 3));
        snapshots.add(snapshot(rawDir, PrimaryCareSources.EPRACCUR_2022, PrimaryCareSources.EPRACCUR_2022_FILE,
                PrimaryCareSources.EPRACCUR_2022_DATE, 4));
        Map<String, List<MappedPractice>> mapped = new TreeMap<>();
        addMapped(mapped, maps.gpMap2020, Sources.GP_MAP_2020, PrimaryCareSources.GP_MAP_2020_DATE, "CCG_CODE",
                "PCN_CODE");
        addMapped(mapped, RawCsv.withHeader(rawDir, PrimaryCareSources.QOF_2021_FILE), PrimaryCareSources.QOF_2021,
                PrimaryCareSources.QOF_2021_DATE, "CCG_ODS_CODE", "PCN_ODS_CODE");
        addMapped(mapped, maps.gpMap2022, Sources.GP_MAP_2022, PrimaryCareSources.GP_MAP_2022_DATE, "CCG_CODE",
                "PCN_CODE");
        return new PracticeFiles(memberships, snapshots, mapped);
    }

    /**
     * Parses {@code epcmem.csv} rows.
     *
     * @throws RawDataException naming file, line and field for a malformed row
     */
    static List<Membership> parseMemberships(List<RawRow> rows) {
        List<Membership> out = new ArrayList<>();
        for (RawRow r : rows) {
            if (r.values().size() != EPCMEM_COLUMNS) {
                throw r.error(null, "expected " + EPCMEM_COLUMNS + " fields but found " + r.values().size());
            }
            String practice = r.column(1).strip();
            String parent = r.column(2).strip();
            if (practice.isEmpty()) {
                throw r.error("practice code (column 1)", "must not be blank");
            }
            if (parent.isEmpty()) {
                throw r.error("parent code (column 2)", "must not be blank");
            }
            LocalDate join = OdsRecord.parseDate(r, r.column(4), "join date (column 4)")
                    .orElseThrow(() -> r.error("join date (column 4)", "must not be blank"));
            LocalDate end = OdsRecord.parseDate(r, r.column(5), "leave date (column 5)")
                    .map(OdsRecord::dayAfterClose).orElse(null);
            if (end != null && !end.isAfter(join)) {
                throw r.error("leave date (column 5)", "before the join date " + join);
            }
            out.add(new Membership(r, practice, parent, Period.of(join, end)));
        }
        return Collections.unmodifiableList(out);
    }

    private static Snapshot snapshot(Path rawDir, String sourceId, String file, LocalDate date, int rank) {
        Map<String, PracticeRow> rows = new LinkedHashMap<>();
        for (OdsRecord rec : OdsRecord.read(rawDir, file)) {
            if (rows.put(rec.code(), new PracticeRow(sourceId, date, rank, rec)) != null) {
                throw rec.row().error("organisation code (column 1)", rec.code() + " given twice");
            }
        }
        return new Snapshot(sourceId, file, date, rank, Collections.unmodifiableMap(rows));
    }

    private static void addMapped(Map<String, List<MappedPractice>> mapped, List<RawRow> rows, String sourceId,
            LocalDate date, String ccgColumn, String pcnColumn) {
        for (RawRow r : rows) {
            String pcn = r.get(pcnColumn).strip();
            // "U" / "Unallocated": the practice is in no PCN.
            boolean none = pcn.isEmpty() || pcn.equals(UNALLOCATED_PCN);
            mapped.computeIfAbsent(r.required("PRACTICE_CODE"), k -> new ArrayList<>())
                    .add(new MappedPractice(sourceId, date, r, r.required(ccgColumn), none ? null : pcn));
        }
    }

    /** The rows of a practice in the snapshots, oldest snapshot first. */
    List<PracticeRow> rows(String code) {
        List<PracticeRow> out = new ArrayList<>();
        for (Snapshot s : snapshots) {
            PracticeRow r = s.rows().get(code);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }
}
