package io.github.nhsstructure.internal.text;

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
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Strict UTF-8: a byte that is not UTF-8 is an error that says where it stands ({@link Utf8Fault}: line, offset,
 * value, and the CSV field it is in), never a replacement character reaching a field in silence, nor
 * "Input length = 1". Text held in memory is decoded at once; a file read as a stream is read through
 * {@link #reader(InputStream)} and, if that fails, searched again with {@link #find(Path)}.
 *
 * <p>The field is found by reading, as CSV (comma separated, double-quoted), the line up to the byte; its name,
 * from the file's first line.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StrictUtf8 {

    /** How many bytes are read at a time when searching. */
    private static final int CHUNK = 1 << 16;
    /** How much of a line before the byte is read to find its field at the most. */
    private static final int LINE_PREFIX = 1 << 20;

    /** Reads bytes at a position: a file, or an array. */
    @FunctionalInterface
    private interface Source {
        /** Reads into the buffer from a position; returns the bytes read, -1 at the end. */
        int read(ByteBuffer into, long at) throws IOException;
    }

    private StrictUtf8() {
    }

    /**
     * Returns a reader that fails with a {@link java.nio.charset.MalformedInputException} on a byte that is not
     * UTF-8 instead of replacing it.
     *
     * @param in  the bytes, not null
     * @return the reader, not null
     */
    public static Reader reader(InputStream in) {
        return new InputStreamReader(Objects.requireNonNull(in, "in"), decoder());
    }

    /**
     * Decodes UTF-8 bytes strictly.
     *
     * @param <X>  the type of the caller's error
     * @param bytes  the content, not null
     * @param failure  makes the caller's error, naming its file, from where the first byte that is not UTF-8
     *     stands, not null
     * @return the text, not null
     * @throws X if a byte is not UTF-8
     */
    public static <X extends Exception> String decode(byte[] bytes, Function<? super Utf8Fault, X> failure) throws X {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = decoder();
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            out.flip();
            return out.toString();
        }
        Utf8Fault fault;
        try {
            fault = locate((into, at) -> {
                int n = (int) Math.min(into.remaining(), bytes.length - at);
                if (n <= 0) {
                    return -1;
                }
                into.put(bytes, (int) at, n);
                return n;
            }, in.position());
        } catch (IOException e) {
            throw new AssertionError("reading an array", e);
        }
        throw failure.apply(fault);
    }

    /**
     * Finds the first byte of a file that is not UTF-8, reading it as a stream.
     *
     * @param file  the file, not null
     * @return where the byte stands, or empty if every byte is UTF-8
     * @throws IOException if the file cannot be read
     */
    public static Optional<Utf8Fault> find(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Source source = channel::read;
            CharsetDecoder decoder = decoder();
            ByteBuffer in = ByteBuffer.allocate(CHUNK);
            CharBuffer out = CharBuffer.allocate(CHUNK);
            long consumed = 0;
            long position = 0;
            boolean eof = false;
            while (true) {
                if (!eof) {
                    int n = source.read(in, position);
                    if (n < 0) {
                        eof = true;
                    } else {
                        position += n;
                    }
                }
                in.flip();
                int before = in.position();
                CoderResult result = decoder.decode(in, out, eof);
                consumed += in.position() - before;
                if (result.isError()) {
                    return Optional.of(locate(source, consumed));
                }
                out.clear();
                in.compact();
                if (eof && in.position() == 0) {
                    return Optional.empty();
                }
            }
        }
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Says where the byte at an offset stands; the bytes before it are UTF-8. */
    private static Utf8Fault locate(Source source, long offset) throws IOException {
        long line = 1;
        long lineStart = 0;
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
        for (long at = 0; at < offset; ) {
            chunk.clear().limit((int) Math.min(CHUNK, offset - at));
            int n = source.read(chunk, at);
            if (n < 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (chunk.get(i) == '\n') {
                    line++;
                    lineStart = at + i + 1;
                }
            }
            at += n;
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        source.read(one, offset);
        int value = one.get(0) & 0xFF;
        OptionalInt field = field(source, lineStart, offset);
        Optional<String> header = Optional.empty();
        if (line > 1 && field.isPresent()) {
            List<String> names = header(source);
            if (field.getAsInt() < names.size()) {
                header = Optional.of(names.get(field.getAsInt()));
            }
        }
        return new Utf8Fault(line, offset, value, field, header);
    }

    /** The index of the field a byte is in: the line up to it, with a replacement character for it, read as CSV. */
    private static OptionalInt field(Source source, long lineStart, long offset) throws IOException {
        String before = text(source, Math.max(lineStart, offset - LINE_PREFIX), offset) + "\uFFFD";
        try (CsvReader<CsvRecord> csv = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(before)) {
            List<CsvRecord> records = csv.stream().toList();
            return records.isEmpty() ? OptionalInt.empty()
                    : OptionalInt.of(records.get(records.size() - 1).getFieldCount() - 1);
        }
    }

    /** The names in the first line (without a byte order mark, stripped), or none if it is not in the first chunk. */
    private static List<String> header(Source source) throws IOException {
        String head = text(source, 0, CHUNK);
        int end = head.indexOf('\n');
        if (end < 0) {
            return List.of();
        }
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(head.substring(0, end))) {
            return csv.stream().findFirst().map(r -> r.getFields().stream()
                    .map(name -> name.replace("\uFEFF", "").strip()).toList()).orElse(List.of());
        }
    }

    /** The bytes from one offset to another (or the end), decoded leniently. */
    private static String text(Source source, long from, long to) throws IOException {
        ByteBuffer part = ByteBuffer.allocate((int) (to - from));
        while (part.hasRemaining()) {
            if (source.read(part, from + part.position()) < 0) {
                break;
            }
        }
        return new String(part.array(), 0, part.position(), StandardCharsets.UTF_8);
    }
}
