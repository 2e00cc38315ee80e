package io.github.nhsstructure.examples.cli;

import java.util.List;

/**
 * Text helpers shared by {@code who-commissions} and {@code who-pays}. (Their {@code --json} output comes from
 * {@code nhs-structure-json}, as every command's does.)
 *
 * <p>This class is immutable and thread-safe.
 */
final class CommissioningJson {

    private CommissioningJson() {
    }

    static List<String> indent(List<String> lines) {
        return lines.stream().map(l -> "  " + l).toList();
    }
}
