package io.github.nhsstructure.generator;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.ods.EpraccurReader;
import io.github.nhsstructure.quality.Finding;
import io.github.nhsstructure.quality.FindingType;
import io.github.nhsstructure.quality.StructureChecks;
import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.DatasetReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the bundled dataset of {@code nhs-structure-data} from the raw public extracts kept in this module
 * ({@code nhs-structure-generator/raw}, provenance in {@code raw/SOURCES.md}), following
 * {@code docs/data-format.md}. Each source family adds to one in-memory {@link Model}: regions first, then ICBs,
 * then CCGs and sub-ICB locations, then the national bodies (curated) and the NHS trusts, then the successions
 * between them, and last the ONS codes of them all ({@link OnsCodeSource}); the model is validated and written as
 * sorted CSV files and {@code manifest.properties}, plus the data-quality report. The output is byte-identical on every
 * run from the same inputs.
 *
 * <p>Run with {@code ./mvnw -q -pl nhs-structure-generator -am -Pregenerate compile exec:java} (see DATA.md), or
 * directly with arguments {@code [rawDir] [outDir] [qualityReport]}; the defaults are relative to the repository
 * root.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Generator {

    /** The dataset version written into {@code manifest.properties}. */
    public static final String VERSION = "2026.1";

    /** The default raw folder, relative to the repository root. */
    public static final String DEFAULT_RAW = "nhs-structure-generator/raw";

    /** The default output folder, relative to the repository root. */
    public static final String DEFAULT_OUT = "nhs-structure-data/src/main/resources/io/github/nhsstructure/data";

    /** The default data-quality report, relative to the repository root. */
    public static final String DEFAULT_QUALITY = "nhs-structure-data/data-quality.csv";

    /** The name of the data-quality report file. */
    public static final String QUALITY_FILE = "data-quality.csv";

    /** The command that regenerates the committed dataset, for messages. */
    public static final String REGENERATE_COMMAND =
            "./mvnw -q -pl nhs-structure-generator -am -Pregenerate compile exec:java";

    /**
     * The generated files.
     *
     * @param dataset  the dataset files by name ({@code *.csv}, {@code manifest.properties}), not null
     * @param qualityReport  the content of the data-quality report, not null
     * @since 0.1.0
     */
    public record Output(Map<String, byte[]> dataset, byte[] qualityReport) {
        /**
         * Copies the map.
         */
        public Output {
            dataset = Collections.unmodifiableMap(new LinkedHashMap<>(dataset));
        }
    }

    private Generator() {
    }

    /**
     * Regenerates the dataset.
     *
     * @param args  optional raw folder, output folder and data-quality report path, not null
     */
    public static void main(String[] args) {
        Path raw = Path.of(args.length > 0 ? args[0] : DEFAULT_RAW);
        Path out = Path.of(args.length > 1 ? args[1] : DEFAULT_OUT);
        Path quality = Path.of(args.length > 2 ? args[2] : DEFAULT_QUALITY);
        Output output = generate(raw);
        DatasetWriter.write(out, output.dataset());
        DatasetWriter.write(quality.toAbsolutePath().getParent(),
                Map.of(quality.getFileName().toString(), output.qualityReport()));
        System.out.println("nhs-structure dataset " + VERSION + " written to " + out.toAbsolutePath().normalize()
                + "; data-quality report " + quality.toAbsolutePath().normalize());
    }

    /**
     * Generates the dataset in memory.
     *
     * @param rawDir  the folder holding the raw extracts, not null
     * @return the files, not null
     * @throws RawDataException if a raw file is missing or malformed, naming file, line and field
     * @throws IllegalStateException if the generated data would break the format's rules
     */
    public static Output generate(Path rawDir) {
        QualityReport quality = new QualityReport();
        Model model = new Model();
        Sources.ALL.forEach(model::addSource);
        SystemsSources.ALL.forEach(model::addSource);
        model.addSource(EventsSource.MODEL_SOURCE);

        SuccessionFile succ = SuccessionFile.read(rawDir);
        MappingFiles maps = MappingFiles.read(rawDir);
        CodePairs pairs = maps.pairs(quality);
        Chd chd = Chd.parse(
                Map.of(Sources.CHD_E38_FILE, RawCsv.read(rawDir, Sources.CHD_E38_FILE),
                        Sources.CHD_E39_FILE, RawCsv.read(rawDir, Sources.CHD_E39_FILE),
                        Sources.CHD_E40_FILE, RawCsv.read(rawDir, Sources.CHD_E40_FILE),
                        Sources.CHD_E54_FILE, RawCsv.read(rawDir, Sources.CHD_E54_FILE)),
                Map.of(Sources.CHD_E38_FILE, Sources.CHD_E38, Sources.CHD_E39_FILE, Sources.CHD_E39,
                        Sources.CHD_E40_FILE, Sources.CHD_E40, Sources.CHD_E54_FILE, Sources.CHD_E54));

        List<OdsRecord> eccg = OdsRecord.readEccg(rawDir, Sources.ECCG_FILE);
        List<OdsRecord> eauth = OdsRecord.readEauth(rawDir, Sources.EAUTH_FILE);
        new RegionSource(eauth, eccg, chd, pairs, maps, succ, quality).addTo(model);
        AreaTeamSource areaTeams = new AreaTeamSource(eauth,
                EpraccurReader.read(rawDir.resolve(SystemsSources.EPRACCUR_2019_FILE),
                SystemsSources.EPRACCUR_2019_FILE), chd, pairs, succ,
                quality);
        areaTeams.addTo(model);
        StpSource stps = new StpSource(rawDir, chd, pairs, succ, quality);
        stps.prepare();
        new IcbSource(maps, chd, pairs, succ, quality, stps).addTo(model);
        new CcgSource(eccg, chd, pairs, maps, quality).addTo(model);
        new AreaLinkSource(chd, pairs, areaTeams.pairings(), quality).addTo(model);
        stps.addTo(model);
        new Icb2026Source(rawDir, succ, quality).addTo(model);
        new LocalAuthoritySource(rawDir, quality).addTo(model);
        PrimaryCareChain.addTo(model, rawDir, succ, maps, quality);
        NationalSource.read(rawDir).addTo(model);
        TrustSource.read(rawDir, succ, quality).addTo(model);
        SuccessionCodeSource succOnly = new SuccessionCodeSource(succ, quality);
        succOnly.addTo(model);
        new SuccessionSource(succ, quality).addTo(model);
        new EventsSource(rawDir).addTo(model);
        CommissioningRulesSource.read(rawDir).addTo(model);
        new OnsCodeSource(rawDir, chd, pairs, maps, quality).addTo(model);

        model.validate();
        Map<String, byte[]> files = DatasetWriter.render(model, VERSION);
        addStructureFindings(files, quality, succOnly.codes());
        return new Output(files, DatasetWriter.render(quality));
    }

    /**
     * Loads the generated files with the core's own reader (which validates every row again) and adds what
     * {@link StructureChecks} finds to the report: uncertain names, missing parents, links to closed
     * organisations, organisations open after their successor took over. The placeholder names of the codes only
     * {@code succ.csv} names are counted in one summary line (the source's own summary explains them) instead of
     * one line each.
     */
    private static void addStructureFindings(Map<String, byte[]> files, QualityReport quality,
            Set<String> summarised) {
        Dataset dataset = DatasetReader.read(VERSION, name -> new ByteArrayInputStream(files.get(name)));
        int placeholders = 0;
        for (Finding f : StructureChecks.check(NhsStructure.of(dataset))) {
            if (f.type() == FindingType.UNCERTAIN_NAME && summarised.contains(f.code().value())) {
                placeholders++;
                continue;
            }
            quality.add("(structure checks)", 0, f.code().value(), f.type().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' '), f.period() + ": " + f.detail());
        }
        quality.add("(structure checks)", 0, "", QualityReport.SUMMARY, placeholders + " uncertain names of codes only"
                + " succ.csv names (placeholders, see the succ.csv summary) are not listed one by one");
    }

    /** The dataset file names, in the order written. */
    static List<String> datasetFiles() {
        return List.of("sources.csv", "coverage.csv", "organisations.csv", "names.csv", "kinds.csv",
                "provider_types.csv", "ons_codes.csv", "relationships.csv", "successions.csv", "events.csv",
                "commissioning_rules.csv", "manifest.properties");
    }
}
