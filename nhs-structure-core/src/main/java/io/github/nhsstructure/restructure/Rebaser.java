package io.github.nhsstructure.restructure;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.UnknownOrganisationException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Maps a time series keyed by organisation onto the structure of a target date: the analyst's "re-base last
 * decade's CCG figures onto today's sub-ICB locations".
 *
 * <p>A row's code is an ODS code, or an ONS code naming the organisation that bore it on the row's date
 * ({@link NhsStructure#require(String, LocalDate)}). Each row's organisation is resolved on the target date with {@link NhsStructure#successors(OdsCode, LocalDate)}:
 * a code still in force keeps its value; a merged code's value goes to the successor, so merges sum; a split
 * code's value is shared by the {@link SplitPolicy}. A row that cannot be mapped (unknown code, a dead end, a
 * split under {@link SplitPolicy#FAIL}, a missing weight, a target date before the row's date) is reported with
 * the reason, never dropped. Shares are computed with {@link BigDecimal} and the last share takes the remainder,
 * so the result {@linkplain RebaseResult#balances() balances exactly}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Rebaser {

    private final NhsStructure structure;
    private final LocalDate target;
    private final SplitPolicy policy;

    private Rebaser(NhsStructure structure, LocalDate target, SplitPolicy policy) {
        this.structure = Objects.requireNonNull(structure, "structure");
        this.target = Objects.requireNonNull(target, "target");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Obtains a re-baser onto the structure of a date.
     *
     * @param structure  the structure, not null
     * @param target  the target date, not null
     * @param policy  what to do with splits, not null
     * @return the re-baser, not null
     * @throws io.github.nhsstructure.OutsideCoverageException if the structure does not cover the target date
     */
    public static Rebaser onto(NhsStructure structure, LocalDate target, SplitPolicy policy) {
        structure.coverage().check(target);
        return new Rebaser(structure, target, policy);
    }

    /**
     * Re-bases rows.
     *
     * @param rows  the rows, not null
     * @return the result, not null
     */
    public RebaseResult rebase(Iterable<SeriesRow> rows) {
        Map<OdsCode, BigDecimal> totals = new TreeMap<>();
        List<RebaseResult.Unmapped> unmapped = new ArrayList<>();
        Map<String, SuccessorResolution> cache = new HashMap<>();
        BigDecimal input = BigDecimal.ZERO;
        long count = 0;
        for (SeriesRow row : rows) {
            count++;
            input = input.add(row.value());
            String problem = map(row, totals, cache);
            if (problem != null) {
                unmapped.add(new RebaseResult.Unmapped(row, problem));
            }
        }
        return new RebaseResult(target, totals, unmapped, input, count);
    }

    /** Adds one row to the totals, or returns why it cannot be mapped. */
    private String map(SeriesRow row, Map<OdsCode, BigDecimal> totals, Map<String, SuccessorResolution> cache) {
        if (target.isBefore(row.date())) {
            return "the target date " + target + " is before the row's date " + row.date();
        }
        // A row's code may be an ONS code: it names the organisation that bore it on the row's date.
        Optional<Organisation> organisation;
        try {
            organisation = Optional.of(structure.require(row.code(), row.date()));
        } catch (UnknownOrganisationException e) {
            // An ONS code borne on other dates says by whom and when; an unknown code is reported briefly.
            return e.date().isPresent() ? e.getMessage() : "unknown organisation code '" + row.code() + "'";
        }
        SuccessorResolution resolution = cache.computeIfAbsent(organisation.get().code().value(),
                c -> structure.successors(organisation.get().code(), target));
        List<ResolvedSuccessor> successors = resolution.successors();
        if (successors.isEmpty()) {
            return "no successor in force on " + target + ": " + String.join("; ", resolution.deadEnds());
        }
        if (successors.size() == 1) {
            totals.merge(successors.get(0).organisation().code(), row.value(), BigDecimal::add);
            return null;
        }
        List<OdsCode> codes = resolution.codes();
        List<BigDecimal> weights = new ArrayList<>(codes.size());
        if (policy instanceof SplitPolicy.Weights w) {
            for (OdsCode code : codes) {
                BigDecimal weight = w.weights().get(code);
                if (weight == null) {
                    return row.code() + " was split into " + codes + " but no weight is given for " + code;
                }
                weights.add(weight);
            }
        } else if (policy == SplitPolicy.EQUAL) {
            for (int i = 0; i < codes.size(); i++) {
                weights.add(BigDecimal.ONE);
            }
        } else {
            return row.code() + " was split into " + codes + " and the split policy is fail";
        }
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < codes.size(); i++) {
            BigDecimal share = i == codes.size() - 1
                    ? row.value().subtract(given)
                    : row.value().multiply(weights.get(i)).divide(sum, MathContext.DECIMAL64);
            given = given.add(share);
            totals.merge(codes.get(i), share, BigDecimal::add);
        }
        return null;
    }
}
