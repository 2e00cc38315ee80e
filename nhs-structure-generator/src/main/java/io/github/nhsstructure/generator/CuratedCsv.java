package io.github.nhsstructure.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a curated input under {@code raw/curated/}: a CSV file whose lines starting with {@code #} are comments,
 * whose first other line is the header, and whose rows each carry a {@code source} and a {@code certainty} column.
 * Rows keep their real line numbers, so an error names the line a person would edit.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CuratedCsv {

    private CuratedCsv() {
    }

    static List<RawRow> read(Path rawDir, String file) {
        return parse(file, RawCsv.read(rawDir, file));
    }

    /**
     * Parses curated CSV text.
     *
     * @throws RawDataException if there is no header, or a row has a different number of fields than the header
     */
    static List<RawRow> parse(String file, String text) {
        String[] lines = text.split("\n", -1);
        Map<String, Integer> header = null;
        int width = 0;
        List<RawRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> values = RawCsv.parse(file, line, false).get(0).values();
            if (header == null) {
                header = new HashMap<>();
                for (int c = 0; c < values.size(); c++) {
                    header.put(values.get(c).strip(), c);
                }
                width = values.size();
                continue;
            }
            RawRow row = new RawRow(file, i + 1L, values, header);
            if (values.size() != width) {
                throw row.error(null, "expected " + width + " fields (as the header) but found " + values.size());
            }
            rows.add(row);
        }
        if (header == null) {
            throw new RawDataException(file, 0, null, "no header row");
        }
        return rows;
    }
}
