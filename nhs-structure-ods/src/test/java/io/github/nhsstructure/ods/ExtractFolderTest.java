package io.github.nhsstructure.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders, zips and single files of extracts; the eccg and eauth readers; errors that keep their reason. */
class ExtractFolderTest {

    private static String odsRow(String... columnValuePairs) {
        List<String> fields = new ArrayList<>(Collections.nCopies(27, ""));
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            fields.set(Integer.parseInt(columnValuePairs[i]) - 1, columnValuePairs[i + 1]);
        }
        return "\"" + String.join("\",\"", fields) + "\"\r\n";
    }

    private static final String ETR = odsRow("1", "RVJ", "2", "NORTH BRISTOL NHS TRUST", "3", "Y58", "4", "QUY",
            "11", "19990401", "12", "20260630");
    private static final String SUCC = "\"00C\",\"16C\",\"\",\"20200401\",\"0\"\r\n";

    @Test
    void aFolderWithSubFoldersAndAZipInsideIsRead(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("trusts"));
        Files.writeString(dir.resolve("trusts/ETR.CSV"), ETR);
        Files.writeString(dir.resolve("README.pdf"), "not read");
        zip(dir.resolve("succ.zip"), "succ.csv", SUCC);

        ExtractFolder folder = ExtractFolder.open(dir);

        assertThat(folder.files()).extracting(ExtractFile::format).containsExactly(OdsFormat.ETR, OdsFormat.SUCC);
        assertThat(folder.file(OdsFormat.ETR).orElseThrow().name()).isEqualTo(dir + "/trusts/ETR.CSV");
        assertThat(folder.file(OdsFormat.SUCC).orElseThrow().name()).isEqualTo(dir + "/succ.zip!succ.csv");
        assertThat(EtrReader.read(folder.file(OdsFormat.ETR).orElseThrow()).get(0).closeDate())
                .contains(LocalDate.of(2026, 6, 30));
        assertThat(SuccReader.read(folder.file(OdsFormat.SUCC).orElseThrow()).get(0).successor()).isEqualTo("16C");
        assertThat(folder.file(OdsFormat.EPRACCUR)).isEmpty();
    }

    @Test
    void aZipAndASingleFileAreExtractsToo(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("extract.zip");
        zip(zip, "2026-12/etr.csv", ETR, "__MACOSX/2026-12/._etr.csv", "x", "2026-12/notes.txt", "x");
        Path single = dir.resolve("etr.csv");
        Files.writeString(single, ETR);

        assertThat(ExtractFolder.open(zip).files()).extracting(ExtractFile::name)
                .containsExactly(zip + "!2026-12/etr.csv");
        assertThat(ExtractFolder.open(single).files()).extracting(ExtractFile::name).containsExactly(single.toString());
    }

    @Test
    void anUnknownCsvTwoFilesOfOneFormatAndAnEmptyFolderAreErrors(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("a/etr.csv"), ETR);
        Files.writeString(dir.resolve("b/etr.csv"), ETR);
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("trusts.csv"), ETR);

        assertThatThrownBy(() -> ExtractFolder.open(dir))
                .isInstanceOf(OdsFileException.class)
                .hasMessage(dir + "/b/etr.csv: a second etr.csv (the first is " + dir
                        + "/a/etr.csv): give one extract of each file");
        assertThatThrownBy(() -> ExtractFolder.open(other))
                .isInstanceOf(OdsFileException.class)
                .hasMessageStartingWith(other + "/trusts.csv: not a file this library reads: a CSV file must be"
                        + " named as one of epraccur.csv, epcmem.csv");
        assertThatThrownBy(() -> ExtractFolder.open(dir.resolve("empty")))
                .isInstanceOf(OdsFileException.class)
                .hasMessageStartingWith(dir.resolve("empty") + ": holds none of the files this library reads");
    }

    @Test
    void inputOutputErrorsKeepTheirReason(@TempDir Path dir) throws IOException {
        Path notZip = dir.resolve("extract.zip");
        Files.writeString(notZip, "not a zip");
        Path folder = dir.resolve("etr.csv");
        Files.createDirectories(folder);

        assertThatThrownBy(() -> ExtractFolder.open(dir.resolve("missing")))
                .isInstanceOf(OdsFileException.class)
                .hasMessage(dir.resolve("missing") + ": no such file or folder (looked for " + dir.resolve("missing")
                        + ")");
        assertThatThrownBy(() -> ExtractFolder.open(notZip))
                .isInstanceOf(OdsFileException.class)
                .hasMessageStartingWith(notZip + ": not a readable zip archive");
        assertThatThrownBy(() -> EtrReader.read(folder, "ods/etr.csv"))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("ods/etr.csv: is a directory, not a file (" + folder + ")");
        Path locked = dir.resolve("locked.csv");
        Files.writeString(locked, ETR);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(locked)) {
            // (root can read any file, so the check only runs where permissions are enforced)
            assertThatThrownBy(() -> EtrReader.read(locked, "ods/locked.csv"))
                    .isInstanceOf(OdsFileException.class)
                    .hasMessage("ods/locked.csv: permission denied (" + locked + ")");
        }
    }

    @Test
    void malformedCsvNamesTheLineAndNoParserClass() {
        assertThatThrownBy(() -> EtrReader.parse("etr.csv", ETR + "\"RA7\"x,\"y\"\r\n"))
                .isInstanceOf(OdsFileException.class)
                .hasMessageStartingWith("etr.csv:2: malformed CSV: ")
                .hasMessageNotContaining("Exception")
                .hasMessageNotContaining("java.");
        assertThatThrownBy(() -> EtrReader.parse("etr.csv", ETR + "\"RA7,\"y\r\n"))
                .isInstanceOf(OdsFileException.class)
                .hasMessageNotContaining("Exception")
                .hasMessageNotContaining("java.");
        assertThatThrownBy(() -> EtrReader.parse("etr.csv", ""))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("etr.csv:1: empty file: expected at least one row");
        assertThatThrownBy(() -> EtrReader.parse("etr.csv", odsRow("1", "r vj", "2", "X", "11", "19990401")))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("etr.csv:1: organisation code (column 1): 'r vj' is not an ODS code (1 to 10 upper-case"
                        + " letters and digits)");
    }

    @Test
    void eccgRowsGiveTheRolesAndEauthRowsTheRegion() {
        EccgRecord ccg = EccgReader.parse("eccg.csv", odsRow("1", "02P", "2", "NHS SOUTH YORKSHIRE ICB - 02P", "3",
                "Y63", "4", "QF7", "11", "20130401", "14", "RO319")).get(0);
        EauthRecord office = EauthReader.parse("eauth.csv", odsRow("1", "Q74", "2", "CUMBRIA, NORTHUMBERLAND, TYNE"
                + " AND WEAR AND NORTH EAST", "3", "Y54", "11", "20150401", "12", "20200331")).get(0);

        assertThat(ccg.roles()).isEqualTo(Set.of(EccgRecord.SUB_ICB_LOCATION_ROLE));
        assertThat(ccg.highLevelHealthGeography()).isEqualTo("QF7");
        assertThat(ccg.endExclusive()).isEmpty();
        assertThat(office.endExclusive()).contains(LocalDate.of(2020, 4, 1));
        assertThat(office.nationalGrouping()).isEqualTo("Y54");
        assertThatThrownBy(() -> EccgReader.parse("eccg.csv", odsRow("1", "02P", "11", "20130401")))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("eccg.csv:1: name (column 2): must not be blank");
        assertThatThrownBy(() -> EauthReader.parse("eauth.csv", odsRow("1", "Q74", "2", "X", "11", "20150401",
                "12", "20150331")))
                .isInstanceOf(OdsFileException.class)
                .hasMessage("eauth.csv:1: close date (column 12): 2015-03-31 is before 2015-04-01");
    }

    @Test
    void eitherEpraccurLayoutIsRecognised() {
        String classic = odsRow("1", "A81001", "2", "THE DENSHAM SURGERY", "11", "19740401", "13", "A", "15", "16C",
                "26", "4");
        String newer = odsRow("1", "A81001", "2", "THE DENSHAM SURGERY", "11", "19740401", "13", "ACTIVE", "15",
                "16C", "26", "RO76");

        assertThat(EpraccurReader.parseEitherLayout("e.csv", classic).get(0).isGpPractice()).isTrue();
        assertThat(EpraccurReader.parseEitherLayout("e.csv", newer).get(0).isGpPractice()).isTrue();
        assertThat(EpraccurReader.parseEitherLayout("e.csv", newer).get(0).status())
                .isEqualTo(EpraccurStatus.ACTIVE);
    }

    @Test
    void formatsAreKnownByTheirFileNames() {
        assertThat(OdsFormat.ofFileName("x/EPRACCUR.csv")).contains(OdsFormat.EPRACCUR);
        assertThat(OdsFormat.ofFileName("ePCN_PCNDetails.csv")).contains(OdsFormat.EPCN_DETAILS);
        assertThat(OdsFormat.ofFileName("epraccur.csv.bak")).isEmpty();
    }

    private static void zip(Path zip, String... namesAndContents) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndContents[i]));
                z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }
}
