package io.github.nhsstructure.ods;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The layout of a headerless ODS file whose rows all have one number of fields and each give one record: what the
 * readers of {@code eauth.csv}, {@code eccg.csv}, {@code etr.csv}, {@code epcmem.csv}, {@code succ.csv} and both
 * {@code epraccur.csv} layouts share. Each reader states only its number of fields, its layout's name and how a row
 * becomes a record.
 *
 * <p>This class is immutable and thread-safe if the record function is.
 *
 * @param <T>  the type of the records
 * @param fields  the number of fields of every row, positive
 * @param name  the layout's name for messages, such as {@code ODS etr layout}, not null
 * @param record  makes a row's record, throwing an {@link OdsFileException} naming the field if one is malformed,
 *     not null
 */
record FixedLayout<T>(int fields, String name, Function<OdsCsv.Row, T> record) {

    FixedLayout {
        if (fields < 1) {
            throw new IllegalArgumentException("fields must be positive: " + fields);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(record, "record");
    }

    /** Reads a file; {@code file} is the name used in messages. */
    List<T> read(Path path, String file) {
        return parse(file, OdsCsv.text(path, file));
    }

    /** Reads a file of an extract folder or zip. */
    List<T> read(ExtractFile file) {
        return parse(file.name(), file.text());
    }

    /** Parses the text of a file, checking each row's number of fields; {@code file} is the name for messages. */
    List<T> parse(String file, String text) {
        List<T> out = new ArrayList<>();
        for (OdsCsv.Row r : OdsCsv.parse(file, text, false, List.of())) {
            r.expectFields(fields, name);
            out.add(record.apply(r));
        }
        return out;
    }
}
