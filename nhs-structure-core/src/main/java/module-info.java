/**
 * The typed, dated model of the English NHS structure, in layers (docs/adr/0014-layered-core.md): the facts
 * (organisations with their links and successions, dates, provenance, coverage, commissioning rules, restructures,
 * exceptions); the engines (re-basing, commissioning, Who Pays?, data quality, charts), which read the data through
 * {@link io.github.nhsstructure.lookup.StructureLookup}; the service provider interface
 * ({@link io.github.nhsstructure.spi.StructureDataProvider}) through which data arrives; and on top
 * {@link io.github.nhsstructure.NhsStructure}.
 *
 * <p>The data itself is a separate module: put {@code io.github.nhsstructure.data} (artifact
 * {@code nhs-structure-data}) on the module path or the class path and {@link
 * io.github.nhsstructure.NhsStructure#bundled()} finds it through {@link java.util.ServiceLoader}; a consumer needs
 * only {@code requires io.github.nhsstructure;}.
 *
 * <p>Every package is exported except {@code io.github.nhsstructure.internal}, which holds the null-returning
 * fast forms of lookups used by the library's own hot paths, and {@code io.github.nhsstructure.internal.text}
 * (strict UTF-8 decoding that names where a bad byte stands), which is exported only to
 * {@code io.github.nhsstructure.ods} and {@code io.github.nhsstructure.examples}, whose extract reader and command
 * line use it too.
 *
 * <p>Guava and Apache Commons CSV are used inside and never appear in the API, so they are read, not re-exported.
 * The JSpecify nullness annotations are needed only to compile: {@code requires static transitive} lets a
 * consumer's nullness checker see them without making them a run-time dependency.
 *
 * <p>Newer extract files are laid over a structure by an {@link io.github.nhsstructure.spi.OverlayProvider}, also
 * found through {@link java.util.ServiceLoader}: {@code io.github.nhsstructure.ods} (artifact
 * {@code nhs-structure-ods}) provides one for the standard ODS files.
 *
 * @uses io.github.nhsstructure.spi.StructureDataProvider
 * @uses io.github.nhsstructure.spi.OverlayProvider
 * @since 0.1.0
 */
// The modules a package is exported to are built after this one.
@SuppressWarnings("module")
module io.github.nhsstructure {
    requires com.google.common;
    requires org.apache.commons.csv;
    requires de.siegmar.fastcsv;
    requires static transitive org.jspecify;

    exports io.github.nhsstructure;
    exports io.github.nhsstructure.chart;
    exports io.github.nhsstructure.commissioner;
    exports io.github.nhsstructure.commissioning;
    exports io.github.nhsstructure.coverage;
    exports io.github.nhsstructure.exception;
    exports io.github.nhsstructure.lookup;
    exports io.github.nhsstructure.organisation;
    exports io.github.nhsstructure.overlay;
    exports io.github.nhsstructure.provenance;
    exports io.github.nhsstructure.quality;
    exports io.github.nhsstructure.rebase;
    exports io.github.nhsstructure.restructure;
    exports io.github.nhsstructure.spi;
    exports io.github.nhsstructure.time;
    exports io.github.nhsstructure.whopays;
    exports io.github.nhsstructure.internal.text to io.github.nhsstructure.ods, io.github.nhsstructure.examples;

    uses io.github.nhsstructure.spi.StructureDataProvider;
    uses io.github.nhsstructure.spi.OverlayProvider;
}
