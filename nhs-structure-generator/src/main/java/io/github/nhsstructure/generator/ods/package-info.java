/**
 * Readers of the standard NHS organisation files: one reader per file format, each returning typed records and
 * knowing nothing of the dataset being generated, so that they can be shared with users who lay newer extracts over
 * the bundled data.
 *
 * <ul>
 *   <li>{@link io.github.nhsstructure.generator.ods.EpraccurReader}: ODS {@code epraccur.csv} in the classic
 *       layout (status {@code A}/{@code C}/{@code D}/{@code P}, numeric prescribing setting in column 26);</li>
 *   <li>{@link io.github.nhsstructure.generator.ods.Epraccur2026Reader}: ODS {@code epraccur.csv} in the layout
 *       ODS uses from 2026 (status {@code ACTIVE}/{@code INACTIVE}/{@code DORMANT}, an ODS role code in column 26);</li>
 *   <li>{@link io.github.nhsstructure.generator.ods.EpcmemReader}: ODS {@code epcmem.csv}, practice membership
 *       history;</li>
 *   <li>{@link io.github.nhsstructure.generator.ods.EtrReader}: ODS {@code etr.csv}, NHS trusts;</li>
 *   <li>{@link io.github.nhsstructure.generator.ods.EpcnReader}: the two sheets of the ODS {@code ePCN} workbook
 *       saved as CSV, primary care networks and their core partner practices;</li>
 *   <li>{@link io.github.nhsstructure.generator.ods.PracticeMapReader}: NHS Digital practice mapping files
 *       (practice to PCN, CCG or sub-ICB location, STP or ICB and region);</li>
 *   <li>{@link io.github.nhsstructure.generator.ods.SuccReader}: ODS {@code succ.csv}, successor
 *       organisations.</li>
 * </ul>
 *
 * <p>Every reader reads UTF-8 text (with or without a byte order mark, either line ending) with commons-csv,
 * checks every field it returns, and reports bad input with an {@link
 * io.github.nhsstructure.generator.ods.OdsFileException} naming file, line and field; no row is skipped. Dates in
 * the ODS files are {@code YYYYMMDD}; a close, leave or end date is the <em>last</em> day (the records keep it as
 * given and offer the day after as the exclusive end).
 */
@NullMarked
package io.github.nhsstructure.generator.ods;

import org.jspecify.annotations.NullMarked;
