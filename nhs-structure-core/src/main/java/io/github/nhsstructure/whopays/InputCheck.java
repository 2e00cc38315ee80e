package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioner.UnsuitableInputCodeException;
import io.github.nhsstructure.lookup.StructureLookup;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.time.DateRange;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks every input of a {@link PatientContext} before any rule runs. A code must be an organisation of the
 * structure, and one that has been of a kind that makes sense for its input at some time (kinds are dated: a CCG
 * code later a sub-ICB location is accepted as a residence either way). A date (placement start, application for
 * detention, aftercare start, admission) must lie in the dataset's coverage. A code must stand for something on the
 * date its input speaks of: a practice, establishment or placing body must be open then (a patient is registered
 * with, detained in or placed by an organisation that exists); an area must have opened by then, and one closed by
 * then stands for its successor (rule 0b), as an old code in a patient's record does. An armed-forces status that
 * keeps the patient under the general rules does not fit a registration with a Defence Medical Services centre.
 *
 * <p>This class is immutable and thread-safe.
 */
final class InputCheck {

    /** What may be a registered practice: a prisoner's or DMS patient's practice is the establishment's code. */
    static final Set<OrganisationKind> PRACTICES = EnumSet.of(OrganisationKind.GP_PRACTICE,
            OrganisationKind.SECURE_SETTING, OrganisationKind.DEFENCE_MEDICAL_CENTRE,
            OrganisationKind.WELSH_GP_PRACTICE);
    /** What may stand for the area where a patient lives. */
    static final Set<OrganisationKind> AREAS = EnumSet.of(OrganisationKind.PCT, OrganisationKind.CCG,
            OrganisationKind.SUB_ICB_LOCATION, OrganisationKind.ICB, OrganisationKind.LOCAL_AUTHORITY);
    /** What may stand for the place where a patient is: an area or a practice-like place. */
    static final Set<OrganisationKind> PLACES = EnumSet.of(OrganisationKind.PCT, OrganisationKind.CCG,
            OrganisationKind.SUB_ICB_LOCATION, OrganisationKind.ICB, OrganisationKind.LOCAL_AUTHORITY,
            OrganisationKind.GP_PRACTICE, OrganisationKind.SECURE_SETTING, OrganisationKind.DEFENCE_MEDICAL_CENTRE,
            OrganisationKind.WELSH_GP_PRACTICE);
    /** What may be a detention establishment: a secure setting's healthcare cost centre. */
    static final Set<OrganisationKind> ESTABLISHMENTS = EnumSet.of(OrganisationKind.SECURE_SETTING);
    /** What may place a patient: a local commissioner. */
    static final Set<OrganisationKind> PLACERS = EnumSet.of(OrganisationKind.PCT, OrganisationKind.CCG,
            OrganisationKind.SUB_ICB_LOCATION, OrganisationKind.ICB);
    /** What may place a patient under discharge to assess (from 2020-09-01). */
    static final Set<OrganisationKind> DISCHARGE_PLACERS = EnumSet.of(OrganisationKind.CCG,
            OrganisationKind.SUB_ICB_LOCATION, OrganisationKind.ICB);

    private InputCheck() {
    }

    /**
     * Checks a context against a structure.
     *
     * @throws UnknownInputCodeException if a code is not an organisation of the structure
     * @throws UnsuitableInputCodeException if a code is of a kind its input does not accept, or was not open (or,
     *         for an area, had not opened) on the date its input speaks of
     * @throws InputOutsideCoverageException if a date given is outside the coverage of the dataset
     */
    static void check(StructureLookup structure, PatientContext p) {
        // Plain checks, not ifPresent with lambdas: each capturing lambda is an allocation on every determination.
        LocalDate d = p.serviceDate();
        Optional<PatientContext.MentalHealthAct> mha = p.mentalHealthAct();
        Optional<LocalDate> application = mha.isPresent() ? mha.get().applicationDate() : Optional.empty();
        Optional<LocalDate> aftercare = mha.isPresent() ? mha.get().aftercareStart() : Optional.empty();
        Optional<LocalDate> admitted = p.admission().date();
        covered(structure, "mhaApplicationDate", application);
        covered(structure, "aftercareStart", aftercare);
        if (p.placement().isPresent()) {
            covered(structure, "placementStart", Optional.of(p.placement().get().start()));
        }
        covered(structure, "admissionDate", admitted);

        // The registered practice on the service date, or at admission (rule 10 reads it there).
        Optional<OdsCode> practice = p.registration().practice();
        if (practice.isPresent()) {
            Organisation o = check(structure, p, "registeredPractice", practice.get(), PRACTICES);
            open("registeredPractice", o, PRACTICES, d, admitted.orElse(null),
                    admitted.isPresent() ? "the service date or the admission date" : "the service date");
        }
        Optional<OdsCode> residence = p.residence().usual();
        if (residence.isPresent()) {
            Organisation o = check(structure, p, "usualResidence", residence.get(), AREAS);
            opened("usualResidence", o, AREAS, d, "the service date");
        }
        Optional<OdsCode> present = p.residence().presentIn();
        if (present.isPresent()) {
            Organisation o = check(structure, p, "presentIn", present.get(), PLACES);
            if (PRACTICES.contains(o.kind())) {
                open("presentIn", o, PLACES, d, null, "the service date");
            } else {
                opened("presentIn", o, PLACES, d, "the service date");
            }
        }
        if (p.detention().isPresent() && p.detention().get().establishment().isPresent()) {
            Organisation o = check(structure, p, "detentionEstablishment",
                    p.detention().get().establishment().get(), ESTABLISHMENTS);
            open("detentionEstablishment", o, ESTABLISHMENTS, d, null, "the service date");
        }
        if (mha.isPresent()) {
            PatientContext.MentalHealthAct m = mha.get();
            // Immediately before detention: the engine reads these on the application date, or the day before it.
            if (m.practiceBeforeDetention().isPresent()) {
                Organisation o = check(structure, p, "practiceBeforeDetention", m.practiceBeforeDetention().get(),
                        PRACTICES);
                if (application.isPresent()) {
                    open("practiceBeforeDetention", o, PRACTICES, application.get().minusDays(1),
                            application.get(), "the day before the application for detention or that day");
                } else {
                    opened("practiceBeforeDetention", o, PRACTICES, aftercare.orElse(d),
                            aftercare.isPresent() ? "the first day of aftercare" : "the service date");
                }
            }
            if (m.residenceBeforeDetention().isPresent()) {
                Organisation o = check(structure, p, "residenceBeforeDetention", m.residenceBeforeDetention().get(),
                        AREAS);
                opened("residenceBeforeDetention", o, AREAS,
                        application.isPresent() ? application.get() : aftercare.orElse(d),
                        application.isPresent() ? "the date of the application for detention"
                                : aftercare.isPresent() ? "the first day of aftercare" : "the service date");
            }
        }
        if (p.placement().isPresent()) {
            Placement pl = p.placement().get();
            Organisation o = check(structure, p, "placedBy", pl.placedBy(), PLACERS);
            open("placedBy", o, PLACERS, pl.start(), null, "the first day of the placement");
        }
        Optional<OdsCode> d2a = p.admission().dischargeToAssessPlacer();
        if (d2a.isPresent()) {
            Organisation o = check(structure, p, "dischargeToAssessPlacer", d2a.get(), DISCHARGE_PLACERS);
            opened("dischargeToAssessPlacer", o, DISCHARGE_PLACERS, d, "the service date");
        }
        Optional<PatientContext.ArmedForcesStatus> status = p.armedForces();
        if (status.isPresent() && !status.get().isDms() && practice.isPresent()
                && kindOf(structure.require(practice.get()), p) == OrganisationKind.DEFENCE_MEDICAL_CENTRE) {
            Set<OrganisationKind> fits = EnumSet.copyOf(PRACTICES);
            fits.remove(OrganisationKind.DEFENCE_MEDICAL_CENTRE);
            throw new UnsuitableInputCodeException("registeredPractice", practice.get().toString(), fits,
                    "registeredPractice " + practice.get() + " is a defence medical centre, but armedForces "
                            + status.get() + " keeps the patient under the general rules, registered with "
                            + labels(fits));
        }
    }

    /** A date given must lie in the dataset's coverage. */
    private static void covered(StructureLookup structure, String input, Optional<LocalDate> date) {
        if (date.isPresent()) {
            DateRange period = structure.coverage().period();
            if (!period.contains(date.get())) {
                throw new InputOutsideCoverageException(input, date.get(), period);
            }
        }
    }

    /** The organisation of a code, of a kind its input accepts at some time. */
    private static Organisation check(StructureLookup structure, PatientContext p, String input, OdsCode code,
            Set<OrganisationKind> expected) {
        Optional<Organisation> found = structure.organisation(code);
        if (found.isEmpty()) {
            throw new UnknownInputCodeException(input, code.toString(), structure.dataVersion());
        }
        Organisation o = found.get();
        for (OrganisationKind k : expected) {
            if (o.everOfKind(k)) {
                return o;
            }
        }
        throw UnsuitableInputCodeException.ofKind(input, code.toString(), kindOf(o, p), expected);
    }

    /** An organisation open on a date (or on another, if not null), as a patient's practice or placer must be. */
    private static void open(String input, Organisation o, Set<OrganisationKind> expected,
            LocalDate on, @Nullable LocalDate orOn, String which) {
        if (o.isOpenOn(on) || orOn != null && o.isOpenOn(orOn)) {
            return;
        }
        throw notOpen(o, input, expected, on, orOn, which);
    }

    /** An area opened by a date: one closed by then stands for its successor (rule 0b). */
    private static void opened(String input, Organisation o, Set<OrganisationKind> expected, LocalDate by, String which) {
        if (!o.operationalPeriod().start().isAfter(by)) {
            return;
        }
        throw notOpen(o, input, expected, by, null, which);
    }

    /** The error for an organisation not open on a date (or another), with the period it was open. */
    private static UnsuitableInputCodeException notOpen(Organisation o, String input, Set<OrganisationKind> expected,
            LocalDate on, @Nullable LocalDate orOn, String which) {
        DateRange period = o.operationalPeriod();
        return new UnsuitableInputCodeException(input, o.code().toString(), expected, input + " " + o.code()
                + " was not open on " + on + (orOn == null ? "" : " or " + orOn) + " (" + which + "): open "
                + period.start() + " to " + (period.isUnboundedEnd() ? "now" : period.endInclusive().toString()));
    }

    /** The kind on the service date, or the last kind if the organisation was not open then. */
    private static OrganisationKind kindOf(Organisation o, PatientContext p) {
        return o.kindOn(p.serviceDate()).orElseGet(o::kind);
    }

    /** A kind's label inside a sentence: "clinical commissioning group", but "GP practice", "NHS trust". */
    private static String label(OrganisationKind kind) {
        String l = kind.label();
        return l.length() > 1 && Character.isUpperCase(l.charAt(1)) ? l
                : l.substring(0, 1).toLowerCase(Locale.ROOT) + l.substring(1);
    }

    private static String labels(Set<OrganisationKind> kinds) {
        String all = kinds.stream().map(InputCheck::label).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
