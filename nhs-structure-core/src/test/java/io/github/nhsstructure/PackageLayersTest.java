package io.github.nhsstructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.time.DateRange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core in layers (docs/adr/0014-layered-core.md): the package graph of the compiled main classes has no
 * cycle, and each package depends only on packages of lower layers: facts, then the lookup and the SPI, then the
 * engines, then the facade. A new package fails here until it is given its layer below.
 */
class PackageLayersTest {

    private static final String ROOT = "io.github.nhsstructure";

    /**
     * The layers, lowest first, by package name under {@value #ROOT} ({@code ""} is the root package). A package
     * may depend only on packages of strictly lower layers, so packages of one layer never depend on each other.
     */
    private static final Map<String, Set<String>> LAYERS = layers(
            "facts: provenance", Set.of("provenance"),
            "facts: dates", Set.of("time"),
            "facts: organisations, their codes, links and successions", Set.of("organisation"),
            "facts: exceptions; the hot paths and strict UTF-8 (internal)", Set.of("exception", "internal",
                    "internal.text"),
            "facts: coverage, commissioning rules, restructures, overlay differences", Set.of("coverage", "commissioning", "restructure", "overlay"),
            "the engines' lookup", Set.of("lookup"),
            "the SPI", Set.of("spi"),
            "engines", Set.of("commissioner", "rebase", "quality", "chart"),
            "engines built on engines", Set.of("whopays"),
            "facade", Set.of(""));

    /** The SPI is how data reaches the facade: no engine and no fact may read it. */
    private static final Set<String> SPI_READERS = Set.of("");

    private static PackageGraph graph;

    @BeforeAll
    static void scan() throws IOException, URISyntaxException {
        Path classes = Path.of(NhsStructure.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes.resolve("io/github/nhsstructure/NhsStructure.class"))
                .as("the core's compiled classes are a folder")
                .isRegularFile();
        graph = PackageGraph.scan(classes, ROOT);
    }

    @Test
    void theScanSeesTheCoresClassesAndItsKnownDependencies() {
        assertThat(graph.classes()).isGreaterThan(150);
        assertThat(graph.dependencies(ROOT)).contains(ROOT + ".spi", ROOT + ".lookup", ROOT + ".restructure");
        assertThat(graph.dependencies(ROOT + ".whopays")).contains(ROOT + ".commissioner", ROOT + ".lookup");
        assertThat(graph.dependencies(ROOT + ".organisation")).contains(ROOT + ".time", ROOT + ".provenance");
        assertThat(graph.dependencies(ROOT + ".provenance")).isEmpty();
    }

    @Test
    void theCoreHasNoPackageCycles() {
        assertThat(graph.cycles()).as("package cycles (tangles %s) in\n%s", graph.tangles(), graph).isEmpty();
    }

    @Test
    void everyPackageHasItsLayerAndEveryLayeredPackageExists() {
        Set<String> layered = new TreeSet<>();
        LAYERS.values().forEach(ps -> ps.forEach(p -> layered.add(qualified(p))));
        assertThat(graph.packages())
                .as("a package not given a layer in %s, or a layer naming a package that no longer exists",
                        PackageLayersTest.class.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(layered);
    }

    @Test
    void eachPackageDependsOnlyOnLowerLayers() {
        List<String> violations = new ArrayList<>();
        for (String from : graph.packages()) {
            int layer = layerOf(from);
            for (String to : graph.dependencies(from)) {
                if (layerOf(to) >= layer) {
                    violations.add(from + " -> " + to + " (" + layerName(layer) + " -> " + layerName(layerOf(to))
                            + ")");
                }
            }
        }
        assertThat(violations).as("dependencies on the same or a higher layer").isEmpty();
    }

    @Test
    void onlyTheFacadeReadsTheSpi() {
        List<String> readers = new ArrayList<>();
        for (String p : graph.packages()) {
            if (graph.dependencies(p).contains(ROOT + ".spi")) {
                readers.add(p);
            }
        }
        assertThat(readers).containsExactlyInAnyOrderElementsOf(SPI_READERS.stream().map(p -> qualified(p)).toList());
    }

    @Test
    void aCycleIsReportedAsAClosedPathAndALayerViolationIsSeen() {
        PackageGraph cyclic = PackageGraph.of(Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"), "d", Set.of(), "e", Set.of("a")));
        assertThat(cyclic.cycles()).containsExactly(List.of("a", "b", "c", "a"));
        assertThat(cyclic.tangles()).containsExactly(new TreeSet<>(Set.of("a", "b", "c")));
        assertThat(PackageGraph.of(Map.of("a", Set.of("b"), "b", Set.of())).cycles()).isEmpty();
    }

    /** A class whose constant pool names {@link DateRange} only in a generic signature, and the SPI only in text. */
    static final class Sample {
        final List<DateRange> ranges = List.of();
        final String text = "Lio/github/nhsstructure/spi/Dataset;";
    }

    @Test
    void referencesComeFromClassEntriesDescriptorsAndSignaturesButNotFromStrings() throws IOException {
        byte[] bytes;
        try (InputStream in = Objects.requireNonNull(
                Sample.class.getResourceAsStream("PackageLayersTest$Sample.class"), "Sample.class")) {
            bytes = in.readAllBytes();
        }
        assertThat(PackageGraph.referencedClasses(bytes, "Sample.class"))
                .contains("io/github/nhsstructure/time/DateRange", "java/util/List", "java/lang/String")
                .doesNotContain("io/github/nhsstructure/spi/Dataset");
    }

    @Test
    void aFileThatIsNotAClassFileIsRefused() throws IOException {
        Path temp = Files.createTempFile("not-a-class", ".class");
        try {
            Files.writeString(temp, "hello");
            org.assertj.core.api.Assertions.assertThatIOException()
                    .isThrownBy(() -> PackageGraph.referencedClasses(Files.readAllBytes(temp), "x.class"))
                    .withMessage("x.class: not a class file");
        } finally {
            Files.delete(temp);
        }
    }

    private static Map<String, Set<String>> layers(Object... nameThenPackages) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < nameThenPackages.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<String> packages = (Set<String>) nameThenPackages[i + 1];
            out.put((String) nameThenPackages[i], packages);
        }
        return out;
    }

    private static String qualified(String p) {
        return p.isEmpty() ? ROOT : ROOT + "." + p;
    }

    private static int layerOf(String pkg) {
        int i = 0;
        for (Set<String> ps : LAYERS.values()) {
            for (String p : ps) {
                if (qualified(p).equals(pkg)) {
                    return i;
                }
            }
            i++;
        }
        throw new AssertionError(pkg + " has no layer");
    }

    private static String layerName(int layer) {
        return List.copyOf(LAYERS.keySet()).get(layer);
    }
}
