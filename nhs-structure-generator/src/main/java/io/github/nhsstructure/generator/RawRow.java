package io.github.nhsstructure.generator;

import io.github.nhsstructure.ods.SourceLine;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a raw CSV file, remembered with its file and line so that every problem can be reported where
 * it is.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file  the file, relative to the raw folder, not null
 * @param line  the line number, 1-based (the files have no line breaks inside fields)
 * @param values  the fields, not null
 * @param header  column name to index for files with a header row; empty for the headerless ODS files
 */
record RawRow(String file, long line, List<String> values, Map<String, Integer> header) {

    RawRow {
        values = List.copyOf(values);
        header = Map.copyOf(header);
    }

    /** The field in a 1-based column, as the ODS file specifications number them. */
    String column(int column) {
        if (column < 1 || column > values.size()) {
            throw error("column " + column, "missing: the row has " + values.size() + " fields");
        }
        return values.get(column - 1);
    }

    /** The field under a header name. */
    String get(String name) {
        Integer index = header.get(name);
        if (index == null) {
            throw error(name, "no such column in the header " + header.keySet());
        }
        if (index >= values.size()) {
            throw error(name, "missing: the row has " + values.size() + " fields");
        }
        return values.get(index);
    }

    /** The field under a header name, which must not be blank. */
    String required(String name) {
        String v = get(name).strip();
        if (v.isEmpty()) {
            throw error(name, "must not be blank");
        }
        return v;
    }

    RawDataException error(@Nullable String field, String problem) {
        return new RawDataException(file, line, field, problem);
    }

    /** The file and line, as the readers of {@code io.github.nhsstructure.ods} give them. */
    SourceLine source() {
        return new SourceLine(file, line);
    }

    /** {@code file:line}, for reports. */
    String where() {
        return file + ":" + line;
    }
}
