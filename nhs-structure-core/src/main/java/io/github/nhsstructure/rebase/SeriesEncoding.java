package io.github.nhsstructure.rebase;

import io.github.nhsstructure.internal.text.StrictUtf8;
import io.github.nhsstructure.internal.text.Utf8Fault;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Optional;

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
        return StrictUtf8.reader(in);
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
        Optional<Utf8Fault> fault = StrictUtf8.find(file);
        if (fault.isEmpty()) {
            // The file changed since the read that failed.
            return new SeriesInputException(source, 0, "", "not UTF-8 text");
        }
        Utf8Fault f = fault.get();
        return new SeriesInputException(source, f.line(), f.column().orElse(""), f.problem());
    }
}
