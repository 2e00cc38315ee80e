/**
 * Readers of the standard NHS England ODS extract files, one per format ({@code epraccur} in its classic and 2026
 * layouts, {@code epcmem}, {@code eccg}, {@code eauth}, {@code etr}, {@code ePCN}, {@code succ} and the NHS Digital
 * practice mapping files), from a folder, a zip or a single file; and the overlay that lays an extract over a
 * dataset ({@code NhsStructure.overlay(Path)}), provided to the core as an
 * {@link io.github.nhsstructure.spi.OverlayProvider}.
 *
 * @provides io.github.nhsstructure.spi.OverlayProvider
 * @since 0.1.0
 */
module io.github.nhsstructure.ods {
    requires transitive io.github.nhsstructure;
    requires org.apache.commons.csv;
    requires static transitive org.jspecify;

    exports io.github.nhsstructure.ods;

    provides io.github.nhsstructure.spi.OverlayProvider
            with io.github.nhsstructure.ods.overlay.OdsOverlayProvider;
}
