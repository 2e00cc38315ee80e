/**
 * JSON for the values of the nhs-structure API, through Jackson 3: {@link io.github.nhsstructure.json.NhsJson}
 * gives a mapper that writes and reads organisations, relationships, changes, restructures, successors,
 * commissioning answers, Who Pays? determinations and re-base summaries with stable, documented field names
 * ({@code docs/json.md}).
 *
 * <p>Jackson appears in this module's API (the mapper and the module), so it is required transitively; the core
 * module never sees it.
 *
 * @since 0.1.0
 */
module io.github.nhsstructure.json {
    requires transitive io.github.nhsstructure;
    requires transitive tools.jackson.databind;
    requires static transitive org.jspecify;

    exports io.github.nhsstructure.json;
}
