package io.github.nhsstructure.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.ods.SuccReader;
import io.github.nhsstructure.ods.SuccessionRecord;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.organisation.Succession;
import io.github.nhsstructure.spi.DatasetReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every code and every row of the committed succ.csv is in the committed dataset; the form rules on examples. */
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
}
