package io.github.nhsstructure.examples.cli;

/**
 * Stands in for the program in {@link LauncherTest}: the main class of a small jar the launcher script starts,
 * printing the arguments it was given.
 */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    /**
     * Prints {@code started} and the arguments, one a line.
     *
     * @param args  the arguments
     */
    public static void main(String[] args) {
        System.out.println("started");
        for (String arg : args) {
            System.out.println(arg);
        }
    }
}
