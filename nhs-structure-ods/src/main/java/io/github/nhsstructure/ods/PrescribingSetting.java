package io.github.nhsstructure.ods;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The prescribing setting of a prescribing cost centre in {@code epraccur.csv} (column 26): a number in the
 * classic layout, an ODS role code in the layout ODS uses from 2026. The pairs below are those the copied files
 * show: every code both the September 2025 and the February 2026 extracts list has the role code of its setting
 * (DATA.md, "Newer extracts").
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum PrescribingSetting {
    /** {@code 0}, {@code RO72}: another prescribing cost centre. */
    OTHER(0, "RO72"),
    /** {@code 1}, {@code RO87}: a walk-in centre. */
    WALK_IN_CENTRE(1, "RO87"),
    /** {@code 2}, {@code RO80}: an out-of-hours service. */
    OUT_OF_HOURS(2, "RO80"),
    /** {@code 3}, {@code RO80|RO87}: an out-of-hours service that is also a walk-in centre. */
    OUT_OF_HOURS_AND_WALK_IN_CENTRE(3, "RO80|RO87"),
    /** {@code 4}, {@code RO76}: a GP practice. */
    GP_PRACTICE(4, "RO76"),
    /** {@code 8}, {@code RO255}: a public health service. */
    PUBLIC_HEALTH_SERVICE(8, "RO255"),
    /** {@code 9}, {@code RO247}: a community health service. */
    COMMUNITY_HEALTH_SERVICE(9, "RO247"),
    /** {@code 10}, {@code RO250}: a hospital service. */
    HOSPITAL_SERVICE(10, "RO250"),
    /** {@code 11}, {@code RO252}: an optometry service. */
    OPTOMETRY_SERVICE(11, "RO252"),
    /** {@code 12}, {@code RO259}: an urgent and emergency care service. */
    URGENT_AND_EMERGENCY_CARE(12, "RO259"),
    /** {@code 13}, {@code RO249}: a hospice. */
    HOSPICE(13, "RO249"),
    /** {@code 14}, {@code RO246}: a care home or nursing home. */
    CARE_HOME(14, "RO246"),
    /** {@code 16}, {@code RO260}: a young offender institution. */
    YOUNG_OFFENDER_INSTITUTION(16, "RO260"),
    /** {@code 17}, {@code RO257}: a secure training centre. */
    SECURE_TRAINING_CENTRE(17, "RO257"),
    /** {@code 18}, {@code RO256}: a secure children's home. */
    SECURE_CHILDRENS_HOME(18, "RO256"),
    /** {@code 19}, {@code RO251}: an immigration removal centre. */
    IMMIGRATION_REMOVAL_CENTRE(19, "RO251"),
    /** {@code 20}, {@code RO248}: a court. */
    COURT(20, "RO248"),
    /** {@code 22}, {@code RO258}: a sexual assault referral centre. */
    SEXUAL_ASSAULT_REFERRAL_CENTRE(22, "RO258"),
    /** {@code RO253} (no classic number in the copied files): another part of the justice estate. */
    OTHER_JUSTICE_ESTATE(-1, "RO253"),
    /** {@code 25}, {@code RO82}: a prison. */
    PRISON(25, "RO82"),
    /** {@code 26}, {@code RO321}: a primary care network's prescribing cost centre. */
    PCN(26, "RO321"),
    /** {@code 27}, {@code RO323}: an independent pharmacy prescriber pathfinder site. */
    INDEPENDENT_PHARMACY_PRESCRIBER(27, "RO323");

    private final int classic;
    private final String roles;

    PrescribingSetting(int classic, String roles) {
        this.classic = classic;
        this.roles = roles;
    }

    /**
     * Returns the number of the classic layout.
     *
     * @return the number, or empty for a setting the classic files do not show
     */
    public OptionalInt classicCode() {
        return classic < 0 ? OptionalInt.empty() : OptionalInt.of(classic);
    }

    /**
     * Returns the ODS role code (or codes joined by {@code |}) of the 2026 layout.
     *
     * @return the role code, not null
     */
    public String roleCode() {
        return roles;
    }

    /**
     * Whether a cost centre of this setting serves people detained in a prison, young offender institution, secure
     * training centre, secure children's home or immigration removal centre (docs/domain.md 3.2 rule 3).
     *
     * @return true for the detention settings
     */
    public boolean isDetention() {
        return this == PRISON || this == YOUNG_OFFENDER_INSTITUTION || this == SECURE_TRAINING_CENTRE
                || this == SECURE_CHILDRENS_HOME || this == IMMIGRATION_REMOVAL_CENTRE;
    }

    /**
     * Finds the setting of a classic number.
     *
     * @param code  the text of column 26, such as {@code 4}, not null
     * @return the setting, or empty if the text is no known number
     */
    public static Optional<PrescribingSetting> ofClassicCode(String code) {
        for (PrescribingSetting s : values()) {
            if (s.classic >= 0 && Integer.toString(s.classic).equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the setting of a set of role codes of the 2026 layout, ignoring {@code RO268} (medicine supplier), which
     * ODS adds to some GP practices (and which is returned as an extra role).
     *
     * @param roles  the role codes of column 26 without {@code RO268}, joined by {@code |} in the file's order, not
     *     null
     * @return the setting, or empty if the codes are no known setting
     */
    public static Optional<PrescribingSetting> ofRoleCodes(String roles) {
        for (PrescribingSetting s : values()) {
            if (s.roles.equals(roles)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
