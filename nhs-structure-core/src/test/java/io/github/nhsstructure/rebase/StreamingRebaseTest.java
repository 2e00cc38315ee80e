package io.github.nhsstructure.rebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nhsstructure.Fixture;
import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.TestSeeds;
import io.github.nhsstructure.organisation.OdsCode;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming and columnar re-base on the engine fixture (every code fictional). */
class StreamingRebaseTest {

    private static final NhsStructure NHS = Fixture.structure();
    private static final LocalDate TARGET = LocalDate.of(2022, 7, 1);
    private static final List<String> CODES = List.of("90A", "90B", "90C", "90D", "y91", " Y92 ", "Y93", "Z90001",
            "Z90002", "NOPE1", "Q90", "R9A");

    private static RebaseSummary csv(Rebaser rebaser, String text, List<RebaseResult.Unmapped> unmapped)
            throws IOException {
        return rebaser.rebase(new StringReader(text), "series.csv", unmapped::add);
    }

    private static String reasons(List<RebaseResult.Unmapped> unmapped) {
        StringBuilder b = new StringBuilder();
        for (RebaseResult.Unmapped u : unmapped) {
            b.append(u.row().line()).append(' ').append(u.row().code()).append(' ').append(u.row().date())
                    .append(' ').append(u.row().value().toPlainString()).append(": ").append(u.reason())
                    .append('\n');
        }
        return b.toString();
    }

    @Test
    void everyReasonAnUnmappedRowCanHaveIsReportedWithTheRow() throws IOException {
        List<RebaseResult.Unmapped> unmapped = new ArrayList<>();
        RebaseSummary s = csv(Rebaser.onto(NHS, TARGET, SplitPolicy.FAIL), ""
                + "code,date,value\n"
                + "90A,2019-04-01,10\n"
                + "90D,1900-01-01,10\n"
                + "90D,2019-04-01,1.5\n"
                + "90D,2023-01-01,3\n"
                + "NOPE1,2019-04-01,7\n"
                + "Y91,2019-04-01,100\n"
                + "\n"
                + " z90002 , 2015-06-30 , -2.25 \n", unmapped);
        assertThat(reasons(unmapped)).isEqualTo(""
                + "3 90D 1900-01-01 10: the row's date 1900-01-01 is outside the data's coverage, 2013-04-01/..\n"
                + "4 90D 2019-04-01 1.5: 90D opened only on 2020-04-01, after the row's date 2019-04-01\n"
                + "5 90D 2023-01-01 3: the target date 2022-07-01 is before the row's date 2023-01-01\n"
                + "6 NOPE1 2019-04-01 7: unknown organisation code 'NOPE1'\n"
                + "7 Y91 2019-04-01 100: Y91 was split into [Y92, Y93] and the split policy is fail\n");
        assertThat(s.totals()).containsExactly(Map.entry(OdsCode.of("90D"), new BigDecimal("10")),
                Map.entry(OdsCode.of("Z90001"), new BigDecimal("-2.25")));
        assertThat(s.unmappedRows()).containsExactly(Map.entry(UnmappedReason.AFTER_TARGET, 1L),
                Map.entry(UnmappedReason.OUTSIDE_COVERAGE, 1L), Map.entry(UnmappedReason.UNKNOWN_CODE, 1L),
                Map.entry(UnmappedReason.BEFORE_OPENED, 1L), Map.entry(UnmappedReason.SPLIT_REFUSED, 1L));
        assertThat(s.rows()).isEqualTo(7);
        assertThat(s.inputTotal()).isEqualTo("129.25");
        assertThat(s.unmappedTotal()).isEqualTo("121.5");
        assertThat(s.unmappedRowCount()).isEqualTo(5);
        assertThat(s.balances()).isTrue();
    }

    @Test
    void aCodeDatedBeforeItOpenedIsUnmappedOnTheBundledShapeToo() {
        // 90D opened 2020-04-01: a row of 2019 cannot be its value, whatever the target.
        RebaseResult r = Rebaser.onto(NHS, TARGET, SplitPolicy.EQUAL).rebase(List.of(
                new SeriesRow(1, "90D", LocalDate.of(2020, 3, 31), BigDecimal.TEN),
                new SeriesRow(2, "90D", LocalDate.of(2020, 4, 1), BigDecimal.ONE)));
        assertThat(r.unmapped()).extracting(RebaseResult.Unmapped::reason)
                .containsExactly("90D opened only on 2020-04-01, after the row's date 2020-03-31");
        assertThat(r.totals()).containsExactly(Map.entry(OdsCode.of("90D"), BigDecimal.ONE));
    }

    @Test
    void splitSharesKeepTheValuesDecimalPlacesAndTheLastTakesTheRemainder() throws IOException {
        Rebaser equal = Rebaser.onto(NHS, TARGET, SplitPolicy.EQUAL);
        RebaseSummary s = csv(equal, "code,date,value\nY91,2019-04-01,101\nY91,2019-04-01,0.03\n", new ArrayList<>());
        // 101 / 2 = 50.5 rounds half away from zero to 51; Y93 gets 50. 0.03 / 2 = 0.015 -> 0.02 and 0.01.
        assertThat(s.totals()).containsExactly(Map.entry(OdsCode.of("Y92"), new BigDecimal("51.02")),
                Map.entry(OdsCode.of("Y93"), new BigDecimal("50.01")));
        s = csv(equal, "code,date,value\nY91,2019-04-01,-101\n", new ArrayList<>());
        assertThat(s.totals()).containsExactly(Map.entry(OdsCode.of("Y92"), new BigDecimal("-51")),
                Map.entry(OdsCode.of("Y93"), new BigDecimal("-50")));
        Rebaser weighted = Rebaser.onto(NHS, TARGET, SplitPolicy.weights(Map.of(OdsCode.of("Y92"),
                new BigDecimal("0.25"), OdsCode.of("Y93"), new BigDecimal("0.5"))));
        s = csv(weighted, "code,date,value\nY91,2019-04-01,100.00\n", new ArrayList<>());
        assertThat(s.totals()).containsExactly(Map.entry(OdsCode.of("Y92"), new BigDecimal("33.33")),
                Map.entry(OdsCode.of("Y93"), new BigDecimal("66.67")));
        List<RebaseResult.Unmapped> unmapped = new ArrayList<>();
        csv(Rebaser.onto(NHS, TARGET, SplitPolicy.weights(Map.of(OdsCode.of("Y92"), BigDecimal.ONE))),
                "code,date,value\nY91,2019-04-01,1\n", unmapped);
        assertThat(reasons(unmapped)).isEqualTo(
                "2 Y91 2019-04-01 1: Y91 was split into [Y92, Y93] but no weight is given for Y93\n");
    }

    @Test
    void sumsBeyondALongCarryOnExactly() throws IOException {
        String big = String.valueOf(Long.MAX_VALUE);
        RebaseSummary s = csv(Rebaser.onto(NHS, TARGET, SplitPolicy.EQUAL), "code,date,value\n"
                + "90A,2019-04-01," + big + "\n"
                + "90B,2019-04-01," + big + "\n"
                + "90C,2019-04-01,0.5\n"
                + "Y91,2019-04-01," + big + "\n"
                + "Y91,2019-04-01,123456789012345678901234567890.123456789\n", new ArrayList<>());
        BigDecimal max = new BigDecimal(big);
        assertThat(s.totals().get(OdsCode.of("90D"))).isEqualTo(max.add(max).add(new BigDecimal("0.5")));
        assertThat(s.totals().get(OdsCode.of("Y92")))
                .isEqualTo(new BigDecimal("4611686018427387904").add(new BigDecimal("61728394506172839450617283945.061728395")));
        assertThat(s.balances()).isTrue();
        assertThat(s.inputTotal()).isEqualTo(max.multiply(BigDecimal.valueOf(3))
                .add(new BigDecimal("123456789012345678901234567890.623456789")));
    }

    @Test
    void aValueBeyondTheLimitsIsAnErrorNamingFileLineAndField() {
        Rebaser rebaser = Rebaser.onto(NHS, TARGET, SplitPolicy.FAIL);
        assertThatThrownBy(() -> csv(rebaser, "code,date,value\n90A,2019-04-01,1\n90A,2019-04-01,1e999999999\n",
                new ArrayList<>())).isInstanceOfSatisfying(SeriesInputException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("series.csv:3: value: '1e999999999' is out of range (at most"
                            + " 38 digits before the decimal point and 18 after)");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("value");
                    assertThat(e.source()).isEqualTo("series.csv");
                });
        assertThatThrownBy(() -> csv(rebaser, "code,date,value\n90A,2019-04-01,1e-19\n", new ArrayList<>()))
                .hasMessageEndingWith(":2: value: '1e-19' is out of range (at most 38 digits before the decimal"
                        + " point and 18 after)");
        assertThatThrownBy(() -> new SeriesRow(1, "90A", TARGET, new BigDecimal("1e999999999")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    }

    @Test
    void malformedInputIsAnErrorNamingFileLineAndField() {
        Rebaser rebaser = Rebaser.onto(NHS, TARGET, SplitPolicy.FAIL);
        assertThatThrownBy(() -> csv(rebaser, "code,date,value\n90A,2019-02-29,1\n", new ArrayList<>()))
                .isInstanceOf(SeriesInputException.class)
                .hasMessage("series.csv:2: date: '2019-02-29' is not a date (yyyy-MM-dd)");
        assertThatThrownBy(() -> csv(rebaser, "code,date,value\n90A,2019-04-01,lots\n", new ArrayList<>()))
                .hasMessage("series.csv:2: value: 'lots' is not a number");
        assertThatThrownBy(() -> csv(rebaser, "code,date,value\n90A,2019-04-01\n", new ArrayList<>()))
                .hasMessage("series.csv:2: value: expected 3 fields but found 2");
        assertThatThrownBy(() -> csv(rebaser, "code,when,value\n90A,2019-04-01,1\n", new ArrayList<>()))
                .hasMessage("series.csv:1: header has no 'date' column (found [code, when, value]; needs [code,"
                        + " date, value])");
        assertThatThrownBy(() -> csv(rebaser, "", new ArrayList<>()))
                .hasMessage("series.csv:1: no header (needs the columns code, date and value)");
        assertThatThrownBy(() -> csv(rebaser, "code,date,value\n90A,2019-04-01,1\n  ,2016-06-30,1\n",
                new ArrayList<>())).hasMessage("series.csv:3: code: empty (every row needs an ODS or ONS code)");
        assertThatThrownBy(() -> rebaser.rebase(Path.of("no/such/series.csv"), u -> { }))
                .isInstanceOf(NoSuchFileException.class);
    }

    /** An independent re-base with BigDecimal arithmetic, row by row, as the class Javadoc states it. */
    private static Map<OdsCode, BigDecimal> reference(List<SeriesRow> rows, LocalDate target, SplitPolicy policy) {
        Map<OdsCode, BigDecimal> totals = new TreeMap<>();
        for (SeriesRow row : rows) {
            if (row.date().isAfter(target) || row.date().isBefore(LocalDate.of(2013, 4, 1))
                    || NHS.organisation(row.code()).isEmpty()
                    || row.date().isBefore(NHS.require(row.code()).operationalPeriod().start())) {
                continue;
            }
            List<OdsCode> to = NHS.successors(row.code(), target).codes();
            if (to.isEmpty() || (to.size() > 1 && policy == SplitPolicy.FAIL)) {
                continue;
            }
            BigDecimal given = BigDecimal.ZERO;
            for (int i = 0; i < to.size(); i++) {
                BigDecimal share = i == to.size() - 1 ? row.value().subtract(given)
                        : row.value().divide(BigDecimal.valueOf(to.size()), row.value().scale(), RoundingMode.HALF_UP);
                given = given.add(share);
                totals.merge(to.get(i), share, BigDecimal::add);
            }
        }
        return totals;
    }

    @Test
    void csvColumnsAndRowsAgreeWithAnIndependentBigDecimalReBase(@TempDir Path dir) throws IOException {
        long seed = TestSeeds.seed();
        Random random = new Random(seed);
        for (int run = 0; run < 100; run++) {
            int n = random.nextInt(200);
            int scale = random.nextInt(3);
            List<SeriesRow> rows = new ArrayList<>();
            String[] codes = new String[n];
            int[] days = new int[n];
            long[] values = new long[n];
            StringBuilder csv = new StringBuilder("value,code,date\n");
            for (int i = 0; i < n; i++) {
                codes[i] = CODES.get(random.nextInt(CODES.size()));
                LocalDate date = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4500));
                days[i] = (int) date.toEpochDay();
                values[i] = random.nextInt(5) == 0 ? random.nextLong() >> random.nextInt(64)
                        : random.nextInt(2_000_001) - 1_000_000;
                BigDecimal value = BigDecimal.valueOf(values[i], scale);
                rows.add(new SeriesRow(i + 2, codes[i], date, value));
                csv.append(value.toPlainString()).append(',').append(codes[i]).append(',').append(date).append('\n');
            }
            LocalDate target = LocalDate.of(2013, 4, 1).plusDays(random.nextInt(4500));
            SplitPolicy policy = random.nextBoolean() ? SplitPolicy.FAIL : SplitPolicy.EQUAL;
            Rebaser rebaser = Rebaser.onto(NHS, target, policy);
            String where = "seed " + seed + ", run " + run + ", target " + target + ", " + policy;

            RebaseResult objects = rebaser.rebase(rows);
            assertThat(objects.totals()).as(where).isEqualTo(reference(rows, target, policy));
            assertThat(objects.balances()).as(where).isTrue();

            Path file = dir.resolve("series-" + run + ".csv");
            Files.writeString(file, csv);
            List<RebaseResult.Unmapped> streamed = new ArrayList<>();
            RebaseSummary fromCsv = rebaser.rebase(file, streamed::add);
            assertThat(fromCsv.totals()).as(where).isEqualTo(objects.totals());
            assertThat(fromCsv.inputTotal()).as(where).isEqualTo(objects.inputTotal());
            assertThat(fromCsv.balances()).as(where).isTrue();
            assertThat(streamed).extracting(u -> u.row().line() + " " + u.reason()).as(where)
                    .isEqualTo(objects.unmapped().stream().map(u -> u.row().line() + " " + u.reason()).toList());

            List<RebaseResult.Unmapped> columnar = new ArrayList<>();
            RebaseSummary fromColumns = rebaser.rebase(SeriesColumns.of(codes, days, values, scale), columnar::add);
            assertThat(fromColumns.totals()).as(where).isEqualTo(objects.totals());
            assertThat(fromColumns.unmappedTotal()).as(where).isEqualTo(fromCsv.unmappedTotal());
            assertThat(fromColumns.unmappedRows()).as(where).isEqualTo(fromCsv.unmappedRows());
            assertThat(columnar).extracting(u -> (u.row().line() + 2) + " " + u.reason()).as(where)
                    .isEqualTo(objects.unmapped().stream().map(u -> u.row().line() + " " + u.reason()).toList());
            assertThat(rebaser.rebase(SeriesColumns.of(codes, days, values, scale))).as(where).isEqualTo(fromColumns);

            int parts = 1 + random.nextInt(4);
            assertThat(rebaser.rebaseInParts(SeriesColumns.of(codes, days, values, scale), parts)).as(where)
                    .isEqualTo(fromColumns);
            RebaseSummary inParts = rebaser.rebaseInParts(file, parts);
            assertThat(inParts).as(where).isNotNull();
            assertThat(inParts.totals()).as(where).isEqualTo(fromCsv.totals());
            assertThat(inParts.unmappedRows()).as(where).isEqualTo(fromCsv.unmappedRows());
            assertThat(inParts.inputTotal()).as(where).isEqualTo(fromCsv.inputTotal());
            assertThat(inParts.rows()).as(where).isEqualTo(fromCsv.rows());
        }
    }

    @Test
    void columnsOfManyCodeInstancesZeroValuesAndOverflowsAgreeWithRows() {
        // Thousands of String instances (the columnar path keys its cache by instance and grows it), more rows
        // than one block, values of 0 only for some targets (a target reached only by zeros
        // is still reported, at the batch's scale) and sums that overflow a long.
        long seed = TestSeeds.seed();
        Random random = new Random(seed);
        int n = 20_000;
        String[] codes = new String[n];
        int[] days = new int[n];
        long[] values = new long[n];
        List<SeriesRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = CODES.get(random.nextInt(CODES.size()));
            // Half the rows re-use an earlier row's instance, so that the cache grows at any row of a block.
            codes[i] = i > 0 && random.nextBoolean() ? codes[random.nextInt(i)]
                    : new String(random.nextInt(50) == 0 ? code + "X" : code);
            LocalDate date = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4500));
            days[i] = (int) date.toEpochDay();
            values[i] = codes[i].startsWith("90") ? 0 : random.nextInt(10) == 0 ? Long.MAX_VALUE - random.nextInt(9)
                    : random.nextInt(1000);
            rows.add(new SeriesRow(i, codes[i], date, BigDecimal.valueOf(values[i], 2)));
        }
        Rebaser rebaser = Rebaser.onto(NHS, TARGET, SplitPolicy.EQUAL);
        RebaseResult objects = rebaser.rebase(rows);
        RebaseSummary columns = rebaser.rebase(SeriesColumns.of(codes, days, values, 2));
        assertThat(columns.totals()).as("seed " + seed).isEqualTo(objects.totals());
        assertThat(columns.inputTotal()).as("seed " + seed).isEqualTo(objects.inputTotal());
        assertThat(columns.unmappedTotal()).as("seed " + seed).isEqualTo(objects.unmappedTotal());
        assertThat(columns.unmappedRowCount()).as("seed " + seed).isEqualTo(objects.unmapped().size());
        assertThat(columns.rows()).isEqualTo(n);
        assertThat(columns.totals().values()).as("seed " + seed).contains(new BigDecimal("0.00"));
        assertThat(rebaser.rebaseInParts(SeriesColumns.of(codes, days, values, 2), 3)).as("seed " + seed)
                .isEqualTo(columns);
    }

    @Test
    void aFileInPartsFallsBackToOneThreadOnQuotesOrErrors(@TempDir Path dir) throws IOException {
        Rebaser rebaser = Rebaser.onto(NHS, TARGET, SplitPolicy.FAIL);
        Path file = dir.resolve("quoted.csv");
        Files.writeString(file, "code,date,value,note\n90A,2019-04-01,1,\"a\nb\"\n90B,2019-04-01,2,\n90C,2019-04-01,3,\n");
        assertThat(rebaser.rebaseInParts(file, 3)).isNull();
        assertThat(rebaser.rebase(file).totals()).containsExactly(Map.entry(OdsCode.of("90D"), new BigDecimal("6")));
        Files.writeString(file, "code,date,value\n90A,2019-04-01,1\n90B,2019-04-01,2\n90C,2019-04-01,x\n");
        assertThat(rebaser.rebaseInParts(file, 3)).isNull();
        assertThatThrownBy(() -> rebaser.rebase(file)).hasMessage(file + ":4: value: 'x' is not a number");
    }

    @Test
    void progressCountsTheFilesBytesInRisingFiguresOnEveryPath(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder("code,date,value\n");
        while (text.length() < 3 * ReadProgress.STEP + 12_345) {
            text.append("90A,2019-04-01,10\n90D,2021-05-01,1.5\n");
        }
        Path file = dir.resolve("series.csv");
        Files.writeString(file, text);
        long size = Files.size(file);
        Rebaser plain = Rebaser.onto(NHS, TARGET, SplitPolicy.FAIL);
        for (int path = 0; path < 3; path++) {
            List<Long> figures = new ArrayList<>();
            Rebaser rebaser = plain.reportingProgress(n -> {
                synchronized (figures) {
                    figures.add(n);
                }
            });
            RebaseSummary s = path == 0 ? rebaser.rebase(file, u -> { })
                    : path == 1 ? rebaser.rebaseInParts(file, 3) : rebaser.rebase(file);
            assertThat(s).as("path " + path).isEqualTo(plain.rebase(file));
            assertThat(figures).as("path " + path).hasSizeGreaterThanOrEqualTo(3).isSorted()
                    .doesNotHaveDuplicates().last().isEqualTo(size);
        }
        // The re-baser without a listener reports nothing and is unchanged.
        assertThat(plain.rebase(file).rows()).isEqualTo(text.toString().lines().count() - 1);
    }

    @Test
    void progressAfterAFallbackToOneThreadNeverGoesBack(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder("code,date,value\n");
        while (text.length() < 2 * ReadProgress.STEP) {
            text.append("90A,2019-04-01,10\n");
        }
        text.append("\"90A\",2019-04-01,10\n");
        Path file = dir.resolve("quoted.csv");
        Files.writeString(file, text);
        List<Long> figures = new ArrayList<>();
        Rebaser rebaser = Rebaser.onto(NHS, TARGET, SplitPolicy.FAIL).reportingProgress(n -> {
            synchronized (figures) {
                figures.add(n);
            }
        });
        assertThat(rebaser.rebaseInParts(file, 2)).isNull();
        assertThat(figures).isNotEmpty();
        figures.clear();
        // In parts of 1 MiB on two processors or more, the parts are read first, then the file again on one thread.
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "needs two processors");
        RebaseSummary s = rebaser.rebase(file, ReadProgress.STEP);
        assertThat(s.mappedTotal()).isEqualTo(BigDecimal.valueOf(10L * (text.toString().lines().count() - 1)));
        assertThat(figures).isSorted().doesNotHaveDuplicates().last().isEqualTo(Files.size(file));
    }

    @Test
    void datesAreReadAsLocalDateReadsThem() {
        char[] b = new char[10];
        for (LocalDate d = LocalDate.of(1899, 1, 1); d.isBefore(LocalDate.of(2101, 1, 1)); d = d.plusDays(1)) {
            d.toString().getChars(0, 10, b, 0);
            assertThat(SeriesText.parseDate(b, 0, 10)).as("%s", d).isEqualTo((int) d.toEpochDay());
        }
        for (String bad : List.of("2019-02-29", "2019-13-01", "2019-00-10", "2019-04-31", "2019-4-01", "20190401",
                "2019/04/01", "2O19-04-01", "")) {
            assertThat(SeriesText.parseDate(bad.toCharArray(), 0, bad.length())).as(bad)
                    .isEqualTo(SeriesText.NOT_A_DATE);
        }
    }

    @Test
    void valuesAreReadAsBigDecimalReadsThem() {
        SeriesText text = new SeriesText();
        for (String v : List.of("0", "-0", "+7", "12.50", ".5", "5.", "-0.000", "999999999999999999",
                "9999999999999999999", "-9223372036854775808", "1.5e3", "1E+2", "0.000000000000000001",
                " 42 ")) {
            int kind = text.parseValue(v.toCharArray(), 0, v.length());
            assertThat(kind).as(v).isIn(SeriesText.LONG, SeriesText.BIG);
            BigDecimal expected = new BigDecimal(v.strip());
            assertThat(text.value()).as(v).isEqualByComparingTo(expected);
            assertThat(text.value().scale()).as(v).isEqualTo(Math.max(0, expected.scale()));
        }
        for (String v : List.of("", "-", ".", "1.2.3", "1,5", "NaN", "1 000", "0x10")) {
            assertThat(text.parseValue(v.toCharArray(), 0, v.length())).as(v).isEqualTo(SeriesText.NOT_A_NUMBER);
        }
    }
}
