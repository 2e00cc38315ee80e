package io.github.nhsstructure.examples.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.data.BundledDataProvider;
import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.exception.ExtractException;
import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.DatasetBinary;
import io.github.nhsstructure.spi.DatasetReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mutation suite (issue 15): every file the library reads, mutated, must fail with a specific error naming the
 * file, the line and (where the problem is in one field) the field, and no structure.
 *
 * <p>The dataset's CSV files are a sample of the bundled files (every row of the bundled sources, coverage, events
 * and commissioning rules, and the rows of a seeded choice of organisations and of the links and successions among
 * them), so that a case reads in milliseconds; the ODS files are the first rows of the real raw extracts of
 * {@code nhs-structure-generator/raw}, laid over that sample; a re-basing series and a weights file of sampled codes
 * (the weights through the command line, which reads them); and the compiled {@code dataset.bin} of the data jar,
 * whose checksum must catch every changed, missing or added byte. Each case mutates one file once: a truncated row, a
 * field too many or too few, a bad date, an end before its start, an unknown, malformed or repeated code, an
 * overlapping period, a cycle, a byte that is not UTF-8, a byte order mark inside a row, a stray carriage return, an
 * empty file, a repeated or missing header column. A byte order mark at the start of a file and CRLF line ends are
 * accepted, and checked to give the same data.
 *
 * <p>The cases come from a seeded random generator; the seed is printed, and {@code -Dnhsstructure.seed=N} replays
 * or varies it.
 */
class MutationSuiteTest {

    private static final String SEED_PROPERTY = "nhsstructure.seed";
    private static final long DEFAULT_SEED = 20_260_401L;
    private static final long SEED = Long.getLong(SEED_PROPERTY, DEFAULT_SEED);

    static final Path BUNDLED = Path.of("..", "nhs-structure-data", "src", "main", "resources", "io", "github",
            "nhsstructure", "data");
    static final Path RAW = Path.of("..", "nhs-structure-generator", "raw");

    /** Codes always in the sample: real successions, a trust merger, practices, PCNs and the national chain. */
    private static final List<String> ALWAYS = List.of("00C", "16C", "QHM", "Y63", "X24", "ZZN01", "A81001",
            "U89141", "02P", "QF7", "00F", "13T", "RA7", "RVJ", "RVY", "RBN", "RJ5", "Y58", "QUY");

    private static final DateTimeFormatter ODS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @TempDir
    static Path work;

    private static Map<String, Table> sample;
    private static Dataset sampleDataset;
    private static NhsStructure sampleStructure;
    private static Map<String, OdsFile> ods;

    /** A base ODS file: its name in the extract folder, whether it has a header, and its date columns. */
    private record OdsFile(String name, Table table, Map<Integer, String> dates, Map<Integer, String> codes) {
    }

    @BeforeAll
    static void buildTheSampleFromTheBundledFiles() throws IOException {
        System.out.println("Mutation suite seed: " + SEED + " (replay or vary with -D" + SEED_PROPERTY + "=N)");
        Random random = new Random(SEED);
        Map<String, Table> all = new LinkedHashMap<>();
        for (String file : DatasetReader.FILES) {
            all.put(file, Table.parse(Files.readString(BUNDLED.resolve(file)), true, false, Integer.MAX_VALUE));
        }
        Set<String> codes = new HashSet<>(ALWAYS);
        List<List<String>> organisations = all.get("organisations.csv").rows;
        for (int i = 0; i < 150; i++) {
            codes.add(organisations.get(random.nextInt(organisations.size())).get(0));
        }
        sample = new LinkedHashMap<>();
        for (Map.Entry<String, Table> e : all.entrySet()) {
            Table t = e.getValue();
            Table s = t.copy();
            s.rows.clear();
            for (List<String> row : t.rows) {
                if (keep(e.getKey(), t, row, codes)) {
                    s.rows.add(row);
                }
            }
            sample.put(e.getKey(), s);
        }
        Path dir = write(Files.createDirectories(work.resolve("sample")), Map.of());
        sampleDataset = DatasetReader.read("sample", dir);
        sampleStructure = NhsStructure.of(sampleDataset);

        ods = new LinkedHashMap<>();
        Map<Integer, String> standardDates = Map.of(11, "open date (column 11)", 12, "close date (column 12)");
        Map<Integer, String> standardCode = Map.of(1, "organisation code (column 1)");
        ods.put("epraccur classic", new OdsFile("epraccur.csv", odsTable("ods-2025-09-epraccur/epraccur.csv", false),
                Map.of(11, "open date (column 11)", 12, "close date (column 12)", 16, "join parent date (column 16)",
                        17, "left parent date (column 17)"), standardCode));
        ods.put("epraccur 2026", new OdsFile("epraccur.csv", odsTable("ods-2026-02-epraccur/epraccur.csv", false),
                Map.of(11, "open date (column 11)", 12, "close date (column 12)"), standardCode));
        ods.put("eccg", new OdsFile("eccg.csv", odsTable("ods-2025-nhs-spend/eccg.csv", false), standardDates,
                standardCode));
        ods.put("eauth", new OdsFile("eauth.csv", odsTable("ods-2017-openprescribing/eauth.csv", false),
                standardDates, standardCode));
        ods.put("etr", new OdsFile("etr.csv", odsTable("ods-2026-07-etr/etr.csv", false), standardDates,
                standardCode));
        ods.put("epcmem", new OdsFile("epcmem.csv", odsTable("ods-2019-gp2gp/epcmem.csv", false),
                Map.of(4, "join date (column 4)", 5, "leave date (column 5)"), Map.of(1, "practice code (column 1)",
                        2, "parent code (column 2)")));
        ods.put("succ", new OdsFile("succ.csv", odsTable("ods-succ-2026/succ.csv", false),
                Map.of(4, "effective date (column 4)"), Map.of(1, "predecessor (column 1)", 2,
                        "successor (column 2)")));
        ods.put("ePCN details", new OdsFile("ePCN_PCNDetails.csv", odsTable("ods-2024-10-pcn/ePCN_PCNDetails.csv",
                true), Map.of(), Map.of()));
        ods.put("ePCN partners", new OdsFile("ePCN_PCN_Core_Partner_Details.csv",
                odsTable("ods-2024-10-pcn/ePCN_PCN_Core_Partner_Details.csv", true), Map.of(), Map.of()));
        ods.put("practice map", new OdsFile("gp-reg-pat-prac-map.csv",
                odsTable("nhsd-gp-map-2026-01/gp-reg-pat-prac-map.csv", true), Map.of(), Map.of()));
    }

    private static Table odsTable(String raw, boolean header) throws IOException {
        return Table.parse(Files.readString(RAW.resolve(raw)), header, !header, 30);
    }

    /** Whether a bundled row belongs to the sample: every code it names is a sampled organisation. */
    private static boolean keep(String file, Table t, List<String> row, Set<String> codes) {
        for (String column : List.of("code", "target", "predecessor", "successor")) {
            int i = t.column(column);
            if (i >= 0 && !(file.equals("coverage.csv") || file.equals("sources.csv")) && !codes.contains(row.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Writes the sample into a folder, with some files replaced. */
    private static Path write(Path dir, Map<String, byte[]> replaced) {
        try {
            for (Map.Entry<String, Table> e : sample.entrySet()) {
                byte[] bytes = replaced.containsKey(e.getKey()) ? replaced.get(e.getKey()) : e.getValue().bytes();
                Files.write(dir.resolve(e.getKey()), bytes);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSampleAndEveryBaseExtractAreValid() throws IOException {
        assertThat(sampleDataset.organisations()).hasSizeGreaterThan(100);
        for (Map.Entry<String, OdsFile> e : ods.entrySet()) {
            Path dir = Files.createDirectories(work.resolve("valid-" + e.getKey().replace(' ', '-')));
            Files.write(dir.resolve(e.getValue().name()), e.getValue().table().bytes());
            assertThat(sampleStructure.overlay(dir).dataVersion()).as(e.getKey()).isEqualTo("sample+overlay");
        }
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndsAreReadAsTheSameData() throws IOException {
        Map<String, byte[]> replaced = new LinkedHashMap<>();
        for (String file : List.of("names.csv", "relationships.csv", "coverage.csv")) {
            String crlf = "\uFEFF" + new String(sample.get(file).bytes(), StandardCharsets.UTF_8).replace("\n", "\r\n");
            replaced.put(file, crlf.getBytes(StandardCharsets.UTF_8));
        }
        Dataset read = DatasetReader.read("sample", write(Files.createDirectories(work.resolve("crlf")), replaced));

        assertThat(read.organisations()).isEqualTo(sampleDataset.organisations());
        assertThat(read.coverage().entries()).isEqualTo(sampleDataset.coverage().entries());
    }

    @TestFactory
    Stream<DynamicTest> everyMutantFailsNamingFileLineAndField() throws IOException {
        Random random = new Random(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (String file : DatasetReader.FILES) {
            for (Mutant m : datasetMutants(random, file)) {
                int id = n++;
                tests.add(DynamicTest.dynamicTest("seed " + SEED + " #" + id + " " + m, () -> checkDataset(m, id)));
            }
        }
        for (Map.Entry<String, OdsFile> e : ods.entrySet()) {
            for (Mutant m : odsMutants(random, e.getValue())) {
                int id = n++;
                tests.add(DynamicTest.dynamicTest("seed " + SEED + " #" + id + " " + e.getKey() + ": " + m,
                        () -> checkOverlay(m, id)));
            }
        }
        for (Mutant m : binaryMutants(random)) {
            int id = n++;
            tests.add(DynamicTest.dynamicTest("seed " + SEED + " #" + id + " " + m, () -> checkBinary(m)));
        }
        for (Mutant m : seriesMutants(random)) {
            int id = n++;
            tests.add(DynamicTest.dynamicTest("seed " + SEED + " #" + id + " series " + m,
                    () -> checkSeries(m, id)));
        }
        for (Mutant m : weightsMutants(random)) {
            int id = n++;
            tests.add(DynamicTest.dynamicTest("seed " + SEED + " #" + id + " weights " + m,
                    () -> checkWeights(m, id)));
        }
        assertThat(tests).as("generated cases").hasSizeGreaterThanOrEqualTo(200);
        return tests.stream();
    }

    // -------------------------------------------------------------------------------------------------------------
    // The compiled dataset: any changed or missing byte fails the load, naming the file

    private static List<Mutant> binaryMutants(Random random) throws IOException {
        byte[] bytes;
        try (var in = BundledDataProvider.class.getResourceAsStream("dataset.bin")) {
            assertThat(in).as("dataset.bin in the data jar").isNotNull();
            bytes = in.readAllBytes();
        }
        List<Mutant> out = new ArrayList<>();
        for (int k = 0; k < 16; k++) {
            byte[] b = bytes.clone();
            String what;
            switch (k % 4) {
                case 0 -> {
                    int at = 8 + random.nextInt(b.length - 8);
                    b[at] ^= (byte) (1 << random.nextInt(8));
                    what = "a bit of byte " + at + " flipped";
                }
                case 1 -> {
                    int length = 8 + random.nextInt(b.length - 8);
                    b = java.util.Arrays.copyOf(b, length);
                    what = "cut to " + length + " bytes";
                }
                case 2 -> {
                    b = java.util.Arrays.copyOf(b, b.length + 1);
                    what = "a byte appended";
                }
                default -> {
                    int at = 8 + random.nextInt(b.length - 12);
                    b[at] = (byte) ~b[at];
                    b[at + 1] = (byte) ~b[at + 1];
                    what = "bytes " + at + " and " + (at + 1) + " inverted";
                }
            }
            out.add(new Mutant(what, "dataset.bin", b, 0, Set.of()));
        }
        return out;
    }

    private static void checkBinary(Mutant m) {
        DatasetException e = catchThrowableOfType(DatasetException.class,
                () -> DatasetBinary.read(new java.io.ByteArrayInputStream(m.content()), "dataset.bin"));
        assertThat(e).as("seed %d: %s must fail, giving no dataset", SEED, m).isNotNull();
        assertPlace(e, "dataset.bin", m);
        assertThat(e).hasMessageContaining("damaged");
    }

    // -------------------------------------------------------------------------------------------------------------
    // A re-basing series and a weights file

    private static final LocalDate TARGET = LocalDate.of(2022, 7, 1);

    private static Table series() {
        StringBuilder b = new StringBuilder("code,date,value\n");
        List<io.github.nhsstructure.organisation.Organisation> organisations = sampleDataset.organisations();
        for (int i = 0; i < 25; i++) {
            var o = organisations.get(i * organisations.size() / 25);
            b.append(o.code()).append(',').append(o.operationalPeriod().start().plusDays(i)).append(',')
                    .append(i).append('.').append(i).append('\n');
        }
        return Table.parse(b.toString(), true, false, Integer.MAX_VALUE);
    }

    private static Table weights() {
        StringBuilder b = new StringBuilder("code,weight\n");
        List<io.github.nhsstructure.organisation.Organisation> open = sampleDataset.organisations().stream()
                .filter(o -> o.isOpenOn(TARGET)).limit(6).toList();
        for (int i = 0; i < open.size(); i++) {
            b.append(open.get(i).code()).append(',').append(i + 1).append('\n');
        }
        return Table.parse(b.toString(), true, false, Integer.MAX_VALUE);
    }

    /** The mutants a CSV with a header shares: fields too few or too many, a repeated column, encodings. */
    private static List<Mutant> headerCsvMutants(Random random, String file, Table base, List<String> badValues,
            String valueColumn) {
        List<Mutant> out = new ArrayList<>();
        List<String> kinds = List.of("truncated", "extra", "badValue", "encoding", "headerRepeated");
        for (int k = 0; k < kinds.size() + 5; k++) {
            String kind = k < kinds.size() ? kinds.get(k) : kinds.get(random.nextInt(kinds.size()));
            Table t = base.copy();
            int r = random.nextInt(t.rows.size());
            List<String> row = t.rows.get(r);
            long line = t.line(r);
            int n = t.columns();
            switch (kind) {
                case "truncated" -> {
                    int keep = 1 + random.nextInt(n - 1);
                    row.subList(keep, n).clear();
                    out.add(new Mutant("row cut after field " + keep, file, t.bytes(), line,
                            Set.of(t.header.get(keep))));
                }
                case "extra" -> {
                    row.add("surplus");
                    out.add(new Mutant("a field too many", file, t.bytes(), line, Set.of(t.header.get(n - 1))));
                }
                case "badValue" -> {
                    String bad = badValues.get(random.nextInt(badValues.size()));
                    row.set(t.column(valueColumn), bad);
                    out.add(new Mutant(valueColumn + " '" + bad + "'", file, t.bytes(), line, Set.of(valueColumn)));
                }
                case "encoding" -> {
                    int c = random.nextInt(n);
                    row.set(c, Table.NOT_UTF8 + row.get(c).substring(1));
                    out.add(new Mutant("byte 0xE9 in " + t.header.get(c), file, t.bytes(), line,
                            Set.of(t.header.get(c))));
                }
                default -> {
                    t.header.set(1, t.header.get(0));
                    out.add(new Mutant("header column 2 repeats column 1", file, t.bytes(), 1,
                            Set.of(t.header.get(0))));
                }
            }
        }
        return out;
    }

    private static List<Mutant> seriesMutants(Random random) {
        Table base = series();
        List<Mutant> out = new ArrayList<>(headerCsvMutants(random, "series.csv", base,
                List.of("lots", "1e999999999", "1e-19", "1,5"), "value"));
        for (int k = 0; k < 4; k++) {
            Table t = base.copy();
            int r = random.nextInt(t.rows.size());
            String bad = List.of("2021-02-30", "20210401", "yesterday", "2021-13-01").get(k);
            t.rows.get(r).set(1, bad);
            out.add(new Mutant("date '" + bad + "'", "series.csv", t.bytes(), t.line(r), Set.of("date")));
        }
        out.add(new Mutant("empty file", "series.csv", new byte[0], 1, Set.of()));
        return out;
    }

    private static void checkSeries(Mutant m, int id) throws IOException {
        Path dir = Files.createDirectories(work.resolve("case-" + id));
        Path file = dir.resolve(m.file());
        Files.write(file, m.content());
        io.github.nhsstructure.rebase.SeriesInputException e = catchThrowableOfType(
                io.github.nhsstructure.rebase.SeriesInputException.class,
                () -> io.github.nhsstructure.rebase.Rebaser.onto(sampleStructure, TARGET,
                        io.github.nhsstructure.rebase.SplitPolicy.EQUAL).rebase(file, u -> { }));
        String why = "seed " + SEED + ": " + m + " gave: " + (e == null ? "no error" : e.getMessage());
        assertThat(e).as(why).isNotNull();
        assertThat(e.source()).as(why).isEqualTo(file.toString());
        assertThat(m.lines()).as(why).contains(e.line());
        if (m.fields().isEmpty()) {
            assertThat(e.field()).as(why).isEmpty();
        } else {
            assertThat(m.fields()).as(why).contains(e.field());
        }
        assertThat(e.getMessage()).as(why).doesNotContain("Exception").doesNotContain("java.");
    }

    private static List<Mutant> weightsMutants(Random random) {
        Table base = weights();
        List<Mutant> out = new ArrayList<>(headerCsvMutants(random, "weights.csv", base,
                List.of("heavy", "-1", "0", "1e999999999x"), "weight"));
        Table copy = base.copy();
        copy.rows.add(new ArrayList<>(copy.rows.get(0)));
        out.add(new Mutant("a code given twice", "weights.csv", copy.bytes(), copy.line(copy.rows.size() - 1),
                Set.of("code")));
        Table unknown = base.copy();
        unknown.rows.get(0).set(0, "ZZQ99");
        out.add(new Mutant("an unknown code", "weights.csv", unknown.bytes(), 2, Set.of("code")));
        return out;
    }

    /** A weights file goes through the command line, which reads it: one line, exit status 2. */
    private static void checkWeights(Mutant m, int id) throws IOException {
        Path dir = Files.createDirectories(work.resolve("case-" + id));
        Path weights = dir.resolve(m.file());
        Files.write(weights, m.content());
        Path in = dir.resolve("series.csv");
        Files.write(in, series().bytes());
        String[] args = {"rebase", "--to", TARGET.toString(), "--in", in.toString(), "--out",
            dir.resolve("out.csv").toString(), "--split", "weights:" + weights};
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = io.github.nhsstructure.examples.cli.NhsStructureCli.commandLine(
                new io.github.nhsstructure.examples.cli.NhsStructureCli(() -> sampleStructure), args);
        cl.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
        cl.setErr(new java.io.PrintWriter(err, true));
        int status = cl.execute(args);
        String why = "seed " + SEED + ": " + m + " gave: " + err;
        assertThat(status).as(why).isEqualTo(2);
        String field = m.fields().isEmpty() ? "" : m.fields().iterator().next() + ": ";
        assertThat(err.toString()).as(why).startsWith("nhs-structure: " + weights + ":" + m.lines().iterator().next()
                + ": " + field).endsWith("\n").doesNotContain("Exception");
        assertThat(err.toString().strip().lines()).as(why).hasSize(1);
        assertThat(dir.resolve("out.csv")).as(why).doesNotExist();
    }

    private static void checkDataset(Mutant m, int id) throws IOException {
        Path dir = write(Files.createDirectories(work.resolve("case-" + id)), Map.of(m.file(), m.content()));
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> DatasetReader.read("sample", dir));
        assertThat(e).as("seed %d: %s must fail, giving no dataset", SEED, m).isNotNull();
        assertPlace(e, m.file(), m);
    }

    private static void checkOverlay(Mutant m, int id) throws IOException {
        Path dir = Files.createDirectories(work.resolve("case-" + id));
        Files.write(dir.resolve(m.file()), m.content());
        ExtractException e = catchThrowableOfType(ExtractException.class, () -> sampleStructure.overlay(dir));
        assertThat(e).as("seed %d: %s must fail, giving no structure", SEED, m).isNotNull();
        assertPlace(e, dir.resolve(m.file()).toString(), m);
    }

    private static void assertPlace(DatasetException e, String file, Mutant m) {
        String why = "seed " + SEED + ": " + m + " gave: " + e.getMessage();
        assertThat(e.file()).as(why).contains(file);
        assertThat(m.lines()).as(why).contains(e.line());
        if (m.fields().isEmpty()) {
            assertThat(e.field()).as(why).isEmpty();
        } else {
            assertThat(e.field()).as(why).isPresent();
            assertThat(m.fields()).as(why).contains(e.field().orElseThrow());
        }
        assertThat(e.getMessage()).as(why).startsWith(e.file().orElseThrow()).doesNotContain("Exception")
                .doesNotContain("java.");
    }

    // -------------------------------------------------------------------------------------------------------------
    // The dataset's files

    private static final Map<String, List<String>> DATES = Map.ofEntries(
            Map.entry("sources.csv", List.of("extract_date")),
            Map.entry("successions.csv", List.of("effective_date")),
            Map.entry("events.csv", List.of("effective_date")));
    private static final Map<String, List<String>> CODES = Map.ofEntries(
            Map.entry("names.csv", List.of("code")), Map.entry("kinds.csv", List.of("code")),
            Map.entry("provider_types.csv", List.of("code")), Map.entry("ons_codes.csv", List.of("code")),
            Map.entry("relationships.csv", List.of("code", "target")),
            Map.entry("successions.csv", List.of("predecessor", "successor")));
    /** The field an inserted copy of a row is reported in: a repeated key, or an overlapping period. */
    private static final Map<String, String> COPY = Map.ofEntries(
            Map.entry("sources.csv", "id"), Map.entry("coverage.csv", "kind"), Map.entry("organisations.csv", "code"),
            Map.entry("successions.csv", "successor"), Map.entry("events.csv", "id"));
    /** Files whose first column is a code or a constant, so a byte order mark before it makes it unreadable. */
    private static final Set<String> CODE_FIRST = Set.of("coverage.csv", "organisations.csv", "names.csv",
            "kinds.csv", "provider_types.csv", "ons_codes.csv", "relationships.csv", "successions.csv",
            "commissioning_rules.csv");

    private List<Mutant> datasetMutants(Random random, String file) {
        Table base = sample.get(file);
        List<Mutant> out = new ArrayList<>();
        out.add(new Mutant("empty file", file, new byte[0], 1, Set.of()));
        Table dupHeader = base.copy();
        int j = 1 + random.nextInt(dupHeader.header.size() - 1);
        dupHeader.header.set(j, dupHeader.header.get(j - 1));
        out.add(new Mutant("header column " + (j + 1) + " repeats column " + j, file, dupHeader.bytes(), 1,
                Set.of(base.header.get(j - 1))));
        Table shortHeader = base.copy();
        shortHeader.header.remove(shortHeader.header.size() - 1);
        out.add(new Mutant("header without its last column", file, shortHeader.bytes(), 1, Set.of()));
        if (base.rows.isEmpty()) {
            return out;
        }
        List<String> kinds = new ArrayList<>(List.of("truncated", "extra", "missing", "badDate", "copy", "encoding",
                "strayCr"));
        if (base.column("end_exclusive") >= 0) {
            kinds.add("endBeforeStart");
        }
        if (CODES.containsKey(file)) {
            kinds.add("unknownCode");
        }
        if (file.equals("organisations.csv")) {
            kinds.add("malformedCode");
        }
        if (CODE_FIRST.contains(file)) {
            kinds.add("bomInRow");
        }
        if (file.equals("relationships.csv")) {
            kinds.add("cycle");
        }
        int wanted = base.rows.size() < 5 ? kinds.size() : kinds.size() + 6;
        for (int k = 0; k < wanted; k++) {
            String kind = k < kinds.size() ? kinds.get(k) : kinds.get(random.nextInt(kinds.size()));
            Mutant m = datasetMutant(random, file, base, kind);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private static Mutant datasetMutant(Random random, String file, Table base, String kind) {
        Table t = base.copy();
        int r = random.nextInt(t.rows.size());
        List<String> row = t.rows.get(r);
        long line = t.line(r);
        int n = t.columns();
        List<String> header = t.header;
        switch (kind) {
            case "truncated": {
                int keep = 1 + random.nextInt(n - 1);
                row.subList(keep, n).clear();
                return new Mutant("row cut after field " + keep, file, t.bytes(), line, Set.of(header.get(keep)));
            }
            case "extra":
                row.add("surplus");
                return new Mutant("a field too many", file, t.bytes(), line, Set.of(header.get(n - 1)));
            case "missing": {
                int gone = 1 + random.nextInt(n - 2);
                row.remove(gone);
                return new Mutant("field " + header.get(gone) + " left out", file, t.bytes(), line,
                        Set.of(header.get(n - 1)));
            }
            case "badDate": {
                List<String> dates = DATES.getOrDefault(file, List.of("start", "end_exclusive"));
                String column = dates.get(random.nextInt(dates.size()));
                String bad = List.of("2021-02-30", "20210401", "2021-13-01", "yesterday", "2021-4-1")
                        .get(random.nextInt(5));
                row.set(t.column(column), bad);
                return new Mutant(column + " '" + bad + "'", file, t.bytes(), line, Set.of(column));
            }
            case "endBeforeStart": {
                LocalDate start = LocalDate.parse(row.get(t.column("start")));
                LocalDate end = start.minusDays(random.nextInt(2));
                row.set(t.column("end_exclusive"), end.toString());
                return new Mutant("end_exclusive " + end + " not after start " + start, file, t.bytes(), line,
                        Set.of("end_exclusive"));
            }
            case "unknownCode": {
                List<String> columns = CODES.get(file);
                String column = columns.get(random.nextInt(columns.size()));
                row.set(t.column(column), "ZZQ99");
                return new Mutant(column + " ZZQ99, no organisation", file, t.bytes(), line, Set.of(column));
            }
            case "malformedCode":
                row.set(0, List.of("ABCDEFGHIJKL", "A-1", "9").get(random.nextInt(3)));
                return new Mutant("code '" + row.get(0) + "'", file, t.bytes(), line, Set.of("code"));
            case "copy": {
                t.rows.add(r + 1, new ArrayList<>(row));
                return new Mutant("row repeated on the next line", file, t.bytes(), line + 1,
                        Set.of(COPY.getOrDefault(file, "start")));
            }
            case "encoding": {
                int c = nonEmpty(random, row);
                row.set(c, Table.NOT_UTF8 + row.get(c).substring(1));
                return new Mutant("byte 0xE9 in " + header.get(c), file, t.bytes(), line, Set.of(header.get(c)));
            }
            case "strayCr": {
                int c = nonEmpty(random, row);
                row.set(c, row.get(c) + "\rX");
                return new Mutant("carriage return in " + header.get(c), file, t.bytes(), line,
                        Set.of(header.get(c)));
            }
            case "bomInRow":
                row.set(0, "\uFEFF" + row.get(0));
                return new Mutant("byte order mark before " + header.get(0), file, t.bytes(), line,
                        Set.of(header.get(0)));
            case "cycle":
                return cycle(t, file);
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    private static int nonEmpty(Random random, List<String> row) {
        while (true) {
            int c = random.nextInt(row.size());
            if (!row.get(c).isEmpty()) {
                return c;
            }
        }
    }

    /**
     * A link back from a PART_OF target to its source over the same period, where the target has no PART_OF link
     * then and was open all along: the two form a cycle, reported on one of their lines.
     */
    private static Mutant cycle(Table t, String file) {
        int type = t.column("type");
        int code = t.column("code");
        int target = t.column("target");
        int start = t.column("start");
        int end = t.column("end_exclusive");
        for (int r = 0; r < t.rows.size(); r++) {
            List<String> row = t.rows.get(r);
            if (!row.get(type).equals("PART_OF")) {
                continue;
            }
            String b = row.get(target);
            boolean busy = t.rows.stream().anyMatch(x -> x.get(code).equals(b) && x.get(type).equals("PART_OF"));
            var organisation = sampleDataset.organisations().stream().filter(o -> o.code().toString().equals(b))
                    .findFirst().orElseThrow();
            LocalDate s = LocalDate.parse(row.get(start));
            LocalDate e = row.get(end).isEmpty() ? LocalDate.MAX : LocalDate.parse(row.get(end));
            if (busy || !organisation.operationalPeriod().contains(s) || e.isAfter(organisation.operationalPeriod()
                    .end())) {
                continue;
            }
            List<String> back = new ArrayList<>(row);
            back.set(code, b);
            back.set(target, row.get(code));
            t.rows.add(back);
            return new Mutant(b + " PART_OF " + row.get(code) + " back", file, t.bytes(),
                    Set.of(t.line(r), t.line(t.rows.size() - 1)), Set.of("target"));
        }
        return null;
    }

    // -------------------------------------------------------------------------------------------------------------
    // The ODS files, laid over the sample

    private List<Mutant> odsMutants(Random random, OdsFile f) {
        Table base = f.table();
        boolean header = !base.header.isEmpty();
        List<Mutant> out = new ArrayList<>();
        out.add(new Mutant("empty file", f.name(), new byte[0], 1, Set.of()));
        Function<Integer, String> name = c -> header ? base.header.get(c).strip() : "column " + (c + 1);
        List<String> kinds = new ArrayList<>(List.of("extra", "encoding", "strayCr"));
        if (!header) {
            kinds.addAll(List.of("truncated", "missing", "malformedCode", "bomInRow"));
            if (!f.dates().isEmpty()) {
                kinds.add("badDate");
                kinds.add("endBeforeStart");
            }
        } else {
            kinds.addAll(List.of("headerRepeated", "blankRequired"));
        }
        if (f.name().equals("succ.csv")) {
            kinds.add("cycle");
        }
        if (List.of("epraccur.csv", "eccg.csv", "eauth.csv", "etr.csv", "ePCN_PCNDetails.csv").contains(f.name())) {
            kinds.add("copy");
        }
        for (int k = 0; k < kinds.size() + 3; k++) {
            String kind = k < kinds.size() ? kinds.get(k) : kinds.get(random.nextInt(kinds.size()));
            Mutant m = odsMutant(random, f, base.copy(), kind, name);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private static Mutant odsMutant(Random random, OdsFile f, Table t, String kind, Function<Integer, String> name) {
        // Not the first row for a byte order mark: one at the very start of a file is accepted.
        int r = kind.equals("bomInRow") ? 1 + random.nextInt(t.rows.size() - 1) : random.nextInt(t.rows.size());
        List<String> row = t.rows.get(r);
        long line = t.line(r);
        int n = t.columns();
        String file = f.name();
        switch (kind) {
            case "truncated": {
                int keep = 1 + random.nextInt(n - 1);
                row.subList(keep, row.size()).clear();
                return new Mutant("row cut after column " + keep, file, t.bytes(), line,
                        Set.of("column " + (keep + 1)));
            }
            case "extra":
                while (row.size() < n) {
                    row.add("");
                }
                row.add("surplus");
                return new Mutant("a field too many", file, t.bytes(), line, Set.of("column " + (n + 1)));
            case "missing":
                row.remove(1 + random.nextInt(n - 2));
                return new Mutant("a middle field left out", file, t.bytes(), line, Set.of("column " + n));
            case "badDate": {
                List<Integer> columns = new ArrayList<>(f.dates().keySet());
                int c = columns.get(random.nextInt(columns.size()));
                String bad = List.of("20210230", "2021-04-01", "2O210401", "20211301").get(random.nextInt(4));
                row.set(c - 1, bad);
                return new Mutant("column " + c + " '" + bad + "'", file, t.bytes(), line, Set.of(f.dates().get(c)));
            }
            case "endBeforeStart": {
                int startColumn = f.dates().keySet().stream().min(Integer::compare).orElseThrow();
                int endColumn = f.dates().keySet().stream().filter(c -> c == startColumn + 1).findFirst().orElse(-1);
                if (endColumn < 0) {
                    return null;
                }
                LocalDate start = LocalDate.parse(row.get(startColumn - 1), ODS_DATE);
                row.set(endColumn - 1, start.minusDays(1 + random.nextInt(30)).format(ODS_DATE));
                return new Mutant("column " + endColumn + " before column " + startColumn, file, t.bytes(), line,
                        Set.of(f.dates().get(endColumn)));
            }
            case "malformedCode": {
                List<Integer> columns = new ArrayList<>(f.codes().keySet());
                int c = columns.get(random.nextInt(columns.size()));
                row.set(c - 1, List.of("a81001", "A 1", "ABCDEFGHIJKL").get(random.nextInt(3)));
                return new Mutant("column " + c + " '" + row.get(c - 1) + "'", file, t.bytes(), line,
                        Set.of(f.codes().get(c)));
            }
            case "bomInRow":
                row.set(0, "\uFEFF" + row.get(0));
                return new Mutant("byte order mark before column 1", file, t.bytes(), line,
                        Set.of(f.codes().get(1)));
            case "encoding": {
                int c = nonEmpty(random, row);
                row.set(c, Table.NOT_UTF8 + row.get(c).substring(1));
                return new Mutant("byte 0xE9 in column " + (c + 1), file, t.bytes(), line, Set.of("column " + (c + 1)));
            }
            case "strayCr": {
                int c = nonEmpty(random, row);
                row.set(c, row.get(c) + "\rX");
                return new Mutant("carriage return in " + name.apply(c), file, t.bytes(), line,
                        Set.of(name.apply(c)));
            }
            case "headerRepeated": {
                int j = 1 + random.nextInt(t.header.size() - 1);
                String repeated = t.header.get(j - 1);
                t.header.set(j, repeated);
                return new Mutant("header column " + (j + 1) + " repeats " + repeated, file, t.bytes(), 1,
                        Set.of(repeated));
            }
            case "blankRequired": {
                // The columns each reader requires (the partners sheet also has a PCN Name, which it does not read).
                List<String> present = switch (file) {
                    case "ePCN_PCNDetails.csv" -> List.of("PCN Code", "PCN Name", "Open Date");
                    case "ePCN_PCN_Core_Partner_Details.csv" -> List.of("Partner Organisation Code", "PCN Code",
                            "Practice to PCN Relationship Start Date");
                    default -> List.of("PRACTICE_CODE", "SUB_ICB_LOCATION_CODE", "ICB_CODE", "EXTRACT_DATE");
                };
                String column = present.get(random.nextInt(present.size()));
                while (row.size() < t.header.size()) {
                    row.add("");
                }
                row.set(t.column(column), "");
                return new Mutant(column + " blank", file, t.bytes(), line, Set.of(column));
            }
            case "copy": {
                t.rows.add(r + 1, new ArrayList<>(row));
                return new Mutant("row repeated on the next line", file, t.bytes(), line + 1,
                        Set.of(file.startsWith("ePCN") ? "PCN Code" : "organisation code (column 1)"));
            }
            case "cycle": {
                List<String> back = new ArrayList<>(row);
                back.set(0, row.get(1));
                back.set(1, row.get(0));
                t.rows.add(back);
                return new Mutant("the reverse succession appended", file, t.bytes(), t.line(t.rows.size() - 1),
                        Set.of("successor (column 2)"));
            }
            default:
                throw new IllegalArgumentException(kind);
        }
    }
}
