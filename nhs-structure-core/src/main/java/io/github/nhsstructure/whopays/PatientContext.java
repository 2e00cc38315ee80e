package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a patient and a service for a Who Pays? question: the service date and category, and
 * optional inputs (registration, residence, presence, detention, armed-forces status, Mental Health Act history,
 * placements, admission). An input not given is absent, never guessed: a rule that needs it gives an
 * {@linkplain Determination.Status#INCOMPLETE incomplete} determination naming it.
 *
 * <p>Places are ODS codes of organisations in the structure (a practice, or a PCT, CCG, sub-ICB location or ICB
 * standing for an area); postcodes are not looked up. Build with {@link #builder(LocalDate, ServiceCategory)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PatientContext {

    /**
     * Where a patient is detained (rule 3).
     *
     * @since 0.1.0
     */
    public enum Detention {
        /** A prison. */
        PRISON,
        /** A young offender institution. */
        YOUNG_OFFENDER_INSTITUTION,
        /** An immigration removal centre. */
        IMMIGRATION_REMOVAL_CENTRE,
        /** A secure training centre (NHS England from 2014-04-01). */
        SECURE_TRAINING_CENTRE,
        /** A specified secure children's home. */
        SECURE_CHILDRENS_HOME
    }

    /**
     * A patient's armed-forces status (rule 4).
     *
     * @since 0.1.0
     */
    public enum ArmedForcesStatus {
        /** A serving member of the armed forces. */
        SERVING,
        /** A mobilised reservist. */
        MOBILISED_RESERVIST,
        /** A family member registered with a Defence Medical Services practice. */
        DMS_REGISTERED_FAMILY,
        /** A veteran: general rules. */
        VETERAN,
        /** A reservist who is not mobilised: general rules. */
        NON_MOBILISED_RESERVIST,
        /** A family member registered with an NHS GP: general rules. */
        NHS_REGISTERED_FAMILY;

        /** Whether the status takes the patient out of the general rules (serving, mobilised, DMS family). */
        boolean isDms() {
            return this == SERVING || this == MOBILISED_RESERVIST || this == DMS_REGISTERED_FAMILY;
        }
    }

    /**
     * A patient's Mental Health Act status (rule 8).
     *
     * @since 0.1.0
     */
    public enum MentalHealthActStatus {
        /** Detained in hospital under the Act. */
        DETAINED,
        /** Receiving s.117 aftercare. */
        AFTERCARE
    }

    /**
     * The country of usual residence, where not England (rules 13 and 14).
     *
     * @since 0.1.0
     */
    public enum Country {
        /** England. */
        ENGLAND,
        /** Wales. */
        WALES,
        /** Scotland. */
        SCOTLAND,
        /** Northern Ireland. */
        NORTHERN_IRELAND,
        /** Outside the UK. */
        OVERSEAS
    }

    private final LocalDate serviceDate;
    private final ServiceCategory service;
    private final @Nullable OdsCode registeredPractice;
    private final @Nullable OdsCode usualResidence;
    private final @Nullable OdsCode presentIn;
    private final @Nullable Detention detention;
    private final @Nullable OdsCode detentionEstablishment;
    private final @Nullable ArmedForcesStatus armedForces;
    private final @Nullable MentalHealthActStatus mentalHealthAct;
    private final @Nullable LocalDate mhaApplicationDate;
    private final @Nullable LocalDate aftercareStart;
    private final @Nullable OdsCode practiceBeforeDetention;
    private final @Nullable OdsCode residenceBeforeDetention;
    private final @Nullable Placement placement;
    private final @Nullable LocalDate admissionDate;
    private final @Nullable OdsCode dischargeToAssessPlacer;
    private final @Nullable Country residenceCountry;
    private final boolean unregistered;
    private final boolean communityDiagnosticCentre;
    private final boolean overseasVisitor;
    private final boolean temporaryResident;

    private PatientContext(Builder b) {
        this.serviceDate = b.serviceDate;
        this.service = b.service;
        this.registeredPractice = b.registeredPractice;
        this.usualResidence = b.usualResidence;
        this.presentIn = b.presentIn;
        this.detention = b.detention;
        this.detentionEstablishment = b.detentionEstablishment;
        this.armedForces = b.armedForces;
        this.mentalHealthAct = b.mentalHealthAct;
        this.mhaApplicationDate = b.mhaApplicationDate;
        this.aftercareStart = b.aftercareStart;
        this.practiceBeforeDetention = b.practiceBeforeDetention;
        this.residenceBeforeDetention = b.residenceBeforeDetention;
        this.placement = b.placement;
        this.admissionDate = b.admissionDate;
        this.dischargeToAssessPlacer = b.dischargeToAssessPlacer;
        this.residenceCountry = b.residenceCountry;
        this.unregistered = b.unregistered;
        this.communityDiagnosticCentre = b.communityDiagnosticCentre;
        this.overseasVisitor = b.overseasVisitor;
        this.temporaryResident = b.temporaryResident;
    }

    /**
     * Starts a builder.
     *
     * @param serviceDate  the date of the service, not null
     * @param service  the service category, not null
     * @return the builder, not null
     */
    public static Builder builder(LocalDate serviceDate, ServiceCategory service) {
        return new Builder(serviceDate, service);
    }

    /**
     * Returns the service date, which chooses the rule version.
     *
     * @return the date, not null
     */
    public LocalDate serviceDate() {
        return serviceDate;
    }

    /**
     * Returns the service category.
     *
     * @return the category, not null
     */
    public ServiceCategory service() {
        return service;
    }

    /**
     * Returns the code of the GP practice the patient is registered with (on the service date, or on the fixing date of rules 8 and 10).
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<OdsCode> registeredPractice() {
        return Optional.ofNullable(registeredPractice);
    }

    /**
     * Returns the code of the local commissioning area (PCT, CCG, sub-ICB location or ICB) where the patient usually lives; postcodes are not looked up.
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<OdsCode> usualResidence() {
        return Optional.ofNullable(usualResidence);
    }

    /**
     * Returns the code of the local commissioning area where the patient is present (rules 7 and 13), or, for dental, pharmacy and optometry contracts, where the contractor is (rule 5).
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<OdsCode> presentIn() {
        return Optional.ofNullable(presentIn);
    }

    /**
     * Returns where the patient is detained (rule 3); MHA detention in hospital is not this.
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<Detention> detention() {
        return Optional.ofNullable(detention);
    }

    /**
     * Returns the ODS code of the establishment's healthcare cost centre (rule 3).
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<OdsCode> detentionEstablishment() {
        return Optional.ofNullable(detentionEstablishment);
    }

    /**
     * Returns the patient's armed-forces status (rule 4).
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<ArmedForcesStatus> armedForces() {
        return Optional.ofNullable(armedForces);
    }

    /**
     * Returns whether the patient is detained under the Mental Health Act or receiving s.117 aftercare (rule 8).
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<MentalHealthActStatus> mentalHealthAct() {
        return Optional.ofNullable(mentalHealthAct);
    }

    /**
     * Returns the date the relevant application for detention was made (rule 8; fixes the body).
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<LocalDate> mhaApplicationDate() {
        return Optional.ofNullable(mhaApplicationDate);
    }

    /**
     * Returns the first day of s.117 aftercare (discharge from the qualifying detention; rule 8).
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<LocalDate> aftercareStart() {
        return Optional.ofNullable(aftercareStart);
    }

    /**
     * Returns the practice the patient was registered with immediately before detention (rule 8).
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<OdsCode> practiceBeforeDetention() {
        return Optional.ofNullable(practiceBeforeDetention);
    }

    /**
     * Returns the local area where the patient was (ordinarily) resident immediately before detention (rule 8).
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<OdsCode> residenceBeforeDetention() {
        return Optional.ofNullable(residenceBeforeDetention);
    }

    /**
     * Returns a placement by a commissioner (rule 9).
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<Placement> placement() {
        return Optional.ofNullable(placement);
    }

    /**
     * Returns the admission date of the in-patient spell the service belongs to (rule 10).
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<LocalDate> admissionDate() {
        return Optional.ofNullable(admissionDate);
    }

    /**
     * Returns the CCG that placed the patient under discharge to assess (rule 11).
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<OdsCode> dischargeToAssessPlacer() {
        return Optional.ofNullable(dischargeToAssessPlacer);
    }

    /**
     * Returns the UK country (or overseas) of usual residence, where not England (rules 13 and 14).
     *
     * @return the value, or empty if not given, not null
     */
    public Optional<Country> residenceCountry() {
        return Optional.ofNullable(residenceCountry);
    }

    /**
     * Checks whether the patient is not registered with any GP practice (rule 17); without a practice and without this flag the registration is a missing input.
     *
     * @return true if so
     */
    public boolean unregistered() {
        return unregistered;
    }

    /**
     * Checks whether the activity is at a Community Diagnostic Centre (rule 12).
     *
     * @return true if so
     */
    public boolean communityDiagnosticCentre() {
        return communityDiagnosticCentre;
    }

    /**
     * Checks whether the patient is an overseas visitor, not ordinarily resident in the UK (rule 13).
     *
     * @return true if so
     */
    public boolean overseasVisitor() {
        return overseasVisitor;
    }

    /**
     * Checks whether the patient is registered elsewhere as a temporary resident (rule 15: changes nothing).
     *
     * @return true if so
     */
    public boolean temporaryResident() {
        return temporaryResident;
    }

    /**
     * Builds a {@link PatientContext}. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final LocalDate serviceDate;
        private final ServiceCategory service;
        private @Nullable OdsCode registeredPractice;
        private @Nullable OdsCode usualResidence;
        private @Nullable OdsCode presentIn;
        private @Nullable Detention detention;
        private @Nullable OdsCode detentionEstablishment;
        private @Nullable ArmedForcesStatus armedForces;
        private @Nullable MentalHealthActStatus mentalHealthAct;
        private @Nullable LocalDate mhaApplicationDate;
        private @Nullable LocalDate aftercareStart;
        private @Nullable OdsCode practiceBeforeDetention;
        private @Nullable OdsCode residenceBeforeDetention;
        private @Nullable Placement placement;
        private @Nullable LocalDate admissionDate;
        private @Nullable OdsCode dischargeToAssessPlacer;
        private @Nullable Country residenceCountry;
        private boolean unregistered;
        private boolean communityDiagnosticCentre;
        private boolean overseasVisitor;
        private boolean temporaryResident;

        private Builder(LocalDate serviceDate, ServiceCategory service) {
            this.serviceDate = Objects.requireNonNull(serviceDate, "serviceDate");
            this.service = Objects.requireNonNull(service, "service");
        }

        /**
         * Sets the code of the GP practice the patient is registered with (on the service date, or on the fixing date of rules 8 and 10).
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder registeredPractice(OdsCode value) {
            this.registeredPractice = Objects.requireNonNull(value, "registeredPractice");
            return this;
        }

        /**
         * Sets the code of the GP practice the patient is registered with (on the service date, or on the fixing date of rules 8 and 10), from text.
         *
         * @param code  the ODS code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not an ODS code
         */
        public Builder registeredPractice(String code) {
            return registeredPractice(OdsCode.of(code));
        }

        /**
         * Sets the code of the local commissioning area (PCT, CCG, sub-ICB location or ICB) where the patient usually lives; postcodes are not looked up.
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder usualResidence(OdsCode value) {
            this.usualResidence = Objects.requireNonNull(value, "usualResidence");
            return this;
        }

        /**
         * Sets the code of the local commissioning area (PCT, CCG, sub-ICB location or ICB) where the patient usually lives; postcodes are not looked up, from text.
         *
         * @param code  the ODS code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not an ODS code
         */
        public Builder usualResidence(String code) {
            return usualResidence(OdsCode.of(code));
        }

        /**
         * Sets the code of the local commissioning area where the patient is present (rules 7 and 13), or, for dental, pharmacy and optometry contracts, where the contractor is (rule 5).
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder presentIn(OdsCode value) {
            this.presentIn = Objects.requireNonNull(value, "presentIn");
            return this;
        }

        /**
         * Sets the code of the local commissioning area where the patient is present (rules 7 and 13), or, for dental, pharmacy and optometry contracts, where the contractor is (rule 5), from text.
         *
         * @param code  the ODS code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not an ODS code
         */
        public Builder presentIn(String code) {
            return presentIn(OdsCode.of(code));
        }

        /**
         * Sets where the patient is detained (rule 3); MHA detention in hospital is not this.
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder detention(Detention value) {
            this.detention = Objects.requireNonNull(value, "detention");
            return this;
        }

        /**
         * Sets the ODS code of the establishment's healthcare cost centre (rule 3).
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder detentionEstablishment(OdsCode value) {
            this.detentionEstablishment = Objects.requireNonNull(value, "detentionEstablishment");
            return this;
        }

        /**
         * Sets the ODS code of the establishment's healthcare cost centre (rule 3), from text.
         *
         * @param code  the ODS code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not an ODS code
         */
        public Builder detentionEstablishment(String code) {
            return detentionEstablishment(OdsCode.of(code));
        }

        /**
         * Sets the patient's armed-forces status (rule 4).
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder armedForces(ArmedForcesStatus value) {
            this.armedForces = Objects.requireNonNull(value, "armedForces");
            return this;
        }

        /**
         * Sets whether the patient is detained under the Mental Health Act or receiving s.117 aftercare (rule 8).
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder mentalHealthAct(MentalHealthActStatus value) {
            this.mentalHealthAct = Objects.requireNonNull(value, "mentalHealthAct");
            return this;
        }

        /**
         * Sets the date the relevant application for detention was made (rule 8; fixes the body).
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder mhaApplicationDate(LocalDate value) {
            this.mhaApplicationDate = Objects.requireNonNull(value, "mhaApplicationDate");
            return this;
        }

        /**
         * Sets the first day of s.117 aftercare (discharge from the qualifying detention; rule 8).
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder aftercareStart(LocalDate value) {
            this.aftercareStart = Objects.requireNonNull(value, "aftercareStart");
            return this;
        }

        /**
         * Sets the practice the patient was registered with immediately before detention (rule 8).
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder practiceBeforeDetention(OdsCode value) {
            this.practiceBeforeDetention = Objects.requireNonNull(value, "practiceBeforeDetention");
            return this;
        }

        /**
         * Sets the practice the patient was registered with immediately before detention (rule 8), from text.
         *
         * @param code  the ODS code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not an ODS code
         */
        public Builder practiceBeforeDetention(String code) {
            return practiceBeforeDetention(OdsCode.of(code));
        }

        /**
         * Sets the local area where the patient was (ordinarily) resident immediately before detention (rule 8).
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder residenceBeforeDetention(OdsCode value) {
            this.residenceBeforeDetention = Objects.requireNonNull(value, "residenceBeforeDetention");
            return this;
        }

        /**
         * Sets the local area where the patient was (ordinarily) resident immediately before detention (rule 8), from text.
         *
         * @param code  the ODS code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not an ODS code
         */
        public Builder residenceBeforeDetention(String code) {
            return residenceBeforeDetention(OdsCode.of(code));
        }

        /**
         * Sets a placement by a commissioner (rule 9).
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder placement(Placement value) {
            this.placement = Objects.requireNonNull(value, "placement");
            return this;
        }

        /**
         * Sets the admission date of the in-patient spell the service belongs to (rule 10).
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder admissionDate(LocalDate value) {
            this.admissionDate = Objects.requireNonNull(value, "admissionDate");
            return this;
        }

        /**
         * Sets the CCG that placed the patient under discharge to assess (rule 11).
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder dischargeToAssessPlacer(OdsCode value) {
            this.dischargeToAssessPlacer = Objects.requireNonNull(value, "dischargeToAssessPlacer");
            return this;
        }

        /**
         * Sets the CCG that placed the patient under discharge to assess (rule 11), from text.
         *
         * @param code  the ODS code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not an ODS code
         */
        public Builder dischargeToAssessPlacer(String code) {
            return dischargeToAssessPlacer(OdsCode.of(code));
        }

        /**
         * Sets the UK country (or overseas) of usual residence, where not England (rules 13 and 14).
         *
         * @param value  the value, not null
         * @return this builder, not null
         */
        public Builder residenceCountry(Country value) {
            this.residenceCountry = Objects.requireNonNull(value, "residenceCountry");
            return this;
        }

        /**
         * Sets whether the patient is not registered with any GP practice (rule 17); without a practice and without this flag the registration is a missing input.
         *
         * @param value  the flag
         * @return this builder, not null
         */
        public Builder unregistered(boolean value) {
            this.unregistered = value;
            return this;
        }

        /**
         * Sets whether the activity is at a Community Diagnostic Centre (rule 12).
         *
         * @param value  the flag
         * @return this builder, not null
         */
        public Builder communityDiagnosticCentre(boolean value) {
            this.communityDiagnosticCentre = value;
            return this;
        }

        /**
         * Sets whether the patient is an overseas visitor, not ordinarily resident in the UK (rule 13).
         *
         * @param value  the flag
         * @return this builder, not null
         */
        public Builder overseasVisitor(boolean value) {
            this.overseasVisitor = value;
            return this;
        }

        /**
         * Sets whether the patient is registered elsewhere as a temporary resident (rule 15: changes nothing).
         *
         * @param value  the flag
         * @return this builder, not null
         */
        public Builder temporaryResident(boolean value) {
            this.temporaryResident = value;
            return this;
        }

        /**
         * Builds the context.
         *
         * @return the context, not null
         * @throws IllegalArgumentException if a practice is given for an unregistered patient
         */
        public PatientContext build() {
            if (unregistered && registeredPractice != null) {
                throw new IllegalArgumentException("a patient cannot be both unregistered and registered with "
                        + registeredPractice);
            }
            return new PatientContext(this);
        }
    }
}
