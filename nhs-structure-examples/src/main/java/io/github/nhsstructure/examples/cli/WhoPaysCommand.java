package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.commissioner.UnsuitableInputCodeException;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.exception.NhsStructureException;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.whopays.Determination;
import io.github.nhsstructure.whopays.InputOutsideCoverageException;
import io.github.nhsstructure.whopays.PatientContext;
import io.github.nhsstructure.whopays.Placement;
import io.github.nhsstructure.whopays.UnknownInputCodeException;
import io.github.nhsstructure.whopays.WhoPays;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nhs-structure who-pays --on DATE --service CATEGORY [inputs...] [--json]}: the Who Pays? determination
 * for a patient context: the responsible commissioner, status, rule id and version, certainty, inputs used,
 * missing inputs, sources and the explanation; where the rules name no body, the reason for the type alone. Places
 * are codes: a practice (a GP practice, a prison's healthcare cost centre, a Defence Medical Services centre or a
 * practice in Wales), or a PCT, CCG, sub-ICB location, ICB or upper-tier local authority standing for an area;
 * ONS codes are resolved on the service date ({@code --placed-by} on the first day of the placement, the codes
 * before detention on the date of the application). An input not given is never guessed. Every input given is
 * checked, whether or not a rule reads it: an unknown code, one of the wrong kind, one not open on the date its
 * option speaks of (a practice on the service date, the placing body on the first day of the placement), a date
 * outside the data's coverage or an event after the service date is one line naming the option, with exit status 2.
 *
 * <p>This class is mutable (picocli populates it) and not thread-safe.
 *
 * @since 0.1.0
 */
@Command(name = "who-pays", description = "Prints the Who Pays? determination for a patient context, explained.")
public final class WhoPaysCommand extends StructureCommand {

    @Option(names = "--on", paramLabel = "DATE", converter = DateConverter.class,
            description = "The service date, yyyy-MM-dd; default: today.")
    private Optional<LocalDate> on = Optional.empty();

    @Option(names = "--service", required = true, paramLabel = "CATEGORY",
            description = "The service category: ${COMPLETION-CANDIDATES}.")
    private ServiceCategory service;

    @Option(names = "--practice", paramLabel = "CODE", description = "The registered practice: a GP practice, a"
            + " prison's healthcare cost centre (detained there), a Defence Medical Services centre or a practice in"
            + " Wales.")
    private Optional<String> practice = Optional.empty();

    @Option(names = "--unregistered", description = "The patient is not registered with any practice.")
    private boolean unregistered;

    @Option(names = "--residence", paramLabel = "CODE",
            description = "The area of usual residence: a PCT, CCG, sub-ICB location, ICB or upper-tier local"
                    + " authority code (ODS, or ONS resolved on the service date).")
    private Optional<String> residence = Optional.empty();

    @Option(names = "--present", paramLabel = "CODE",
            description = "Where the patient is present (or the dental/pharmacy/optometry contractor is): an area"
                    + " as for --residence, or a practice, prison or DMS centre.")
    private Optional<String> present = Optional.empty();

    @Option(names = "--detained", arity = "0..1", fallbackValue = "PRISON", paramLabel = "SETTING",
            description = "Detained in a secure setting (default PRISON): ${COMPLETION-CANDIDATES}.")
    private Optional<PatientContext.Detention.Setting> detained = Optional.empty();

    @Option(names = "--establishment", paramLabel = "CODE", description = "The ODS code of the establishment's"
            + " healthcare cost centre (a secure setting); implies detention there.")
    private Optional<String> establishment = Optional.empty();

    @Option(names = "--armed-forces", paramLabel = "STATUS", description = "${COMPLETION-CANDIDATES}; a --practice"
            + " that is a DMS centre implies a DMS status.")
    private Optional<PatientContext.ArmedForcesStatus> armedForces = Optional.empty();

    @Option(names = "--mha", paramLabel = "STATUS", description = "Mental Health Act: ${COMPLETION-CANDIDATES}.")
    private Optional<PatientContext.MentalHealthAct.Status> mha = Optional.empty();

    @Option(names = "--mha-application", paramLabel = "DATE", converter = DateConverter.class,
            description = "The date of the relevant application for detention.")
    private Optional<LocalDate> mhaApplication = Optional.empty();

    @Option(names = "--aftercare-start", paramLabel = "DATE", converter = DateConverter.class,
            description = "The first day of s.117 aftercare.")
    private Optional<LocalDate> aftercareStart = Optional.empty();

    @Option(names = "--practice-before-detention", paramLabel = "CODE")
    private Optional<String> practiceBeforeDetention = Optional.empty();

    @Option(names = "--residence-before-detention", paramLabel = "CODE")
    private Optional<String> residenceBeforeDetention = Optional.empty();

    @Option(names = "--placed-by", paramLabel = "CODE", description = "The commissioner that placed the patient.")
    private Optional<String> placedBy = Optional.empty();

    @Option(names = "--placement-start", paramLabel = "DATE", converter = DateConverter.class)
    private Optional<LocalDate> placementStart = Optional.empty();

    @Option(names = "--placement-setting", paramLabel = "SETTING", defaultValue = "CARE_HOME",
            description = "${COMPLETION-CANDIDATES}; default: ${DEFAULT-VALUE}.")
    private Placement.Setting placementSetting;

    @Option(names = "--admitted", paramLabel = "DATE", converter = DateConverter.class,
            description = "The admission date of the in-patient spell.")
    private Optional<LocalDate> admitted = Optional.empty();

    @Option(names = "--discharge-to-assess", paramLabel = "CODE", description = "The placing CCG.")
    private Optional<String> dischargeToAssess = Optional.empty();

    @Option(names = "--cdc", description = "Community Diagnostic Centre activity.")
    private boolean cdc;

    @Option(names = "--overseas-visitor", description = "Not ordinarily resident in the UK.")
    private boolean overseasVisitor;

    @Option(names = "--residence-country", paramLabel = "COUNTRY", description = "${COMPLETION-CANDIDATES}.")
    private Optional<PatientContext.Country> residenceCountry = Optional.empty();

    @Option(names = "--temporary-resident", description = "Registered elsewhere as a temporary resident.")
    private boolean temporaryResident;

    @Mixin
    private JsonOption json;

    /**
     * Creates the command; picocli calls this.
     */
    public WhoPaysCommand() {
    }

    /** The command-line option of each input the engine names in its errors. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("registeredPractice", "--practice"),
            Map.entry("usualResidence", "--residence"), Map.entry("presentIn", "--present"),
            Map.entry("detentionEstablishment", "--establishment"),
            Map.entry("practiceBeforeDetention", "--practice-before-detention"),
            Map.entry("residenceBeforeDetention", "--residence-before-detention"),
            Map.entry("placedBy", "--placed-by"), Map.entry("dischargeToAssessPlacer", "--discharge-to-assess"),
            Map.entry("mhaApplicationDate", "--mha-application"), Map.entry("aftercareStart", "--aftercare-start"),
            Map.entry("placementStart", "--placement-start"), Map.entry("admissionDate", "--admitted"));

    /** An input error's message with the input it starts with named as the option the user typed. */
    private static String optionMessage(String message) {
        int end = 0;
        while (end < message.length() && Character.isLetter(message.charAt(end))) {
            end++;
        }
        String option = OPTIONS.get(message.substring(0, end));
        return option == null ? message : option + message.substring(end);
    }

    private Optional<String> ods(Optional<String> code, LocalDate date) {
        return code.map(c -> OrganisationCodes.odsCodeOn(structure(), c, date));
    }

    @Override
    protected void run() {
        LocalDate date = on.orElseGet(this::today);
        if (placedBy.isPresent() != placementStart.isPresent()) {
            throw new NhsStructureException("--placed-by and --placement-start go together");
        }
        // ONS codes become ODS codes before the engine: on the service date, the placing body's on the first day
        // of the placement, the codes before detention on the date of the application for detention.
        LocalDate beforeDetention = mhaApplication.orElse(date);
        PatientContext context;
        try {
            PatientContext.Builder b = PatientContext.builder(date, service);
            ods(practice, date).ifPresent(b::registeredPractice);
            b.unregistered(unregistered);
            ods(residence, date).ifPresent(b::usualResidence);
            ods(present, date).ifPresent(b::presentIn);
            detained.ifPresent(b::detention);
            ods(establishment, date).ifPresent(b::detentionEstablishment);
            armedForces.ifPresent(b::armedForces);
            mha.ifPresent(b::mentalHealthAct);
            mhaApplication.ifPresent(b::mhaApplicationDate);
            aftercareStart.ifPresent(b::aftercareStart);
            ods(practiceBeforeDetention, beforeDetention).ifPresent(b::practiceBeforeDetention);
            ods(residenceBeforeDetention, beforeDetention).ifPresent(b::residenceBeforeDetention);
            placementStart.ifPresent(start -> ods(placedBy, start).ifPresent(p -> b.placement(
                    new Placement(OdsCode.of(p), start, placementSetting))));
            admitted.ifPresent(b::admissionDate);
            ods(dischargeToAssess, date).ifPresent(b::dischargeToAssessPlacer);
            b.communityDiagnosticCentre(cdc).overseasVisitor(overseasVisitor).temporaryResident(temporaryResident);
            residenceCountry.ifPresent(b::residenceCountry);
            context = b.build();
        } catch (IllegalArgumentException e) {
            throw new NhsStructureException(optionMessage(e.getMessage()));
        }
        Determination d;
        try {
            d = WhoPays.of(structure()).determine(context);
        } catch (UnknownInputCodeException | UnsuitableInputCodeException | InputOutsideCoverageException e) {
            throw new NhsStructureException(optionMessage(e.getMessage()));
        }
        if (json.enabled) {
            printJson(d);
            return;
        }
        println("Who pays: " + d.summary());
        d.typeOnlyReason().ifPresent(r -> println("Type only: " + r));
        println("Status: " + d.status() + (d.missingInputs().isEmpty() ? ""
                : " (missing: " + String.join(", ", d.missingInputs()) + ")"));
        println("Rule: " + d.ruleId() + " " + d.rule().title());
        println("Version: " + d.version().id() + " (in force " + d.version().inForce() + ")");
        println("Certainty: " + d.certainty());
        println("Inputs used: " + d.inputsUsed().stream().map(i -> i.name() + "=" + i.value())
                .collect(Collectors.joining(", ")));
        println("Sources: " + String.join(", ", d.sources()));
        println("Explanation:");
        CommissioningJson.indent(d.explanation()).forEach(this::println);
    }
}
