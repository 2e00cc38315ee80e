package io.github.nhsstructure.whopays;

import io.github.nhsstructure.lookup.StructureLookup;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every code of a {@link PatientContext} before any rule runs: the code must be an organisation of the
 * structure, and one that has been of a kind that makes sense for its input at some time (kinds are dated: a CCG
 * code later a sub-ICB location is accepted as a residence either way). An armed-forces status that keeps the
 * patient under the general rules does not fit a registration with a Defence Medical Services centre.
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
     * @throws UnsuitableInputCodeException if a code is of a kind its input does not accept
     */
    static void check(StructureLookup structure, PatientContext p) {
        // Plain checks, not ifPresent with lambdas: each capturing lambda is an allocation on every determination.
        check(structure, p, "registeredPractice", p.registration().practice(), PRACTICES);
        check(structure, p, "usualResidence", p.residence().usual(), AREAS);
        check(structure, p, "presentIn", p.residence().presentIn(), PLACES);
        if (p.detention().isPresent()) {
            check(structure, p, "detentionEstablishment", p.detention().get().establishment(), ESTABLISHMENTS);
        }
        if (p.mentalHealthAct().isPresent()) {
            PatientContext.MentalHealthAct m = p.mentalHealthAct().get();
            check(structure, p, "practiceBeforeDetention", m.practiceBeforeDetention(), PRACTICES);
            check(structure, p, "residenceBeforeDetention", m.residenceBeforeDetention(), AREAS);
        }
        if (p.placement().isPresent()) {
            check(structure, p, "placedBy", p.placement().get().placedBy(), PLACERS);
        }
        check(structure, p, "dischargeToAssessPlacer", p.admission().dischargeToAssessPlacer(), DISCHARGE_PLACERS);
        Optional<PatientContext.ArmedForcesStatus> status = p.armedForces();
        Optional<OdsCode> practice = p.registration().practice();
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

    private static void check(StructureLookup structure, PatientContext p, String input, Optional<OdsCode> code,
            Set<OrganisationKind> expected) {
        if (code.isPresent()) {
            check(structure, p, input, code.get(), expected);
        }
    }

    private static void check(StructureLookup structure, PatientContext p, String input, OdsCode code,
            Set<OrganisationKind> expected) {
        Optional<Organisation> found = structure.organisation(code);
        if (found.isEmpty()) {
            throw new UnknownInputCodeException(input, code.toString(), structure.dataVersion());
        }
        Organisation o = found.get();
        for (OrganisationKind k : expected) {
            if (o.everOfKind(k)) {
                return;
            }
        }
        String kind = label(kindOf(o, p));
        throw new UnsuitableInputCodeException(input, code.toString(), expected, input + " " + code + " is "
                + article(kind) + kind + ", not " + article(labels(expected)) + labels(expected));
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

    private static String article(String phrase) {
        return "aeiou".indexOf(phrase.charAt(0)) >= 0 || phrase.startsWith("NHS") ? "an " : "a ";
    }

    private static String labels(Set<OrganisationKind> kinds) {
        String all = kinds.stream().map(InputCheck::label).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
