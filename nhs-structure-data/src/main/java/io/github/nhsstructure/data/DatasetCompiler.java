package io.github.nhsstructure.data;

import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.DatasetBinary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Compiles the bundled CSV files into the binary resource {@code dataset.bin} at build time: checks every file's
 * SHA-256 against {@code manifest.properties}, validates every row ({@link io.github.nhsstructure.spi.DatasetReader})
 * and writes {@link DatasetBinary}. The data module's build runs it in {@code process-classes}; the same CSV
 * files always give the same bytes.
 *
 * <p>{@code DatasetCompiler SOURCE_FOLDER OUTPUT_FILE}. A check that fails prints the file, line and field and
 * fails the build.
 *
 * <p>This class is not instantiable.
 *
 * @since 0.1.0
 */
public final class DatasetCompiler {

    private DatasetCompiler() {
    }

    /**
     * Compiles.
     *
     * @param args  the folder of the CSV files and manifest, and the file to write
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DatasetCompiler SOURCE_FOLDER OUTPUT_FILE");
        }
        Path folder = Path.of(args[0]);
        Path output = Path.of(args[1]);
        compile(folder, output);
    }

    /**
     * Reads, checks and compiles the CSV files of a folder.
     *
     * @param folder  the folder of the CSV files and {@code manifest.properties}, not null
     * @param output  the compiled file to write, not null
     * @return the dataset compiled, not null
     * @throws IOException if a file cannot be read or written
     */
    static Dataset compile(Path folder, Path output) throws IOException {
        Dataset dataset = new BundledDataProvider(name -> Files.newInputStream(folder.resolve(name))).loadSource();
        Files.createDirectories(output.toAbsolutePath().getParent());
        Path temporary = output.resolveSibling(output.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                DatasetBinary.write(dataset, out);
            }
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return dataset;
    }
}
