package io.github.nhsstructure.generator;

import io.github.nhsstructure.provenance.Certainty;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Pairs of ONS (GSS) codes and ODS codes for the same body, as published in the NHS Digital mapping files and the
 * ONS lookups, or matched by name where no file pairs them. ONS gives a new code when a boundary changes while ODS
 * keeps its code, so one ODS code may have several ONS codes; one ONS code has one ODS code.
 *
 * <p>Each pair keeps its evidence: {@link Certainty#HIGH} when a published file states it, {@link Certainty#MEDIUM}
 * when it rests only on the ONS-derived 2013 lookup or on a name match.
 *
 * <p>This class is mutable and not thread-safe.
 */
final class CodePairs {

    private final Map<String, String> odsByOns = new TreeMap<>();
    private final Map<String, SortedSet<String>> onsByOds = new TreeMap<>();
    private final Map<String, Evidence> evidenceByOns = new TreeMap<>();
    private final QualityReport quality;

    CodePairs(QualityReport quality) {
        this.quality = quality;
    }

    /**
     * Records that a row pairs an ONS code with an ODS code. A row pairing an ONS code already paired with another
     * ODS code is reported and ignored.
     */
    void add(String ons, String ods, Evidence evidence, RawRow row) {
        add(ons, ods, evidence, row.file(), row.line());
    }

    void add(String ons, String ods, Evidence evidence, String file, long line) {
        String known = odsByOns.get(ons);
        if (known != null && !known.equals(ods)) {
            quality.add(file, line, ods, QualityReport.CONTRADICTION, "pairs ONS code " + ons + " with " + ods
                    + " (" + evidence.sourceField() + ") but " + evidenceByOns.get(ons).sourceField() + " pairs it with "
                    + known + "; the earlier pair is used");
            return;
        }
        odsByOns.put(ons, ods);
        onsByOds.computeIfAbsent(ods, k -> new TreeSet<>()).add(ons);
        evidenceByOns.merge(ons, evidence, CodePairs::strongest);
    }

    /** Keeps the sources of the strongest evidence for a pair: a published pair makes a derived one redundant. */
    private static Evidence strongest(Evidence a, Evidence b) {
        if (a.certainty() == b.certainty()) {
            return a.or(b);
        }
        return Evidence.weaker(a.certainty(), b.certainty()) == a.certainty() ? b : a;
    }

    Optional<String> ods(String ons) {
        return Optional.ofNullable(odsByOns.get(ons));
    }

    SortedSet<String> ons(String ods) {
        return onsByOds.getOrDefault(ods, new TreeSet<>());
    }

    /** The evidence for the pair of an ONS code; only for paired codes. */
    Evidence evidence(String ons) {
        Evidence e = evidenceByOns.get(ons);
        if (e == null) {
            throw new IllegalArgumentException(ons + " is not paired");
        }
        return e;
    }

    /** Every paired ONS code, sorted. */
    SortedSet<String> onsCodes() {
        return new TreeSet<>(odsByOns.keySet());
    }

    boolean isPaired(String ons) {
        return odsByOns.containsKey(ons);
    }
}
