package io.github.nhsstructure.examples.cli;

import io.github.nhsstructure.organisation.OdsCode;
import io.github.nhsstructure.restructure.Change;
import java.util.List;

/**
 * How changes are printed by {@code changes} and {@code history}: one tab-separated line each, ending with the
 * change's certainty, so that a date the sources do not give (such as the opening of a code only the successor file
 * names, UNCERTAIN) is not read as a fact.
 */
final class ChangeLines {

    /** The columns, for help texts. */
    static final String COLUMNS = "DATE<TAB>TYPE<TAB>KIND<TAB>BEFORE<TAB>AFTER<TAB>FROM<TAB>TO<TAB>CERTAINTY";

    private ChangeLines() {
    }

    static String line(Change c) {
        return c.effectiveDate() + "\t" + c.type() + "\t" + c.kind() + "\t" + codes(c.before()) + "\t"
                + codes(c.after()) + "\t" + c.from() + "\t" + c.to() + "\t" + c.provenance().certainty();
    }

    private static String codes(List<OdsCode> codes) {
        StringBuilder b = new StringBuilder();
        for (OdsCode code : codes) {
            b.append(b.length() == 0 ? "" : ",").append(code.value());
        }
        return b.toString();
    }
}
