package io.github.nhsstructure.rebase;

import io.github.nhsstructure.lookup.StructureLookup;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.restructure.ResolvedSuccessor;
import io.github.nhsstructure.restructure.SuccessorResolution;
import io.github.nhsstructure.time.DateRange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@link Rebaser} needs to map a row, precomputed once for a target date and a split policy and held
 * in primitive arrays: a hash table from code text to a code number, and per code a sorted table of date ranges,
 * each leading to an {@link Entry}: the targets and their shares, or the reason the row cannot be mapped.
 *
 * <p>An ODS code has two ranges: before the organisation opened (unmapped) and from then on (where its
 * responsibilities were on the target date). An ONS code has a range per organisation that bore it, leading where
 * that organisation's ODS code leads, and unmapped ranges around them. Rows dated after the target date or outside the data's coverage
 * are caught before the code is looked at.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RebasePlan {

    /** What a row of one code in one date range maps to. */
    static final class Entry {
        /** Why the row cannot be mapped, or null if it can. */
        final @Nullable UnmappedReason reason;
        private final String reasonText;
        private final @Nullable LocalDate opened;
        private final java.util.function.@Nullable Function<LocalDate, String> reasonOn;
        private final OdsCode code;
        /** The target numbers, the last taking the remainder of a split. */
        final int[] targets;
        private final long[] nums;
        private final long den;
        private final long safeAbs;
        private final BigInteger[] bigNums;
        private final BigInteger bigDen;

        private Entry(OdsCode code, @Nullable UnmappedReason reason, String reasonText, @Nullable LocalDate opened,
                int[] targets, BigInteger[] weights) {
            this(code, reason, reasonText, opened, null, targets, weights);
        }

        private Entry(OdsCode code, @Nullable UnmappedReason reason, String reasonText, @Nullable LocalDate opened,
                java.util.function.@Nullable Function<LocalDate, String> reasonOn, int[] targets,
                BigInteger[] weights) {
            this.reasonOn = reasonOn;
            this.code = code;
            this.reason = reason;
            this.reasonText = reasonText;
            this.opened = opened;
            this.targets = targets;
            this.bigNums = weights;
            BigInteger sum = BigInteger.ZERO;
            BigInteger max = BigInteger.ONE;
            for (BigInteger w : weights) {
                sum = sum.add(w);
                max = max.max(w);
            }
            this.bigDen = sum;
            boolean small = sum.bitLength() < 63;
            this.nums = new long[weights.length];
            for (int i = 0; i < weights.length; i++) {
                nums[i] = small ? weights[i].longValue() : 0;
            }
            this.den = small ? sum.longValue() : 0;
            // Below this magnitude, unscaled * weight cannot overflow a long.
            this.safeAbs = small && weights.length > 1 ? Long.MAX_VALUE / max.longValue() : 0;
        }

        static Entry unmapped(OdsCode code, UnmappedReason reason, String text) {
            return new Entry(code, reason, text, null, new int[0], new BigInteger[0]);
        }

        static Entry beforeOpened(OdsCode code, LocalDate opened) {
            return new Entry(code, UnmappedReason.BEFORE_OPENED, "", opened, new int[0], new BigInteger[0]);
        }

        static Entry onsCodeNotBorne(java.util.function.Function<LocalDate, String> reasonOn) {
            return new Entry(new OdsCode("ZZ"), UnmappedReason.ONS_CODE_NOT_BORNE, "", null, reasonOn, new int[0],
                    new BigInteger[0]);
        }

        static Entry mapped(OdsCode code, int[] targets, BigInteger[] weights) {
            return new Entry(code, null, "", null, targets, weights);
        }

        /** Returns the reason for a person, for a row of a date. */
        String reasonText(LocalDate rowDate) {
            if (reason == UnmappedReason.BEFORE_OPENED) {
                return code + " opened only on " + opened + ", after the row's date " + rowDate;
            }
            if (reasonOn != null) {
                return reasonOn.apply(rowDate);
            }
            return reasonText;
        }

        /** Adds a value, or its shares, to the sums. */
        void apply(Sums sums, long unscaled, int scale) {
            int[] t = targets;
            if (t.length == 1) {
                sums.add(t[0], unscaled, scale);
                return;
            }
            if (unscaled == Long.MIN_VALUE || Math.abs(unscaled) > safeAbs) {
                apply(sums, BigDecimal.valueOf(unscaled, scale));
                return;
            }
            long given = 0;
            int last = t.length - 1;
            for (int i = 0; i < last; i++) {
                long share = Sums.share(unscaled, nums[i], den);
                given += share;
                sums.add(t[i], share, scale);
            }
            sums.add(t[last], unscaled - given, scale);
        }

        /** Adds a value, or its shares, to the sums, for values of any size. */
        void apply(Sums sums, BigDecimal value) {
            int[] t = targets;
            if (t.length == 1) {
                sums.add(t[0], value);
                return;
            }
            BigInteger unscaled = value.unscaledValue();
            BigInteger given = BigInteger.ZERO;
            int last = t.length - 1;
            for (int i = 0; i < last; i++) {
                BigInteger share = Sums.share(unscaled, bigNums[i], bigDen);
                given = given.add(share);
                sums.add(t[i], new BigDecimal(share, value.scale()));
            }
            sums.add(t[last], new BigDecimal(unscaled.subtract(given), value.scale()));
        }
    }

    private final LocalDate target;
    private final int targetDay;
    private final DateRange coverage;
    private final int coverageFirstDay;
    private final int coverageLastDay;
    private final OdsCode[] targets;
    // The code table, open addressing on the code packed into a long (6 bits a character): slot s holds the key
    // at [2s] and at [2s + 1] the first epoch day of the code's main range (high half) and its single target
    // (low half), or -1 where the row needs the general path. One cache line answers the common row.
    private final long[] table;
    private final int shift;
    private final int mask;
    // By slot: the canonical code and its sorted date ranges, for everything but the common row.
    private final String[] codes;
    private final int[][] starts;
    private final Entry[][] entries;

    private RebasePlan(StructureLookup structure, LocalDate target, SplitPolicy policy) {
        this.target = target;
        this.targetDay = (int) target.toEpochDay();
        this.coverage = structure.coverage().period();
        this.coverageFirstDay = clamp(coverage.start().toEpochDay());
        this.coverageLastDay = clamp(coverage.endInclusive().toEpochDay());

        List<Organisation> organisations = structure.organisations();
        int n = organisations.size();
        int keys = n + structure.onsCodeUses().size();
        int size = Integer.highestOneBit(Math.max(4, keys) * 2) * 2;
        mask = size - 1;
        shift = 64 - Integer.numberOfTrailingZeros(size);
        table = new long[2 * size];
        codes = new String[size];
        starts = new int[size][];
        entries = new Entry[size][];
        // First resolve every code onto the target date, collecting the targets.
        List<SuccessorResolution> resolutions = new ArrayList<>(n);
        Map<OdsCode, Integer> targetIndex = new TreeMap<>();
        for (Organisation o : organisations) {
            SuccessorResolution r = o.operationalPeriod().start().isAfter(target) ? null
                    : SuccessorResolution.resolve(o, target, structure::require);
            resolutions.add(r);
            if (r != null) {
                for (ResolvedSuccessor s : r.successors()) {
                    targetIndex.put(s.organisation().code(), 0);
                }
            }
        }
        targets = targetIndex.keySet().toArray(new OdsCode[0]);
        for (int i = 0; i < targets.length; i++) {
            targetIndex.put(targets[i], i);
        }
        Map<OdsCode, Entry> mains = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            Organisation o = organisations.get(i);
            LocalDate opened = o.operationalPeriod().start();
            SuccessorResolution r = resolutions.get(i);
            // A code that opened after the target date only ever sees rows dated after it, caught earlier.
            Entry main = r == null ? Entry.unmapped(o.code(), UnmappedReason.AFTER_TARGET, "")
                    : entry(o.code(), r, policy, targetIndex);
            String code = o.code().value();
            long key = pack(code);
            if (key == 0) {
                throw new IllegalStateException("code " + code + " cannot be packed");
            }
            int slot = slot(key);
            while (table[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = key;
            int single = main.reason == null && main.targets.length == 1 ? main.targets[0] : -1;
            table[2 * slot + 1] = ((long) clamp(opened.toEpochDay()) << 32) | (single & 0xFFFF_FFFFL);
            codes[slot] = code;
            starts[slot] = new int[] {Integer.MIN_VALUE, clamp(opened.toEpochDay())};
            entries[slot] = new Entry[] {Entry.beforeOpened(o.code(), opened), main};
            mains.put(o.code(), main);
        }
        // ONS codes: each names, on each day of a period, the organisation that bore it then (docs/data-format.md,
        // ADR 8); between and around those periods a row is unmapped, saying who bore it and when.
        Map<String, List<io.github.nhsstructure.organisation.OnsCodeUse>> uses = new TreeMap<>();
        for (io.github.nhsstructure.organisation.OnsCodeUse use : structure.onsCodeUses()) {
            uses.computeIfAbsent(use.onsCode().value(), k -> new ArrayList<>()).add(use);
        }
        for (Map.Entry<String, List<io.github.nhsstructure.organisation.OnsCodeUse>> e : uses.entrySet()) {
            String ons = e.getKey();
            long key = pack(ons);
            if (key == 0 || find(key) >= 0) {
                continue; // Not packable, or an ODS code too: the ODS code wins, as NhsStructure.require does.
            }
            Entry gap = Entry.onsCodeNotBorne(date -> notBorne(structure, ons, date));
            List<Integer> rangeStarts = new ArrayList<>();
            List<Entry> rangeEntries = new ArrayList<>();
            rangeStarts.add(Integer.MIN_VALUE);
            rangeEntries.add(gap);
            List<io.github.nhsstructure.organisation.OnsCodeUse> sorted = new ArrayList<>(e.getValue());
            sorted.sort(java.util.Comparator.comparing(u -> u.period().start()));
            for (io.github.nhsstructure.organisation.OnsCodeUse use : sorted) {
                int start = clamp(use.period().start().toEpochDay());
                Entry main = mains.get(use.organisation());
                if (rangeStarts.get(rangeStarts.size() - 1) == start) {
                    rangeEntries.set(rangeEntries.size() - 1, main);
                } else {
                    rangeStarts.add(start);
                    rangeEntries.add(main);
                }
                if (!use.period().isUnboundedEnd()) {
                    rangeStarts.add(clamp(use.period().end().toEpochDay()));
                    rangeEntries.add(gap);
                }
            }
            int slot = slot(key);
            while (table[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = key;
            // Never the single-target shortcut: the general path reads the ranges.
            table[2 * slot + 1] = ((long) Integer.MAX_VALUE << 32) | 0xFFFF_FFFFL;
            codes[slot] = ons;
            starts[slot] = rangeStarts.stream().mapToInt(Integer::intValue).toArray();
            entries[slot] = rangeEntries.toArray(new Entry[0]);
        }
    }

    /** Why no organisation bore an ONS code on a date, as {@link io.github.nhsstructure.NhsStructure#require(String, LocalDate)} says. */
    private static String notBorne(StructureLookup structure, String ons, LocalDate date) {
        try {
            structure.require(ons, date);
        } catch (io.github.nhsstructure.exception.UnknownOrganisationException e) {
            return e.getMessage();
        }
        return "no organisation bore ONS code " + ons + " on " + date;
    }

    /** Packs a code of up to 10 letters and digits into a long, 6 bits a character; 0 if it cannot be. */
    private static long pack(CharSequence code) {
        int len = code.length();
        if (len == 0 || len > 10) {
            return 0;
        }
        long key = 0;
        for (int i = 0; i < len; i++) {
            int c = CHAR_CODE[code.charAt(i) & 0x7F];
            if (c == 0 || code.charAt(i) > 0x7F) {
                return 0;
            }
            key = (key << 6) | c;
        }
        return key;
    }

    /** 1-10 for digits, 11-36 for letters of either case, 0 for anything else. */
    private static final byte[] CHAR_CODE = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            CHAR_CODE[c] = (byte) (c - '0' + 1);
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            CHAR_CODE[c] = (byte) (c - 'A' + 11);
            CHAR_CODE[c + 32] = (byte) (c - 'A' + 11);
        }
    }

    private int slot(long key) {
        return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> shift);
    }

    static RebasePlan of(StructureLookup structure, LocalDate target, SplitPolicy policy) {
        return new RebasePlan(structure, target, policy);
    }

    private Entry entry(OdsCode code, SuccessorResolution r, SplitPolicy policy, Map<OdsCode, Integer> index) {
        List<ResolvedSuccessor> successors = r.successors();
        if (successors.isEmpty()) {
            return Entry.unmapped(code, UnmappedReason.NO_SUCCESSOR,
                    "no successor in force on " + target + ": " + String.join("; ", r.deadEnds()));
        }
        List<OdsCode> to = r.codes();
        int[] t = new int[to.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = index.get(to.get(i));
        }
        if (t.length == 1) {
            return Entry.mapped(code, t, new BigInteger[] {BigInteger.ONE});
        }
        BigInteger[] weights = new BigInteger[t.length];
        if (policy instanceof SplitPolicy.Weights w) {
            int scale = 0;
            for (OdsCode c : to) {
                BigDecimal weight = w.weights().get(c);
                if (weight == null) {
                    return Entry.unmapped(code, UnmappedReason.NO_WEIGHT,
                            code + " was split into " + to + " but no weight is given for " + c);
                }
                scale = Math.max(scale, weight.stripTrailingZeros().scale());
            }
            for (int i = 0; i < t.length; i++) {
                weights[i] = w.weights().get(to.get(i)).setScale(scale).unscaledValue();
            }
        } else if (policy == SplitPolicy.EQUAL) {
            java.util.Arrays.fill(weights, BigInteger.ONE);
        } else {
            return Entry.unmapped(code, UnmappedReason.SPLIT_REFUSED,
                    code + " was split into " + to + " and the split policy is fail");
        }
        return Entry.mapped(code, t, weights);
    }

    private static int clamp(long epochDay) {
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, epochDay));
    }

    LocalDate target() {
        return target;
    }

    int targetDay() {
        return targetDay;
    }

    int coverageFirstDay() {
        return coverageFirstDay;
    }

    int coverageLastDay() {
        return coverageLastDay;
    }

    /** Returns the number of targets: organisations in force on the target date that values can reach. */
    int targetCount() {
        return targets.length;
    }

    OdsCode targetCode(int index) {
        return targets[index];
    }

    /** Returns the canonical text of a code number. */
    String code(int id) {
        return codes[id];
    }

    /**
     * Finds a code's number from its text.
     *
     * @param text  the code, in any case, white space around it allowed, not null
     * @return the number, or -1 if the code is unknown
     */
    int codeId(String text) {
        long key = pack(text);
        if (key == 0) {
            String stripped = text.strip();
            if (stripped.length() == text.length()) {
                return -1;
            }
            key = pack(stripped);
            if (key == 0) {
                return -1;
            }
        }
        return find(key);
    }

    /**
     * Finds a code's number from its key.
     *
     * @param key  a key from {@link #key(char[], int, int)}, not 0
     * @return the number, or -1 if the code is unknown
     */
    int find(long key) {
        long[] t = table;
        int slot = slot(key);
        long k;
        while ((k = t[2 * slot]) != 0) {
            if (k == key) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /**
     * Finds a code's number from characters, without creating a string.
     *
     * @param b  the characters
     * @param off  the first character
     * @param len  the number of characters
     * @return the number, or -1 if the code is unknown
     */
    int codeId(char[] b, int off, int len) {
        long key = key(b, off, len);
        return key == 0 ? -1 : find(key);
    }

    /**
     * Packs a code given as characters, trimmed and in any case, into the long the code table is keyed by.
     *
     * @param b  the characters
     * @param off  the first character
     * @param len  the number of characters
     * @return the key, or 0 if the text cannot be a code (then it is unknown)
     */
    static long key(char[] b, int off, int len) {
        int end = off + len;
        while (off < end && b[off] <= ' ') {
            off++;
        }
        while (end > off && b[end - 1] <= ' ') {
            end--;
        }
        if (end == off || end - off > 10) {
            return 0;
        }
        long key = 0;
        for (int i = off; i < end; i++) {
            char ch = b[i];
            int c = ch < 0x80 ? CHAR_CODE[ch] : 0;
            if (c == 0) {
                return 0;
            }
            key = (key << 6) | c;
        }
        return key;
    }

    /**
     * Returns the single target of a row of a code on a day, when the row needs nothing more: the code's main
     * range covers the day and leads to one organisation.
     *
     * @param id  the code number
     * @param day  the row's epoch day
     * @return the target number, or -1 if the row needs {@link #entry(int, int)}
     */
    int singleTarget(int id, int day) {
        return singleTarget(fast(id), day);
    }

    /**
     * Returns what {@link #singleTarget(int, int)} reads for a code, to keep beside a cached code number.
     *
     * @param id  the code number
     * @return the first day of the code's main range (high half) and its single target or -1 (low half)
     */
    long fast(int id) {
        return table[2 * id + 1];
    }

    /**
     * Returns the single target for a row of a day, from what {@link #fast(int)} returned.
     *
     * @param fast  the value of {@link #fast(int)}
     * @param day  the row's epoch day
     * @return the target number, or -1 if the row needs {@link #entry(int, int)}
     */
    static int singleTarget(long fast, int day) {
        return day >= (int) (fast >> 32) ? (int) fast : -1;
    }

    /**
     * Returns what a row of a code on a day maps to.
     *
     * @param id  the code number
     * @param day  the row's epoch day
     * @return the entry, not null
     */
    Entry entry(int id, int day) {
        int[] s = starts[id];
        int i = s.length - 1;
        while (s[i] > day) {
            i--;
        }
        return entries[id][i];
    }

    /** The reason text for a row dated after the target date. */
    String afterTarget(LocalDate rowDate) {
        return "the target date " + target + " is before the row's date " + rowDate;
    }

    /** The reason text for a row dated outside the coverage. */
    String outsideCoverage(LocalDate rowDate) {
        return "the row's date " + rowDate + " is outside the data's coverage, " + coverage;
    }

    /** The reason text for an unknown code. */
    static String unknown(String code) {
        return "unknown organisation code '" + code + "'";
    }
}
