package io.github.nhsstructure.spi;

import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.internal.text.StrictUtf8;
import io.github.nhsstructure.internal.text.Utf8Fault;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the readers of the dataset's text files share for bad input: strict UTF-8 decoding that names the line, the
 * field and the byte; input/output errors in words that keep their reason; CSV parser failures without the
 * parser's class names.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CsvText {

    /** Where Commons CSV puts the line of a malformed record in its message. */
    private static final Pattern CSV_LINE = Pattern.compile("\\(line (\\d+)\\)|at line: (\\d+)(?:, position: \\d+)?");
    /** A qualified exception class name with its colon, as Commons CSV wraps one failure in another. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error):? ?");

    private CsvText() {
    }

    /**
     * Decodes UTF-8 bytes strictly: a byte that is not UTF-8 is an error naming its line, its field (by the
     * header's column names) and its value, never replaced in silence.
     *
     * @param file  the file name for messages, not null
     * @param bytes  the content, not null
     * @param columns  the header's column names, to name the field, not null
     * @return the text, not null
     * @throws DatasetException if the bytes are not UTF-8
     */
    static String decode(String file, byte[] bytes, List<String> columns) {
        return StrictUtf8.decode(bytes, fault -> new DatasetException(file, fault.line(), field(fault, columns),
                fault.problem()));
    }

    /** The header's name of the field a bad byte is in, or {@code field N}; null if it cannot be told. */
    private static @Nullable String field(Utf8Fault fault, List<String> columns) {
        if (fault.field().isEmpty()) {
            return null;
        }
        int i = fault.field().getAsInt();
        return i < columns.size() ? columns.get(i) : "field " + (i + 1);
    }

    /**
     * Says why a resource could not be read, in words: {@code no such file}, {@code is a directory}, {@code
     * permission denied}, or the system's message; never a class name.
     *
     * @param e  the failure, not null
     * @return the reason, not null
     */
    static String ioReason(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof NoSuchFileException || e instanceof java.io.FileNotFoundException
                && message.contains("No such file")) {
            return "no such file" + (message.isBlank() || e instanceof java.io.FileNotFoundException ? ""
                    : " (" + message + ")");
        }
        if (message.toLowerCase(Locale.ROOT).contains("is a directory")) {
            return "is a directory, not a file";
        }
        if (e instanceof AccessDeniedException || message.contains("Permission denied")) {
            return "permission denied" + (e instanceof AccessDeniedException && !message.isBlank()
                    ? " (" + message + ")" : "");
        }
        return "cannot be read: " + (message.isBlank() ? "input/output error" : CLASS_NAME.matcher(message)
                .replaceAll(""));
    }

    /**
     * Turns a Commons CSV failure (a quote left open, a character after a closing quote) into one error with the
     * line it gives and without its class names.
     *
     * @param file  the file name for messages, not null
     * @param e  the failure, not null
     * @return the exception to throw, not null
     */
    static DatasetException malformed(String file, Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String problem = root.getMessage() == null ? "" : root.getMessage();
        problem = CLASS_NAME.matcher(problem).replaceAll("").replace("IOException reading next record: ", "");
        long line = 0;
        Matcher m = CSV_LINE.matcher(problem);
        if (m.find()) {
            line = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
            problem = m.replaceFirst("").strip();
        }
        return new DatasetException(file, line, null, "malformed CSV: " + (problem.isBlank() ? "unreadable" : problem));
    }
}
