package io.github.nhsstructure.spi;

import io.github.nhsstructure.overlay.StructureDiff;
import java.util.Objects;

/**
 * What an {@link OverlayProvider} returns: the dataset with the extracts laid over it, and the difference they
 * made.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param dataset  the validated dataset with the extracts laid over it, not null
 * @param diff  what the extracts added, closed, renamed, moved and contradicted, not null
 * @since 0.1.0
 */
public record OverlaidDataset(Dataset dataset, StructureDiff diff) {

    /**
     * Validates.
     *
     * @param dataset  the validated dataset with the extracts laid over it, not null
     * @param diff  what the extracts added, closed, renamed, moved and contradicted, not null
     */
    public OverlaidDataset {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(diff, "diff");
    }
}
