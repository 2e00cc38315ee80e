package io.github.nhsstructure.generator;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the project's own curated input files under {@code raw/curated/}: CSV (RFC 4180) whose lines starting with
 * {@code #} are comments and whose blank lines are ignored; the first other line is the header. A record never
 * spans two lines, so every row keeps its real line number for messages.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CuratedCsv {

    private CuratedCsv() {
    }

    /** Reads a curated file under the raw folder. */
    static List<RawRow> read(Path rawDir, String file) {
        return parse(file, RawCsv.read(rawDir, file));
    }

    /**
     * Parses curated CSV text.
     *
     * @param file  the file name used in messages, not null
     * @param text  the content, not null
     * @return the data rows with their line numbers, not null
     * @throws RawDataException if there is no header or a line is not one CSV record
     */
    static List<RawRow> parse(String file, String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<RawRow> rows = new ArrayList<>();
        Map<String, Integer> header = null;
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> values = record(file, i + 1, line);
            if (header == null) {
                header = new HashMap<>();
                for (int c = 0; c < values.size(); c++) {
                    header.put(values.get(c).strip(), c);
                }
                continue;
            }
            if (values.size() != header.size()) {
                throw new RawDataException(file, i + 1, null, "expected " + header.size() + " fields (as the header)"
                        + " but found " + values.size());
            }
            rows.add(new RawRow(file, i + 1, values, header));
        }
        if (header == null) {
            throw new RawDataException(file, 1, null, "empty file: expected a header row");
        }
        return rows;
    }

    private static List<String> record(String file, long line, String text) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.RFC4180)
                .get()) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new RawDataException(file, line, null, "not one CSV record");
            }
            return records.get(0).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new RawDataException(file, line, null, "malformed CSV: " + e.getMessage());
        }
    }
}
