package io.github.nhsstructure.ods;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The ODS files of one extract, from a folder, a zip or a single file: at most one file of each {@link OdsFormat},
 * found by its name.
 *
 * <p>A folder is searched with its sub-folders; a zip found there is opened too. A file whose name ends in
 * {@code .csv} must be one of the formats ({@code epraccur.csv}, {@code etr.csv}, ...; case is ignored): any other
 * CSV file is an error, so that nothing the caller meant to lay over the data is dropped without a word. Files of
 * other types (a PDF specification, a read-me) and hidden files (their name starting with a dot, such as the
 * {@code __MACOSX/._epraccur.csv} entries of some zips) are not read. Two files of one format are an error naming
 * both.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ExtractFolder {

    private final Path path;
    private final Map<OdsFormat, ExtractFile> files;

    private ExtractFolder(Path path, Map<OdsFormat, ExtractFile> files) {
        this.path = path;
        this.files = Collections.unmodifiableMap(new EnumMap<>(files));
    }

    /**
     * Opens a folder, a zip or a single CSV file and reads the bytes of every file of a known format.
     *
     * @param path  the folder, zip or file, not null
     * @return the extract, not null
     * @throws OdsFileException naming the file if the path is missing or unreadable, a zip is malformed, a CSV file
     *     is of no known format, or two files have one format
     */
    public static ExtractFolder open(Path path) {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new OdsFileException(name, 0, null, "no such file or folder (looked for "
                    + path.toAbsolutePath() + ")");
        }
        Map<OdsFormat, ExtractFile> found = new EnumMap<>(OdsFormat.class);
        if (Files.isDirectory(path)) {
            List<Path> all;
            try (Stream<Path> walk = Files.walk(path)) {
                all = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
            } catch (IOException | java.io.UncheckedIOException e) {
                IOException cause = e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause();
                throw new OdsFileException(name, 0, null, OdsCsv.ioReason(path, cause));
            }
            for (Path p : all) {
                String shown = path.relativize(p).toString().replace('\\', '/');
                addFile(found, p, name.endsWith("/") ? name + shown : name + "/" + shown);
            }
        } else {
            addFile(found, path, name);
        }
        if (found.isEmpty()) {
            throw new OdsFileException(name, 0, null, "holds none of the files this library reads ("
                    + knownNames() + ")");
        }
        return new ExtractFolder(path, found);
    }

    private static void addFile(Map<OdsFormat, ExtractFile> found, Path file, String shown) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.startsWith(".")) {
            return;
        }
        if (lower.endsWith(".zip")) {
            readZip(found, file, shown);
        } else if (lower.endsWith(".csv")) {
            add(found, shown, OdsCsv.bytes(file, shown));
        }
    }

    private static void readZip(Map<OdsFormat, ExtractFile> found, Path zip, String shown) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(z.entries());
            for (ZipEntry e : entries) {
                String entry = e.getName();
                String base = entry.substring(entry.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                if (e.isDirectory() || base.startsWith(".") || entry.startsWith("__MACOSX/")
                        || !base.endsWith(".csv")) {
                    continue;
                }
                try (InputStream in = z.getInputStream(e)) {
                    add(found, shown + "!" + entry, in.readAllBytes());
                }
            }
        } catch (ZipException e) {
            throw new OdsFileException(shown, 0, null, "not a readable zip archive"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (NoSuchFileException e) {
            throw new OdsFileException(shown, 0, null, OdsCsv.ioReason(zip, e));
        } catch (IOException e) {
            throw new OdsFileException(shown, 0, null, OdsCsv.ioReason(zip, e));
        }
    }

    private static void add(Map<OdsFormat, ExtractFile> found, String shown, byte[] bytes) {
        OdsFormat format = OdsFormat.ofFileName(shown).orElseThrow(() -> new OdsFileException(shown, 0, null,
                "not a file this library reads: a CSV file must be named as one of " + knownNames()));
        ExtractFile before = found.get(format);
        if (before != null) {
            throw new OdsFileException(shown, 0, null, "a second " + format.fileName() + " (the first is "
                    + before.name() + "): give one extract of each file");
        }
        found.put(format, ExtractFile.of(shown, format, bytes));
    }

    private static String knownNames() {
        List<String> names = new ArrayList<>();
        for (OdsFormat f : OdsFormat.values()) {
            names.add(f.fileName());
        }
        return String.join(", ", names);
    }

    /**
     * Returns the path opened.
     *
     * @return the folder, zip or file, not null
     */
    public Path path() {
        return path;
    }

    /**
     * Returns the file of a format.
     *
     * @param format  the format, not null
     * @return the file, or empty if the extract has none
     */
    public Optional<ExtractFile> file(OdsFormat format) {
        return Optional.ofNullable(files.get(format));
    }

    /**
     * Returns every file found, in the order of {@link OdsFormat}.
     *
     * @return the files, not null
     */
    public List<ExtractFile> files() {
        return List.copyOf(files.values());
    }

    /**
     * Outputs the path and the files.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "ExtractFolder[" + path + ": " + files.values() + "]";
    }
}
