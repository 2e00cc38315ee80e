package io.github.nhsstructure;

import io.github.nhsstructure.organisation.OdsCode;

/**
 * Thrown when a code names no organisation in the dataset.
 *
 * @since 0.1.0
 */
public class UnknownOrganisationException extends NhsStructureException {
    private static final long serialVersionUID = 1L;

    /** The code asked for. */
    private final String code;

    /**
     * Creates the exception for a code.
     *
     * @param code  the code that is not in the dataset, not null
     * @param dataVersion  the dataset version searched, not null
     */
    public UnknownOrganisationException(String code, String dataVersion) {
        super("unknown organisation code '" + code + "' (not in dataset " + dataVersion + ")");
        this.code = code;
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
     * Checks whether the given text was at least a well-formed ODS code.
     *
     * @return true if {@link #code()} is a valid ODS code
     */
    public boolean isWellFormed() {
        return OdsCode.isValid(code);
    }
}
