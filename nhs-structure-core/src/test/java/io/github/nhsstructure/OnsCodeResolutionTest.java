package io.github.nhsstructure;

import static io.github.nhsstructure.Fixture.ICBS;
import static io.github.nhsstructure.Fixture.MERGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.nhsstructure.exception.AmbiguousCodeException;
import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.exception.OrganisationNotOpenException;
import io.github.nhsstructure.exception.UnknownOrganisationException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import io.github.nhsstructure.organisation.OnsCodeUse;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.RelationshipType;
import io.github.nhsstructure.spi.Dataset;
import io.github.nhsstructure.spi.DatasetReader;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ONS (GSS) codes as dated identifiers, on the fictional fixture: {@code 90D} bears {@code E38900004} until
 * 2022-06-30 and {@code E38900005} from 2022-07-01 while its ODS code stays (see {@code fixture/README.md}).
 */
class OnsCodeResolutionTest {

    private static NhsStructure nhs;

    @BeforeAll
    static void load() {
        nhs = Fixture.structure();
    }

    @Test
    void anOrganisationsOnsCodesAreDated() {
        Organisation sicbl = nhs.require("90D");
        assertThat(sicbl.onsCodes().entries()).extracting(e -> e.value().value() + " " + e.period())
                .containsExactly("E38900004 2020-04-01/2022-07-01", "E38900005 2022-07-01/..");
        assertThat(sicbl.onsCodeOn(ICBS.minusDays(1))).contains(OnsCode.of("E38900004"));
        assertThat(sicbl.onsCodeOn(ICBS)).contains(OnsCode.of("E38900005"));
        assertThat(sicbl.onsCodeOn(MERGER.minusDays(1))).isEmpty();
        assertThat(nhs.require("Y93").onsCodes().isEmpty()).isTrue();
        assertThat(nhs.require("Z90001").onsCodeOn(ICBS)).isEmpty();
        assertThat(nhs.require("90C").onsCodes().entries().get(0).provenance().certainty())
                .isEqualTo(io.github.nhsstructure.provenance.Certainty.MEDIUM);
    }

    /** Either side of each code change, the code in force names the organisation; the other code does not. */
    @ParameterizedTest
    @CsvSource({
        "E38900004, 2022-06-30, 90D",
        "E38900005, 2022-07-01, 90D",
        "e38900005, 2030-01-01, 90D",
        "E38900004, 2020-04-01, 90D",
        "E40900001, 2020-03-31, Y90",
        "E40900004, 2020-04-01, Y90",
        "E54900001, 2016-04-01, Q90",
        "E54900002, 2022-07-01, Q90",
        "' E38900001 ', 2013-04-01, 90A",
        "E38900001, 2020-03-31, 90A",
    })
    void anOnsCodeNamesTheOrganisationThatBoreItOnTheDate(String code, LocalDate date, String ods) {
        assertThat(nhs.require(code, date).code()).isEqualTo(OdsCode.of(ods));
        assertThat(nhs.organisation(code, date)).map(Organisation::code).contains(OdsCode.of(ods));
        assertThat(nhs.organisation(OnsCode.of(code), date)).map(Organisation::code).contains(OdsCode.of(ods));
    }

    @Test
    void anOdsCodeNamesItsOrganisationOnEveryDate() {
        assertThat(nhs.require("90a", LocalDate.of(1990, 1, 1)).code()).isEqualTo(OdsCode.of("90A"));
        assertThat(nhs.organisation("Z90002", LocalDate.of(2030, 1, 1))).isPresent();
    }

    @Test
    void anOnsCodeOnADateNoOneBoreItSaysWhoBoreItAndWhen() {
        UnknownOrganisationException e = catchThrowableOfType(UnknownOrganisationException.class,
                () -> nhs.require("e38900004", ICBS));
        assertThat(e).hasMessage("no organisation bore ONS code E38900004 on 2022-07-01: it was borne by 90D"
                + " (NHS DELTA CCG) from 2020-04-01 to 2022-06-30");
        assertThat(e.code()).isEqualTo("E38900004");
        assertThat(e.date()).contains(ICBS);
        assertThat(e.isWellFormed()).isTrue();
        assertThat(nhs.organisation("E38900004", ICBS)).isEmpty();
        assertThat(nhs.organisation(OnsCode.of("E38900004"), ICBS)).isEmpty();

        UnknownOrganisationException before = catchThrowableOfType(UnknownOrganisationException.class,
                () -> nhs.require("E40900004", LocalDate.of(2019, 1, 1)));
        assertThat(before).hasMessage("no organisation bore ONS code E40900004 on 2019-01-01: it was borne by Y90"
                + " (FICTIONAL NORTH AND MIDLANDS REGION) from 2020-04-01");
    }

    @Test
    void anUnknownOnsCodeIsAnUnknownCode() {
        UnknownOrganisationException e = catchThrowableOfType(UnknownOrganisationException.class,
                () -> nhs.require("E38999999", ICBS));
        assertThat(e).hasMessage("unknown organisation code 'E38999999' (not in dataset fixture)");
        assertThat(e.date()).isEmpty();
        assertThat(catchThrowableOfType(UnknownOrganisationException.class, () -> nhs.require("E38999999")))
                .hasMessage("unknown organisation code 'E38999999' (not in dataset fixture)");
        assertThat(nhs.organisation("E38999999")).isEmpty();
        assertThat(nhs.onsCodeUses(OnsCode.of("E38999999"))).isEmpty();
    }

    @Test
    void withoutADateAnOnsCodeOneOrganisationAloneBoreNamesIt() {
        assertThat(nhs.require("E38900004").code()).isEqualTo(OdsCode.of("90D"));
        assertThat(nhs.organisation("e40900001")).map(Organisation::code).contains(OdsCode.of("Y90"));
        assertThat(nhs.history("E38900001")).isEqualTo(nhs.history("90A"));
    }

    @Test
    void theUsesOfAnOnsCodeAreListed() {
        assertThat(nhs.onsCodeUses(OnsCode.of("E38900005"))).extracting(OnsCodeUse::toString)
                .containsExactly("E38900005 90D 2022-07-01/..");
        assertThat(nhs.onsCodeUses()).hasSize(11).isSorted();
        assertThat(nhs.onsCodeUses().get(0)).hasToString("E38900001 90A 2013-04-01/2020-04-01");
    }

    @Test
    void aViewResolvesOnsCodesOnItsDate() {
        StructureView july2022 = nhs.asOf(ICBS);
        assertThat(july2022.require("E38900005").code()).isEqualTo(OdsCode.of("90D"));
        assertThat(july2022.parents("E38900005")).extracting(o -> o.code().value()).containsExactly("Q90", "Y90");
        assertThat(july2022.parent("E38900005", RelationshipType.PART_OF)).map(Organisation::code)
                .contains(OdsCode.of("Q90"));
        assertThat(july2022.children("E54900002", RelationshipType.PART_OF)).extracting(o -> o.code().value())
                .containsExactly("90D");
        assertThat(july2022.organisation("E38900004")).isEmpty();
        assertThatUnknownOn(july2022, "E38900004");
        assertThatUnknownOn(july2022, "E54900001");
        // The code was in use on the date but its organisation was closed: not possible in valid data, since a
        // code lies within its organisation's operational period; an ODS code of a closed one says when it was open.
        assertThat(catchThrowableOfType(OrganisationNotOpenException.class, () -> july2022.require("90A")))
                .hasMessageContaining("was not open on 2022-07-01");
    }

    private static void assertThatUnknownOn(StructureView view, String code) {
        assertThat(catchThrowableOfType(UnknownOrganisationException.class, () -> view.require(code)))
                .hasMessageStartingWith("no organisation bore ONS code " + code + " on " + view.date());
    }

    @Test
    void successorsOfAnOnsCodeNoLongerInUseFollowItsOrganisation() {
        // E38900001 was 90A's until 2020-03-31; on 2022-07-01 nobody bears it, but 90A's successor is 90D.
        assertThat(nhs.successors("E38900001", ICBS).codes()).containsExactly(OdsCode.of("90D"));
        assertThat(nhs.successors("E38900005", ICBS).isSelf()).isTrue();
        assertThat(nhs.successors("E38900004", ICBS).codes()).containsExactly(OdsCode.of("90D"));
    }

    @Test
    void anOnsCodeSeveralOrganisationsBoreIsAmbiguousWithoutADate(@TempDir Path folder) throws IOException {
        // ONS does not reuse codes, but the format does not forbid a code passing from one body to another.
        Fixture.copyTo(folder);
        Path ons = folder.resolve("ons_codes.csv");
        Files.writeString(ons, Files.readString(ons, StandardCharsets.UTF_8)
                + "Y93,2020-04-01,,E40900002,fixture-ons,UNCERTAIN\n", StandardCharsets.UTF_8);
        NhsStructure reused = NhsStructure.of(DatasetReader.read("reused", folder));

        assertThat(reused.require("E40900002", MERGER.minusDays(1)).code()).isEqualTo(OdsCode.of("Y91"));
        assertThat(reused.require("E40900002", MERGER).code()).isEqualTo(OdsCode.of("Y93"));
        AmbiguousCodeException e = catchThrowableOfType(AmbiguousCodeException.class,
                () -> reused.require("e40900002"));
        assertThat(e).hasMessage("ONS code E40900002 was borne by more than one organisation: Y91 (FICTIONAL SOUTH"
                + " REGION) from 2013-04-01 to 2020-03-31; Y93 (FICTIONAL SOUTH WEST REGION) from 2020-04-01; give a"
                + " date or an ODS code");
        assertThat(e.code()).isEqualTo("E40900002");
        assertThat(e.candidates()).extracting(u -> u.organisation().value()).containsExactly("Y91", "Y93");
        assertThat(reused.organisation("E40900002")).isEmpty();
        assertThat(catchThrowableOfType(AmbiguousCodeException.class, () -> reused.history("E40900002")))
                .isNotNull();
        // Successors resolve on the target date first: Y93 bore the code then.
        assertThat(reused.successors("E40900002", MERGER).codes()).containsExactly(OdsCode.of("Y93"));
    }

    @Test
    void aDatasetRefusesOneOnsCodeBorneByTwoOrganisationsOnOneDate() {
        Dataset fixture = Fixture.dataset();
        List<Organisation> organisations = new ArrayList<>();
        for (Organisation o : fixture.organisations()) {
            organisations.add(o.code().value().equals("Y93") ? withOnsCode(o, "E40900003") : o);
        }
        DatasetException e = catchThrowableOfType(DatasetException.class, () -> Dataset.of("two", fixture.sources(),
                fixture.coverage(), organisations));
        assertThat(e).hasMessage("ons_codes: E40900003 is borne by two organisations on 2022-07-01: Y92"
                + " 2020-04-01/.. and Y93 2022-07-01/2023-07-01");
    }

    /** A copy of a region with one more ONS code, from 2022-07-01 for a year. */
    private static Organisation withOnsCode(Organisation o, String onsCode) {
        Organisation.Builder b = Organisation.builder(o.code(), o.operationalPeriod(), o.provenance());
        o.names().entries().forEach(b::name);
        o.kinds().entries().forEach(b::kind);
        o.predecessors().forEach(b::succession);
        o.successors().forEach(b::succession);
        b.onsCode(new Dated<>(DateRange.of(ICBS, ICBS.plusYears(1)), OnsCode.of(onsCode), o.provenance()));
        return b.build();
    }
}
