package io.github.nhsstructure.rebase;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Strict UTF-8 for the series files {@link Rebaser} reads: a byte that is not UTF-8 stops the read, and is then
 * found again to name its line, its column and its value (rather than a replacement character reaching a field, or
 * "Input length = 1").
 *
 * <p>This class is immutable and thread-safe.
 */
final class SeriesEncoding {

    private SeriesEncoding() {
    }

    /**
     * A reader that fails on a byte that is not UTF-8 instead of replacing it.
     *
     * @param in  the bytes, not null
     * @return the reader, not null
     */
    static Reader strictReader(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /**
     * Finds the first byte of a file that is not UTF-8 and says where it is.
     *
     * @param file  the file, not null
     * @param source  its name for messages, not null
     * @return the error naming the line, the column (by the header's name where it can) and the byte, not null
     * @throws IOException if the file cannot be read again
     */
    static SeriesInputException locate(Path file, String source) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer in = ByteBuffer.allocate(1 << 16);
            CharBuffer out = CharBuffer.allocate(1 << 16);
            long consumed = 0;
            long line = 1;
            long lineStart = 0;
            boolean eof = false;
            while (true) {
                if (!eof && channel.read(in) < 0) {
                    eof = true;
                }
                in.flip();
                int before = in.position();
                CoderResult result = decoder.decode(in, out, eof);
                for (int i = before; i < in.position(); i++) {
                    if (in.get(i) == '\n') {
                        line++;
                        lineStart = consumed + (i - before) + 1;
                    }
                }
                consumed += in.position() - before;
                if (result.isError()) {
                    int value = in.get(in.position()) & 0xFF;
                    String column = column(channel, lineStart, consumed);
                    return new SeriesInputException(source, line, column, String.format(Locale.ROOT,
                            "byte 0x%02X (offset %d) is not UTF-8 text: save the file as UTF-8", value, consumed));
                }
                out.clear();
                in.compact();
                if (eof && in.position() == 0) {
                    return new SeriesInputException(source, line, "", "not UTF-8 text");
                }
            }
        }
    }

    /** The header's name of the column a byte is in, or {@code column N}, or empty if it cannot be told. */
    private static String column(FileChannel channel, long lineStart, long offset) throws IOException {
        ByteBuffer part = ByteBuffer.allocate((int) Math.min(offset - lineStart, 1 << 20));
        channel.read(part, offset - part.capacity());
        String before = new String(part.array(), 0, part.position(), StandardCharsets.UTF_8) + "\uFFFD";
        int index;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(before)) {
            List<CsvRecord> records = csv.stream().toList();
            if (records.isEmpty()) {
                return "";
            }
            index = records.get(records.size() - 1).getFieldCount() - 1;
        }
        ByteBuffer first = ByteBuffer.allocate(1 << 16);
        channel.read(first, 0);
        String head = new String(first.array(), 0, first.position(), StandardCharsets.UTF_8);
        int end = head.indexOf('\n');
        if (lineStart > 0 && end >= 0) {
            try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(head.substring(0, end))) {
                List<String> names = csv.stream().findFirst().map(CsvRecord::getFields).orElse(List.of());
                if (index < names.size()) {
                    return names.get(index).replace("\uFEFF", "").strip();
                }
            }
        }
        return "column " + (index + 1);
    }
}
