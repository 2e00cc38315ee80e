package io.github.nhsstructure.exception;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.OnsCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a code names no organisation in the dataset, or, for an ONS (GSS) code, none on the date asked.
 *
 * <p>For an ONS code that organisations bore on other dates, the message says by whom and when, for example
 * {@code no organisation bore ONS code E40000009 on 2023-01-01: it was borne by Y63 (North East and Yorkshire) from
 * 2019-04-01 to 2022-06-30}.
 *
 * @since 0.1.0
 */
public class UnknownOrganisationException extends NhsStructureException {
    private static final long serialVersionUID = 1L;

    /** The code asked for. */
    private final String code;
    /** The date asked for, for an ONS code borne on other dates only. */
    private final @Nullable LocalDate date;

    /**
     * Creates the exception for a code.
     *
     * @param code  the code that is not in the dataset, not null
     * @param dataVersion  the dataset version searched, not null
     */
    public UnknownOrganisationException(String code, String dataVersion) {
        super("unknown organisation code '" + code + "' (not in dataset " + dataVersion + ")");
        this.code = code;
        this.date = null;
    }

    /**
     * Creates the exception for an ONS code that no organisation bore on a date, though some did on other dates.
     *
     * @param code  the ONS code as given, not null
     * @param date  the date asked for, not null
     * @param usedBy  who bore the code and when, such as {@code Y63 (North East and Yorkshire) from 2019-04-01 to
     *     2022-06-30}, not empty, not null
     * @since 0.1.0
     */
    public UnknownOrganisationException(String code, LocalDate date, List<String> usedBy) {
        super("no organisation bore ONS code " + code + " on " + date + ": it was borne by "
                + String.join("; ", usedBy));
        this.code = code;
        this.date = date;
    }

    /**
     * Returns the code asked for: as given, or for an ONS code borne on other dates, in canonical form.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the date asked for when the code is an ONS code that organisations bore only on other dates.
     *
     * @return the date, or empty if the code is not in the dataset at all, not null
     * @since 0.1.0
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /**
     * Checks whether the given text was at least a well-formed ODS or ONS code.
     *
     * @return true if {@link #code()} is a valid ODS code or ONS code
     */
    public boolean isWellFormed() {
        return OdsCode.isValid(code) || OnsCode.isValid(code);
    }
}
