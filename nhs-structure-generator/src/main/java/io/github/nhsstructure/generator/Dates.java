package io.github.nhsstructure.generator;

import java.time.LocalDate;

/**
 * The fixed dates of this slice of the dataset.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Dates {

    /** The first day of CCGs and of NHS England's commissioning regions in ONS: 2013-04-01. */
    static final LocalDate CCG_ERA_START = LocalDate.of(2013, 4, 1);

    /**
     * The first day of integrated care boards and sub-ICB locations, and the first day without CCGs: 2022-07-01
     * (Health and Care Act 2022; ONS CHD {@code E38} records end 2022-06-30 and restart 2022-07-01).
     */
    static final LocalDate ICB_ERA_START = LocalDate.of(2022, 7, 1);

    /** The April 2026 ICB mergers (ODS {@code succ.csv}): the latest change the extracts know of. */
    static final LocalDate ICB_MERGERS_2026 = LocalDate.of(2026, 4, 1);

    /** The note ending every open-ended coverage claim that rests on the latest extract. */
    static final String LATEST_NOTE = "as at the latest extract (succ.csv 2026-04-01); later changes are not known.";

    private Dates() {
    }
}
