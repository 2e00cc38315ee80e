package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.NoRuleException;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;

/**
 * An edition of the "Who Pays?" guidance, chosen by the service date ({@code docs/domain.md} section 3.1).
 *
 * <p>The PCT-era editions are one version here ({@link #WP_PCT}), from the PCTs' first day: the editions' own dates
 * were not read. This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum WhoPaysVersion {
    /** DH "Who Pays? Establishing the Responsible Commissioner", PCT-era editions (principle H, editions U). */
    WP_PCT("WP-PCT", DateRange.of(LocalDate.of(2002, 4, 1), LocalDate.of(2013, 4, 1))),
    /** NHS England, August 2013 (with the 2016-04-01 s.117 amendment). */
    WP2013("WP2013", DateRange.of(LocalDate.of(2013, 4, 1), LocalDate.of(2020, 9, 1))),
    /** August 2020, v1. */
    WP2020("WP2020", DateRange.of(LocalDate.of(2020, 9, 1), LocalDate.of(2022, 7, 1))),
    /** v2, 30 June 2022 (ICBs). */
    WP2022("WP2022", DateRange.of(LocalDate.of(2022, 7, 1), LocalDate.of(2024, 4, 1))),
    /** v3, March 2024; open. */
    WP2024("WP2024", DateRange.from(LocalDate.of(2024, 4, 1)));

    private final String id;
    private final DateRange inForce;

    WhoPaysVersion(String id, DateRange inForce) {
        this.id = id;
        this.inForce = inForce;
    }

    /**
     * Returns the version in force on a date.
     *
     * @param date  the service date, not null
     * @return the version, not null
     * @throws NoRuleException if the date is before 2002-04-01, when no Who Pays? rules are encoded
     */
    public static WhoPaysVersion on(LocalDate date) {
        for (WhoPaysVersion v : values()) {
            if (v.inForce.contains(date)) {
                return v;
            }
        }
        throw new NoRuleException(date, "no Who Pays? rules are encoded for " + date
                + ": the rules start with the PCTs on 2002-04-01");
    }

    /**
     * Returns the id used in rule ids, such as {@code WP2022}.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Returns the period the version was in force.
     *
     * @return the period, not null
     */
    public DateRange inForce() {
        return inForce;
    }
}
