package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.OdsCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a patient and a service for a Who Pays? question: the service date and category, and the
 * inputs the rules of {@code docs/domain.md} section 3.2 read, in groups: {@linkplain Registration registration},
 * {@linkplain Residence residence and presence}, {@linkplain Detention detention}, armed-forces status,
 * {@linkplain MentalHealthAct Mental Health Act history}, {@linkplain Placement placement} and
 * {@linkplain Admission admission and discharge}. An input not given is absent, never guessed: a rule that needs it
 * gives an {@linkplain Determination.Status#INCOMPLETE incomplete} determination naming it.
 *
 * <p>Places are codes of organisations in the structure: a practice (or a secure setting's healthcare cost
 * centre, a Defence Medical Services centre, a practice in Wales), or a PCT, CCG, sub-ICB location, ICB or
 * upper-tier local authority standing for an area; postcodes are not looked up. Build with
 * {@link #builder(LocalDate, ServiceCategory)}:
 *
 * <pre>{@code
 * PatientContext p = PatientContext.builder(LocalDate.of(2023, 6, 1), ServiceCategory.ACUTE_PLANNED)
 *         .registeredPractice("A81001")
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param serviceDate  the date of the service, which chooses the rule version, not null
 * @param service  the service category, not null
 * @param registration  the GP registration, not null
 * @param residence  where the patient lives and is, not null
 * @param detention  the detention in a prison or other secure setting (rule 3), if any, not null
 * @param armedForces  the armed-forces status (rule 4), if given, not null
 * @param mentalHealthAct  the Mental Health Act history (rule 8), if any, not null
 * @param placement  a placement by a commissioner (rule 9), if any, not null
 * @param admission  the in-patient admission and discharge (rules 10 and 11), not null
 * @param communityDiagnosticCentre  whether the activity is at a Community Diagnostic Centre (rule 12)
 * @since 0.1.0
 */
public record PatientContext(LocalDate serviceDate, ServiceCategory service, Registration registration,
        Residence residence, Optional<Detention> detention, Optional<ArmedForcesStatus> armedForces,
        Optional<MentalHealthAct> mentalHealthAct, Optional<Placement> placement, Admission admission,
        boolean communityDiagnosticCentre) {

    /**
     * Validates.
     *
     * @param serviceDate  the date of the service, which chooses the rule version, not null
     * @param service  the service category, not null
     * @param registration  the GP registration, not null
     * @param residence  where the patient lives and is, not null
     * @param detention  the detention in a prison or other secure setting (rule 3), if any, not null
     * @param armedForces  the armed-forces status (rule 4), if given, not null
     * @param mentalHealthAct  the Mental Health Act history (rule 8), if any, not null
     * @param placement  a placement by a commissioner (rule 9), if any, not null
     * @param admission  the in-patient admission and discharge (rules 10 and 11), not null
     * @param communityDiagnosticCentre  whether the activity is at a Community Diagnostic Centre (rule 12)
     * @throws IllegalArgumentException if an event is dated after the service date (the date of the application
     *         for detention, the first day of aftercare, the first day of the placement, the admission date: each
     *         describes the patient on the service date, so it cannot have happened yet), or aftercare begins before
     *         the application for the detention it follows; the message starts with the input's name
     */
    public PatientContext {
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(detention, "detention");
        Objects.requireNonNull(armedForces, "armedForces");
        Objects.requireNonNull(mentalHealthAct, "mentalHealthAct");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(admission, "admission");
        if (mentalHealthAct.isPresent()) {
            MentalHealthAct m = mentalHealthAct.get();
            notAfterService("mhaApplicationDate", m.applicationDate(), serviceDate);
            notAfterService("aftercareStart", m.aftercareStart(), serviceDate);
            if (m.applicationDate().isPresent() && m.aftercareStart().isPresent()
                    && m.aftercareStart().get().isBefore(m.applicationDate().get())) {
                throw new IllegalArgumentException("aftercareStart " + m.aftercareStart().get() + " is before the"
                        + " application for detention on " + m.applicationDate().get() + ": s.117 aftercare follows"
                        + " the detention");
            }
        }
        if (placement.isPresent()) {
            notAfterService("placementStart", Optional.of(placement.get().start()), serviceDate);
        }
        notAfterService("admissionDate", admission.date(), serviceDate);
    }

    /** An event that describes the patient on the service date cannot be dated after it. */
    private static void notAfterService(String input, Optional<LocalDate> date, LocalDate serviceDate) {
        if (date.isPresent() && date.get().isAfter(serviceDate)) {
            throw new IllegalArgumentException(input + " " + date.get() + " is after the service date " + serviceDate
                    + ": an event that has not happened by the service date cannot decide who pays for it");
        }
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
     * A patient's GP registration (rules 15 to 17).
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param practice  the code of the practice the patient is registered with (on the service date, or on the
     *         fixing date of rules 8 and 10): a GP practice, a secure setting's healthcare cost centre, a Defence
     *         Medical Services centre or a practice in Wales, if given, not null
     * @param unregistered  true if the patient is not registered with any practice (rule 17); without a practice
     *         and without this flag the registration is a missing input
     * @param temporaryResident  true if the patient is registered elsewhere as a temporary resident (rule 15:
     *         changes nothing)
     * @since 0.1.0
     */
    public record Registration(Optional<OdsCode> practice, boolean unregistered, boolean temporaryResident) {

        private static final Registration NONE = new Registration(Optional.empty(), false, false);

        /**
         * Validates.
         *
         * @param practice  the code of the practice the patient is registered with (on the service date, or on the
         *         fixing date of rules 8 and 10): a GP practice, a secure setting's healthcare cost centre, a Defence
         *         Medical Services centre or a practice in Wales, if given, not null
         * @param unregistered  true if the patient is not registered with any practice (rule 17); without a practice
         *         and without this flag the registration is a missing input
         * @param temporaryResident  true if the patient is registered elsewhere as a temporary resident (rule 15:
         *         changes nothing)
         * @throws IllegalArgumentException if a practice is given for an unregistered patient
         */
        public Registration {
            Objects.requireNonNull(practice, "practice");
            if (unregistered && practice.isPresent()) {
                throw new IllegalArgumentException("a patient cannot be both unregistered and registered with "
                        + practice.get());
            }
        }

        /**
         * Returns the registration of which nothing is known.
         *
         * @return the registration, not null
         */
        public static Registration none() {
            return NONE;
        }
    }

    /**
     * Where a patient usually lives and where the patient is (rules 1, 7, 13, 14 and 17).
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param usual  the area where the patient usually lives: a PCT, CCG, sub-ICB location, ICB or upper-tier
     *         local authority code, if given, not null
     * @param presentIn  the area where the patient is (rules 1 for open-access services, 7 and 13) or, for dental,
     *         pharmacy and optometry contracts, where the contractor is (rule 5), if given, not null
     * @param country  the UK country (or overseas) of usual residence, where not England (rules 13 and 14), if
     *         given, not null
     * @param overseasVisitor  true if the patient is an overseas visitor, not ordinarily resident in the UK (rule 13)
     * @since 0.1.0
     */
    public record Residence(Optional<OdsCode> usual, Optional<OdsCode> presentIn, Optional<Country> country,
            boolean overseasVisitor) {

        private static final Residence NONE = new Residence(Optional.empty(), Optional.empty(), Optional.empty(),
                false);

        /**
         * Validates.
         *
         * @param usual  the area where the patient usually lives: a PCT, CCG, sub-ICB location, ICB or upper-tier
         *         local authority code, if given, not null
         * @param presentIn  the area where the patient is (rules 1 for open-access services, 7 and 13) or, for dental,
         *         pharmacy and optometry contracts, where the contractor is (rule 5), if given, not null
         * @param country  the UK country (or overseas) of usual residence, where not England (rules 13 and 14), if
         *         given, not null
         * @param overseasVisitor  true if the patient is an overseas visitor, not ordinarily resident in the UK
         *         (rule 13)
         */
        public Residence {
            Objects.requireNonNull(usual, "usual");
            Objects.requireNonNull(presentIn, "presentIn");
            Objects.requireNonNull(country, "country");
        }

        /**
         * Returns the residence of which nothing is known.
         *
         * @return the residence, not null
         */
        public static Residence none() {
            return NONE;
        }
    }

    /**
     * A detention in a prison or other secure setting (rule 3); detention in hospital under the Mental Health Act
     * is not this.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param setting  the kind of setting, if given, not null
     * @param establishment  the code of the establishment's healthcare cost centre, if given, not null
     * @since 0.1.0
     */
    public record Detention(Optional<Setting> setting, Optional<OdsCode> establishment) {

        /**
         * Where a patient is detained.
         *
         * @since 0.1.0
         */
        public enum Setting {
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
         * Validates.
         *
         * @param setting  the kind of setting, if given, not null
         * @param establishment  the code of the establishment's healthcare cost centre, if given, not null
         * @throws IllegalArgumentException if neither the setting nor the establishment is given
         */
        public Detention {
            Objects.requireNonNull(setting, "setting");
            Objects.requireNonNull(establishment, "establishment");
            if (setting.isEmpty() && establishment.isEmpty()) {
                throw new IllegalArgumentException("a detention needs its setting or its establishment");
            }
        }
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
     * A patient's Mental Health Act history (rule 8): detention in hospital or s.117 aftercare, and the dates and
     * places that fix the responsible body.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param status  detained or on aftercare, not null
     * @param applicationDate  the date the relevant application for detention was made (fixes the body), if given,
     *         not null
     * @param aftercareStart  the first day of s.117 aftercare (discharge from the qualifying detention), if given,
     *         not null
     * @param practiceBeforeDetention  the practice the patient was registered with immediately before detention, if
     *         given, not null
     * @param residenceBeforeDetention  the area where the patient was (ordinarily) resident immediately before
     *         detention, if given, not null
     * @since 0.1.0
     */
    public record MentalHealthAct(Status status, Optional<LocalDate> applicationDate,
            Optional<LocalDate> aftercareStart, Optional<OdsCode> practiceBeforeDetention,
            Optional<OdsCode> residenceBeforeDetention) {

        /**
         * Whether a patient is detained under the Act or receiving s.117 aftercare.
         *
         * @since 0.1.0
         */
        public enum Status {
            /** Detained in hospital under the Act. */
            DETAINED,
            /** Receiving s.117 aftercare. */
            AFTERCARE
        }

        /**
         * Validates.
         *
         * @param status  detained or on aftercare, not null
         * @param applicationDate  the date the relevant application for detention was made (fixes the body), if given,
         *         not null
         * @param aftercareStart  the first day of s.117 aftercare (discharge from the qualifying detention), if given,
         *         not null
         * @param practiceBeforeDetention  the practice the patient was registered with immediately before detention, if
         *         given, not null
         * @param residenceBeforeDetention  the area where the patient was (ordinarily) resident immediately before
         *         detention, if given, not null
         */
        public MentalHealthAct {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(applicationDate, "applicationDate");
            Objects.requireNonNull(aftercareStart, "aftercareStart");
            Objects.requireNonNull(practiceBeforeDetention, "practiceBeforeDetention");
            Objects.requireNonNull(residenceBeforeDetention, "residenceBeforeDetention");
        }
    }

    /**
     * An in-patient admission and a discharge to assess (rules 10 and 11).
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param date  the admission date of the in-patient spell the service belongs to, if any, not null
     * @param dischargeToAssessPlacer  the CCG that placed the patient under discharge to assess, if any, not null
     * @since 0.1.0
     */
    public record Admission(Optional<LocalDate> date, Optional<OdsCode> dischargeToAssessPlacer) {

        private static final Admission NONE = new Admission(Optional.empty(), Optional.empty());

        /**
         * Validates.
         *
         * @param date  the admission date of the in-patient spell the service belongs to, if any, not null
         * @param dischargeToAssessPlacer  the CCG that placed the patient under discharge to assess, if any, not null
         */
        public Admission {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(dischargeToAssessPlacer, "dischargeToAssessPlacer");
        }

        /**
         * Returns the absence of an admission and of a discharge to assess.
         *
         * @return the value, not null
         */
        public static Admission none() {
            return NONE;
        }
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

    /**
     * Builds a {@link PatientContext} one input at a time; each group is assembled on {@link #build()}. Not
     * thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final LocalDate serviceDate;
        private final ServiceCategory service;
        private @Nullable OdsCode registeredPractice;
        private boolean unregistered;
        private boolean temporaryResident;
        private @Nullable OdsCode usualResidence;
        private @Nullable OdsCode presentIn;
        private @Nullable Country residenceCountry;
        private boolean overseasVisitor;
        private Detention.@Nullable Setting detention;
        private @Nullable OdsCode detentionEstablishment;
        private @Nullable ArmedForcesStatus armedForces;
        private MentalHealthAct.@Nullable Status mentalHealthAct;
        private @Nullable LocalDate mhaApplicationDate;
        private @Nullable LocalDate aftercareStart;
        private @Nullable OdsCode practiceBeforeDetention;
        private @Nullable OdsCode residenceBeforeDetention;
        private @Nullable Placement placement;
        private @Nullable LocalDate admissionDate;
        private @Nullable OdsCode dischargeToAssessPlacer;
        private boolean communityDiagnosticCentre;

        private Builder(LocalDate serviceDate, ServiceCategory service) {
            this.serviceDate = Objects.requireNonNull(serviceDate, "serviceDate");
            this.service = Objects.requireNonNull(service, "service");
        }

        /**
         * Sets the practice the patient is registered with (on the service date, or on the fixing date of rules 8
         * and 10): a GP practice, a secure setting's healthcare cost centre, a Defence Medical Services centre or a
         * practice in Wales.
         *
         * @param value  the code, not null
         * @return this builder, not null
         */
        public Builder registeredPractice(OdsCode value) {
            this.registeredPractice = Objects.requireNonNull(value, "registeredPractice");
            return this;
        }

        /**
         * Sets the practice the patient is registered with, from text; see {@link #registeredPractice(OdsCode)}.
         *
         * @param code  the code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not a code
         */
        public Builder registeredPractice(String code) {
            return registeredPractice(OdsCode.of(code));
        }

        /**
         * Sets whether the patient is not registered with any GP practice (rule 17); without a practice and without
         * this flag the registration is a missing input.
         *
         * @param value  the flag
         * @return this builder, not null
         */
        public Builder unregistered(boolean value) {
            this.unregistered = value;
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
         * Sets the area where the patient usually lives: a PCT, CCG, sub-ICB location, ICB or upper-tier local
         * authority code; postcodes are not looked up.
         *
         * @param value  the code, not null
         * @return this builder, not null
         */
        public Builder usualResidence(OdsCode value) {
            this.usualResidence = Objects.requireNonNull(value, "usualResidence");
            return this;
        }

        /**
         * Sets the area where the patient usually lives, from text; see {@link #usualResidence(OdsCode)}.
         *
         * @param code  the code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not a code
         */
        public Builder usualResidence(String code) {
            return usualResidence(OdsCode.of(code));
        }

        /**
         * Sets the place where the patient is (rules 1, 7 and 13), or, for dental, pharmacy and optometry contracts,
         * where the contractor is (rule 5).
         *
         * @param value  the code, not null
         * @return this builder, not null
         */
        public Builder presentIn(OdsCode value) {
            this.presentIn = Objects.requireNonNull(value, "presentIn");
            return this;
        }

        /**
         * Sets the place where the patient is, from text; see {@link #presentIn(OdsCode)}.
         *
         * @param code  the code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not a code
         */
        public Builder presentIn(String code) {
            return presentIn(OdsCode.of(code));
        }

        /**
         * Sets the UK country (or overseas) of usual residence, where not England (rules 13 and 14).
         *
         * @param value  the country, not null
         * @return this builder, not null
         */
        public Builder residenceCountry(Country value) {
            this.residenceCountry = Objects.requireNonNull(value, "residenceCountry");
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
         * Sets where the patient is detained (rule 3); detention in hospital under the Mental Health Act is not
         * this.
         *
         * @param value  the setting, not null
         * @return this builder, not null
         */
        public Builder detention(Detention.Setting value) {
            this.detention = Objects.requireNonNull(value, "detention");
            return this;
        }

        /**
         * Sets the establishment where the patient is detained: its healthcare cost centre's code (rule 3).
         *
         * @param value  the code, not null
         * @return this builder, not null
         */
        public Builder detentionEstablishment(OdsCode value) {
            this.detentionEstablishment = Objects.requireNonNull(value, "detentionEstablishment");
            return this;
        }

        /**
         * Sets the establishment where the patient is detained, from text; see
         * {@link #detentionEstablishment(OdsCode)}.
         *
         * @param code  the code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not a code
         */
        public Builder detentionEstablishment(String code) {
            return detentionEstablishment(OdsCode.of(code));
        }

        /**
         * Sets the patient's armed-forces status (rule 4).
         *
         * @param value  the status, not null
         * @return this builder, not null
         */
        public Builder armedForces(ArmedForcesStatus value) {
            this.armedForces = Objects.requireNonNull(value, "armedForces");
            return this;
        }

        /**
         * Sets whether the patient is detained under the Mental Health Act or receiving s.117 aftercare (rule 8);
         * the other Mental Health Act inputs need it.
         *
         * @param value  the status, not null
         * @return this builder, not null
         */
        public Builder mentalHealthAct(MentalHealthAct.Status value) {
            this.mentalHealthAct = Objects.requireNonNull(value, "mentalHealthAct");
            return this;
        }

        /**
         * Sets the date the relevant application for detention was made (rule 8; fixes the body).
         *
         * @param value  the date, not null
         * @return this builder, not null
         */
        public Builder mhaApplicationDate(LocalDate value) {
            this.mhaApplicationDate = Objects.requireNonNull(value, "mhaApplicationDate");
            return this;
        }

        /**
         * Sets the first day of s.117 aftercare (discharge from the qualifying detention; rule 8).
         *
         * @param value  the date, not null
         * @return this builder, not null
         */
        public Builder aftercareStart(LocalDate value) {
            this.aftercareStart = Objects.requireNonNull(value, "aftercareStart");
            return this;
        }

        /**
         * Sets the practice the patient was registered with immediately before detention (rule 8).
         *
         * @param value  the code, not null
         * @return this builder, not null
         */
        public Builder practiceBeforeDetention(OdsCode value) {
            this.practiceBeforeDetention = Objects.requireNonNull(value, "practiceBeforeDetention");
            return this;
        }

        /**
         * Sets the practice the patient was registered with immediately before detention, from text.
         *
         * @param code  the code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not a code
         */
        public Builder practiceBeforeDetention(String code) {
            return practiceBeforeDetention(OdsCode.of(code));
        }

        /**
         * Sets the area where the patient was (ordinarily) resident immediately before detention (rule 8).
         *
         * @param value  the code, not null
         * @return this builder, not null
         */
        public Builder residenceBeforeDetention(OdsCode value) {
            this.residenceBeforeDetention = Objects.requireNonNull(value, "residenceBeforeDetention");
            return this;
        }

        /**
         * Sets the area where the patient was (ordinarily) resident immediately before detention, from text.
         *
         * @param code  the code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not a code
         */
        public Builder residenceBeforeDetention(String code) {
            return residenceBeforeDetention(OdsCode.of(code));
        }

        /**
         * Sets a placement by a commissioner (rule 9).
         *
         * @param value  the placement, not null
         * @return this builder, not null
         */
        public Builder placement(Placement value) {
            this.placement = Objects.requireNonNull(value, "placement");
            return this;
        }

        /**
         * Sets the admission date of the in-patient spell the service belongs to (rule 10).
         *
         * @param value  the date, not null
         * @return this builder, not null
         */
        public Builder admissionDate(LocalDate value) {
            this.admissionDate = Objects.requireNonNull(value, "admissionDate");
            return this;
        }

        /**
         * Sets the CCG that placed the patient under discharge to assess (rule 11).
         *
         * @param value  the code, not null
         * @return this builder, not null
         */
        public Builder dischargeToAssessPlacer(OdsCode value) {
            this.dischargeToAssessPlacer = Objects.requireNonNull(value, "dischargeToAssessPlacer");
            return this;
        }

        /**
         * Sets the CCG that placed the patient under discharge to assess, from text.
         *
         * @param code  the code, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the text is not a code
         */
        public Builder dischargeToAssessPlacer(String code) {
            return dischargeToAssessPlacer(OdsCode.of(code));
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
         * Builds the context.
         *
         * @return the context, not null
         * @throws IllegalArgumentException if a practice is given for an unregistered patient, or a Mental Health
         *         Act date or place without the Mental Health Act status, or an event is dated after the service
         *         date, or aftercare before the application for detention
         */
        public PatientContext build() {
            Registration registration = new Registration(Optional.ofNullable(registeredPractice), unregistered,
                    temporaryResident);
            Residence residence = new Residence(Optional.ofNullable(usualResidence), Optional.ofNullable(presentIn),
                    Optional.ofNullable(residenceCountry), overseasVisitor);
            Optional<Detention> detained = detention == null && detentionEstablishment == null ? Optional.empty()
                    : Optional.of(new Detention(Optional.ofNullable(detention),
                            Optional.ofNullable(detentionEstablishment)));
            Optional<MentalHealthAct> mha = Optional.empty();
            if (mentalHealthAct != null) {
                mha = Optional.of(new MentalHealthAct(mentalHealthAct, Optional.ofNullable(mhaApplicationDate),
                        Optional.ofNullable(aftercareStart), Optional.ofNullable(practiceBeforeDetention),
                        Optional.ofNullable(residenceBeforeDetention)));
            } else if (mhaApplicationDate != null || aftercareStart != null || practiceBeforeDetention != null
                    || residenceBeforeDetention != null) {
                throw new IllegalArgumentException("the Mental Health Act dates and places before detention need"
                        + " the Mental Health Act status (detained or aftercare)");
            }
            Admission admission = admissionDate == null && dischargeToAssessPlacer == null ? Admission.none()
                    : new Admission(Optional.ofNullable(admissionDate), Optional.ofNullable(dischargeToAssessPlacer));
            return new PatientContext(serviceDate, service, registration, residence, detained,
                    Optional.ofNullable(armedForces), mha, Optional.ofNullable(placement), admission,
                    communityDiagnosticCentre);
        }
    }
}
