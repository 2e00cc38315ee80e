/**
 * The bundled English NHS structure dataset, provided to {@code io.github.nhsstructure} as a {@link
 * io.github.nhsstructure.spi.StructureDataProvider} ({@link io.github.nhsstructure.data.BundledDataProvider}).
 *
 * <p>The package is opened so that the dataset's resources, which live in it, can be read through the class
 * loader; {@code META-INF/services} registers the same provider for the class path.
 *
 * <p>The data is public sector information licensed under the Open Government Licence v3.0 (see
 * {@code META-INF/NOTICE}).
 *
 * @provides io.github.nhsstructure.spi.StructureDataProvider
 * @since 0.1.0
 */
module io.github.nhsstructure.data {
    requires transitive io.github.nhsstructure;

    exports io.github.nhsstructure.data;
    opens io.github.nhsstructure.data;

    provides io.github.nhsstructure.spi.StructureDataProvider
            with io.github.nhsstructure.data.BundledDataProvider;
}
