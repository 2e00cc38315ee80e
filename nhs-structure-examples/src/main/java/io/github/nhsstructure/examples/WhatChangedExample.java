package io.github.nhsstructure.examples;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.restructure.Change;
import io.github.nhsstructure.restructure.ChangeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shows what changed on 2022-07-01, when integrated care boards replaced clinical commissioning groups: the named
 * restructure, the changes counted by type and kind, and what happened to one CCG.
 *
 * <pre>
 * java -cp nhs-structure-examples/target/nhs-structure.jar io.github.nhsstructure.examples.WhatChangedExample
 * </pre>
 *
 * @since 0.1.0
 */
public final class WhatChangedExample {

    private WhatChangedExample() {
    }

    /**
     * Prints the changes of 2022-07-01.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        NhsStructure nhs = NhsStructure.bundled();
        LocalDate day = LocalDate.of(2022, 7, 1);

        // Changes effective after the first date and on or before the second: exactly those of that day.
        List<Change> changes = nhs.changes(day.minusDays(1), day);
        // The named national restructures of that day (curated, citing docs/domain.md).
        nhs.events().stream().filter(e -> e.effectiveDate().equals(day))
                .forEach(e -> System.out.println("Restructure: " + e.name()));

        Map<String, Integer> counts = new TreeMap<>();
        for (Change c : changes) {
            counts.merge(c.type() + " " + c.kind(), 1, Integer::sum);
        }
        System.out.println(changes.size() + " changes on " + day + ":");
        counts.forEach((typeAndKind, n) -> System.out.println("  " + n + "\t" + typeAndKind));

        // One CCG: the code stays, the kind and the name change, and it moves under its ICB.
        System.out.println("02P that day:");
        for (Change c : changes) {
            if (c.involves(nhs.require("02P").code()) && c.type() != ChangeType.CREATED) {
                System.out.println("  " + c.type() + ": " + (c.from().isEmpty() ? c.detail() : c.from() + " -> "
                        + c.to()));
            }
        }
    }
}
