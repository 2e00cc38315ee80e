package io.github.nhsstructure;

import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.DatasetReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The fictional test dataset in {@code src/test/resources/fixture} (see its README): found through the test class
 * path, read with the production {@link DatasetReader}.
 */
public final class Fixture {

    /** The version the fixture is read with. */
    public static final String VERSION = "fixture";

    /** The day the CCGs 90A, 90B and 90C merged into 90D and region Y91 split into Y92 and Y93. */
    public static final LocalDate MERGER = LocalDate.of(2020, 4, 1);
    /** The day Q90 became an ICB and 90D a sub-ICB location. */
    public static final LocalDate ICBS = LocalDate.of(2022, 7, 1);
    /** The day practice Z90002 closed (first day closed). */
    public static final LocalDate Z90002_CLOSED = LocalDate.of(2021, 10, 1);

    private Fixture() {
    }

    /**
     * Returns the folder holding the fixture's CSV files.
     *
     * @return the folder, not null
     */
    public static Path folder() {
        URL url = Fixture.class.getResource("/fixture/sources.csv");
        if (url == null) {
            throw new IllegalStateException("fixture/sources.csv is not on the test class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the fixture.
     *
     * @return the dataset, not null
     */
    public static Dataset dataset() {
        return DatasetReader.read(VERSION, folder());
    }

    /**
     * Reads the fixture into a structure.
     *
     * @return the structure, not null
     */
    public static NhsStructure structure() {
        return NhsStructure.of(dataset());
    }

    /**
     * Copies every CSV file of the fixture into a folder, for tests that corrupt one of them.
     *
     * @param target  the folder to copy into, not null
     * @return the folder, not null
     */
    public static Path copyTo(Path target) {
        try {
            for (String file : DatasetReader.FILES) {
                Files.copy(folder().resolve(file), target.resolve(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
