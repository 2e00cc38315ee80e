package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.examples.explore.Explorer;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nhs-structure explore --out DIR}: writes the explorer page ({@link Explorer}), a static HTML page to open
 * from disk with a date slider that redraws the organisation chart, a search box for codes and names, and each
 * organisation's history. Prints the page's path; shows progress on standard error in a terminal.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "explore",
        description = "Writes the explorer page (index.html and data.js) into a folder: open index.html in a "
                + "browser, no server needed.")
public final class ExploreCommand extends StructureCommand {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", converter = PathConverter.class,
            description = "The folder to write into "
            + "(created if missing; index.html and data.js are replaced).")
    private Path out;

    @Mixin
    private JsonOption json;

    /**
     * Creates the command; picocli calls this.
     */
    public ExploreCommand() {
    }

    @Override
    protected void run() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputFileException("--out " + out + ": is a file, not a folder");
        }
        Progress progress = Progress.inTerminal(spec.commandLine().getErr(), "organisations",
                Explorer.count(structure()));
        int written;
        try {
            written = Explorer.write(structure(), out, progress);
        } catch (UncheckedIOException e) {
            throw new InputFileException("--out " + out + ": cannot be written: "
                    + IoFailures.reason(e.getCause(), out));
        } finally {
            progress.done();
        }
        Path page = out.resolve(Explorer.PAGE).toAbsolutePath().normalize();
        if (json.enabled) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("page", page.toString());
            doc.put("files", List.of(Explorer.PAGE, Explorer.DATA));
            doc.put("dataVersion", structure().dataVersion());
            doc.put("organisations", written);
            printJson(doc);
            return;
        }
        println(page.toString());
    }
}
