package io.github.nhsstructure.generator;

import io.github.nhsstructure.ods.EpcmemReader;
import io.github.nhsstructure.ods.EpcmemRecord;
import io.github.nhsstructure.ods.Epraccur2026Reader;
import io.github.nhsstructure.ods.EpraccurReader;
import io.github.nhsstructure.ods.EpraccurRecord;
import io.github.nhsstructure.ods.MappedPracticeRecord;
import io.github.nhsstructure.ods.PracticeMapReader;
import io.github.nhsstructure.ods.PrescribingSetting;
import io.github.nhsstructure.ods.SourceLine;
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
 * 2015, 2018, 2019, December 2022, September 2025 (classic layout) and February 2026 (the 2026 layout), plus the
 * practice to CCG / sub-ICB location / PCN pairs of the NHS Digital mapping files (2020, 2021, 2022, 2026), each read
 * by its reader in {@code io.github.nhsstructure.ods}.
 *
 * <p>This class is immutable after construction and not thread-safe.
 */
final class PracticeFiles {

    /**
     * One {@code epcmem.csv} row.
     *
     * @param row  where the row is, not null
     * @param practice  the practice (or cost centre) code, not null
     * @param parent  the parent code, not null
     * @param period  join date to leave date + 1, or open-ended, not null
     */
    record Membership(SourceLine row, String practice, String parent, Period period) {
    }

    /**
     * One {@code epraccur.csv} row of one snapshot.
     *
     * @param sourceId  the snapshot's id in {@code sources.csv}, not null
     * @param date  the date the snapshot speaks for, not null
     * @param rank  the snapshot's rank (see {@link Snapshot})
     * @param record  the row, not null
     */
    record PracticeRow(String sourceId, LocalDate date, int rank, EpraccurRecord record) {

        SourceLine where() {
            return record.where();
        }

        /** The commissioner (column 15), or blank. */
        String commissioner() {
            return record.commissioner().orElse("");
        }

        Optional<LocalDate> joined() {
            return record.joinedCommissioner();
        }

        /** The last day in the commissioner (column 17), if given. */
        Optional<LocalDate> left() {
            return record.leftCommissioner();
        }

        Optional<PrescribingSetting> setting() {
            return record.setting();
        }

        /** The setting as the report shows it: the enum constant, or {@code (blank)}. */
        String settingText() {
            return record.setting().map(Enum::name).orElse("(blank)");
        }

        boolean isGpPractice() {
            return record.isGpPractice();
        }

        /** The operational period the row gives: open date to close date + 1. */
        Period period() {
            return Period.of(record.openDate(), record.endExclusive().orElse(null));
        }

        /** The national grouping (column 3): a region code, {@code W00} for Wales, or blank. */
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
     *     December 2022 4, September 2025 5, February 2026 6): a later source wins a disagreement
     * @param rows  the rows by practice code, not null
     */
    record Snapshot(String sourceId, String file, LocalDate date, int rank, Map<String, PracticeRow> rows) {
    }

    /**
     * A practice's commissioner and PCN in an NHS Digital mapping file.
     *
     * @param sourceId  the id of the file in {@code sources.csv}, not null
     * @param date  the date the file speaks for, not null
     * @param row  where the row is, not null
     * @param ccg  the CCG (from July 2022 sub-ICB location) code, not null
     * @param pcn  the PCN code, or null if the practice has none
     */
    record MappedPractice(String sourceId, LocalDate date, SourceLine row, String ccg, @Nullable String pcn) {
    }

    /** The rank of {@code epcmem.csv} among the sources (see {@link Snapshot}). */
    static final int EPCMEM_RANK = 2;

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

    static PracticeFiles read(Path rawDir) {
        List<Membership> memberships = memberships(EpcmemReader.read(rawDir.resolve(PrimaryCareSources.EPCMEM_FILE),
                PrimaryCareSources.EPCMEM_FILE));
        List<Snapshot> snapshots = new ArrayList<>();
        snapshots.add(snapshot(rawDir, PrimaryCareSources.EPRACCUR_2015, PrimaryCareSources.EPRACCUR_2015_FILE,
                PrimaryCareSources.EPRACCUR_2015_DATE, 0, false));
        snapshots.add(snapshot(rawDir, PrimaryCareSources.EPRACCUR_2018, PrimaryCareSources.EPRACCUR_2018_FILE,
                PrimaryCareSources.EPRACCUR_2018_DATE, 1, false));
        snapshots.add(snapshot(rawDir, PrimaryCareSources.EPRACCUR_2019, PrimaryCareSources.EPRACCUR_2019_FILE,
                PrimaryCareSources.EPRACCUR_2019_DATE, 3, false));
        snapshots.add(snapshot(rawDir, PrimaryCareSources.EPRACCUR_2022, PrimaryCareSources.EPRACCUR_2022_FILE,
                PrimaryCareSources.EPRACCUR_2022_DATE, 4, false));
        snapshots.add(snapshot(rawDir, PrimaryCareSources.EPRACCUR_2025, PrimaryCareSources.EPRACCUR_2025_FILE,
                PrimaryCareSources.EPRACCUR_2025_DATE, 5, false));
        snapshots.add(snapshot(rawDir, PrimaryCareSources.EPRACCUR_2026, PrimaryCareSources.EPRACCUR_2026_FILE,
                PrimaryCareSources.EPRACCUR_2026_DATE, 6, true));
        Map<String, List<MappedPractice>> mapped = new TreeMap<>();
        addMapped(rawDir, mapped, Sources.GP_MAP_2020_FILE, Sources.GP_MAP_2020, PrimaryCareSources.GP_MAP_2020_DATE);
        addMapped(rawDir, mapped, PrimaryCareSources.QOF_2021_FILE, PrimaryCareSources.QOF_2021,
                PrimaryCareSources.QOF_2021_DATE);
        addMapped(rawDir, mapped, Sources.GP_MAP_2022_FILE, Sources.GP_MAP_2022, PrimaryCareSources.GP_MAP_2022_DATE);
        addMapped(rawDir, mapped, PrimaryCareSources.GP_MAP_2026_FILE, PrimaryCareSources.GP_MAP_2026,
                PrimaryCareSources.GP_MAP_2026_DATE);
        return new PracticeFiles(memberships, snapshots, mapped);
    }

    /** The memberships of {@code epcmem.csv} rows, each as a period. */
    static List<Membership> memberships(List<EpcmemRecord> rows) {
        List<Membership> out = new ArrayList<>();
        for (EpcmemRecord r : rows) {
            out.add(new Membership(r.where(), r.code(), r.parent(), Period.of(r.joined(),
                    r.endExclusive().orElse(null))));
        }
        return Collections.unmodifiableList(out);
    }

    /** The latest snapshot: its open rows are open-ended, the others' end after their dates. */
    Snapshot latest() {
        return snapshots.get(snapshots.size() - 1);
    }

    private static Snapshot snapshot(Path rawDir, String sourceId, String file, LocalDate date, int rank,
            boolean layout2026) {
        Path path = rawDir.resolve(file);
        List<EpraccurRecord> records = layout2026 ? Epraccur2026Reader.read(path, file)
                : EpraccurReader.read(path, file);
        Map<String, PracticeRow> rows = new LinkedHashMap<>();
        for (EpraccurRecord rec : records) {
            if (rows.put(rec.code(), new PracticeRow(sourceId, date, rank, rec)) != null) {
                throw new RawDataException(file, rec.where().line(), "organisation code (column 1)", rec.code()
                        + " given twice");
            }
        }
        return new Snapshot(sourceId, file, date, rank, Collections.unmodifiableMap(rows));
    }

    private static void addMapped(Path rawDir, Map<String, List<MappedPractice>> mapped, String file, String sourceId,
            LocalDate date) {
        for (MappedPracticeRecord r : PracticeMapReader.read(rawDir.resolve(file), file)) {
            if (r.extractDate().isPresent() && !r.extractDate().get().equals(date)) {
                throw new RawDataException(file, r.where().line(), "EXTRACT_DATE", r.extractDate().get()
                        + " is not the date the file speaks for, " + date);
            }
            mapped.computeIfAbsent(r.practice(), k -> new ArrayList<>())
                    .add(new MappedPractice(sourceId, date, r.where(), r.commissioner(), r.pcn().orElse(null)));
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
