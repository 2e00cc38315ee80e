package io.github.nhsstructure.whopays;

import java.util.Optional;

/**
 * One rule of the ordered decision list of {@code docs/domain.md} section 3.2, as code: {@link WhoPays} applies the
 * steps of {@link WhoPays#STEPS} in order and the first that returns a determination decides. A step that does not
 * decide may still add to the evaluation's explanation (why it did not apply) and weaken its certainty.
 *
 * <p>Implementations are stateless, immutable and thread-safe.
 */
interface WhoPaysRuleStep {

    /**
     * Applies the rule to the evaluation's patient.
     *
     * @param e  the evaluation, not null
     * @return the determination if this rule decides, or empty to go on to the next rule, not null
     */
    Optional<Determination> apply(Evaluation e);
}
