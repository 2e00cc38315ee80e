package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.UnknownOrganisationException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.restructure.RebaseResult;
import io.github.nhsstructure.restructure.Rebaser;
import io.github.nhsstructure.restructure.SeriesRow;
import io.github.nhsstructure.restructure.SplitPolicy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nhs-structure rebase --to DATE --in FILE --out FILE [--split fail|equal|weights:FILE] [--unmapped FILE]}:
 * maps a series of (code, date, value) rows onto the structure of a target date ({@link Rebaser}).
 *
 * <p>The input is CSV with a header row holding the columns {@code code}, {@code date} (yyyy-MM-dd) and
 * {@code value} (a decimal number), in any order and case; other columns are ignored. A {@code code} is an ODS code
 * or an ONS code, which names the organisation that bore it on the row's date (a row whose ONS code nobody bore
 * then is unmapped, with who bore it and when). The codes of a weights file may be ONS codes borne on the target
 * date. The output is CSV with the
 * header {@code code,name,value}: one row per organisation in force on the target date that received a value,
 * sorted by code. Merges sum; splits follow {@code --split}: {@code fail} (default: report the row),
 * {@code equal} (equal shares) or {@code weights:FILE} (shares in proportion to the {@code weight} column of a
 * CSV file with columns {@code code,weight}, for example list sizes). Progress and a summary of the unmapped rows
 * go to standard error; {@code --unmapped} writes those rows with their reasons. Mapped plus unmapped always
 * equals the input total.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "rebase", description = "Maps a CSV series of code,date,value rows onto the structure of a "
        + "target date; merges sum, splits follow --split; prints a summary of unmapped rows on standard error.")
public final class RebaseCommand extends StructureCommand {

    private static final CSVFormat IN = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
    private static final CSVFormat OUT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private static final long PROGRESS_EVERY = 100_000;

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

    /**
     * Creates the command; picocli calls this.
     */
    public RebaseCommand() {
    }

    @Override
    protected void run() {
        SplitPolicy policy = policy(split);
        Rebaser rebaser = Rebaser.onto(structure(), to, policy);
        List<SeriesRow> rows = readSeries(in);
        RebaseResult result = rebaser.rebase(rows);
        writeTotals(result);
        unmappedFile.ifPresent(file -> writeUnmapped(file, result));
        errln(ErrorHandler.PREFIX + "rebased " + result.rows() + " rows onto " + to + ": " + result.totals().size()
                + " organisations, mapped total " + result.mappedTotal().toPlainString() + "; unmapped "
                + result.unmapped().size() + " rows, total " + result.unmappedTotal().toPlainString()
                + "; input total " + result.inputTotal().toPlainString());
        Map<String, Integer> reasons = new TreeMap<>();
        for (RebaseResult.Unmapped u : result.unmapped()) {
            reasons.merge(u.reason(), 1, Integer::sum);
        }
        reasons.forEach((reason, n) -> errln(ErrorHandler.PREFIX + "  unmapped " + n + " x " + reason));
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
            return SplitPolicy.weights(readWeights(Path.of(t.substring("weights:".length())), to));
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

    private List<SeriesRow> readSeries(Path file) {
        List<SeriesRow> rows = new ArrayList<>();
        read(file, List.of("code", "date", "value"), (record, columns) -> {
            long line = line(record);
            String where = file + ":" + line;
            String dateText = record.get(columns.get("date"));
            LocalDate date;
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new InputFileException(where + ": date: '" + dateText + "' is not a date (yyyy-MM-dd)");
            }
            rows.add(new SeriesRow(line, record.get(columns.get("code")), date,
                    number(record.get(columns.get("value")), where + ": value")));
            if (rows.size() % PROGRESS_EVERY == 0) {
                errln(ErrorHandler.PREFIX + "read " + rows.size() + " rows of " + file);
            }
        });
        return rows;
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
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(IN).get()) {
            Map<String, Integer> columns = new HashMap<>();
            for (Map.Entry<String, Integer> e : parser.getHeaderMap().entrySet()) {
                columns.put(e.getKey().replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), e.getValue());
            }
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    throw new InputFileException(file + ":1: header has no '" + column + "' column (found "
                            + parser.getHeaderNames() + "; needs " + required + ")");
                }
            }
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new InputFileException(file + ":" + line(record) + ": expected "
                            + parser.getHeaderNames().size() + " fields but found " + record.size());
                }
                handler.accept(record, columns);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof InputFileException ife) {
                throw ife;
            }
            throw new InputFileException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private void writeTotals(RebaseResult result) {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, OUT)) {
            printer.printRecord("code", "name", "value");
            for (Map.Entry<OdsCode, BigDecimal> e : result.totals().entrySet()) {
                printer.printRecord(e.getKey().value(), nameOn(structure().require(e.getKey()), to),
                        e.getValue().toPlainString());
            }
        } catch (IOException e) {
            throw new InputFileException(out + ": cannot be written: " + e.getMessage());
        }
    }

    private static void writeUnmapped(Path file, RebaseResult result) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, OUT)) {
            printer.printRecord("line", "code", "date", "value", "reason");
            for (RebaseResult.Unmapped u : result.unmapped()) {
                printer.printRecord(u.row().line(), u.row().code(), u.row().date(), u.row().value().toPlainString(),
                        u.reason());
            }
        } catch (IOException e) {
            throw new InputFileException(file + ": cannot be written: " + e.getMessage());
        }
    }
}
