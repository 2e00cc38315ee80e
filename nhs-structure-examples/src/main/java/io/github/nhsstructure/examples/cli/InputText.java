package io.github.nhsstructure.examples.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Strict UTF-8 for the small CSV files the command line reads itself (a weights file): a byte that is not UTF-8 is
 * named with its line, column and value, never replaced, and never reported as "Input length = 1".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
final class InputText {

    private InputText() {
    }

    /**
     * Decodes a file's bytes as UTF-8.
     *
     * @param file  the file, for messages, not null
     * @param bytes  its bytes, not null
     * @return the text, not null
     * @throws InputFileException naming the line, column and byte if a byte is not UTF-8
     */
    static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            out.flip();
            return out.toString();
        }
        int at = in.position();
        long line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        throw new InputFileException(file + ":" + line + ": " + column(bytes, line) + String.format(Locale.ROOT,
                "byte 0x%02X (offset %d) is not UTF-8 text: save the file as UTF-8", bytes[at] & 0xFF, at));
    }

    /** {@code name: } of the column of the first replaced character on a line (read leniently), or nothing. */
    private static String column(byte[] bytes, long line) {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(lenient)).setFormat(CSVFormat.RFC4180)
                .get()) {
            List<String> header = List.of();
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() == 1) {
                    header = record.toList();
                }
                if (record.getRecordNumber() == line) {
                    for (int i = 0; i < record.size(); i++) {
                        if (record.get(i).indexOf('\uFFFD') >= 0) {
                            String name = line > 1 && i < header.size() ? header.get(i).replace("\uFEFF", "").strip()
                                    : "column " + (i + 1);
                            return name + ": ";
                        }
                    }
                    return "";
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
        return "";
    }
}
