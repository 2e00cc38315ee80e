package io.github.nhsstructure.whopays;

import io.github.nhsstructure.commissioner.Commissioning;
import io.github.nhsstructure.commissioner.UnsuitableInputCodeException;
import io.github.nhsstructure.commissioning.CommissioningRule;
import io.github.nhsstructure.commissioning.NoRuleException;
import io.github.nhsstructure.lookup.StructureLookup;
import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.provenance.Certainty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Who Pays? engine: the ordered decision list of {@code docs/domain.md} section 3.2 as code, one small class
 * per rule, evaluated in the order of {@link WhoPaysRule}; the first rule that matches decides and returns a
 * {@link Determination}.
 *
 * <p>Rule 0 runs first: the service date chooses the {@link WhoPaysVersion} and the category's
 * {@link CommissioningRule} row; rules that fix the body at an earlier event (0a: s.117 application or aftercare
 * start, placement start, admission) find it with the organisation data of that event's date, and a body closed
 * by the service date is replaced by its successor (0b, {@link io.github.nhsstructure.NhsStructure#successors(OdsCode, LocalDate)}).
 * A body fixed in one era and still responsible in the next (a CCG placement running into the ICB era) is
 * answered with the ICB of the CCG's sub-ICB location, marked {@link Certainty#UNCERTAIN}: the statutory transfer
 * schemes were not read. An input a rule needs but was not given yields an
 * {@linkplain Determination.Status#INCOMPLETE incomplete} determination naming it; a rule whose content the
 * sources do not give (a {@code docs/domain.md} U item) yields an {@linkplain Determination.Status#UNRESOLVED
 * unresolved} one. Nothing is guessed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WhoPays {

    /** A docs/domain.md source key (S.. or C..), as opposed to a timeline row or another reference. */
    private static final Pattern SOURCE_KEY = Pattern.compile("[SC]\\d+");

    /**
     * The decision list in order: the first step that returns a determination decides. The general rules (16,
     * 17) come last and always decide.
     */
    static final List<WhoPaysRuleStep> STEPS = List.of(
            new CategoryRowStep(),
            new TemporaryResidentStep(),
            new LocalAuthorityStep(),
            new S7aPublicHealthStep(),
            new DetainedStep(),
            new ArmedForcesStep(),
            new PrimaryCareContractStep(),
            new SpecialisedStep(),
            new EmergencyStep(),
            new MentalHealthActStep(),
            new PlacementStep(),
            new InpatientSpellStep(),
            new DischargeToAssessStep(),
            new CommunityDiagnosticCentreStep(),
            new CategoryCommissionerStep(),
            new OverseasVisitorStep(),
            new CrossBorderStep(),
            new GeneralStep());

    private final StructureLookup structure;
    private final Commissioning commissioning;
    /** Per rule row, the parts of every explanation that depend on the row only: built once, not per call. */
    private final Map<CommissioningRule, RowText> rowTexts = new IdentityHashMap<>();

    /**
     * The explanation line and the docs/domain.md source keys (S.., C..) of one commissioning rule row, and, made
     * on first use for each rule that decides under the row, the sources a determination cites: the rule's, then
     * the row's, each once.
     *
     * <p>This class is immutable and thread-safe (the cache is filled with equal values by racing threads).
     */
    static final class RowText {
        private final String line;
        private final List<String> sourceKeys;
        private final Object[] cited = new Object[WhoPaysRule.values().length];

        RowText(String line, List<String> sourceKeys) {
            this.line = line;
            this.sourceKeys = List.copyOf(sourceKeys);
        }

        String line() {
            return line;
        }

        List<String> sourceKeys() {
            return sourceKeys;
        }

        @SuppressWarnings("unchecked")
        List<String> sources(WhoPaysRule rule) {
            Object c = cited[rule.ordinal()];
            if (c == null) {
                Set<String> all = new LinkedHashSet<>(rule.sources());
                all.addAll(sourceKeys);
                c = List.copyOf(all);
                cited[rule.ordinal()] = c;
            }
            return (List<String>) c;
        }
    }

    private WhoPays(StructureLookup structure) {
        this.structure = structure;
        this.commissioning = Commissioning.of(structure);
        for (CommissioningRule r : structure.commissioningRules().all()) {
            List<String> keys = new ArrayList<>();
            for (String ref : r.references()) {
                if (SOURCE_KEY.matcher(ref).matches()) {
                    keys.add(ref);
                }
            }
            rowTexts.put(r, new RowText("Section 2 row for " + r.category() + " " + r.period() + ": "
                    + r.describe() + " (" + String.join(", ", r.references()) + "; " + r.provenance().certainty()
                    + ").", keys));
        }
    }

    /**
     * Obtains the engine for a structure and its commissioning rules.
     *
     * @param structure  the structure, not null
     * @return the engine, not null
     */
    public static WhoPays of(StructureLookup structure) {
        return new WhoPays(Objects.requireNonNull(structure, "structure"));
    }

    /**
     * Determines the responsible commissioner.
     *
     * <p>Every input of the context is checked first, whether or not the deciding rule reads it. A code must be an
     * organisation of the structure, of a kind that makes sense for its input (a practice: a GP practice, a secure
     * setting's healthcare cost centre, a Defence Medical Services centre or a practice in Wales; a residence: a PCT,
     * CCG, sub-ICB location, ICB or upper-tier local authority; a place of presence: either; an establishment: a
     * secure setting; a placing body: a PCT, CCG, sub-ICB location or ICB), and stand for something on the date its
     * input speaks of: the registered practice, a practice where the patient is and the establishment open on the
     * service date (the practice may instead be open on the admission date, which rule 10 reads it on); the placing
     * body open on the first day of the placement; the practice before detention open on the date of the
     * application for detention or the day before; an area (residence, residence before detention, place of
     * presence, discharge-to-assess placer) opened by its date, a closed one standing for its successor (rule 0b).
     * Every date given must lie in the dataset's coverage (and, being an event before the service, not after the
     * service date: {@link PatientContext} refuses that).
     *
     * @param patient  the patient context, not null
     * @return the determination, not null
     * @throws NoRuleException if the service date is before 2002-04-01 or no commissioning rule row covers it
     * @throws UnknownInputCodeException if an input code is not an organisation of the structure
     * @throws UnsuitableInputCodeException if an input code is an organisation of a kind its input does not accept,
     *         or one not open (an area: not yet open) on the date its input speaks of
     * @throws InputOutsideCoverageException if a date given is outside the coverage of the dataset
     */
    public Determination determine(PatientContext patient) {
        InputCheck.check(structure, Objects.requireNonNull(patient, "patient"));
        return evaluate(patient, STEPS);
    }

    /** Starts an evaluation of a patient: rule 0 (version and category row) is applied. */
    Evaluation start(PatientContext patient) {
        CommissioningRule row = structure.commissioningRules().rule(patient.service(), patient.serviceDate());
        RowText text = rowTexts.get(row);
        if (text == null) {
            text = new RowText("Section 2 row for " + row.category() + " " + row.period() + ": " + row.describe()
                    + ".", List.of());
        }
        return new Evaluation(structure, commissioning, patient, row, text);
    }

    /** Applies steps in order to a patient; the last step must always decide. */
    Determination evaluate(PatientContext patient, List<WhoPaysRuleStep> steps) {
        Evaluation e = start(patient);
        for (WhoPaysRuleStep step : steps) {
            Optional<Determination> d = step.apply(e);
            if (d.isPresent()) {
                return d.get();
            }
        }
        throw new IllegalStateException("no rule decided for " + patient);
    }
}
