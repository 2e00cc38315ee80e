/**
 * Readers of the standard NHS England ODS extract files, one per format ({@code epraccur} in its classic and 2026
 * layouts, {@code epcmem}, {@code eccg}, {@code eauth}, {@code etr}, {@code ePCN}, {@code succ} and the NHS Digital
 * practice mapping files), from a folder, a zip or a single file.
 *
 * @since 0.1.0
 */
module io.github.nhsstructure.ods {
    requires transitive io.github.nhsstructure;
    requires org.apache.commons.csv;
    requires static transitive org.jspecify;

    exports io.github.nhsstructure.ods;
}
