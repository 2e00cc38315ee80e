package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.exception.OrganisationNotOpenException;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.rebase.RebaseResult;
import io.github.nhsstructure.rebase.RebaseSummary;
import io.github.nhsstructure.rebase.Rebaser;
import io.github.nhsstructure.rebase.SplitPolicy;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nhs-structure rebase --to DATE --in FILE --out FILE [--split fail|equal|weights:FILE] [--unmapped FILE]}:
 * maps a series of (code, date, value) rows onto the structure of a target date ({@link Rebaser}).
 *
 * <p>The input is CSV with a header row holding the columns {@code code}, {@code date} (yyyy-MM-dd) and
 * {@code value} (a decimal number), in any order and case; other columns are ignored. It is streamed: rows go
 * from the file to the sums without being held, so any size of input runs in bounded memory. A {@code code} is an
 * ODS code or an ONS code, which names the organisation that bore it on the row's date (a row whose ONS code
 * nobody bore then is unmapped, with who bore it and when). The codes of a weights file may be ONS codes borne on
 * the target date. The output is CSV with the
 * header {@code code,name,value}: one row per organisation in force on the target date that received a value,
 * sorted by code. Merges sum; splits follow {@code --split}: {@code fail} (default: report the row),
 * {@code equal} (equal shares) or {@code weights:FILE} (shares in proportion to the {@code weight} column of a
 * CSV file with columns {@code code,weight}, for example list sizes). A summary of the unmapped rows
 * go to standard error; {@code --unmapped} writes those rows with their reasons. Mapped plus unmapped always
 * equals the input total. With {@code --json} the summary is also printed on standard output as one JSON document
 * (a {@code RebaseSummary}: the totals with each organisation's codes and name on the target date, the input,
 * mapped and unmapped totals as exact decimal strings, the unmapped row counts by reason; {@code docs/json.md}).
 * Run in a terminal, the command shows on standard error how much of the input it has read; piped, it does not.
 *
 * <p>Nothing is written before the whole input has been re-based: each output goes to a temporary file in its
 * folder and is moved into place only when everything succeeded, so a failure leaves no partial file. The
 * command refuses, before writing anything, an {@code --out} or {@code --unmapped} that is the input file, or
 * the same file for both. A malformed row is one line naming the file, the line and the field; exit status 2.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "rebase", description = "Maps a CSV series of code,date,value rows onto the structure of a "
        + "target date; merges sum, splits follow --split; prints a summary of unmapped rows on standard error.")
public final class RebaseCommand extends StructureCommand {

    private static final CSVFormat IN = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
    private static final CSVFormat OUT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    @Option(names = "--to", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "The target date, yyyy-MM-dd: the structure to map onto.")
    private LocalDate to;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The input CSV file; its codes are"
            + " ODS codes, or ONS codes resolved on each row's date.")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The output CSV file.")
    private Path out;

    @Option(names = "--split", paramLabel = "POLICY", defaultValue = "fail",
            description = "fail (default), equal, or weights:FILE (a CSV file with columns code,weight; ODS codes, or"
                    + " ONS codes borne on the target date).")
    private String split;

    @Option(names = "--unmapped", paramLabel = "FILE",
            description = "Also write the unmapped rows with their reasons to this CSV file.")
    private Optional<Path> unmappedFile = Optional.empty();

    @Mixin
    private JsonOption json;

    /**
     * Creates the command; picocli calls this.
     */
    public RebaseCommand() {
    }

    @Override
    protected void run() {
        checkPaths();
        SplitPolicy policy = policy(split);
        Progress progress = Progress.bytesInTerminal(err(), in.toString(), sizeOf(in));
        Rebaser rebaser = Rebaser.onto(structure(), to, policy).reportingProgress(progress);
        Path outTemp = null;
        Path unmappedTemp = null;
        try {
            outTemp = temporaryBeside(out);
            Optional<Path> unmappedTarget = unmappedFile;
            RebaseSummary summary;
            if (unmappedTarget.isPresent()) {
                unmappedTemp = temporaryBeside(unmappedTarget.get());
                summary = rebaseWritingUnmapped(rebaser, unmappedTemp);
            } else {
                // No row is reported one by one: the file may be read in parts on every processor.
                try {
                    summary = rebaser.rebase(in);
                } catch (IOException e) {
                    throw new InputFileException(in + ": cannot be read: " + reason(e));
                }
            }
            progress.done();
            writeTotals(summary, outTemp);
            // Only now that everything succeeded do the outputs replace whatever was there.
            if (unmappedTemp != null) {
                moveIntoPlace(unmappedTemp, unmappedTarget.get());
                unmappedTemp = null;
            }
            moveIntoPlace(outTemp, out);
            outTemp = null;
            errln(ErrorHandler.PREFIX + "rebased " + summary.rows() + " rows onto " + to + ": "
                    + summary.totals().size() + " organisations, mapped total "
                    + summary.mappedTotal().toPlainString() + "; unmapped " + summary.unmappedRowCount()
                    + " rows, total " + summary.unmappedTotal().toPlainString() + "; input total "
                    + summary.inputTotal().toPlainString());
            summary.unmappedRows().forEach((reason, n) -> errln(ErrorHandler.PREFIX + "  unmapped " + n + " x "
                    + reason.description()));
            if (json.enabled) {
                printJson(summary);
            }
        } finally {
            progress.done();
            deleteQuietly(outTemp);
            deleteQuietly(unmappedTemp);
        }
    }

    /** The size of a file for the progress display, or 0 if it cannot be read (the re-base then says why). */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private RebaseSummary rebaseWritingUnmapped(Rebaser rebaser, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, OUT)) {
            printer.printRecord("line", "code", "date", "value", "reason");
            RebaseSummary summary = rebase(rebaser, u -> {
                try {
                    printer.printRecord(u.row().line(), u.row().code(), u.row().date(),
                            u.row().value().toPlainString(), u.reason());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
            return summary;
        } catch (IOException | UncheckedIOException e) {
            throw new InputFileException(unmappedFile.orElseThrow() + ": cannot be written: " + reason(e));
        }
    }

    private RebaseSummary rebase(Rebaser rebaser, Consumer<RebaseResult.Unmapped> unmapped) {
        try {
            return rebaser.rebase(in, unmapped);
        } catch (IOException e) {
            throw new InputFileException(in + ": cannot be read: " + reason(e));
        }
    }

    /**
     * Refuses, before anything is written, to write an output over the input or both outputs to one file.
     */
    private void checkPaths() {
        named("--in", in);
        named("--out", out);
        if (unmappedFile.isPresent()) {
            named("--unmapped", unmappedFile.get());
        }
        Path input = real(in);
        Path output = real(out);
        if (output.equals(input)) {
            throw new InputFileException("--out: " + out + " is the input file; choose another file");
        }
        if (unmappedFile.isPresent()) {
            Path unmapped = real(unmappedFile.get());
            if (unmapped.equals(input)) {
                throw new InputFileException("--unmapped: " + unmappedFile.get()
                        + " is the input file; choose another file");
            }
            if (unmapped.equals(output)) {
                throw new InputFileException("--unmapped: " + unmappedFile.get()
                        + " is also the --out file; choose another file");
            }
        }
    }

    /** Refuses an empty file name, which would otherwise name the working folder. */
    private static void named(String option, Path file) {
        if (file.toString().isBlank()) {
            throw new InputFileException(option + ": no file name given");
        }
    }

    /** The real path of a file, or of its folder and its name if it does not exist yet. */
    private static Path real(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            if (parent == null) {
                return absolute;
            }
            return real(parent).resolve(absolute.getFileName());
        }
    }

    private static Path temporaryBeside(Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            return Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new InputFileException(target + ": cannot be written: " + reason(e));
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InputFileException(target + ": cannot be written: " + reason(e));
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The temporary file stays; the error that led here is the one to report.
            }
        }
    }

    /** The reason of an I/O error in words, keeping what the operating system said. */
    static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof NoSuchFileException) {
            return "no such file";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? "input/output error" : message;
    }

    private SplitPolicy policy(String text) {
        String t = text.strip();
        if (t.equalsIgnoreCase("fail")) {
            return SplitPolicy.FAIL;
        }
        if (t.equalsIgnoreCase("equal")) {
            return SplitPolicy.EQUAL;
        }
        if (t.toLowerCase(Locale.ROOT).startsWith("weights:")) {
            Path weights = Path.of(t.substring("weights:".length()));
            named("--split weights:", weights);
            return SplitPolicy.weights(readWeights(weights, to));
        }
        throw new InputFileException("--split: '" + text + "' is not fail, equal or weights:FILE");
    }

    private Map<OdsCode, BigDecimal> readWeights(Path file, LocalDate target) {
        Map<OdsCode, BigDecimal> weights = new HashMap<>();
        read(file, List.of("code", "weight"), (record, columns) -> {
            String where = file + ":" + line(record);
            String code;
            try {
                // The weights are of the organisations in force on the target date: an ONS code is resolved then.
                code = OrganisationCodes.odsCodeOn(structure(), record.get(columns.get("code")), target);
            } catch (UnknownOrganisationException e) {
                throw new InputFileException(where + ": code: " + e.getMessage());
            }
            if (!OdsCode.isValid(code)) {
                throw new InputFileException(where + ": code: '" + code + "' is not an ODS code");
            }
            Optional<Organisation> weighed = structure().organisation(OdsCode.of(code));
            if (weighed.isEmpty()) {
                // A weight nobody could use would be dropped in silence: say so instead.
                throw new InputFileException(where + ": code: unknown organisation code '" + code + "' (not in"
                        + " dataset " + structure().dataVersion() + ")");
            }
            if (!weighed.get().isOpenOn(target)) {
                // Shares go only to organisations in force on the target date: this weight could never be used.
                throw new InputFileException(where + ": code: "
                        + new OrganisationNotOpenException(weighed.get(), target).getMessage()
                        + "; weights are of the organisations in force on the target date");
            }
            BigDecimal weight = number(record.get(columns.get("weight")), where + ": weight");
            if (weight.signum() <= 0) {
                throw new InputFileException(where + ": weight: must be positive, not " + weight);
            }
            if (weights.put(OdsCode.of(code), weight) != null) {
                throw new InputFileException(where + ": code: " + code + " is given twice");
            }
        });
        return weights;
    }

    private static long line(CSVRecord record) {
        // The header is line 1 and fields never span lines in these files.
        return record.getRecordNumber() + 1;
    }

    private static BigDecimal number(String text, String where) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InputFileException(where + ": '" + text + "' is not a number");
        }
    }

    /** One record of an input file, with the positions of the required columns. */
    private interface RecordHandler {
        void accept(CSVRecord record, Map<String, Integer> columns);
    }

    private static void read(Path file, List<String> required, RecordHandler handler) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputFileException(file + ": cannot be read: " + reason(e));
        }
        String text = InputText.decode(file, bytes);
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.builder().setReader(reader)
                .setFormat(IN).get()) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = parser.getHeaderNames();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
                Integer first = columns.putIfAbsent(name, i);
                if (first != null && required.contains(name)) {
                    throw new InputFileException(file + ":1: " + name + ": column name given twice in the header"
                            + " (columns " + (first + 1) + " and " + (i + 1) + ")");
                }
            }
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    List<String> found = new ArrayList<>();
                    for (String n : names) {
                        found.add(n.replace("\uFEFF", "").strip());
                    }
                    if (String.join("", found).isEmpty()) {
                        throw new InputFileException(file + ":1: the header is empty (needs the columns "
                                + String.join(" and ", required) + ")");
                    }
                    throw new InputFileException(file + ":1: header has no '" + column + "' column (found "
                            + found + "; needs " + required + ")");
                }
            }
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    String column = names.get(Math.min(record.size(), names.size() - 1)).strip();
                    throw new InputFileException(file + ":" + line(record) + ": " + column + ": expected "
                            + names.size() + " fields but found " + record.size());
                }
                handler.accept(record, columns);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof InputFileException ife) {
                throw ife;
            }
            // Commons CSV wraps a broken quote in an exception whose message holds class names.
            String message = reason(e).replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error):? ?",
                    "").replace("IOException reading next record: ", "");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(line (\\d+)\\)|at line: (\\d+)"
                    + "(?:, position: \\d+)?").matcher(message);
            String place = "";
            if (m.find()) {
                place = ":" + (m.group(1) != null ? m.group(1) : m.group(2));
                message = m.replaceFirst("").strip();
            }
            throw new InputFileException(file + place + ": malformed CSV: " + message);
        }
    }

    private void writeTotals(RebaseSummary summary, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, OUT)) {
            printer.printRecord("code", "name", "value");
            for (Map.Entry<OdsCode, BigDecimal> e : summary.totals().entrySet()) {
                printer.printRecord(e.getKey().value(), nameOn(structure().require(e.getKey()), to),
                        e.getValue().toPlainString());
            }
        } catch (IOException e) {
            throw new InputFileException(out + ": cannot be written: " + reason(e));
        }
    }
}
