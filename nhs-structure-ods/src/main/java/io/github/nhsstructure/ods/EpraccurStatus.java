package io.github.nhsstructure.ods;

/**
 * The status of a prescribing cost centre in {@code epraccur.csv} (column 13).
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum EpraccurStatus {
    /** {@code A} (classic layout), {@code ACTIVE} (2026 layout). */
    ACTIVE,
    /** {@code C} (classic), {@code INACTIVE} (2026): closed. */
    CLOSED,
    /** {@code D} (classic), {@code DORMANT} (2026). */
    DORMANT,
    /** {@code P} (classic): proposed. */
    PROPOSED
}
