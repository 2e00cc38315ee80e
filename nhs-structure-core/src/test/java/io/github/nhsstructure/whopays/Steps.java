package io.github.nhsstructure.whopays;

import io.github.nhsstructure.Fixture;
import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.commissioning.ServiceCategory;
import io.github.nhsstructure.organisation.Organisation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Runs one rule step, alone, on a patient of the fictional fixture (see the fixture's README). */
final class Steps {

    static final NhsStructure FIXTURE = Fixture.structure();
    static final WhoPays ENGINE = WhoPays.of(FIXTURE);

    private Steps() {
    }

    /** Starts an evaluation: rule 0 applied, no step yet. */
    static Evaluation start(String date, ServiceCategory service, UnaryOperator<PatientContext.Builder> in) {
        return ENGINE.start(in.apply(PatientContext.builder(LocalDate.parse(date), service)).build());
    }

    /** Applies one step to a patient. */
    static Optional<Determination> apply(WhoPaysRuleStep step, String date, ServiceCategory service,
            UnaryOperator<PatientContext.Builder> in) {
        return step.apply(start(date, service, in));
    }

    /** Applies one step to a patient that it must decide. */
    static Determination decide(WhoPaysRuleStep step, String date, ServiceCategory service,
            UnaryOperator<PatientContext.Builder> in) {
        return apply(step, date, service, in).orElseThrow(() -> new AssertionError(step.getClass().getSimpleName()
                + " did not decide for " + service + " on " + date));
    }

    /** The code of an organisation, or "" if none. */
    static String code(Optional<Organisation> o) {
        return o.map(x -> x.code().toString()).orElse("");
    }
}
