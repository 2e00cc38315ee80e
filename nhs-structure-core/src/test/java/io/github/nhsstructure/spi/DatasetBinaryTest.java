package io.github.nhsstructure.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.Fixture;
import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The compiled form of a dataset on the engine fixture: what is written is what is read. */
class DatasetBinaryTest {

    private static Dataset roundTrip(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetBinary.write(dataset, out);
        return DatasetBinary.read(new ByteArrayInputStream(out.toByteArray()), "fixture.bin");
    }

    @Test
    void everyFactReadBackEqualsTheOneWritten() throws IOException {
        Dataset fixture = Fixture.dataset();
        Dataset read = roundTrip(fixture);
        assertThat(read.version()).isEqualTo(fixture.version());
        assertThat(read.sources()).isEqualTo(fixture.sources());
        assertThat(read.coverage().entries()).isEqualTo(fixture.coverage().entries());
        assertThat(read.organisations()).isEqualTo(fixture.organisations());
        assertThat(read.successions()).isEqualTo(fixture.successions());
        assertThat(read.events()).isEqualTo(fixture.events());
        assertThat(read.commissioningRules().all()).isEqualTo(fixture.commissioningRules().all());
    }

    @Test
    void organisationsAreFoundByCodeAndMadeOnlyOnce() throws IOException {
        Dataset read = roundTrip(Fixture.dataset());
        for (Organisation o : Fixture.dataset().organisations()) {
            assertThat(read.organisation(o.code())).contains(o);
        }
        assertThat(read.organisation(OdsCode.of("ZZ999"))).isEmpty();
        Organisation first = read.organisation(OdsCode.of("90D")).orElseThrow();
        assertThat(read.organisation(OdsCode.of("90D")).orElseThrow()).isSameAs(first);
        NhsStructure nhs = NhsStructure.of(read);
        assertThat(nhs.successors("90A", LocalDate.of(2022, 7, 1)).codes()).containsExactly(OdsCode.of("90D"));
    }

    @Test
    void theSameDatasetAlwaysGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        DatasetBinary.write(Fixture.dataset(), a);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DatasetBinary.write(roundTrip(Fixture.dataset()), b);
        assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
    }
}
