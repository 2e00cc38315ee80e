package io.github.nhsstructure.examples.cli;

import java.io.IOError;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Says in a few words why a file operation failed, for an error line that already names the file the user gave:
 * the file system's reason ({@code Read-only file system}, {@code No space left on device}), else the kind of
 * failure, and the file it concerned when the system names one.
 *
 * <p>This class is a static utility.
 */
final class IoFailures {

    private IoFailures() {
    }

    /**
     * Returns the reason of a failure concerning a path the user gave, naming the file the failure concerned only
     * if it is another (a file inside a folder, say).
     *
     * @param e  the failure, not null
     * @param given  the path the user gave, not null
     * @return the reason, such as {@code permission denied (out/data.js.tmp)}, not null
     */
    static String reason(IOException e, Path given) {
        if (!(e instanceof FileSystemException failure)) {
            return e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
        }
        String reason;
        if (failure.getReason() != null && !failure.getReason().isBlank()) {
            reason = failure.getReason();
        } else if (failure instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (failure instanceof NoSuchFileException) {
            reason = "no such file or folder";
        } else if (failure instanceof FileAlreadyExistsException) {
            reason = "a file is in the way";
        } else if (failure instanceof NotDirectoryException) {
            reason = "not a folder";
        } else {
            reason = failure.getClass().getSimpleName();
        }
        String file = failure.getFile();
        return file == null || same(file, given) ? reason : reason + " (" + file + ")";
    }

    /** Whether the file a failure names is the path given, perhaps made absolute. */
    private static boolean same(String file, Path given) {
        try {
            return Path.of(file).toAbsolutePath().normalize().equals(given.toAbsolutePath().normalize());
        } catch (InvalidPathException | IOError | SecurityException e) {
            return false;
        }
    }
}
