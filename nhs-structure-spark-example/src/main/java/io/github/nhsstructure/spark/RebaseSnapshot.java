package io.github.nhsstructure.spark;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCodeUse;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.rebase.Rebaser;
import io.github.nhsstructure.rebase.SplitPolicy;
import io.github.nhsstructure.rebase.UnmappedReason;
import io.github.nhsstructure.restructure.SuccessorResolution;
import io.github.nhsstructure.time.DateRange;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything needed to re-base a row onto the structure of one target date, in a few arrays of primitives and
 * strings that serialise compactly and are broadcast once to every executor: the re-base plan of a target date and a
 * split policy, built on the driver with the library's public API, after which the executors need neither the
 * dataset nor the library.
 *
 * <p>It follows {@link Rebaser}'s documented rules, so its results equal the library's: a row dated after the target
 * date, outside the data's coverage, with an unknown code, or dated before its organisation opened is unmapped; an
 * ODS code goes where {@link NhsStructure#successors(OdsCode, LocalDate)} says its responsibilities were on the
 * target date (so merges sum); an ONS code goes where the organisation that bore it on the row's date goes, and is
 * unmapped on other dates; a split value's shares, in successor code order, are {@code value * weight / total
 * weight} rounded half away from zero to the value's scale, the last taking the remainder; a dead end, a split
 * under {@link SplitPolicy#FAIL} or a missing weight is unmapped. Codes are read case-insensitively, with white
 * space around them allowed.
 *
 * <p>Layout: the organisations' codes sorted ({@code codes}), with per code the first day it was open and its
 * outcome (a reason, or a range of targets with weights); the ONS codes sorted, with per code a run of date ranges,
 * each leading to an organisation or to "not borne". Days are epoch days.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RebaseSnapshot implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final UnmappedReason[] REASONS = UnmappedReason.values();
    private static final int MAX_SCALE = 18;

    private final LocalDate target;
    private final int targetDay;
    private final int coverageFirstDay;
    private final int coverageLastDay;
    // Organisations, by index of their sorted code.
    private final String[] codes;
    private final int[] opened;
    /** Per organisation: -1 if mapped, else the ordinal of the reason. */
    private final byte[] reason;
    /** Per organisation: the first of its targets in {@link #targetOf} and {@link #weight}; one more at the end. */
    private final int[] firstTarget;
    private final int[] targetOf;
    private final BigDecimal[] weight;
    private final BigDecimal[] weightSum;
    /** The codes values can reach, sorted. */
    private final String[] targets;
    // ONS codes, sorted, each with a run of date ranges in rangeStart / rangeCode.
    private final String[] onsCodes;
    private final int[] firstRange;
    private final int[] rangeStart;
    /** Per range: the organisation that bore the ONS code, or -1 if none did. */
    private final int[] rangeCode;

    private RebaseSnapshot(Builder b) {
        this.target = b.target;
        this.targetDay = day(b.target.toEpochDay());
        this.coverageFirstDay = b.coverageFirstDay;
        this.coverageLastDay = b.coverageLastDay;
        this.codes = b.codes;
        this.opened = b.opened;
        this.reason = b.reason;
        this.firstTarget = b.firstTarget;
        this.targetOf = b.targetOf;
        this.weight = b.weight;
        this.weightSum = b.weightSum;
        this.targets = b.targets;
        this.onsCodes = b.onsCodes;
        this.firstRange = b.firstRange;
        this.rangeStart = b.rangeStart;
        this.rangeCode = b.rangeCode;
    }

    /**
     * Builds the snapshot of a target date on the driver.
     *
     * @param structure  the structure, not null
     * @param target  the target date, not null
     * @param policy  what to do with splits, not null
     * @return the snapshot, not null
     * @throws io.github.nhsstructure.exception.OutsideCoverageException if the structure does not cover the target date
     */
    public static RebaseSnapshot of(NhsStructure structure, LocalDate target, SplitPolicy policy) {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(policy, "policy");
        structure.coverage().check(target);
        return new Builder(structure, target, policy).build();
    }

    /**
     * Returns the target date.
     *
     * @return the target date, not null
     */
    public LocalDate target() {
        return target;
    }

    /**
     * Returns the number of organisation codes the snapshot knows.
     *
     * @return the number of codes
     */
    public int codeCount() {
        return codes.length;
    }

    /**
     * Returns the number of organisation codes whose value is shared between successors.
     *
     * @return the number of split codes
     */
    public int splitCount() {
        int n = 0;
        for (int i = 0; i < codes.length; i++) {
            if (reason[i] < 0 && firstTarget[i + 1] - firstTarget[i] > 1) {
                n++;
            }
        }
        return n;
    }

    /**
     * Lists the codes whose value is shared between successors on the target date.
     *
     * @return the split codes, sorted, not null
     */
    public List<String> splitCodes() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            if (reason[i] < 0 && firstTarget[i + 1] - firstTarget[i] > 1) {
                out.add(codes[i]);
            }
        }
        return out;
    }

    /**
     * Re-bases one row: the shares of its value per target, or the reason it cannot be mapped.
     *
     * @param code  the code as given: an ODS code, or an ONS code borne on the row's date, not null
     * @param epochDay  the row's date as an epoch day
     * @param value  the value, whose scale is kept in the shares, from 0 to 18 decimal places, not null
     * @param sink  receives each share, or the unmapped value with its reason, not null
     * @throws IllegalArgumentException if the value has more than 18 decimal places
     */
    public void rebase(String code, long epochDay, BigDecimal value, Sink sink) {
        BigDecimal v = normalise(value);
        int day = day(epochDay);
        if (day > targetDay) {
            sink.unmapped(UnmappedReason.AFTER_TARGET, v);
            return;
        }
        if (day < coverageFirstDay || day > coverageLastDay) {
            sink.unmapped(UnmappedReason.OUTSIDE_COVERAGE, v);
            return;
        }
        String key = key(code);
        int organisation = key == null ? -1 : Arrays.binarySearch(codes, key);
        if (organisation >= 0) {
            if (day < opened[organisation]) {
                sink.unmapped(UnmappedReason.BEFORE_OPENED, v);
                return;
            }
        } else {
            int ons = key == null ? -1 : Arrays.binarySearch(onsCodes, key);
            if (ons < 0) {
                sink.unmapped(UnmappedReason.UNKNOWN_CODE, v);
                return;
            }
            int r = firstRange[ons + 1] - 1;
            while (rangeStart[r] > day) {
                r--;
            }
            organisation = rangeCode[r];
            if (organisation < 0) {
                sink.unmapped(UnmappedReason.ONS_CODE_NOT_BORNE, v);
                return;
            }
        }
        if (reason[organisation] >= 0) {
            sink.unmapped(REASONS[reason[organisation]], v);
            return;
        }
        int from = firstTarget[organisation];
        int last = firstTarget[organisation + 1] - 1;
        if (from == last) {
            sink.share(targets[targetOf[from]], v);
            return;
        }
        BigDecimal given = BigDecimal.ZERO;
        for (int i = from; i < last; i++) {
            BigDecimal share = v.multiply(weight[i]).divide(weightSum[organisation], v.scale(), RoundingMode.HALF_UP);
            given = given.add(share);
            sink.share(targets[targetOf[i]], share);
        }
        sink.share(targets[targetOf[last]], v.subtract(given));
    }

    /** A value's scale as the library reads it: zero decimals for a negative scale, at most 18. */
    private static BigDecimal normalise(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO.setScale(Math.max(0, Math.min(value.scale(), MAX_SCALE)));
        }
        if (value.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("value " + value + " has more than " + MAX_SCALE + " decimal places");
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** The code's key: letters and digits, 1 to 10, in upper case; white space around allowed; else null. */
    private static String key(String code) {
        String s = isKey(code) ? code : code.strip();
        return isKey(s) ? s.toUpperCase(Locale.ROOT) : null;
    }

    private static boolean isKey(String s) {
        int n = s.length();
        if (n == 0 || n > 10) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static int day(long epochDay) {
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, epochDay));
    }

    /**
     * Receives what {@link #rebase} makes of a row.
     *
     * @since 0.1.0
     */
    public interface Sink {
        /**
         * Receives one share of a row's value.
         *
         * @param target  the code of the organisation in force on the target date, not null
         * @param share  the share, not null
         */
        void share(String target, BigDecimal share);

        /**
         * Receives a row that cannot be mapped.
         *
         * @param reason  why, not null
         * @param value  the row's value, not null
         */
        void unmapped(UnmappedReason reason, BigDecimal value);
    }

    /** Collects the arrays from the library's answers. */
    private static final class Builder {
        private final LocalDate target;
        private final int coverageFirstDay;
        private final int coverageLastDay;
        private String[] codes;
        private int[] opened;
        private byte[] reason;
        private int[] firstTarget;
        private int[] targetOf;
        private BigDecimal[] weight;
        private BigDecimal[] weightSum;
        private String[] targets;
        private String[] onsCodes;
        private int[] firstRange;
        private int[] rangeStart;
        private int[] rangeCode;

        Builder(NhsStructure structure, LocalDate target, SplitPolicy policy) {
            this.target = target;
            DateRange coverage = structure.coverage().period();
            this.coverageFirstDay = day(coverage.start().toEpochDay());
            this.coverageLastDay = day(coverage.endInclusive().toEpochDay());
            List<Organisation> organisations = new ArrayList<>(structure.organisations());
            organisations.sort(Comparator.comparing(o -> o.code().value()));
            int n = organisations.size();
            codes = new String[n];
            opened = new int[n];
            reason = new byte[n];
            firstTarget = new int[n + 1];
            weightSum = new BigDecimal[n];
            List<SuccessorResolution> resolutions = new ArrayList<>(n);
            TreeSet<String> reachable = new TreeSet<>();
            for (int i = 0; i < n; i++) {
                Organisation o = organisations.get(i);
                codes[i] = o.code().value();
                opened[i] = day(o.operationalPeriod().start().toEpochDay());
                // One that opened after the target date only has rows dated after it, unmapped before this is read.
                SuccessorResolution r = o.operationalPeriod().start().isAfter(target) ? null
                        : structure.successors(o.code(), target);
                resolutions.add(r);
                if (r != null) {
                    r.codes().forEach(c -> reachable.add(c.value()));
                }
            }
            targets = reachable.toArray(new String[0]);
            List<Integer> to = new ArrayList<>();
            List<BigDecimal> weights = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                firstTarget[i] = to.size();
                reason[i] = -1;
                SuccessorResolution r = resolutions.get(i);
                UnmappedReason why = r == null ? UnmappedReason.AFTER_TARGET : outcome(r, policy, to, weights);
                if (why != null) {
                    reason[i] = (byte) why.ordinal();
                    while (to.size() > firstTarget[i]) {
                        to.remove(to.size() - 1);
                        weights.remove(weights.size() - 1);
                    }
                } else {
                    weightSum[i] = weights.subList(firstTarget[i], weights.size()).stream()
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                }
            }
            firstTarget[n] = to.size();
            targetOf = to.stream().mapToInt(Integer::intValue).toArray();
            weight = weights.toArray(new BigDecimal[0]);
            ons(structure);
        }

        /** Adds an organisation's targets and weights, or returns why its rows cannot be mapped. */
        private UnmappedReason outcome(SuccessorResolution r, SplitPolicy policy, List<Integer> to,
                List<BigDecimal> weights) {
            List<OdsCode> successors = r.codes();
            if (successors.isEmpty()) {
                return UnmappedReason.NO_SUCCESSOR;
            }
            if (successors.size() > 1) {
                if (policy instanceof SplitPolicy.Weights w) {
                    for (OdsCode c : successors) {
                        if (!w.weights().containsKey(c)) {
                            return UnmappedReason.NO_WEIGHT;
                        }
                    }
                } else if (policy != SplitPolicy.EQUAL) {
                    return UnmappedReason.SPLIT_REFUSED;
                }
            }
            for (OdsCode c : successors) {
                to.add(Arrays.binarySearch(targets, c.value()));
                weights.add(policy instanceof SplitPolicy.Weights w && successors.size() > 1
                        ? w.weights().get(c) : BigDecimal.ONE);
            }
            return null;
        }

        /** The ONS codes: each names, on each day it was borne, the organisation that bore it then. */
        private void ons(NhsStructure structure) {
            Map<String, List<OnsCodeUse>> uses = new TreeMap<>();
            for (OnsCodeUse use : structure.onsCodeUses()) {
                // An ONS code that is also an ODS code would be read as the ODS code, as the library does.
                if (Arrays.binarySearch(codes, use.onsCode().value()) < 0) {
                    uses.computeIfAbsent(use.onsCode().value(), k -> new ArrayList<>()).add(use);
                }
            }
            onsCodes = uses.keySet().toArray(new String[0]);
            firstRange = new int[onsCodes.length + 1];
            List<Integer> starts = new ArrayList<>();
            List<Integer> bearers = new ArrayList<>();
            int k = 0;
            for (List<OnsCodeUse> list : uses.values()) {
                firstRange[k++] = starts.size();
                List<OnsCodeUse> sorted = new ArrayList<>(list);
                sorted.sort(Comparator.comparing(u -> u.period().start()));
                starts.add(Integer.MIN_VALUE);
                bearers.add(-1);
                for (OnsCodeUse use : sorted) {
                    int start = day(use.period().start().toEpochDay());
                    int bearer = Arrays.binarySearch(codes, use.organisation().value());
                    if (starts.get(starts.size() - 1) == start) {
                        bearers.set(bearers.size() - 1, bearer);
                    } else {
                        starts.add(start);
                        bearers.add(bearer);
                    }
                    if (!use.period().isUnboundedEnd()) {
                        starts.add(day(use.period().end().toEpochDay()));
                        bearers.add(-1);
                    }
                }
            }
            firstRange[onsCodes.length] = starts.size();
            rangeStart = starts.stream().mapToInt(Integer::intValue).toArray();
            rangeCode = bearers.stream().mapToInt(Integer::intValue).toArray();
        }

        RebaseSnapshot build() {
            return new RebaseSnapshot(this);
        }
    }
}
