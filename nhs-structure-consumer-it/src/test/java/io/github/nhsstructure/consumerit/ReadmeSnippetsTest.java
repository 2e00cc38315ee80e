package io.github.nhsstructure.consumerit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it in your project" section shows exactly what the consumer projects in {@code src/it} build and
 * run: the dependency snippet, the program, its output and the module declaration.
 */
class ReadmeSnippetsTest {

    private static final Path BASE = Path.of("").toAbsolutePath();
    private static List<Block> blocks;

    @BeforeAll
    static void readReadme() throws IOException {
        blocks = Block.all(Files.readString(Path.of(System.getProperty("readme")), StandardCharsets.UTF_8));
    }

    @Test
    void theProgramIsTheOneTheConsumerProjectsCompileAndRun() throws IOException {
        Block program = only("java", text -> text.contains("public static void main"));
        assertThat(program.text()).isEqualTo(read("src/program/java/example/Icbs.java"));
    }

    @Test
    void theOutputShownIsTheOneTheConsumerProjectsCheck() throws IOException {
        int program = blocks.indexOf(only("java", text -> text.contains("public static void main")));
        Block output = blocks.get(program + 1);
        assertThat(output.language()).isEqualTo("text");
        assertThat(output.text()).isEqualTo(read("src/program/expected-output.txt"));
    }

    @Test
    void theModuleDeclarationIsTheModulePathConsumers() throws IOException {
        Block module = only("java", text -> text.startsWith("module "));
        assertThat(module.text()).isEqualTo(read("src/it/module-path/src/main/java/module-info.java"));
    }

    @Test
    void theDependencySnippetIsInBothConsumerProjectsWithTheCurrentVersion() throws IOException {
        Block snippet = only("xml", text -> text.contains("nhs-structure-bom"));
        String version = System.getProperty("project.version");
        assertThat(snippet.text()).contains("<version>" + version + "</version>");
        String expected = normalise(snippet.text().replace(version, "@project.version@"));
        for (String project : List.of("class-path", "module-path")) {
            assertThat(normalise(read("src/it/" + project + "/pom.xml"))).as(project).contains(expected);
        }
    }

    private static Block only(String language, Predicate<String> test) {
        List<Block> found = blocks.stream()
                .filter(b -> b.language().equals(language) && test.test(b.text()))
                .collect(Collectors.toList());
        assertThat(found).as("README blocks of %s", language).hasSize(1);
        return found.get(0);
    }

    private static String read(String file) throws IOException {
        return Files.readString(BASE.resolve(file), StandardCharsets.UTF_8);
    }

    /** Lines without their indentation, blank lines dropped: the snippet sits indented inside a whole pom. */
    private static String normalise(String xml) {
        return xml.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** A fenced code block of the README: its language and its text, each line ending in a newline. */
    record Block(String language, String text) {

        static List<Block> all(String markdown) {
            List<Block> result = new ArrayList<>();
            String language = null;
            StringBuilder text = new StringBuilder();
            for (String line : markdown.split("\n", -1)) {
                if (language == null && line.startsWith("```")) {
                    language = line.substring(3).strip();
                    text.setLength(0);
                } else if (language != null && line.equals("```")) {
                    result.add(new Block(language, text.toString()));
                    language = null;
                } else if (language != null) {
                    text.append(line).append('\n');
                }
            }
            return result;
        }
    }
}
