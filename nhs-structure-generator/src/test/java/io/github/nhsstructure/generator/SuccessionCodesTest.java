package io.github.nhsstructure.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.ods.SuccReader;
import io.github.nhsstructure.ods.SuccessionRecord;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.spi.DatasetReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every code and every row of the committed succ.csv is in the committed dataset; the form and period rules on
 * examples.
 */
class SuccessionCodesTest {

    @Test
    void everyCodeAndRowOfTheSuccessorFileIsInTheDataset() {
        NhsStructure nhs = NhsStructure.of(DatasetReader.read(Generator.VERSION, name -> {
            try {
                return Files.newInputStream(Paths.DATA.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        Set<String> rows = new HashSet<>();
        for (Succession s : nhs.successions()) {
            rows.add(s.predecessor().value() + ">" + s.successor().value() + "@" + s.effectiveDate());
        }
        List<SuccessionRecord> succ = SuccReader.read(Paths.RAW.resolve(Sources.SUCC_FILE), Sources.SUCC_FILE);
        assertThat(succ).hasSize(11_537);
        for (SuccessionRecord r : succ) {
            assertThat(nhs.organisation(r.predecessor())).as(r.predecessor()).isPresent();
            assertThat(nhs.organisation(r.successor())).as(r.successor()).isPresent();
            assertThat(rows).as(r.where().toString())
                    .contains(r.predecessor() + ">" + r.successor() + "@" + r.effectiveDate());
        }
        assertThat(nhs.organisation(OdsCode.of("RHY"))).isPresent();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"RHY, NHS_TRUST", "0AA, CSU", "12Q, COMMISSIONING_HUB", "6A1, WELSH_HEALTH_BOARD",
        "7A7, WELSH_HEALTH_BOARD", "RHY02, SITE", "5A203, SITE", "00FAA, SITE", "TAP27, SITE", "K81045003, SITE",
        "TAD, OTHER", "V001, OTHER", "108, OTHER", "8AE69, OTHER", "U6Q5Z, OTHER", "BF1, OTHER"})
    void theKindFollowsTheFormOfTheCode(String code, OrganisationKind kind) {
        // Owners of sites: RHY, 5A2, 00F, TAP are organisation codes.
        Set<String> owners = Set.of("RHY", "5A2", "00F", "TAP");
        assertThat(SuccessionCodeSource.classify(code, owners::contains).kind()).isEqualTo(kind);
    }

    private static final String FIXTURE = ""
            // The file's first row: BF1 is succeeded on its first day, so the file shows any code open from 1992-03-31.
            + "\"BF1\",\"RCB\",\"\",\"19920401\",\"0\"\r\n"
            // A trust split in 2006, with a site; its successors take over that day (their opening is in the file).
            + "\"RHY\",\"RX9\",\"\",\"20060701\",\"0\"\r\n"
            + "\"RHY\",\"RYE\",\"\",\"20060701\",\"0\"\r\n"
            + "\"RHY02\",\"RYE64\",\"\",\"20060701\",\"0\"\r\n"
            // A trust that takes over another after it was itself first succeeded in part.
            + "\"RAA\",\"RBB\",\"\",\"20000401\",\"0\"\r\n"
            + "\"RCC\",\"RAA\",\"\",\"20010401\",\"0\"\r\n"
            // Commissioning support units merged in 2015; one succeeded on the first day of CSUs.
            + "\"0AA\",\"0DE\",\"\",\"20150401\",\"0\"\r\n"
            + "\"0XY\",\"0DE\",\"\",\"20130401\",\"0\"\r\n";

    private static Model succOnlyCodes(String succText) {
        Model model = new Model();
        Sources.ALL.forEach(model::addSource);
        new SuccessionCodeSource(SuccessionFile.of(SuccReader.parse(Sources.SUCC_FILE, succText)), new QualityReport())
                .addTo(model);
        return model;
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
        // Not opened by a succession: the earliest day a body of the kind could have existed.
        "RHY, 1991-04-01", "RCC, 1991-04-01", "RAA, 1991-04-01", "0AA, 2013-04-01", "RHY02, 1992-03-31",
        // ... unless the day before its first succession out is earlier.
        "BF1, 1992-03-31", "0XY, 2013-03-31",
        // Opened by a succession into it: that day.
        "RX9, 2006-07-01", "RYE, 2006-07-01", "RYE64, 2006-07-01", "RBB, 2000-04-01", "RCB, 1992-04-01",
        "0DE, 2013-04-01"})
    void aCodeWhoseOpeningTheFileDoesNotShowStartsWhenItsKindCouldFirstHaveExisted(String code, LocalDate start) {
        Model.Organisation o = succOnlyCodes(FIXTURE).organisation(code).orElseThrow();

        assertThat(o.period().start()).isEqualTo(start);
        assertThat(o.evidence().certainty()).isEqualTo(Certainty.UNCERTAIN);
    }

    @Test
    void theNameKindAndProviderTypeSpanTheWholePeriod() {
        Model model = succOnlyCodes(FIXTURE);

        Period rhy = Period.of(LocalDate.of(1991, 4, 1), LocalDate.of(2006, 7, 1));
        assertThat(model.organisation("RHY").orElseThrow().period()).isEqualTo(rhy);
        assertThat(model.names()).filteredOn(n -> n.code().equals("RHY")).extracting(Model.Name::period)
                .containsExactly(rhy);
        assertThat(model.kinds()).filteredOn(k -> k.code().equals("RHY")).extracting(Model.Kind::period)
                .containsExactly(rhy);
        assertThat(model.providerTypes()).filteredOn(t -> t.code().equals("RHY"))
                .extracting(Model.ProviderTypeRow::period).containsExactly(rhy);
    }
}
