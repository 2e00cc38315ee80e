package io.github.nhsstructure.spark;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OnsCodeUse;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.restructure.SuccessorResolution;
import io.github.nhsstructure.time.DateRange;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Generates a series of (code, date, value) rows from the bundled data, deterministically: row {@code i} of a seed
 * is always the same, wherever it is computed, so a cluster can generate rows in parallel and a test can compute
 * the same rows on the driver.
 *
 * <p>The rows cover every path of a re-base: codes in force on the target date, merged codes (closed, one
 * successor), split codes, dead ends, ONS codes on days they were borne and on days they were not, rows dated before
 * their organisation opened, after the target date, outside the data's coverage, unknown codes, and codes in lower
 * case with white space around them. Each row is dated inside the period its case needs; values are amounts with two
 * decimal places, about one in twenty negative (adjustments).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SyntheticSeries implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The scale of every value: two decimal places. */
    public static final int SCALE = 2;

    /** The cases, with their share of rows per thousand. */
    private enum Case {
        IN_FORCE(400), MERGED(250), SPLIT(100), DEAD_END(30), ONS(100), ONS_NOT_BORNE(20), BEFORE_OPENED(20),
        AFTER_TARGET(20), OUTSIDE_COVERAGE(20), UNKNOWN(10), LOWER_CASE(30);

        private final int perThousand;

        Case(int perThousand) {
            this.perThousand = perThousand;
        }
    }

    private static final String[] UNKNOWN_CODES = {"QQQ99", "NOT-A-CODE", "", "E99999999", "ABCDEFGHIJKL", "0"};

    private final long seed;
    private final LocalDate target;
    /** Per case: candidate codes and the inclusive epoch-day range of their rows. */
    private final String[][] codes;
    private final int[][] from;
    private final int[][] to;

    private SyntheticSeries(long seed, LocalDate target, List<List<Candidate>> candidates) {
        this.seed = seed;
        this.target = target;
        int n = Case.values().length;
        codes = new String[n][];
        from = new int[n][];
        to = new int[n][];
        for (int c = 0; c < n; c++) {
            List<Candidate> list = candidates.get(c);
            codes[c] = list.stream().map(Candidate::code).toArray(String[]::new);
            from[c] = list.stream().mapToInt(Candidate::from).toArray();
            to[c] = list.stream().mapToInt(Candidate::to).toArray();
        }
    }

    private record Candidate(String code, int from, int to) {
    }

    /**
     * Collects the candidate codes and date ranges of each case from a structure.
     *
     * @param structure  the structure, not null
     * @param target  the target date the rows are meant for, not null
     * @param seed  the seed, printed by whoever generates rows so that a failure can be reproduced
     * @return the generator, not null
     * @throws IllegalStateException if no organisation is open on the target date
     */
    public static SyntheticSeries of(NhsStructure structure, LocalDate target, long seed) {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(target, "target");
        DateRange coverage = structure.coverage().period();
        int first = (int) coverage.start().toEpochDay();
        int last = (int) Math.min(target.toEpochDay(), coverage.endInclusive().toEpochDay());
        List<List<Candidate>> c = new ArrayList<>();
        for (int i = 0; i < Case.values().length; i++) {
            c.add(new ArrayList<>());
        }
        List<Organisation> organisations = new ArrayList<>(structure.organisations());
        organisations.sort(Comparator.comparing(o -> o.code().value()));
        for (Organisation o : organisations) {
            String code = o.code().value();
            DateRange open = o.operationalPeriod();
            int opened = (int) Math.max(first, open.start().toEpochDay());
            int closed = (int) Math.min(last, open.isUnboundedEnd() ? Long.MAX_VALUE : open.endInclusive().toEpochDay());
            if (open.start().toEpochDay() > first) {
                add(c, Case.BEFORE_OPENED, code, first, (int) open.start().toEpochDay() - 1);
            }
            if (opened > closed) {
                continue;
            }
            add(c, Case.AFTER_TARGET, code, (int) target.toEpochDay() + 1, (int) target.toEpochDay() + 366);
            if (!coverage.isUnboundedStart()) {
                add(c, Case.OUTSIDE_COVERAGE, code, first - 3653, first - 1);
            }
            if (o.isOpenOn(target)) {
                add(c, Case.IN_FORCE, code, opened, closed);
                add(c, Case.LOWER_CASE, " " + code.toLowerCase(Locale.ROOT) + " ", opened, closed);
                continue;
            }
            SuccessorResolution r = structure.successors(o.code(), target);
            Case kind = r.successors().isEmpty() ? Case.DEAD_END : r.successors().size() == 1 ? Case.MERGED : Case.SPLIT;
            add(c, kind, code, opened, closed);
        }
        for (OnsCodeUse use : structure.onsCodeUses()) {
            String ons = use.onsCode().value();
            int start = (int) Math.max(first, use.period().start().toEpochDay());
            int end = (int) Math.min(last, use.period().isUnboundedEnd() ? Long.MAX_VALUE
                    : use.period().endInclusive().toEpochDay());
            if (start <= end) {
                add(c, Case.ONS, ons, start, end);
            }
            // The days before it was first borne, and after it stopped being borne, if nobody bore it then.
            if (structure.organisation(use.onsCode(), LocalDate.ofEpochDay(first)).isEmpty()
                    && use.period().start().toEpochDay() > first) {
                add(c, Case.ONS_NOT_BORNE, ons, first, (int) use.period().start().toEpochDay() - 1);
            }
            if (!use.period().isUnboundedEnd() && use.period().end().toEpochDay() <= last
                    && structure.organisation(use.onsCode(), LocalDate.ofEpochDay(last)).isEmpty()) {
                add(c, Case.ONS_NOT_BORNE, ons, (int) use.period().end().toEpochDay(), last);
            }
        }
        for (String unknown : UNKNOWN_CODES) {
            add(c, Case.UNKNOWN, unknown, first, last);
        }
        if (c.get(Case.IN_FORCE.ordinal()).isEmpty()) {
            throw new IllegalStateException("no organisation is open on " + target);
        }
        return new SyntheticSeries(seed, target, c);
    }

    private static void add(List<List<Candidate>> c, Case k, String code, int from, int to) {
        c.get(k.ordinal()).add(new Candidate(code, from, to));
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the target date the rows are meant for.
     *
     * @return the date, not null
     */
    public LocalDate target() {
        return target;
    }

    /**
     * Returns the code of row {@code i}.
     *
     * @param i  the row's index, from 0
     * @return the code as the row gives it (possibly unknown, lower case or padded), not null
     */
    public String code(long i) {
        long h = hash(i, 1);
        int k = caseOf(hash(i, 0));
        return codes[k][index(h, codes[k].length)];
    }

    /**
     * Returns the date of row {@code i} as an epoch day.
     *
     * @param i  the row's index, from 0
     * @return the epoch day
     */
    public int epochDay(long i) {
        int k = caseOf(hash(i, 0));
        int c = index(hash(i, 1), codes[k].length);
        long span = (long) to[k][c] - from[k][c] + 1;
        return (int) (from[k][c] + Math.floorMod(hash(i, 2), span));
    }

    /**
     * Returns the value of row {@code i}, unscaled: the amount in hundredths ({@link #SCALE} decimal places).
     *
     * @param i  the row's index, from 0
     * @return the unscaled value, from -1,000.00 to 18,999.99
     */
    public long unscaledValue(long i) {
        return Math.floorMod(hash(i, 3), 2_000_000L) - 100_000L;
    }

    /** The case of a row; a case without candidates (none in the data) gives its rows to {@code IN_FORCE}. */
    private int caseOf(long h) {
        int x = (int) Math.floorMod(h, 1000L);
        for (Case k : Case.values()) {
            if (x < k.perThousand) {
                return codes[k.ordinal()].length > 0 ? k.ordinal() : Case.IN_FORCE.ordinal();
            }
            x -= k.perThousand;
        }
        throw new AssertionError("the cases add up to 1000 per thousand");
    }

    private static int index(long h, int n) {
        return (int) Math.floorMod(h, (long) n);
    }

    /** The SplitMix64 finaliser of the seed, the row and the field: independent, well-mixed bits. */
    private long hash(long i, int field) {
        long z = seed + 0x9E37_79B9_7F4A_7C15L * (i * 8 + field + 1);
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }
}
