package io.github.nhsstructure.whopays;

import io.github.nhsstructure.NhsStructure;
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
    static void check(NhsStructure structure, PatientContext p) {
        p.registration().practice().ifPresent(c -> check(structure, p, "registeredPractice", c, PRACTICES));
        p.residence().usual().ifPresent(c -> check(structure, p, "usualResidence", c, AREAS));
        p.residence().presentIn().ifPresent(c -> check(structure, p, "presentIn", c, PLACES));
        p.detention().flatMap(PatientContext.Detention::establishment)
                .ifPresent(c -> check(structure, p, "detentionEstablishment", c, ESTABLISHMENTS));
        p.mentalHealthAct().ifPresent(m -> {
            m.practiceBeforeDetention().ifPresent(c -> check(structure, p, "practiceBeforeDetention", c, PRACTICES));
            m.residenceBeforeDetention().ifPresent(c -> check(structure, p, "residenceBeforeDetention", c, AREAS));
        });
        p.placement().ifPresent(pl -> check(structure, p, "placedBy", pl.placedBy(), PLACERS));
        p.admission().dischargeToAssessPlacer()
                .ifPresent(c -> check(structure, p, "dischargeToAssessPlacer", c, DISCHARGE_PLACERS));
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

    private static void check(NhsStructure structure, PatientContext p, String input, OdsCode code,
            Set<OrganisationKind> expected) {
        Organisation o = structure.organisation(code).orElseThrow(
                () -> new UnknownInputCodeException(input, code.toString(), structure.dataVersion()));
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
