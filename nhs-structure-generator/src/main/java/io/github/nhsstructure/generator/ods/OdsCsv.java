package io.github.nhsstructure.generator.ods;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The CSV layer shared by the readers: UTF-8 text with or without a byte order mark, either line ending, RFC 4180
 * quoting (commons-csv), and the fields of each row with its file and line.
 *
 * <p>This class is immutable and thread-safe.
 */
final class OdsCsv {

    private static final Pattern YYYYMMDD = Pattern.compile("[0-9]{8}");

    private OdsCsv() {
    }

    /** One row of a file, with where it is. */
    record Row(String file, long line, List<String> values, Map<String, Integer> header) {

        Row {
            values = List.copyOf(values);
            header = Map.copyOf(header);
        }

        SourceLine where() {
            return new SourceLine(file, line);
        }

        /** The field in a 1-based column, stripped. */
        String column(int column) {
            if (column < 1 || column > values.size()) {
                throw error("column " + column, "missing: the row has " + values.size() + " fields");
            }
            return values.get(column - 1).strip();
        }

        /** The field under a header name, stripped; blank if the row stops before it (trimmed trailing cells). */
        String get(String name) {
            Integer index = header.get(name);
            if (index == null) {
                throw error(name, "no such column in the header " + new java.util.TreeSet<>(header.keySet()));
            }
            return index < values.size() ? values.get(index).strip() : "";
        }

        /** The field under a header name, which must not be blank. */
        String required(String name) {
            String v = get(name);
            if (v.isEmpty()) {
                throw error(name, "must not be blank");
            }
            return v;
        }

        /** The field in a 1-based column, which must not be blank. */
        String requiredColumn(int column, String field) {
            String v = column(column);
            if (v.isEmpty()) {
                throw error(field, "must not be blank");
            }
            return v;
        }

        /** An optional text field: empty when blank. */
        Optional<String> optional(String text) {
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }

        /** Parses an ODS {@code YYYYMMDD} date; blank gives empty. */
        Optional<LocalDate> date(String text, String field) {
            if (text.isEmpty()) {
                return Optional.empty();
            }
            if (!YYYYMMDD.matcher(text).matches()) {
                throw error(field, "'" + text + "' is not a date (YYYYMMDD)");
            }
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(text.substring(0, 4)),
                        Integer.parseInt(text.substring(4, 6)), Integer.parseInt(text.substring(6, 8))));
            } catch (DateTimeException e) {
                throw error(field, "'" + text + "' is not a date (YYYYMMDD): " + e.getMessage());
            }
        }

        /** Parses a required ODS {@code YYYYMMDD} date. */
        LocalDate requiredDate(String text, String field) {
            return date(text, field).orElseThrow(() -> error(field, "must not be blank"));
        }

        /** Checks that an end date (a last day) is not before a start date. */
        void notBefore(Optional<LocalDate> last, LocalDate first, String field) {
            if (last.isPresent() && last.get().isBefore(first)) {
                throw error(field, last.get() + " is before " + first);
            }
        }

        void expectFields(int count, String layout) {
            if (values.size() != count) {
                throw error(null, "expected " + count + " fields (" + layout + ") but found " + values.size());
            }
        }

        OdsFileException error(@Nullable String field, String problem) {
            return new OdsFileException(file, line, field, problem);
        }
    }

    /**
     * Reads a file as UTF-8 text.
     *
     * @param path  the file, not null
     * @param name  the name used in messages, not null
     * @return the text, not null
     * @throws OdsFileException if the file is missing, unreadable or not UTF-8
     */
    static String text(Path path, String name) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new OdsFileException(name, 0, null, "no such file (looked for " + path.toAbsolutePath() + ")");
        } catch (CharacterCodingException e) {
            throw new OdsFileException(name, 0, null, "not UTF-8 text");
        } catch (IOException e) {
            throw new OdsFileException(name, "cannot be read: " + e, e);
        }
    }

    /**
     * Parses CSV text.
     *
     * @param name  the file name used in messages, not null
     * @param text  the content, not null
     * @param header  whether the first row names the columns
     * @param requiredColumns  the header names the caller needs (checked only if {@code header})
     * @return the data rows, not null
     * @throws OdsFileException if the text is not CSV, or a header is missing, repeated or lacks a column
     */
    static List<Row> parse(String name, String text, boolean header, List<String> requiredColumns) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new StringReader(content);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.RFC4180).get()) {
            Map<String, Integer> names = null;
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (header && names == null) {
                    names = new HashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        String column = values.get(i).strip();
                        if (!column.isEmpty() && names.put(column, i) != null) {
                            throw new OdsFileException(name, 1, column, "column name given twice in the header");
                        }
                    }
                    for (String required : requiredColumns) {
                        if (!names.containsKey(required)) {
                            throw new OdsFileException(name, 1, required, "no such column in the header");
                        }
                    }
                    continue;
                }
                if (values.size() == 1 && values.get(0).isEmpty()) {
                    throw new OdsFileException(name, record.getRecordNumber(), null, "empty line");
                }
                rows.add(new Row(name, record.getRecordNumber(), values, header ? names : Map.of()));
            }
            if (header && names == null) {
                throw new OdsFileException(name, 1, null, "empty file: expected a header row");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new OdsFileException(name, "malformed CSV: " + e.getMessage(), e);
        }
        return rows;
    }
}
