package io.github.nhsstructure.examples.mutation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as rows of fields, to be mutated and written back: the dataset's files (a header row, quoted only where
 * needed, {@code \n}) or the ODS files (every field quoted, {@code \r\n}, a header only for the ePCN sheets and the
 * mapping file).
 *
 * <p>A field holding {@link #NOT_UTF8} becomes the byte {@code 0xE9} (Latin-1 "é") when written, which is not
 * UTF-8 there.
 */
final class Table {

    /** A placeholder written as the byte {@code 0xE9}. */
    static final char NOT_UTF8 = '\u0001';

    final List<String> header;
    final List<List<String>> rows;
    final boolean ods;

    private Table(List<String> header, List<List<String>> rows, boolean ods) {
        this.header = header;
        this.rows = rows;
        this.ods = ods;
    }

    static Table parse(String text, boolean hasHeader, boolean ods, int maxRows) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(content)).setFormat(CSVFormat.RFC4180)
                .get()) {
            for (CSVRecord r : p) {
                if (hasHeader && header.isEmpty()) {
                    header.addAll(r.toList());
                } else if (rows.size() < maxRows) {
                    rows.add(new ArrayList<>(r.toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Table(header, rows, ods);
    }

    Table copy() {
        List<List<String>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(new ArrayList<>(r)));
        return new Table(new ArrayList<>(header), copy, ods);
    }

    /** The 1-based line of a data row. */
    long line(int row) {
        return row + 1 + (header.isEmpty() ? 0 : 1);
    }

    int columns() {
        return header.isEmpty() ? rows.get(0).size() : header.size();
    }

    int column(String name) {
        return header.indexOf(name);
    }

    byte[] bytes() {
        StringBuilder b = new StringBuilder();
        if (!header.isEmpty()) {
            b.append(line(header));
        }
        rows.forEach(r -> b.append(line(r)));
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == NOT_UTF8) {
                bytes[i] = (byte) 0xE9;
            }
        }
        return bytes;
    }

    private String line(List<String> fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            boolean quote = ods || f.contains(",") || f.contains("\"") || f.contains("\r") || f.contains("\n");
            out.add(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return String.join(",", out) + (ods ? "\r\n" : "\n");
    }
}
