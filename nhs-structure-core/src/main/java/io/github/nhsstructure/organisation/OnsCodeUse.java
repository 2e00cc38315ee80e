package io.github.nhsstructure.organisation;

import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.time.DateRange;
import java.util.Objects;

/**
 * One organisation's use of an ONS (GSS) code during a period: a row of {@code ons_codes.csv} seen from the ONS
 * code, such as {@code E38000042 00C 2013-04-01/2020-04-01}.
 *
 * <p>An ONS code identifies an organisation only during the periods it was used; {@code NhsStructure} resolves an
 * ONS code on a date through these uses, and its error messages list them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param onsCode  the ONS code, not null
 * @param organisation  the ODS code of the organisation that bore it, not null
 * @param period  the period it bore the code, not empty, not null
 * @param provenance  where the pairing and its dates come from, not null
 * @since 0.1.0
 */
public record OnsCodeUse(OnsCode onsCode, OdsCode organisation, DateRange period, Provenance provenance)
        implements Comparable<OnsCodeUse> {

    /**
     * Validates the fields.
     *
     * @param onsCode  the ONS code, not null
     * @param organisation  the ODS code of the organisation that bore it, not null
     * @param period  the period it bore the code, not empty, not null
     * @param provenance  where the pairing and its dates come from, not null
     * @throws IllegalArgumentException if the period is empty
     */
    public OnsCodeUse {
        Objects.requireNonNull(onsCode, "onsCode");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(provenance, "provenance");
        if (period.isEmpty()) {
            throw new IllegalArgumentException(onsCode + " " + organisation + ": empty period " + period);
        }
    }

    /**
     * Orders by ONS code, then start date, then organisation.
     *
     * @param other  the other use, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(OnsCodeUse other) {
        int c = onsCode.compareTo(other.onsCode);
        if (c == 0) {
            c = period.start().compareTo(other.period.start());
        }
        return c != 0 ? c : organisation.compareTo(other.organisation);
    }

    /**
     * Outputs as {@code E38000042 00C 2013-04-01/2020-04-01}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return onsCode + " " + organisation + " " + period;
    }
}
