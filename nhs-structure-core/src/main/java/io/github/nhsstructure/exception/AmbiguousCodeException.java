package io.github.nhsstructure.exception;

import io.github.nhsstructure.organisation.OnsCodeUse;
import java.util.List;

/**
 * Thrown when an ONS (GSS) code is given without a date and more than one organisation bore it over time, so that
 * it names no single organisation.
 *
 * <p>The message lists the candidates, for example {@code ONS code E40000003 was borne by more than one
 * organisation: Y91 from 2013-04-01 to 2020-03-31; Y93 from 2020-04-01; give a date or an ODS code}. Ask with a date
 * ({@link io.github.nhsstructure.NhsStructure#require(String, java.time.LocalDate)}) or with the ODS code instead.
 *
 * @since 0.1.0
 */
public class AmbiguousCodeException extends NhsStructureException {
    private static final long serialVersionUID = 1L;

    /** The code asked for. */
    private final String code;
    /** The uses of the code, by ONS code and start. */
    private final transient List<OnsCodeUse> candidates;

    /**
     * Creates the exception.
     *
     * @param code  the code as given, not null
     * @param candidates  every use of the code, two or more, not null
     * @param usedBy  a description of each use, with the organisation's name, in the same order, not null
     */
    public AmbiguousCodeException(String code, List<OnsCodeUse> candidates, List<String> usedBy) {
        super("ONS code " + code + " was borne by more than one organisation: " + String.join("; ", usedBy)
                + "; give a date or an ODS code");
        this.code = code;
        this.candidates = List.copyOf(candidates);
    }

    /**
     * Returns the code asked for, as given.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns every use of the code, ordered by start date.
     *
     * @return the candidates, immutable, not null
     */
    public List<OnsCodeUse> candidates() {
        return candidates;
    }
}
