package io.github.nhsstructure;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.organisation.Organisation;
import io.github.nhsstructure.organisation.OrganisationKind;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link StructureView} that read like the domain:
 * {@code assertThat(nhs.asOf(date)).hasCount(CCG, 3).hasOrganisations(CCG, "90A", "90B", "90C")}.
 */
public final class StructureViewAssert extends AbstractAssert<StructureViewAssert, StructureView> {

    private StructureViewAssert(StructureView actual) {
        super(actual, StructureViewAssert.class);
    }

    /**
     * Starts assertions on a view.
     *
     * @param actual  the view
     * @return the assertion, not null
     */
    public static StructureViewAssert assertThat(StructureView actual) {
        return new StructureViewAssert(actual);
    }

    /**
     * Checks the number of organisations of a kind open on the view's date, by {@link StructureView#count} and
     * by the size of {@link StructureView#organisations}.
     *
     * @param kind  the kind
     * @param expected  the expected count
     * @return this assertion, not null
     */
    public StructureViewAssert hasCount(OrganisationKind kind, int expected) {
        isNotNull();
        int count = actual.count(kind);
        if (count != expected) {
            failWithMessage("expected %d %s on %s but count() gave %d: %s", expected, kind, actual.date(), count,
                    codes(actual.organisations(kind)));
        }
        int listed = actual.organisations(kind).size();
        if (listed != count) {
            failWithMessage("count(%s) on %s gave %d but organisations(%s) listed %d", kind, actual.date(), count,
                    kind, listed);
        }
        return this;
    }

    /**
     * Checks exactly which organisations of a kind are open on the view's date, in code order.
     *
     * @param kind  the kind
     * @param codes  the expected codes, in order
     * @return this assertion, not null
     */
    public StructureViewAssert hasOrganisations(OrganisationKind kind, String... codes) {
        isNotNull();
        List<String> found = codes(actual.organisations(kind));
        if (!found.equals(List.of(codes))) {
            failWithMessage("expected %s on %s to be %s but was %s", kind, actual.date(), List.of(codes), found);
        }
        return this;
    }

    /**
     * Checks the chain of parents of an organisation, nearest first.
     *
     * @param code  the organisation's code
     * @param parents  the expected parents' codes, nearest first
     * @return this assertion, not null
     */
    public StructureViewAssert hasParents(String code, String... parents) {
        isNotNull();
        List<String> found = codes(actual.parents(code));
        if (!found.equals(List.of(parents))) {
            failWithMessage("expected the parents of %s on %s to be %s but were %s", code, actual.date(),
                    List.of(parents), found);
        }
        return this;
    }

    private static List<String> codes(List<Organisation> organisations) {
        return organisations.stream().map(Organisation::code).map(OdsCode::value).toList();
    }
}
