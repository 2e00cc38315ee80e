package io.github.nhsstructure.whopays;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Rule 12: Community Diagnostic Centre activity from 2024-04-01 has a WP2024 payment rule whose content was not
 * read: unresolved.
 */
final class CommunityDiagnosticCentreStep implements WhoPaysRuleStep {

    static final LocalDate CDC_FROM = LocalDate.of(2024, 4, 1);

    @Override
    public Optional<Determination> apply(Evaluation e) {
        if (!e.p.communityDiagnosticCentre() || e.d.isBefore(CDC_FROM)) {
            return Optional.empty();
        }
        e.use("communityDiagnosticCentre", true);
        return e.unresolved(WhoPaysRule.COMMUNITY_DIAGNOSTIC_CENTRE, Evaluation.eraType(e.d),
                "WP2024 sets a specific rule for which ICB pays for CDC activity; its content was not read"
                        + " (docs/domain.md 3.2 rule 12, U).");
    }
}
