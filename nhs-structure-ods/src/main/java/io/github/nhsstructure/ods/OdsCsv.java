package io.github.nhsstructure.ods;

import io.github.nhsstructure.internal.text.StrictUtf8;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
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
    /** The form of an ODS code in the files: 1 to 10 upper-case letters and digits. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,10}");
    /** Where Commons CSV puts the line of a malformed record in its message. */
    private static final Pattern CSV_LINE = Pattern.compile("\\(line (\\d+)\\)|at line: (\\d+)(?:, position: \\d+)?");

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

        /** An ODS code in a 1-based column: required, 1 to 10 upper-case letters and digits. */
        String code(int column, String field) {
            return checkCode(requiredColumn(column, field), field);
        }

        /** An ODS code under a header name: required, 1 to 10 upper-case letters and digits. */
        String requiredCode(String name) {
            return checkCode(required(name), name);
        }

        private String checkCode(String v, String field) {
            if (!CODE.matcher(v).matches()) {
                throw error(field, "'" + v + "' is not an ODS code (1 to 10 upper-case letters and digits)");
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
                // The first column missing, or the first one too many.
                String column = "column " + (Math.min(values.size(), count) + 1);
                throw error(column, "expected " + count + " fields (" + layout + ") but found " + values.size());
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
     * @throws OdsFileException if the file is missing, unreadable or not UTF-8, saying which and where
     */
    static String text(Path path, String name) {
        return decode(name, bytes(path, name));
    }

    /**
     * Reads a file's bytes, keeping the reason of a failure: no such file, is a directory, permission denied.
     *
     * @param path  the file, not null
     * @param name  the name used in messages, not null
     * @return the bytes, not null
     * @throws OdsFileException if the file cannot be read
     */
    static byte[] bytes(Path path, String name) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new OdsFileException(name, 0, null, ioReason(path, e));
        }
    }

    /**
     * Says why a file could not be read, in words: {@code no such file (looked for /x/y)}, {@code is a directory},
     * {@code permission denied}, or the system's message; never a class name.
     *
     * @param path  the file, not null
     * @param e  the failure, not null
     * @return the reason, not null
     */
    static String ioReason(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file (looked for " + path.toAbsolutePath() + ")";
        }
        if (Files.isDirectory(path)) {
            return "is a directory, not a file (" + path.toAbsolutePath() + ")";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied (" + path.toAbsolutePath() + ")";
        }
        String message = e.getMessage();
        return "cannot be read: " + (message == null || message.isBlank() ? "input/output error" : message);
    }

    /**
     * Decodes UTF-8 bytes strictly: a byte that is not UTF-8 is reported with its line and value, never replaced.
     *
     * @param name  the name used in messages, not null
     * @param bytes  the content, not null
     * @return the text, not null
     * @throws OdsFileException naming the line and the byte if the bytes are not UTF-8
     */
    static String decode(String name, byte[] bytes) {
        return StrictUtf8.decode(bytes, fault -> new OdsFileException(name, fault.line(), fault.field().isPresent()
                ? "column " + (fault.field().getAsInt() + 1) : null, String.format(Locale.ROOT,
                "byte 0x%02X at offset %d is not UTF-8 text (save the file as UTF-8)", fault.value(), fault.offset())));
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
            int width = 0;
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (header && names == null) {
                    names = new HashMap<>();
                    width = values.size();
                    for (int i = 0; i < values.size(); i++) {
                        String column = values.get(i).strip();
                        Integer first = column.isEmpty() ? null : names.put(column, i);
                        if (first != null) {
                            throw new OdsFileException(name, 1, column, "column name given twice in the header"
                                    + " (columns " + (first + 1) + " and " + (i + 1) + ")");
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
                for (int i = 0; i < values.size(); i++) {
                    String v = values.get(i);
                    if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                        throw new OdsFileException(name, record.getRecordNumber(), header && names != null
                                ? headerName(names, i) : "column " + (i + 1),
                                "a field contains a line break (a quote left open, or a stray carriage return)");
                    }
                }
                if (header && values.size() > width) {
                    throw new OdsFileException(name, record.getRecordNumber(), "column " + (width + 1),
                            "expected at most " + width
                            + " fields (the header's) but found " + values.size());
                }
                rows.add(new Row(name, record.getRecordNumber(), values, header ? names : Map.of()));
            }
            if (header && names == null) {
                throw new OdsFileException(name, 1, null, "empty file: expected a header row");
            }
            if (!header && rows.isEmpty()) {
                throw new OdsFileException(name, 1, null, "empty file: expected at least one row");
            }
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV reports a broken quote as an exception whose message holds its own class names.
            String problem = csvProblem(e);
            Matcher m = CSV_LINE.matcher(problem);
            long line = 0;
            if (m.find()) {
                line = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
                problem = m.replaceFirst("").strip();
            }
            throw new OdsFileException(name, line, null, "malformed CSV: " + problem);
        }
        return rows;
    }

    private static String headerName(Map<String, Integer> names, int index) {
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (e.getValue() == index) {
                return e.getKey();
            }
        }
        return "column " + (index + 1);
    }

    /**
     * Turns a Commons CSV failure into words without class names: its messages read like
     * {@code IOException reading next record: java.io.IOException: (line 3) invalid char between encapsulated token
     * and delimiter}.
     */
    static String csvProblem(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage();
        message = message.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error): ?", "");
        message = message.replace("IOException reading next record: ", "");
        return message.isBlank() ? "unreadable CSV" : message.strip();
    }
}
