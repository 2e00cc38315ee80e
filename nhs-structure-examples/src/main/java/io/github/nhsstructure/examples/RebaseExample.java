package io.github.nhsstructure.examples;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.rebase.RebaseResult;
import io.github.nhsstructure.rebase.Rebaser;
import io.github.nhsstructure.rebase.SeriesRow;
import io.github.nhsstructure.rebase.SplitPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Shows a CCG-era series re-based onto the 42 ICBs of 2022-07-01: each row's CCG is followed through its mergers
 * to the sub-ICB location in force on the target date, which is then summed into its ICB; rows the data cannot
 * carry forward are reported, and the totals still balance.
 *
 * <p>The input is {@code ccg-activity.csv} shipped with this example (columns {@code code,name,date,value}:
 * quarterly activity of some CCGs of 2016 and 2019, one given by its ONS code, and one PCT row of 2012 that no
 * succession carries into the CCGs), or a CSV file of the same columns given as the argument.
 *
 * <pre>
 * java -cp nhs-structure-examples/target/nhs-structure.jar io.github.nhsstructure.examples.RebaseExample [FILE]
 * </pre>
 *
 * @since 0.1.0
 */
public final class RebaseExample {

    private RebaseExample() {
    }

    /**
     * Prints the ICB totals, then the rows that could not be re-based.
     *
     * @param args  an optional CSV file with the columns code, date and value
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        NhsStructure nhs = NhsStructure.bundled();
        LocalDate target = LocalDate.of(2022, 7, 1);
        List<SeriesRow> rows = read(args.length > 0 ? Files.newInputStream(Path.of(args[0]))
                : Objects.requireNonNull(RebaseExample.class.getResourceAsStream("ccg-activity.csv")), nhs);

        // Merges sum; a split would share the value equally between the successors (SplitPolicy.EQUAL).
        RebaseResult result = Rebaser.onto(nhs, target, SplitPolicy.EQUAL).rebase(rows);

        // The totals are by sub-ICB location (the codes in force on the target date): sum them into their ICBs.
        StructureView view = nhs.asOf(target);
        Map<String, BigDecimal> byIcb = new TreeMap<>();
        for (Map.Entry<OdsCode, BigDecimal> e : result.totals().entrySet()) {
            Organisation icb = view.parent(e.getKey().value(), RelationshipType.PART_OF).orElseThrow();
            byIcb.merge(icb.code() + "\t" + icb.nameOn(target).orElseGet(icb::name), e.getValue(), BigDecimal::add);
        }
        System.out.println("ICB on " + target + "\tvalue");
        byIcb.forEach((icb, value) -> System.out.println(icb + "\t" + value));
        for (RebaseResult.Unmapped u : result.unmapped()) {
            System.out.println("not re-based: line " + u.row().line() + " " + u.row().code() + " " + u.row().value()
                    + ": " + u.reason());
        }
        System.out.println("input " + result.mappedTotal().add(result.unmappedTotal()) + " = mapped "
                + result.mappedTotal() + " + not re-based " + result.unmappedTotal() + ": "
                + (result.balances() ? "balances" : "DOES NOT BALANCE"));
    }

    /** Reads code,date,value rows; an ONS code is resolved to the organisation that bore it on the row's date. */
    private static List<SeriesRow> read(InputStream in, NhsStructure nhs) throws IOException {
        List<SeriesRow> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                LocalDate date = LocalDate.parse(r.get("date"));
                String code = nhs.organisation(r.get("code"), date).map(o -> o.code().value()).orElse(r.get("code"));
                rows.add(new SeriesRow(r.getRecordNumber() + 1, code, date, new BigDecimal(r.get("value"))));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }
}
