package io.github.nhsstructure.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.nhsstructure.Fixture;
import io.github.nhsstructure.exception.DatasetException;
import io.github.nhsstructure.organisation.OdsCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each test copies the fixture into a temporary folder, corrupts one thing and checks that the read fails with a
 * {@link DatasetException} naming file, line and field, as {@code docs/data-format.md} promises.
 */
class DatasetReaderTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copyFixture() {
        Fixture.copyTo(folder);
    }

    /** Replaces the one line equal to {@code oldLine} and returns its 1-based number. */
    private int edit(String file, String oldLine, String newLine) throws IOException {
        Path path = folder.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        int index = lines.indexOf(oldLine);
        assertThat(index).as("%s has the line %s", file, oldLine).isNotNegative();
        assertThat(lines.lastIndexOf(oldLine)).as("%s has the line %s once", file, oldLine).isEqualTo(index);
        lines.set(index, newLine);
        write(path, lines);
        return index + 1;
    }

    /** Appends a line and returns its 1-based number. */
    private int append(String file, String line) throws IOException {
        Path path = folder.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        lines.add(line);
        write(path, lines);
        return lines.size();
    }

    private static void write(Path path, List<String> lines) throws IOException {
        Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private DatasetException readFails() {
        DatasetException e = catchThrowableOfType(DatasetException.class,
                () -> DatasetReader.read(Fixture.VERSION, folder));
        assertThat(e).as("reading the corrupted copy fails with a DatasetException").isNotNull();
        return e;
    }

    /** Checks the message starts with {@code file:line: field: } and the accessors agree. */
    private static void assertPlace(DatasetException e, String file, int line, String field) {
        assertThat(e.getMessage()).startsWith(file + ":" + line + ": " + (field == null ? "" : field + ": "));
        assertThat(e.file()).contains(file);
        assertThat(e.line()).isEqualTo(line);
        if (field == null) {
            assertThat(e.field()).isEmpty();
        } else {
            assertThat(e.field()).contains(field);
        }
    }

    @Test
    void theUntouchedCopyReads() {
        Dataset dataset = DatasetReader.read("copy", folder);
        assertThat(dataset.version()).isEqualTo("copy");
        assertThat(dataset.organisations()).hasSize(26);
        assertThat(dataset.successions()).hasSize(7);
        assertThat(dataset.sources()).hasSize(3);
        assertThat(dataset.coverage().entries()).hasSize(6);
    }

    @Test
    void readsThroughAResourceOpenerToo() {
        Dataset dataset = DatasetReader.read("classpath",
                name -> DatasetReaderTest.class.getResourceAsStream("/fixture/" + name));
        assertThat(dataset.organisations()).extracting(o -> o.code().value()).contains("Q90", "Z90002");
    }

    @Test
    void aResourceOpenerReturningNullIsAMissingResource() {
        DatasetException e = catchThrowableOfType(DatasetException.class,
                () -> DatasetReader.read("classpath", name -> name.equals("kinds.csv") ? null
                        : DatasetReaderTest.class.getResourceAsStream("/fixture/" + name)));
        assertThat(e).hasMessage("kinds.csv: missing resource");
    }

    @Test
    void badDate() throws IOException {
        int line = edit("names.csv", "90B,2013-04-01,2020-04-01,NHS BETA CCG,fixture-ods,HIGH",
                "90B,2013-04-31,2020-04-01,NHS BETA CCG,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertThat(line).isEqualTo(3);
        assertPlace(e, "names.csv", 3, "start");
        assertThat(e).hasMessage("names.csv:3: start: '2013-04-31' is not a date (yyyy-MM-dd)");
    }

    @Test
    void badEndDate() throws IOException {
        int line = edit("organisations.csv", "Z90002,2013-04-01,2021-10-01,fixture-ods,HIGH",
                "Z90002,2013-04-01,20211001,fixture-ods,HIGH");
        assertPlace(readFails(), "organisations.csv", line, "end_exclusive");
    }

    @Test
    void endBeforeStart() throws IOException {
        int line = edit("organisations.csv", "Y91,2013-04-01,2020-04-01,fixture-ods,HIGH",
                "Y91,2020-04-01,2013-04-01,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "organisations.csv", line, "end_exclusive");
        assertThat(e).hasMessageContaining("2013-04-01 is not after start 2020-04-01");
    }

    @Test
    void anEmptyPeriodIsRefused() throws IOException {
        int line = edit("kinds.csv", "Y91,2013-04-01,2020-04-01,REGION,fixture-ods,HIGH",
                "Y91,2013-04-01,2013-04-01,REGION,fixture-ods,HIGH");
        assertPlace(readFails(), "kinds.csv", line, "end_exclusive");
    }

    @Test
    void unknownKindConstant() throws IOException {
        int line = edit("kinds.csv", "Q90,2022-07-01,,ICB,fixture-ods,HIGH",
                "Q90,2022-07-01,,INTEGRATED_CARE_BOARD,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "kinds.csv", line, "kind");
        assertThat(e).hasMessageContaining("'INTEGRATED_CARE_BOARD' is not one of [")
                .hasMessageContaining("SUB_ICB_LOCATION");
    }

    @Test
    void unknownKindInAnEvent() throws IOException {
        int line = edit("events.csv", "fictional-icbs-2022,Fictional ICBs,2022-07-01,ENACTED,ICB;SUB_ICB_LOCATION,"
                + "fixture README,fixture-curated,HIGH", "fictional-icbs-2022,Fictional ICBs,2022-07-01,ENACTED,"
                + "ICB;SICBL,fixture README,fixture-curated,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "events.csv", line, "kinds");
        assertThat(e).hasMessageContaining("'SICBL' is not one of [");
    }

    @Test
    void unknownEventStatus() throws IOException {
        int line = edit("events.csv", "fictional-abolition-2030,Fictional abolition of everything (planned),"
                + "2030-01-01,PLANNED,REGION,fixture README,fixture-curated,UNCERTAIN", "fictional-abolition-2030,"
                + "Fictional abolition of everything (planned),2030-01-01,ANNOUNCED,REGION,fixture README,"
                + "fixture-curated,UNCERTAIN");
        assertPlace(readFails(), "events.csv", line, "status");
    }

    @Test
    void unknownProviderTypeConstant() throws IOException {
        int line = edit("provider_types.csv", "R9A,2013-04-01,2018-04-01,ACUTE,fixture-curated,MEDIUM",
                "R9A,2013-04-01,2018-04-01,HOSPITAL,fixture-curated,MEDIUM");
        DatasetException e = readFails();
        assertPlace(e, "provider_types.csv", line, "provider_type");
        assertThat(e).hasMessageContaining("'HOSPITAL' is not one of [ACUTE, AMBULANCE");
    }

    @Test
    void overlappingProviderTypesNameBothLines() throws IOException {
        int line = edit("provider_types.csv", "R9A,2018-04-01,,OTHER,fixture-curated,UNCERTAIN",
                "R9A,2017-04-01,,OTHER,fixture-curated,UNCERTAIN");
        DatasetException e = readFails();
        assertPlace(e, "provider_types.csv", line, "start");
        assertThat(e).hasMessageContaining("provider_types.csv:" + (line - 1));
    }

    @Test
    void unknownKindInCoverage() throws IOException {
        int line = edit("coverage.csv", "ICB,2022-07-01,,fixture-ods,ICBs from 2022-07-01",
                "Icb,2022-07-01,,fixture-ods,ICBs from 2022-07-01");
        assertPlace(readFails(), "coverage.csv", line, "kind");
    }

    @Test
    void unknownRelationshipType() throws IOException {
        int line = edit("relationships.csv", "Q90,IN_REGION,Y90,2016-04-01,,fixture-ods,HIGH",
                "Q90,IN_NATIONAL_GROUPING,Y90,2016-04-01,,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "relationships.csv", line, "type");
        assertThat(e).hasMessageContaining("PART_OF, COMMISSIONED_BY");
    }

    @Test
    void unknownSuccessionReason() throws IOException {
        int line = edit("successions.csv", "Z90002,Z90001,2021-10-01,UNSPECIFIED,fixture-ods,MEDIUM",
                "Z90002,Z90001,2021-10-01,R,fixture-ods,MEDIUM");
        assertPlace(readFails(), "successions.csv", line, "reason");
    }

    /** Every file's source column is checked against sources.csv, including multi-source cells. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "organisations.csv|Q90,2016-04-01,,fixture-ods,HIGH|Q90,2016-04-01,,fixture-odd,HIGH",
        "names.csv|Y92,2020-04-01,,FICTIONAL SOUTH EAST REGION,fixture-ods,HIGH"
                + "|Y92,2020-04-01,,FICTIONAL SOUTH EAST REGION,fixture-odd,HIGH",
        "kinds.csv|Y92,2020-04-01,,REGION,fixture-ods,HIGH|Y92,2020-04-01,,REGION,fixture-odd,HIGH",
        "relationships.csv|90D,PART_OF,Q90,2022-07-01,,fixture-ods,HIGH"
                + "|90D,PART_OF,Q90,2022-07-01,,fixture-ods;fixture-odd,HIGH",
        "successions.csv|Y91,Y93,2020-04-01,RECONFIGURATION,fixture-ods;fixture-curated,HIGH"
                + "|Y91,Y93,2020-04-01,RECONFIGURATION,fixture-ods; fixture-odd,HIGH",
        "coverage.csv|ICB,2022-07-01,,fixture-ods,ICBs from 2022-07-01|ICB,2022-07-01,,fixture-odd,ICBs from 2022-07-01"
    })
    void unknownSourceId(String file, String oldLine, String newLine) throws IOException {
        int line = edit(file, oldLine, newLine);
        DatasetException e = readFails();
        assertPlace(e, file, line, "source");
        assertThat(e).hasMessageEndingWith("unknown source id 'fixture-odd' (not in sources.csv)");
    }

    @Test
    void blankSourceIdInAList() throws IOException {
        int line = edit("kinds.csv", "Y92,2020-04-01,,REGION,fixture-ods,HIGH",
                "Y92,2020-04-01,,REGION,fixture-ods;,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "kinds.csv", line, "source");
        assertThat(e).hasMessageContaining("blank source id in 'fixture-ods;'");
    }

    @Test
    void unknownCodeInNames() throws IOException {
        int line = edit("names.csv", "90B,2013-04-01,2020-04-01,NHS BETA CCG,fixture-ods,HIGH",
                "90X,2013-04-01,2020-04-01,NHS BETA CCG,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "names.csv", line, "code");
        assertThat(e).hasMessage("names.csv:3: code: 90X is not in organisations.csv");
    }

    @Test
    void invalidCode() throws IOException {
        int line = edit("organisations.csv", "Y93,2020-04-01,,fixture-ods,HIGH", "Y-93,2020-04-01,,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "organisations.csv", line, "code");
        assertThat(e).hasMessageContaining("invalid ODS code 'Y-93'");
    }

    @Test
    void overlappingNamesNameBothLines() throws IOException {
        int line = edit("names.csv", "Y90,2020-04-01,,FICTIONAL NORTH AND MIDLANDS REGION,fixture-ods,HIGH",
                "Y90,2019-04-01,,FICTIONAL NORTH AND MIDLANDS REGION,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertThat(line).isEqualTo(10);
        assertPlace(e, "names.csv", 10, "start");
        assertThat(e).hasMessageContaining("2019-04-01/..=FICTIONAL NORTH AND MIDLANDS REGION")
                .hasMessageContaining("overlaps 2013-04-01/2020-04-01=FICTIONAL NORTH REGION")
                .hasMessageEndingWith("at names.csv:9");
    }

    @Test
    void overlappingKindsNameBothLines() throws IOException {
        int line = append("kinds.csv", "90D,2022-01-01,2022-07-01,ICB,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "kinds.csv", line, "start");
        assertThat(e).hasMessageContaining("=ICB").hasMessageContaining("=CCG").hasMessageEndingWith("kinds.csv:5");
    }

    @Test
    void overlappingLinksOfOneTypeNameBothLines() throws IOException {
        int line = append("relationships.csv", "Z90001,COMMISSIONED_BY,90C,2019-04-01,2020-04-01,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "relationships.csv", line, "start");
        assertThat(e).hasMessageContaining("=90C").hasMessageContaining("=90A")
                .hasMessageEndingWith("relationships.csv:12");
    }

    @Test
    void duplicateOrganisation() throws IOException {
        int line = append("organisations.csv", "90A,2013-04-01,2020-04-01,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "organisations.csv", line, "code");
        assertThat(e).hasMessageEndingWith("90A given twice (first at line 2)");
    }

    @Test
    void duplicateSourceId() throws IOException {
        int line = append("sources.csv", "fixture-ods,Another,Someone,2025-01-31,OGL-3.0,nowhere");
        DatasetException e = readFails();
        assertPlace(e, "sources.csv", line, "id");
        assertThat(e).hasMessageContaining("'fixture-ods' given twice");
    }

    @Test
    void duplicateCoverageKind() throws IOException {
        int line = append("coverage.csv", "CCG,2013-04-01,,fixture-ods,again");
        assertPlace(readFails(), "coverage.csv", line, "kind");
    }

    @Test
    void wrongHeader() throws IOException {
        edit("names.csv", "code,start,end_exclusive,name,source,certainty", "code,start,end,name,source,certainty");
        DatasetException e = readFails();
        assertPlace(e, "names.csv", 1, null);
        assertThat(e).hasMessageContaining("[code, start, end, name, source, certainty]")
                .hasMessageContaining("differs from expected [code, start, end_exclusive, name, source, certainty]");
    }

    @Test
    void headerWithAByteOrderMarkIsAccepted() throws IOException {
        edit("kinds.csv", "code,start,end_exclusive,kind,source,certainty",
                "\uFEFFcode,start,end_exclusive,kind,source,certainty");
        assertThat(DatasetReader.read("bom", folder).organisations()).hasSize(26);
    }

    @Test
    void wrongFieldCount() throws IOException {
        int line = edit("kinds.csv", "Y93,2020-04-01,,REGION,fixture-ods,HIGH", "Y93,2020-04-01,,REGION,fixture-ods");
        DatasetException e = readFails();
        assertPlace(e, "kinds.csv", line, "certainty");
        assertThat(e).hasMessage("kinds.csv:" + line + ": certainty: missing: the row has 5 fields, the header 6");
    }

    @Test
    void anEmptyLineIsAWrongFieldCountNotSkipped() throws IOException {
        edit("successions.csv", "Y91,Y92,2020-04-01,RECONFIGURATION,fixture-ods;fixture-curated,HIGH", "");
        DatasetException e = readFails();
        assertPlace(e, "successions.csv", 5, "predecessor");
        assertThat(e).hasMessage("successions.csv:5: predecessor: empty line");
    }

    @Test
    void aLineBreakInAQuotedField() throws IOException {
        int line = edit("names.csv", "Y93,2020-04-01,,FICTIONAL SOUTH WEST REGION,fixture-ods,HIGH",
                "Y93,2020-04-01,,\"FICTIONAL SOUTH\nWEST REGION\",fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "names.csv", line, "name");
        assertThat(e).hasMessageContaining("line break");
    }

    @Test
    void emptyFile() throws IOException {
        Files.writeString(folder.resolve("successions.csv"), "");
        DatasetException e = readFails();
        assertPlace(e, "successions.csv", 1, null);
        assertThat(e).hasMessageContaining("empty file");
    }

    @Test
    void missingFile() throws IOException {
        Files.delete(folder.resolve("successions.csv"));
        DatasetException e = readFails();
        assertThat(e).hasMessageStartingWith("successions.csv: missing: no such file (");
        assertThat(e.file()).contains("successions.csv");
        assertThat(e.line()).isZero();
        assertThat(e.field()).isEmpty();
    }

    @Test
    void cycleInPartOf() throws IOException {
        // 90D is PART_OF Q90 from 2022-07-01; making Q90 PART_OF 90D closes a cycle from 2023-01-01
        int line = append("relationships.csv", "Q90,PART_OF,90D,2023-01-01,,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "relationships.csv", line, "target");
        assertThat(e).hasMessageContaining("PART_OF forms a cycle through Q90 on 2023-01-01");
    }

    @Test
    void aLinkThatEndsBeforeTheOtherStartsIsNoCycle() throws IOException {
        append("relationships.csv", "Q90,PART_OF,90D,2020-04-01,2022-07-01,fixture-ods,HIGH");
        assertThat(DatasetReader.read("no-cycle", folder).organisations()).hasSize(26);
    }

    @Test
    void relationshipTargetNotInOrganisations() throws IOException {
        int line = edit("relationships.csv", "Q90,IN_REGION,Y90,2016-04-01,,fixture-ods,HIGH",
                "Q90,IN_REGION,Y99,2016-04-01,,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "relationships.csv", line, "target");
        assertThat(e).hasMessageEndingWith("Y99 is not in organisations.csv");
    }

    @Test
    void selfLink() throws IOException {
        int line = edit("relationships.csv", "90D,PART_OF,Q90,2022-07-01,,fixture-ods,HIGH",
                "90D,PART_OF,90D,2022-07-01,,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "relationships.csv", line, "target");
        assertThat(e).hasMessageContaining("90D cannot be PART_OF itself");
    }

    @Test
    void factOutsideTheOperationalPeriod() throws IOException {
        int line = edit("relationships.csv", "Z90002,COMMISSIONED_BY,90D,2020-04-01,2021-10-01,fixture-ods,HIGH",
                "Z90002,COMMISSIONED_BY,90D,2020-04-01,,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "relationships.csv", line, "start");
        assertThat(e).hasMessageContaining("outside the operational period 2013-04-01/2021-10-01");
    }

    @Test
    void blankName() throws IOException {
        int line = edit("names.csv", "Z90001,2013-04-01,,ALPHA STREET SURGERY,fixture-ods,HIGH",
                "Z90001,2013-04-01,,  ,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertThat(e).hasMessage("names.csv:" + line + ": name: must not be blank");
        assertPlace(e, "names.csv", line, "name");
    }

    @Test
    void blankRequiredDate() throws IOException {
        int line = edit("successions.csv", "90C,90D,2020-04-01,RECONFIGURATION,fixture-ods,HIGH",
                "90C,90D,,RECONFIGURATION,fixture-ods,HIGH");
        assertPlace(readFails(), "successions.csv", line, "effective_date");
    }

    @Test
    void badCertainty() throws IOException {
        int line = edit("names.csv", "Y91,2013-04-01,2020-04-01,FICTIONAL SOUTH REGION,fixture-ods,HIGH",
                "Y91,2013-04-01,2020-04-01,FICTIONAL SOUTH REGION,fixture-ods,SURE");
        DatasetException e = readFails();
        assertPlace(e, "names.csv", line, "certainty");
        assertThat(e).hasMessageEndingWith("'SURE' is not one of [HIGH, MEDIUM, UNCERTAIN]");
    }

    @Test
    void aSuccessorMustNotBeItsOwnPredecessor() throws IOException {
        int line = edit("successions.csv", "90A,90D,2020-04-01,RECONFIGURATION,fixture-ods,HIGH",
                "90A,90A,2020-04-01,RECONFIGURATION,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "successions.csv", line, "successor");
        assertThat(e).hasMessageContaining("90A cannot succeed itself");
    }

    @Test
    void aSuccessionPartyMustBeAnOrganisation() throws IOException {
        int line = edit("successions.csv", "90B,90D,2020-04-01,RECONFIGURATION,fixture-ods,HIGH",
                "90B,90E,2020-04-01,RECONFIGURATION,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "successions.csv", line, "successor");
        assertThat(e).hasMessageEndingWith("90E is not in organisations.csv");
    }

    @Test
    void anOrganisationWithoutANameFailsOnItsOwnLine() throws IOException {
        int line = append("organisations.csv", "99A,2013-04-01,,fixture-ods,HIGH");
        append("kinds.csv", "99A,2013-04-01,,CCG,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "organisations.csv", line, "code");
        assertThat(e).hasMessageEndingWith("99A: no name");
    }

    @Test
    void anOrganisationWithoutAKindFailsOnItsOwnLine() throws IOException {
        int line = append("organisations.csv", "99A,2013-04-01,,fixture-ods,HIGH");
        append("names.csv", "99A,2013-04-01,,NHS NOWHERE CCG,fixture-ods,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "organisations.csv", line, "code");
        assertThat(e).hasMessageEndingWith("99A: no kind");
    }

    @Test
    void codesAreNormalised() throws IOException {
        edit("names.csv", "Z90001,2013-04-01,,ALPHA STREET SURGERY,fixture-ods,HIGH",
                "z90001 ,2013-04-01,,ALPHA STREET SURGERY,fixture-ods,HIGH");
        Dataset dataset = DatasetReader.read("lower", folder);
        assertThat(dataset.organisations()).filteredOn(o -> o.code().equals(OdsCode.of("Z90001")))
                .singleElement().satisfies(o -> assertThat(o.name()).isEqualTo("ALPHA STREET SURGERY"));
    }

    @Test
    void anUnreadableResourceNamesTheFile() {
        DatasetException e = catchThrowableOfType(DatasetException.class,
                () -> DatasetReader.read("broken", name -> new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk on fire");
                    }
                }));
        assertThat(e).hasMessageStartingWith("sources.csv: cannot be read").hasMessageContaining("disk on fire");
    }

    @Test
    void onsCodesAreReadAsDatedCodes() {
        Dataset dataset = DatasetReader.read("ons", folder);
        assertThat(dataset.onsCodeUses()).hasSize(11);
        assertThat(dataset.organisations()).filteredOn(o -> o.code().equals(OdsCode.of("90D"))).singleElement()
                .satisfies(o -> assertThat(o.onsCodes().entries()).hasSize(2));
    }

    @Test
    void anInvalidOnsCodeNamesItsField() throws IOException {
        int line = edit("ons_codes.csv", "90B,2013-04-01,2020-04-01,E38900002,fixture-ons,HIGH",
                "90B,2013-04-01,2020-04-01,E3890002,fixture-ons,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "ons_codes.csv", line, "ons_code");
        assertThat(e).hasMessageContaining("invalid ONS code 'E3890002'");
    }

    @Test
    void anOnsCodeOfAnUnknownOrganisation() throws IOException {
        int line = append("ons_codes.csv", "99A,2013-04-01,,E38900099,fixture-ons,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "ons_codes.csv", line, "code");
        assertThat(e).hasMessageContaining("99A is not in organisations.csv");
    }

    @Test
    void anOnsCodeOutsideTheOperationalPeriod() throws IOException {
        int line = edit("ons_codes.csv", "90A,2013-04-01,2020-04-01,E38900001,fixture-ons,HIGH",
                "90A,2013-04-01,2021-04-01,E38900001,fixture-ons,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "ons_codes.csv", line, "start");
        assertThat(e).hasMessageContaining("lies outside the operational period");
    }

    @Test
    void overlappingOnsCodesOfOneOrganisationNameBothLines() throws IOException {
        int line = edit("ons_codes.csv", "90D,2022-07-01,,E38900005,fixture-ons,HIGH",
                "90D,2022-06-01,,E38900005,fixture-ons,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "ons_codes.csv", line, "start");
        assertThat(e).hasMessageContaining("ons_codes.csv:" + (line - 1));
    }

    @Test
    void oneOnsCodeBorneByTwoOrganisationsOnOneDateNamesBothLines() throws IOException {
        int line = append("ons_codes.csv", "Y93,2021-04-01,,E40900003,fixture-ons,HIGH");
        DatasetException e = readFails();
        assertPlace(e, "ons_codes.csv", line, "ons_code");
        assertThat(e).hasMessage("ons_codes.csv:" + line + ": ons_code: E40900003 2021-04-01/.. of Y93 is borne by"
                + " Y92 2020-04-01/.. at ons_codes.csv:" + (line - 1));
    }

    @Test
    void anOnsCodePassingFromOneOrganisationToAnotherIsAllowed() throws IOException {
        append("ons_codes.csv", "Y93,2020-04-01,,E40900002,fixture-ons,UNCERTAIN");
        assertThat(DatasetReader.read("reused", folder).onsCodeUses()).hasSize(12);
    }

    @Test
    void aHeaderOnlyOnsCodesFileIsValid() throws IOException {
        Files.writeString(folder.resolve("ons_codes.csv"), "code,start,end_exclusive,ons_code,source,certainty\n",
                StandardCharsets.UTF_8);
        assertThat(DatasetReader.read("none", folder).onsCodeUses()).isEmpty();
    }
}
