package io.github.nhsstructure.exception;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import io.github.nhsstructure.provenance.Certainty;
import io.github.nhsstructure.provenance.Provenance;
import io.github.nhsstructure.time.DateRange;
import io.github.nhsstructure.time.Dated;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The message of {@link OrganisationNotOpenException}: when the organisation was open, and how sure that is. */
class OrganisationNotOpenExceptionTest {

    private static Organisation trust(Certainty periodCertainty) {
        DateRange period = DateRange.of(LocalDate.of(1991, 4, 1), LocalDate.of(2006, 7, 1));
        Provenance uncertain = Provenance.of("fixture", Certainty.UNCERTAIN);
        return Organisation.builder(OdsCode.of("RHY"), period, Provenance.of("fixture", periodCertainty))
                .name(new Dated<>(period, "NHS trust RHY (name not in sources)", uncertain))
                .kind(new Dated<>(period, OrganisationKind.NHS_TRUST, uncertain))
                .build();
    }

    @Test
    void theMessageSaysThatUncertainDatesAreUncertain() {
        assertThat(new OrganisationNotOpenException(trust(Certainty.UNCERTAIN), LocalDate.of(1990, 1, 1)))
                .hasMessage("RHY (NHS trust RHY (name not in sources)) was not open on 1990-01-01: open 1991-04-01 to"
                        + " 2006-06-30 (dates UNCERTAIN)");
    }

    @Test
    void surerDatesAreGivenPlainly() {
        assertThat(new OrganisationNotOpenException(trust(Certainty.MEDIUM), LocalDate.of(2007, 1, 1)))
                .hasMessage("RHY (NHS trust RHY (name not in sources)) was not open on 2007-01-01: open 1991-04-01 to"
                        + " 2006-06-30");
    }
}
