package io.github.nhsstructure.rebase;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Re-bases CSV rows as FastCSV's parser hands over their fields, as characters in its buffer: the code is looked
 * up, the date and value are read, and the row goes to a {@link RebaseRun} without a {@code String} or any other
 * object being made for it (except for the rare unmapped row with an unknown code).
 *
 * <p>The first record is the header: it must name the columns {@code code}, {@code date} and {@code value}, in
 * any order and case; other columns are ignored. Every record must have as many fields as the header.
 *
 * <p>This class is mutable and not thread-safe.
 */
final class SeriesCsvHandler extends AbstractBaseCsvCallbackHandler<Object> {

    /** What {@link #buildRecord()} returns: the row has already gone to the run. */
    private static final Object DONE = new Object();

    private final RebasePlan plan;
    private final RebaseRun run;
    private final String source;
    private final SeriesText text = new SeriesText();

    private boolean header;
    private final List<String> names = new ArrayList<>();
    private int columns;
    private int codeColumn = -1;
    private int dateColumn = -1;
    private int valueColumn = -1;

    // A small cache from a code's key to its number and what RebasePlan.fast says of it: a series holds a few
    // thousand codes, and these arrays stay in the processor's cache where the code table would not.
    private static final int CACHE = 1 << 15;
    private final long[] cacheKey = new long[CACHE];
    private final int[] cacheId = new int[CACHE];
    private final long[] cacheFast = new long[CACHE];

    private long line;
    private long fast;
    private boolean metQuotes;
    private int codeId;
    private @Nullable String rawCode;
    private int day;
    private int valueKind;

    // The last date read, to skip parsing repeated dates.
    private final char[] lastDate = new char[10];
    private int lastDay = SeriesText.NOT_A_DATE;

    /**
     * Creates a handler.
     *
     * @param plan  the plan
     * @param run  where rows go
     * @param source  the file name, for messages
     * @param header  true if the first record is the header
     */
    SeriesCsvHandler(RebasePlan plan, RebaseRun run, String source, boolean header) {
        this.plan = plan;
        this.run = run;
        this.source = source;
        this.header = header;
    }

    /**
     * Takes the columns from another handler that has read the header, for a part of a file without one; its
     * line numbers count from the part's start (a part reports no row and no error by line: see
     * {@link ParallelSeries}).
     *
     * @param other  a handler that has read the header
     */
    void columnsFrom(SeriesCsvHandler other) {
        this.names.addAll(other.names);
        this.columns = other.columns;
        this.codeColumn = other.codeColumn;
        this.dateColumn = other.dateColumn;
        this.valueColumn = other.valueColumn;
        this.header = false;
    }

    /** Returns true if a quoted field was read, which may hold a line end. */
    boolean metQuotes() {
        return metQuotes;
    }

    boolean hasReadHeader() {
        return !header && columns > 0;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        line = startingLineNumber;
        codeId = -1;
        rawCode = null;
        day = SeriesText.NOT_A_DATE;
        valueKind = -1;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
        metQuotes |= quoted;
        if (header) {
            names.add(new String(buf, offset, len));
        } else if (fieldIdx == codeColumn) {
            long key = RebasePlan.key(buf, offset, len);
            int id;
            if (key == 0) {
                id = -1;
            } else {
                int slot = (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> (64 - 15));
                if (cacheKey[slot] == key) {
                    id = cacheId[slot];
                    fast = cacheFast[slot];
                } else {
                    id = plan.find(key);
                    fast = id < 0 ? 0 : plan.fast(id);
                    cacheKey[slot] = key;
                    cacheId[slot] = id;
                    cacheFast[slot] = fast;
                }
            }
            codeId = id;
            if (id < 0) {
                rawCode = new String(buf, offset, len).strip();
                if (rawCode.isEmpty()) {
                    // As an empty date or value is: a row with no code is a broken row, not an unknown code.
                    throw error("code", "empty (every row needs an ODS or ONS code)");
                }
            }
        } else if (fieldIdx == dateColumn) {
            day = date(buf, offset, len);
        } else if (fieldIdx == valueColumn) {
            valueKind = text.parseValue(buf, offset, len);
            if (valueKind == SeriesText.NOT_A_NUMBER) {
                throw error("value", "'" + new String(buf, offset, len) + "' is not a number");
            }
            if (valueKind == SeriesText.BEYOND_LIMITS) {
                throw error("value", "'" + new String(buf, offset, len) + "' " + SeriesText.OUT_OF_RANGE);
            }
        }
    }

    private int date(char[] buf, int offset, int len) {
        if (len == 10) {
            char[] last = lastDate;
            boolean same = lastDay != SeriesText.NOT_A_DATE;
            for (int i = 0; same && i < 10; i++) {
                same = last[i] == buf[offset + i];
            }
            if (same) {
                return lastDay;
            }
        }
        int d = SeriesText.parseDate(buf, offset, len);
        if (d == SeriesText.NOT_A_DATE) {
            throw error("date", "'" + new String(buf, offset, len) + "' is not a date (yyyy-MM-dd)");
        }
        if (len == 10) {
            System.arraycopy(buf, offset, lastDate, 0, 10);
            lastDay = d;
        }
        return d;
    }

    private SeriesInputException error(String field, String problem) {
        return new SeriesInputException(source, line, field, problem);
    }

    @Override
    protected void handleEmpty() {
        // Empty lines are skipped by the reader.
    }

    @Override
    protected Object buildRecord() {
        if (getRecordType() != RecordType.DATA) {
            return DONE;
        }
        if (header) {
            readHeader();
            return DONE;
        }
        int fields = getFieldCount();
        if (fields != columns) {
            // The first column missing, or the last one if there are too many.
            String column = names.isEmpty() ? "" : names.get(Math.min(fields, columns - 1)).replace("\uFEFF", "")
                    .strip();
            throw new SeriesInputException(source, line, column, "expected " + columns + " fields but found "
                    + fields);
        }
        if (valueKind == SeriesText.LONG) {
            run.row(line, codeId, fast, rawCode, day, text.unscaled, text.scale);
        } else {
            run.row(line, codeId, rawCode, day, text.value());
        }
        return DONE;
    }

    private void readHeader() {
        header = false;
        columns = names.size();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            int first = name.equals("code") ? codeColumn : name.equals("date") ? dateColumn
                    : name.equals("value") ? valueColumn : -1;
            if (first >= 0) {
                throw new SeriesInputException(source, line, name, "column name given twice in the header (columns "
                        + (first + 1) + " and " + (i + 1) + ")");
            }
            if (name.equals("code")) {
                codeColumn = i;
            } else if (name.equals("date")) {
                dateColumn = i;
            } else if (name.equals("value")) {
                valueColumn = i;
            }
        }
        for (String required : List.of("code", "date", "value")) {
            int column = required.equals("code") ? codeColumn : required.equals("date") ? dateColumn : valueColumn;
            if (column < 0) {
                List<String> found = new ArrayList<>();
                for (String n : names) {
                    found.add(n.replace("\uFEFF", "").strip());
                }
                if (String.join("", found).isEmpty()) {
                    // Such as a file holding only a byte order mark: say so, not "found []" or an invisible mark.
                    throw new SeriesInputException(source, line, "", "the header is empty (needs the columns code,"
                            + " date and value)");
                }
                throw new SeriesInputException(source, line, "", "header has no '" + required + "' column (found "
                        + found + "; needs [code, date, value])");
            }
        }
    }
}
