package io.github.nhsstructure.examples.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a command-line value to a {@link Path}, refusing an empty value: {@code Path.of("")} is the working
 * folder, which a user who typed {@code --out ""} (an unset shell variable, say) did not mean to read or write.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PathConverter implements ITypeConverter<Path> {

    /**
     * Creates the converter; picocli calls this.
     */
    public PathConverter() {
    }

    /**
     * Converts a path.
     *
     * @param value  the text, not null
     * @return the path, not null
     * @throws TypeConversionException if the text is empty or blank, or not a path on this system
     */
    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException((value.isEmpty() ? "the path is empty" : "the path is only spaces")
                    + ": name a file or folder");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "' is not a path: " + e.getReason());
        }
    }
}
