// The README program ran on the module path (exec fails the build on a non-zero exit). What it printed must be what
// the README shows (src/program/expected-output.txt of nhs-structure-consumer-it, passed in as programDir), and the
// data must have come from the named module io.github.nhsstructure.data, bound as a provider of the service the
// core uses (java's module resolution lines: "root M ...", "M requires N ...", "M binds N ...").
def mavenLine = { it ==~ /\[(INFO|WARNING|ERROR|DEBUG)\].*/ || it.startsWith('Running post-build script') }
def lines = new File(basedir, 'build.log').readLines().findAll { !mavenLine(it) }
def resolution = lines.findAll { it ==~ /root \S+ \S+/ || it ==~ /\S+ (requires|binds) \S+ \S+/ }
def printed = lines - resolution
def expected = new File(programDir, 'expected-output.txt').readLines()
if (printed != expected) {
    throw new AssertionError("the README program printed " + printed + " instead of " + expected)
}
if (!resolution.any { it.startsWith('io.github.nhsstructure binds io.github.nhsstructure.data file:') }) {
    throw new AssertionError("io.github.nhsstructure.data was not bound as a provider module: " + resolution)
}
