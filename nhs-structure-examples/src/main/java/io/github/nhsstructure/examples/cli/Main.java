package io.github.nhsstructure.examples.cli;

/**
 * The entry point of the command-line jar, {@code java -jar nhs-structure.jar}: runs {@link NhsStructureCli}.
 *
 * <p>A class of its own, with no other public method, because the Java launcher loads every class named in the
 * public methods of the main class before it calls {@code main}, and those of {@link NhsStructureCli} name
 * picocli's {@code CommandLine}, one of the largest classes of the program, which the commonest questions never
 * need (see {@link NhsStructureCli#main(String[])}).
 *
 * <p>This class is a static utility.
 *
 * @since 0.1.0
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the program and exits the JVM with its exit status, as {@link NhsStructureCli#main(String[])}.
     *
     * @param args  the command-line arguments, not null
     */
    public static void main(String[] args) {
        NhsStructureCli.main(args);
    }
}
