/**
 * FHIR R4 export of the structure: any organisation on a date, and the whole structure on a date, as HAPI FHIR
 * {@code Organization} and {@code OrganizationAffiliation} resources with ODS identifiers and roles
 * ({@link io.github.nhsstructure.fhir.FhirExport}); the systems and extensions used are listed in
 * {@link io.github.nhsstructure.fhir.FhirUris}.
 *
 * <p>Optional: it depends on HAPI FHIR ({@code ca.uhn.hapi.fhir:hapi-fhir-structures-r4}), which the core does not.
 * Design: {@code docs/adr/0013-fhir-and-spark.md}.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.nhsstructure.fhir;

import org.jspecify.annotations.NullMarked;
