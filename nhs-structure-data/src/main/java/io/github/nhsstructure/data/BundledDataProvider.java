package io.github.nhsstructure.data;

import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.DatasetBinary;
import io.github.nhsstructure.spi.DatasetReader;
import io.github.nhsstructure.spi.StructureDataProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The provider of the dataset bundled in this jar, registered in {@code META-INF/services} so that
 * {@code NhsStructure.bundled()} finds it without configuration.
 *
 * <p>The resources live under {@value #FOLDER}. The CSV files are the reviewed source; {@code manifest.properties}
 * gives the dataset version and the SHA-256 of every CSV file. At build time {@link DatasetCompiler} checks the
 * digests, reads the files with {@link DatasetReader}, which validates every row (errors name the file, line and
 * field), and writes the compiled dataset {@value #COMPILED} ({@link DatasetBinary}). {@link #load()} reads only
 * that: no CSV is parsed, hashed or validated at start.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BundledDataProvider implements StructureDataProvider {

    /** The classpath folder of the resources. */
    public static final String FOLDER = "io/github/nhsstructure/data/";

    /** The name of the manifest resource. */
    static final String MANIFEST = "manifest.properties";

    /** The name of the compiled dataset resource, written at build time by {@link DatasetCompiler}. */
    static final String COMPILED = "dataset.bin";

    /** The manifest format this provider reads. */
    static final int FORMAT = 1;

    private final DatasetReader.ResourceOpener opener;

    /** Creates the provider of the bundled resources; called by {@link java.util.ServiceLoader}. */
    public BundledDataProvider() {
        // A class, not a method reference: the first lambda of a program costs milliseconds at start.
        this(new Bundled());
    }

    /** Creates a provider reading the same files from elsewhere; for tests of the checks. */
    BundledDataProvider(DatasetReader.ResourceOpener opener) {
        this.opener = opener;
    }

    @Override
    public String name() {
        return "bundled";
    }

    /**
     * Reads the compiled dataset, written at build time from the checked CSV files.
     *
     * @return the dataset, not null
     * @throws DatasetException if the compiled resource is missing or not of this format
     */
    @Override
    public Dataset load() {
        try (InputStream in = open(COMPILED)) {
            return DatasetBinary.read(in, COMPILED);
        } catch (IOException e) {
            throw new DatasetException(COMPILED + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the source CSV files, refusing any whose SHA-256 differs from the manifest's, and validates every
     * row: what {@link DatasetCompiler} compiles.
     *
     * @return the validated dataset, not null
     * @throws DatasetException if the manifest, a digest or a row is wrong, naming the file, line and field
     */
    Dataset loadSource() {
        Manifest manifest = Manifest.read(open(MANIFEST));
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : DatasetReader.FILES) {
            byte[] bytes = readAll(file);
            String expected = manifest.files().get(file);
            if (expected == null) {
                throw new DatasetException(MANIFEST, 0, "sha256",
                        file + " is not listed; regenerate the data (see DATA.md)");
            }
            String actual = sha256(bytes);
            if (!actual.equals(expected)) {
                throw new DatasetException(MANIFEST, 0, "sha256." + file,
                        "SHA-256 mismatch: manifest says " + expected + " but the resource has " + actual
                                + "; the resource was edited by hand or is corrupt: regenerate (see DATA.md)");
            }
            files.put(file, bytes);
        }
        TreeSet<String> extra = new TreeSet<>(manifest.files().keySet());
        extra.removeAll(files.keySet());
        if (!extra.isEmpty()) {
            throw new DatasetException(MANIFEST, 0, "sha256", "lists unknown files " + extra);
        }
        return DatasetReader.read(manifest.version(), name -> new ByteArrayInputStream(files.get(name)));
    }

    /**
     * Returns the dataset version written in the manifest, without loading the data.
     *
     * @return the version, not null
     * @throws DatasetException if the manifest is missing or malformed
     */
    public static String manifestVersion() {
        return Manifest.read(new BundledDataProvider().open(MANIFEST)).version();
    }

    /** Opens the bundled resources on the class path. */
    private static final class Bundled implements DatasetReader.ResourceOpener {
        @Override
        public InputStream open(String file) throws IOException {
            // concat, not +, whose first use costs start-up time (an invokedynamic bootstrap)
            InputStream in = BundledDataProvider.class.getClassLoader().getResourceAsStream(FOLDER.concat(file));
            if (in == null) {
                throw new java.io.FileNotFoundException(FOLDER + file + " on the class path");
            }
            return in;
        }
    }

    private InputStream open(String file) {
        try {
            return opener.open(file);
        } catch (IOException e) {
            throw new DatasetException(file, 0, null, "missing resource: " + e.getMessage());
        }
    }

    private byte[] readAll(String file) {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The parsed manifest: {@code manifest.properties}. */
    record Manifest(String version, Map<String, String> files) {

        private static final String DIGEST = "sha256.";

        static Manifest read(InputStream in) {
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new DatasetException(MANIFEST + ": malformed: " + e.getMessage(), e);
            }
            String format = required(p, "format");
            if (!format.equals(String.valueOf(FORMAT))) {
                throw new DatasetException(MANIFEST, 0, "format",
                        "format " + format + " is not supported (expected " + FORMAT + ")");
            }
            String version = required(p, "version");
            Map<String, String> files = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith(DIGEST)) {
                    files.put(key.substring(DIGEST.length()), p.getProperty(key).strip());
                }
            }
            return new Manifest(version, files);
        }

        private static String required(Properties p, String key) {
            String value = p.getProperty(key, "").strip();
            if (value.isEmpty()) {
                throw new DatasetException(MANIFEST, 0, key, "missing");
            }
            return value;
        }
    }
}
