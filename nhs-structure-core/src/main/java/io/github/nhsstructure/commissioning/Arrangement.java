package io.github.nhsstructure.commissioning;

/**
 * How the responsible body exercises a commissioning function.
 *
 * <p>"Delegated" follows {@code docs/domain.md} section 2: the legal function stays with the responsible body (NHS
 * England, which stays accountable) while the delegate (a CCG or ICB) exercises it.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Arrangement {
    /** The responsible body commissions directly. */
    DIRECT,
    /** The responsible body decides jointly with another type of body (joint committees); it keeps the money. */
    JOINT,
    /** The responsible body is accountable; the delegate exercises the function. */
    DELEGATED,
    /** No arrangement: the row's type is not a body ({@link CommissionerType#isBody()} is false). */
    NONE
}
