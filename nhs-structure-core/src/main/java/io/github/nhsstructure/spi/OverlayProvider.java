package io.github.nhsstructure.spi;

import java.nio.file.Path;

/**
 * Lays newer extract files over a dataset, found through {@link java.util.ServiceLoader} by
 * {@code NhsStructure.overlay(Path)}.
 *
 * <p>The core reads no extract format itself: the module {@code io.github.nhsstructure.ods} (artifact
 * {@code nhs-structure-ods}) provides one that reads the standard NHS England ODS files. The rule every provider
 * follows is in {@code docs/adr/0012-overlay.md}: on the dates the dataset covers for a kind, the dataset's facts
 * stand and every disagreement is reported as a contradiction naming both sources; from the first day the dataset
 * does not speak for, the extract's facts are laid over it; every overlaid fact carries the extract file as its
 * source.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1.0
 */
public interface OverlayProvider {

    /**
     * Returns a short name for messages, such as {@code ods}.
     *
     * @return the name, not null
     */
    String name();

    /**
     * Reads the extract files at a path and lays them over a dataset.
     *
     * @param base  the dataset to lay the extracts over, not null
     * @param extracts  a folder, a zip or a single file of extracts, not null
     * @return the new dataset and what the extracts changed and contradicted, not null
     * @throws io.github.nhsstructure.exception.ExtractException if a file cannot be read or a row cannot be used; the
     *     message names the file, line and field
     */
    OverlaidDataset overlay(Dataset base, Path extracts);
}
