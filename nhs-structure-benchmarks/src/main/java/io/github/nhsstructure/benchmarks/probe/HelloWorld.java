package io.github.nhsstructure.benchmarks.probe;

/**
 * The baseline of the start-up figure: a Java program that prints one line. {@link io.github.nhsstructure.benchmarks.BenchmarkReport} copies this
 * class alone into a folder and launches it, so no jar is opened.
 */
public final class HelloWorld {

    private HelloWorld() {
    }

    /**
     * Prints a line.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        System.out.println("hello, world");
    }
}
