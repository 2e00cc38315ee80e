package io.github.nhsstructure.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script ({@code src/main/launcher/nhs-structure}, copied to {@code target/bin} by the build with the
 * JDK's path filled in) finds its jar when started through symbolic links, relative or absolute, chained or not.
 * The script is laid out as the build lays it out, beside a small jar whose main class prints its arguments.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

    private static final Path SCRIPT = Path.of("src", "main", "launcher", "nhs-structure");

    /** Lays out {@code target/nhs-structure.jar} and {@code target/bin/nhs-structure} as the build does. */
    private static Path layOut(Path root) throws IOException {
        Path target = root.resolve("target");
        Path bin = Files.createDirectories(target.resolve("bin"));
        Path script = bin.resolve("nhs-structure");
        // The build's filtering: only ${java.home} is a property in the script.
        Files.writeString(script, Files.readString(SCRIPT).replace("${java.home}", System.getProperty("java.home")));
        assumeTrue(script.toFile().setExecutable(true), "cannot make the script executable");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(target.resolve("nhs-structure.jar"));
                JarOutputStream jar = new JarOutputStream(file, manifest);
                InputStream probe = LauncherProbe.class.getResourceAsStream("LauncherProbe.class")) {
            jar.putNextEntry(new JarEntry(entry));
            probe.transferTo(jar);
            jar.closeEntry();
        }
        return script;
    }

    private static String start(Path command, String... args) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(command.toString());
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().remove("NHS_STRUCTURE_MAKE_ARCHIVE");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit status of %s: %s", line, text).isZero();
        return text;
    }

    @Test
    void starts_the_jar_beside_it_directly_and_through_links(@TempDir Path root) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
        Path script = layOut(root.resolve("install"));
        assertThat(start(script, "count", "--kind", "ICB")).isEqualTo("started\ncount\n--kind\nICB\n");

        Path links = Files.createDirectories(root.resolve("links"));
        Path absolute = Files.createSymbolicLink(links.resolve("nhs-structure"), script.toAbsolutePath());
        assertThat(start(absolute, "org", "02P")).isEqualTo("started\norg\n02P\n");

        // A relative link, reached through a second link in another folder; and rebase's own branch.
        Path relative = Files.createSymbolicLink(links.resolve("relative"),
                links.relativize(script.toAbsolutePath()));
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere").resolve("deeper"));
        Path chained = Files.createSymbolicLink(elsewhere.resolve("nhs"), relative.toAbsolutePath());
        assertThat(start(chained, "rebase", "--help")).isEqualTo("started\nrebase\n--help\n");
    }
}
