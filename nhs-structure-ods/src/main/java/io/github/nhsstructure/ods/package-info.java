/**
 * Readers of the standard NHS organisation files: one reader per file format, each returning typed records and
 * knowing nothing of the dataset, shared by the dataset generator and by users who lay newer extracts over the
 * bundled data. {@link io.github.nhsstructure.ods.ExtractFolder} finds the files of one extract in a folder, a zip or
 * a single file by their names ({@link io.github.nhsstructure.ods.OdsFormat}); the layouts are described in
 * {@code docs/ods-files.md}.
 *
 * <ul>
 *   <li>{@link io.github.nhsstructure.ods.EpraccurReader}: ODS {@code epraccur.csv} in the classic
 *       layout (status {@code A}/{@code C}/{@code D}/{@code P}, numeric prescribing setting in column 26);</li>
 *   <li>{@link io.github.nhsstructure.ods.Epraccur2026Reader}: ODS {@code epraccur.csv} in the layout
 *       ODS uses from 2026 (status {@code ACTIVE}/{@code INACTIVE}/{@code DORMANT}, an ODS role code in column 26);</li>
 *   <li>{@link io.github.nhsstructure.ods.EpcmemReader}: ODS {@code epcmem.csv}, practice membership
 *       history;</li>
 *   <li>{@link io.github.nhsstructure.ods.EtrReader}: ODS {@code etr.csv}, NHS trusts;</li>
 *   <li>{@link io.github.nhsstructure.ods.EccgReader}: ODS {@code eccg.csv}, CCGs, sub-ICB locations,
 *       commissioning hubs and sub-ICB reporting entities;</li>
 *   <li>{@link io.github.nhsstructure.ods.EauthReader}: ODS {@code eauth.csv}, regions, area teams and local
 *       offices;</li>
 *   <li>{@link io.github.nhsstructure.ods.EpcnReader}: the two sheets of the ODS {@code ePCN} workbook
 *       saved as CSV, primary care networks and their core partner practices;</li>
 *   <li>{@link io.github.nhsstructure.ods.PracticeMapReader}: NHS Digital practice mapping files
 *       (practice to PCN, CCG or sub-ICB location, STP or ICB and region);</li>
 *   <li>{@link io.github.nhsstructure.ods.SuccReader}: ODS {@code succ.csv}, successor
 *       organisations.</li>
 * </ul>
 *
 * <p>Every reader reads UTF-8 text (with or without a byte order mark, either line ending) with commons-csv,
 * checks every field it returns, and reports bad input with an {@link
 * io.github.nhsstructure.ods.OdsFileException} naming file, line and field; no row is skipped. A byte that is not
 * UTF-8 is reported with its line and value, an input/output error with its reason (no such file, is a directory,
 * permission denied), an empty file, a line break inside a field and a code that is not of the ODS form as such.
 * Dates in the ODS files are {@code YYYYMMDD}; a close, leave or end date is the <em>last</em> day (the records keep
 * it as given and offer the day after as the exclusive end).
 */
@NullMarked
package io.github.nhsstructure.ods;

import org.jspecify.annotations.NullMarked;
