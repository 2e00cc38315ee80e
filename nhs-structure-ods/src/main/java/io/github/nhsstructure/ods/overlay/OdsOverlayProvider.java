package io.github.nhsstructure.ods.overlay;

import io.github.nhsstructure.ods.ExtractFolder;
import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.OverlaidDataset;
import io.github.nhsstructure.spi.OverlayProvider;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Lays the standard ODS files of an extract ({@code eccg.csv}, {@code etr.csv}, {@code eauth.csv}, the ePCN
 * sheets, {@code epraccur.csv}, {@code epcmem.csv}, {@code succ.csv}) over a dataset, by the rule of ADR 12
 * ({@code docs/adr/0012-overlay.md}); registered with {@link java.util.ServiceLoader} for
 * {@code NhsStructure.overlay(Path)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OdsOverlayProvider implements OverlayProvider {

    /**
     * Creates the provider; {@link java.util.ServiceLoader} calls this.
     */
    public OdsOverlayProvider() {
    }

    @Override
    public String name() {
        return "ods";
    }

    @Override
    public OverlaidDataset overlay(Dataset base, Path extracts) {
        Objects.requireNonNull(base, "base");
        return new Overlay(base, ExtractFolder.open(Objects.requireNonNull(extracts, "extracts"))).run();
    }
}
