package io.github.nhsstructure.rebase;

/**
 * Why a row of a series could not be re-based: the kind of each reason {@link Rebaser} reports.
 *
 * <p>Each unmapped row also carries a sentence for a person, naming the code and dates involved; this enum is
 * what a summary counts.
 *
 * @since 0.1.0
 */
public enum UnmappedReason {

    /** The row's date is after the target date: the structure of the target date cannot speak for it. */
    AFTER_TARGET("dated after the target date"),

    /** The row's date is outside the period the data covers. */
    OUTSIDE_COVERAGE("dated outside the data's coverage"),

    /** The code is not an organisation in the data. */
    UNKNOWN_CODE("unknown organisation code"),

    /** The code is an ONS code that no organisation bore on the row's date (some organisation did on others). */
    ONS_CODE_NOT_BORNE("ONS code borne by no organisation on the row's date"),

    /** The row is dated before its organisation opened. */
    BEFORE_OPENED("dated before the organisation opened"),

    /** The organisation had closed by the target date and no succession leads to one in force. */
    NO_SUCCESSOR("no successor in force on the target date"),

    /** The organisation was split and the split policy is {@link SplitPolicy#FAIL}. */
    SPLIT_REFUSED("split, and the split policy is fail"),

    /** The organisation was split and the weights name no weight for one of its successors. */
    NO_WEIGHT("split, and a successor has no weight");

    private final String description;

    UnmappedReason(String description) {
        this.description = description;
    }

    /**
     * Returns a short description for a person, such as {@code unknown organisation code}.
     *
     * @return the description, not null
     */
    public String description() {
        return description;
    }
}
