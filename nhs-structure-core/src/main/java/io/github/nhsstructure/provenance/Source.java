package io.github.nhsstructure.provenance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One raw public input the dataset was built from, such as the ODS {@code eccg.csv} extract.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the short stable id used by {@link Provenance#sourceIds()}, such as {@code ods-eccg-2025}, not blank
 * @param title  a human-readable title, not blank
 * @param publisher  the publisher of the data, such as {@code NHS England ODS}, not blank
 * @param extractDate  the date the extract speaks for (its "data as at" date), not null
 * @param licence  the licence of the data, such as {@code OGL-3.0}, not blank
 * @param origin  where the project's copy came from (repository, commit, path, or a citation), not blank
 * @since 0.1.0
 */
public record Source(String id, String title, String publisher, LocalDate extractDate, String licence, String origin) {

    /**
     * Validates.
     *
     * @param id  the short stable id used by {@link Provenance#sourceIds()}, such as {@code ods-eccg-2025}, not blank
     * @param title  a human-readable title, not blank
     * @param publisher  the publisher of the data, such as {@code NHS England ODS}, not blank
     * @param extractDate  the date the extract speaks for (its "data as at" date), not null
     * @param licence  the licence of the data, such as {@code OGL-3.0}, not blank
     * @param origin  where the project's copy came from (repository, commit, path, or a citation), not blank
     * @throws IllegalArgumentException if a text field is blank
     */
    public Source {
        requireText(id, "id");
        requireText(title, "title");
        requireText(publisher, "publisher");
        Objects.requireNonNull(extractDate, "extractDate");
        requireText(licence, "licence");
        requireText(origin, "origin");
    }

    private static void requireText(String value, String field) {
        if (Objects.requireNonNull(value, field).isBlank()) {
            throw new IllegalArgumentException("source " + field + " must not be blank");
        }
    }
}
