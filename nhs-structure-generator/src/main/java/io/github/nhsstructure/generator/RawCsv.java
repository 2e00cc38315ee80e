package io.github.nhsstructure.generator;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the raw CSV inputs (RFC 4180, either line ending, UTF-8 with or without a byte order mark) with
 * commons-csv.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RawCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private RawCsv() {
    }

    /** Reads a file that has no header row, such as the ODS downloads. */
    static List<RawRow> headerless(Path rawDir, String file) {
        return parse(file, read(rawDir, file), false);
    }

    /** Reads a file whose first row names the columns. */
    static List<RawRow> withHeader(Path rawDir, String file) {
        return parse(file, read(rawDir, file), true);
    }

    /**
     * Parses CSV text.
     *
     * @param file  the file name used in messages, not null
     * @param text  the content, not null
     * @param header  whether the first row is a header
     * @return the data rows, not null
     */
    static List<RawRow> parse(String file, String text, boolean header) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<RawRow> rows = new ArrayList<>();
        try (Reader reader = new StringReader(content);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Map<String, Integer> names = null;
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (header && names == null) {
                    names = new HashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        names.put(values.get(i).strip(), i);
                    }
                    continue;
                }
                rows.add(new RawRow(file, record.getRecordNumber(), values, header ? names : Map.of()));
            }
            if (header && names == null) {
                throw new RawDataException(file, 1, null, "empty file: expected a header row");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RawDataException(file + ": malformed CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    static String read(Path rawDir, String file) {
        try {
            return Files.readString(rawDir.resolve(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RawDataException(file, 0, null, "missing (looked in " + rawDir.toAbsolutePath() + ")");
        } catch (IOException e) {
            throw new RawDataException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
