package io.github.nhsstructure.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirCommandTest {

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = FhirCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void writesAnOrganisationBundleToStandardOutput() {
        Run run = run("02P", "--on", "2023-01-01");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, run.out());
        assertThat(bundle.getEntryFirstRep().getFullUrl()).isEqualTo(FhirUris.PROJECT_BASE + "/Organization/02P");
        FhirExportTest.assertReferencesResolve(bundle);
    }

    @Test
    void writesTheWholeStructureToAFileUnderAGivenBase(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("structure.json");
        Run run = run("--all", "--on", "2023-01-01", "--out", file.toString(), "--base", "https://fhir.example.org/R4");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        // The bundle FhirExportTest checks, as text: parsing 64 MB back would take longer than writing it.
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"resourceType\": \"Bundle\",\n  \"id\": \"structure-20230101\"");
        int entries = json.split("\"fullUrl\": ", -1).length - 1;
        assertThat(entries).isGreaterThan(20_000)
                .isEqualTo(json.split("\"fullUrl\": \"https://fhir.example.org/R4/", -1).length - 1);
    }

    @Test
    void aQuestionThatCannotBeAnsweredIsOneLineAndStatusTwo() {
        Run unknown = run("QQQ99", "--on", "2023-01-01");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).startsWith("nhs-structure-fhir: ").contains("QQQ99").hasLineCount(1);

        assertThat(run("--on", "2023-01-01").err()).isEqualTo("nhs-structure-fhir: give either CODE or --all\n");
        assertThat(run("02P", "--all").status()).isEqualTo(2);
        assertThat(run("02P", "--on", "2023-13-01").status()).isEqualTo(2);
        assertThat(run("02P", "--on", "1900-01-01").err()).hasLineCount(1);
        assertThat(run("02P", "--base", "not-a-url").status()).isEqualTo(2);
    }

    @Test
    void aBadDateIsNamedWithItsOptionAndNoJavaClass() {
        Run run = run("02P", "--on", "2022-02-30");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("nhs-structure-fhir: Invalid value for option '--on': '2022-02-30' is not a "
                + "valid date: Invalid date 'FEBRUARY 30'\n");
        assertThat(run("02P", "--on", "2022-2-3").err()).isEqualTo("nhs-structure-fhir: Invalid value for option "
                + "'--on': '2022-2-3' is not a valid date: expected yyyy-MM-dd\n");
    }

    @Test
    void anOrganisationNotOpenOnTheDateIsRefusedAsOrgRefusesIt() {
        // 02P opened on 2013-04-01, as a CCG.
        Run before = run("02P", "--on", "2010-01-01");
        assertThat(before.status()).isEqualTo(2);
        assertThat(before.out()).isEmpty();
        assertThat(before.err()).isEqualTo("nhs-structure-fhir: 02P (NHS South Yorkshire ICB - 02P) was not open on "
                + "2010-01-01: open 2013-04-01 to now\n");
        // A practice after the practices' coverage ends: what the data last said may no longer hold.
        Run after = run("A81001", "--on", "2026-02-04");
        assertThat(after.status()).isEqualTo(2);
        assertThat(after.err()).isEqualTo("nhs-structure-fhir: 2026-02-04 is outside the coverage of kind "
                + "GP_PRACTICE: covered from 1999-04-01 to 2026-02-03 inclusive\n");
    }

    @Test
    void aFileThatCannotBeWrittenSaysWhyWithStatusTwo(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder").resolve("s.json");
        Run run = run("02P", "--on", "2023-01-01", "--out", missing.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("nhs-structure-fhir: --out " + missing + ": cannot be written: no such"
                + " folder\n");
        Run empty = run("02P", "--on", "2023-01-01", "--out", " ");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("nhs-structure-fhir: --out: no file name given\n");
    }
}
