package io.github.nhsstructure.organisation;

/**
 * The main service an NHS trust or foundation trust provides.
 *
 * <p>ODS does not publish this in its trust extract; the dataset derives it from the trust's name and other
 * sources, and marks how sure it is. A trust's provider type is dated, like its kind, because trusts merge and
 * change role. {@link Organisation#providerTypeOn(java.time.LocalDate)} gives it on a date.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ProviderType {
    /** Acute hospital services (including teaching hospitals). */
    ACUTE,
    /** Ambulance services. */
    AMBULANCE,
    /** Mental health (and learning disability) services, possibly with community services. */
    MENTAL_HEALTH,
    /** Community health services. */
    COMMUNITY,
    /** Specialist services: a single specialty such as cancer, orthopaedics, children's or heart and chest. */
    SPECIALIST,
    /** Another or a mixed role that the sources do not make clear. */
    OTHER
}
