package io.github.nhsstructure.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line adds only the subcommand its arguments name, so that start-up reads one command's model. */
class CommandLineStartTest {

    @Test
    void everyNameIsTheNameItsCommandDeclares() {
        CommandLine all = NhsStructureCli.commandLine(new NhsStructureCli());
        assertThat(all.getSubcommands().keySet()).containsExactlyElementsOf(NhsStructureCli.commandNames());
        all.getSubcommands().forEach((name, sub) -> assertThat(sub.getCommandName()).isEqualTo(name));
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuiltAndHelpOrNoneBuildsAll() {
        assertThat(NhsStructureCli.commandLine(new NhsStructureCli(), new String[] {"org", "02P"})
                .getSubcommands()).containsOnlyKeys("org");
        assertThat(NhsStructureCli.commandLine(new NhsStructureCli(), new String[] {"help", "org"})
                .getSubcommands()).hasSize(NhsStructureCli.commandNames().size());
        assertThat(NhsStructureCli.commandLine(new NhsStructureCli(), new String[] {"nope"})
                .getSubcommands()).hasSize(NhsStructureCli.commandNames().size());
        assertThat(NhsStructureCli.commandLine(new NhsStructureCli(), new String[0])
                .getSubcommands()).hasSize(NhsStructureCli.commandNames().size());
    }
}
