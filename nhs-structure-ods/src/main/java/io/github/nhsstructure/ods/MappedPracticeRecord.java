package io.github.nhsstructure.ods;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One practice of an NHS Digital practice mapping file: its PCN, its commissioner (CCG, from July 2022 sub-ICB
 * location), the commissioner's STP or ICB and region, each with its ODS code and (where the file gives it) its ONS
 * code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param where  the file and line, not null
 * @param extractDate  the {@code EXTRACT_DATE} of the row, if the file has that column
 * @param practice  the practice code, not blank
 * @param practiceName  the practice name, not null
 * @param pcn  the PCN code, empty for a practice in no PCN (code blank or {@code U}, "Unallocated")
 * @param commissioner  the CCG or sub-ICB location ODS code, not blank
 * @param commissionerOns  its ONS code, not blank
 * @param system  the STP or ICB ODS code, not blank
 * @param systemOns  its ONS code, not blank
 * @param region  the NHS England region ODS code, not blank
 * @param regionOns  its ONS code, not blank
 * @since 0.1.0
 */
public record MappedPracticeRecord(SourceLine where, Optional<LocalDate> extractDate, String practice,
        String practiceName, Optional<String> pcn, String commissioner, String commissionerOns, String system,
        String systemOns, String region, String regionOns) {

    /**
     * Checks the fields.
     *
     * @param where  the file and line, not null
     * @param extractDate  the {@code EXTRACT_DATE} of the row, if the file has that column
     * @param practice  the practice code, not blank
     * @param practiceName  the practice name, not null
     * @param pcn  the PCN code, empty for a practice in no PCN (code blank or {@code U}, "Unallocated")
     * @param commissioner  the CCG or sub-ICB location ODS code, not blank
     * @param commissionerOns  its ONS code, not blank
     * @param system  the STP or ICB ODS code, not blank
     * @param systemOns  its ONS code, not blank
     * @param region  the NHS England region ODS code, not blank
     * @param regionOns  its ONS code, not blank
     * @throws IllegalArgumentException if a code is blank
     */
    public MappedPracticeRecord {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(extractDate, "extractDate");
        Objects.requireNonNull(practiceName, "practiceName");
        Objects.requireNonNull(pcn, "pcn");
        for (String c : new String[] {practice, commissioner, commissionerOns, system, systemOns, region, regionOns}) {
            if (c.isBlank()) {
                throw new IllegalArgumentException("blank code");
            }
        }
    }
}
