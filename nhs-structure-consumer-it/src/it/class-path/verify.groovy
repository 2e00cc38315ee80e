// The README program ran on the class path (exec fails the build on a non-zero exit). What it printed must be what
// the README shows (src/program/expected-output.txt of nhs-structure-consumer-it, passed in as programDir).
def mavenLine = { it ==~ /\[(INFO|WARNING|ERROR|DEBUG)\].*/ || it.startsWith('Running post-build script') }
def printed = new File(basedir, 'build.log').readLines().findAll { !mavenLine(it) }
def expected = new File(programDir, 'expected-output.txt').readLines()
if (printed != expected) {
    throw new AssertionError("the README program printed " + printed + " instead of " + expected)
}
