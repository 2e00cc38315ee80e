package io.github.nhsstructure.spi;

/**
 * A source of structure data, found through {@link java.util.ServiceLoader} or passed to
 * {@code NhsStructure.from(provider)}.
 *
 * <p>This is the nhs-structure counterpart of {@code java.time.zone.ZoneRulesProvider}. The
 * {@code nhs-structure-data} module registers one in {@code META-INF/services}; {@code NhsStructure.bundled()}
 * uses the registered provider with the highest {@link #priority()}. A provider loads its data once per call of
 * {@link #load()}; the caller keeps the result.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1.0
 */
public interface StructureDataProvider {

    /**
     * Returns a short name for messages, such as {@code bundled}.
     *
     * @return the name, not null
     */
    String name();

    /**
     * Returns the priority among registered providers; the highest wins. The bundled provider has 0.
     *
     * @return the priority
     */
    default int priority() {
        return 0;
    }

    /**
     * Loads and validates the dataset.
     *
     * @return the dataset, not null
     * @throws io.github.nhsstructure.exception.DatasetException if the data is missing, malformed or inconsistent; the
     *     message names the file, line and field
     */
    Dataset load();
}
