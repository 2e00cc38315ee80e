package io.github.nhsstructure.examples.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.coverage.Coverage;
import io.github.nhsstructure.data.BundledDataProvider;
import io.github.nhsstructure.organisation.OnsCodeUse;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Sixteen threads asking a freshly loaded bundled structure a seeded mix of questions (counts, chains of parents,
 * successors, changes, ONS codes, histories), each in its own order and all at once, get exactly the answers one
 * thread gets from another fresh load: the lazily built indexes and the memoised parts are safe to race on.
 */
class ConcurrentQueriesTest {

    private static final int THREADS = 16;
    private static final int QUERIES = 600;

    @Test
    void sixteenThreadsOfMixedQueriesAnswerAsOneThreadDoes() throws Exception {
        long seed = Long.getLong("nhsstructure.seed", 20_260_401L);
        System.out.println("Concurrent queries seed: " + seed + " (-Dnhsstructure.seed=N)");
        NhsStructure reference = NhsStructure.from(new BundledDataProvider());
        List<Function<NhsStructure, String>> queries = queries(reference, new Random(seed));
        List<String> expected = new ArrayList<>();
        for (Function<NhsStructure, String> q : queries) {
            expected.add(answer(q, reference));
        }

        NhsStructure shared = NhsStructure.from(new BundledDataProvider());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String[]>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < queries.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(seed + t));
                results.add(pool.submit(() -> {
                    start.await();
                    String[] answers = new String[queries.size()];
                    for (int i : order) {
                        answers[i] = answer(queries.get(i), shared);
                    }
                    return answers;
                }));
            }
            start.countDown();
            for (int t = 0; t < THREADS; t++) {
                assertThat(List.of(results.get(t).get(5, TimeUnit.MINUTES))).as("seed %d, thread %d", seed, t)
                        .isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).as("the mix includes answers and refusals").anyMatch(a -> a.startsWith("!"))
                .anyMatch(a -> !a.startsWith("!"));
    }

    /** An answer, or the refusal ("!" and the exception's type and message), as text. */
    private static String answer(Function<NhsStructure, String> query, NhsStructure s) {
        try {
            return query.apply(s);
        } catch (RuntimeException e) {
            return "!" + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static List<Function<NhsStructure, String>> queries(NhsStructure nhs, Random random) {
        List<Organisation> organisations = nhs.organisations();
        Coverage coverage = nhs.coverage();
        List<Function<NhsStructure, String>> out = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            Organisation o = organisations.get(random.nextInt(organisations.size()));
            String code = o.code().toString();
            LocalDate date = within(o.operationalPeriod(), random);
            switch (random.nextInt(7)) {
                case 0 -> {
                    Coverage.KindCoverage k = coverage.entries().get(random.nextInt(coverage.entries().size()));
                    LocalDate d = within(k.period(), random);
                    out.add(s -> k.kind() + " " + d + ": " + s.asOf(d).count(k.kind()));
                }
                case 1 -> out.add(s -> {
                    StructureView view = s.asOf(date);
                    return code + " " + date + ": " + view.parents(code);
                });
                case 2 -> {
                    LocalDate later = date.plusDays(random.nextInt(4000));
                    out.add(s -> code + " -> " + later + ": " + s.successors(code, later).codes());
                }
                case 3 -> {
                    LocalDate to = date.plusDays(random.nextInt(400));
                    out.add(s -> date + ".." + to + ": " + s.changes(date, to).size());
                }
                case 4 -> {
                    List<OnsCodeUse> uses = o.onsCodes().isEmpty() ? List.of()
                            : nhs.onsCodeUses(o.onsCodes().entries().get(0).value());
                    if (uses.isEmpty()) {
                        out.add(s -> code + " history: " + s.history(code));
                    } else {
                        OnsCodeUse use = uses.get(0);
                        LocalDate d = within(use.period(), random);
                        out.add(s -> use.onsCode() + " " + d + ": " + s.require(use.onsCode().toString(), d).code());
                    }
                }
                case 5 -> out.add(s -> code + ": " + s.require(code).nameOn(date) + " "
                        + s.require(code).kindOn(date));
                default -> out.add(s -> code + " children " + date + ": " + s.asOf(date).children(code, RelationshipType.PART_OF)
                        .size());
            }
        }
        return out;
    }

    /** A date inside a period, the open end taken as the end of 2030. */
    private static LocalDate within(DateRange period, Random random) {
        LocalDate start = period.start().isBefore(LocalDate.of(1900, 1, 1)) ? LocalDate.of(1900, 1, 1)
                : period.start();
        LocalDate end = period.end().isAfter(LocalDate.of(2031, 1, 1)) ? LocalDate.of(2031, 1, 1) : period.end();
        long days = Math.max(1, end.toEpochDay() - start.toEpochDay());
        return start.plusDays(random.nextLong(days));
    }
}
