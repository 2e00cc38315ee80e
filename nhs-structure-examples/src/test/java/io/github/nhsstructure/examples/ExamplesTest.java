package io.github.nhsstructure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Runs each example program's main, as the README does, and checks its output briefly. */
@ResourceLock(Resources.SYSTEM_OUT)
class ExamplesTest {

    /** A main method that may throw. */
    private interface Main {
        void run() throws Exception;
    }

    private static String output(Main main) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.out.flush();
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void orgChartExample() throws Exception {
        String out = output(() -> OrgChartExample.main(new String[0]));
        assertThat(out).startsWith("# NHS organisation chart on 2022-07-01")
                .contains("\n  X24 NHS England [NATIONAL_BODY; accountable to]\n")
                .endsWith("42 ICBs, 0 CCGs, 0 PCTs in the chart\n");
        assertThat(output(() -> OrgChartExample.main(new String[] {"2012-04-01"})))
                .contains("[SHA; by kind]").endsWith("0 ICBs, 0 CCGs, 151 PCTs in the chart\n");
    }

    @Test
    void whatChangedExample() throws Exception {
        assertThat(output(() -> WhatChangedExample.main(new String[0])))
                .startsWith("Restructure: Health and Care Act 2022")
                .contains("  106\tRETYPED SUB_ICB_LOCATION\n")
                .contains("  RENAMED: NHS Barnsley CCG -> NHS South Yorkshire ICB - 02P\n");
    }

    @Test
    void whoPaysExample() throws Exception {
        assertThat(output(() -> WhoPaysExample.main(new String[0])))
                .contains("2010-06-01 ACUTE_PLANNED: Primary Care Trust 5E1 (Stockton-on-Tees Teaching)\n")
                .contains("2016-06-01 ACUTE_PLANNED: Clinical Commissioning Group 13T (NHS Newcastle Gateshead CCG)")
                .contains("2024-06-01 SPECIALISED_DELEGABLE: NHS England; delegated to Integrated Care Board QOP");
    }

    @Test
    void rebaseExample() throws Exception {
        String out = output(() -> RebaseExample.main(new String[0]));
        assertThat(out).startsWith("ICB on 2022-07-01\tvalue\n")
                .contains("QF7\tNHS South Yorkshire Integrated Care Board\t")
                // Bassetlaw's sub-ICB location joined Nottingham and Nottinghamshire ICB in 2022.
                .contains("QT1\tNHS Nottingham and Nottinghamshire Integrated Care Board\t5252\n")
                .contains("not re-based: line 28 5N4 10877: ")
                .endsWith(": balances\n");
    }

    @Test
    void practiceCommissionersExample() throws Exception {
        String out = output(() -> PracticeCommissionersExample.main(new String[0]));
        assertThat(out).startsWith("practice_code,practice_name,commissioner_code,commissioner_ons_code,"
                + "commissioner_name,commissioner_kind,above_code,above_name\n")
                .contains("\nA81001,THE DENSHAM SURGERY,16C,E38000247,NHS North East and North Cumbria ICB - 16C,"
                        + "SUB_ICB_LOCATION,QHM,NHS North East and North Cumbria Integrated Care Board\n");
        assertThat(out.lines().count()).isGreaterThan(6000);
    }
}
