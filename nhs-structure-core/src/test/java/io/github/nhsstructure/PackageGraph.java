package io.github.nhsstructure;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The package dependency graph of compiled classes, read from their class files' constant pools: a class depends
 * on every class its constant pool names, as a class entry or inside a descriptor or generic signature (field and
 * method types, annotations, type arguments). String literals are not references. Only packages under one prefix
 * are kept, and a package's dependencies on itself are left out.
 *
 * <p>The JDK 17 has no class-file API, and the constant pool is all that is needed, so this reads it directly
 * (JVMS 4.4) rather than adding a dependency.
 */
final class PackageGraph {

    private static final int MAGIC = 0xCAFEBABE;

    private final SortedMap<String, SortedSet<String>> edges;
    private final int classes;

    private PackageGraph(SortedMap<String, SortedSet<String>> edges, int classes) {
        this.edges = edges;
        this.classes = classes;
    }

    /**
     * Reads every class file under a folder of compiled classes, except {@code module-info.class}.
     *
     * @param root  the folder, such as {@code target/classes}
     * @param prefix  the package prefix to keep, such as {@code io.github.nhsstructure}
     * @return the graph
     * @throws IOException if a file cannot be read or is not a class file
     */
    static PackageGraph scan(Path root, String prefix) throws IOException {
        SortedMap<String, SortedSet<String>> edges = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".class"))
                    .filter(p -> !p.getFileName().toString().equals("module-info.class"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String from = packageOf(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
            if (!inPrefix(from, prefix)) {
                continue;
            }
            SortedSet<String> out = edges.computeIfAbsent(from, k -> new TreeSet<>());
            for (String referenced : referencedClasses(Files.readAllBytes(file), file.toString())) {
                String to = packageOf(referenced);
                if (inPrefix(to, prefix) && !to.equals(from)) {
                    out.add(to);
                }
            }
        }
        for (Set<String> targets : List.copyOf(edges.values())) {
            for (String t : targets) {
                edges.computeIfAbsent(t, k -> new TreeSet<>());
            }
        }
        return new PackageGraph(edges, files.size());
    }

    /**
     * Builds a graph from explicit edges, to test the checks themselves.
     *
     * @param edges  each package's dependencies
     * @return the graph
     */
    static PackageGraph of(Map<String, Set<String>> edges) {
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
        edges.forEach((k, v) -> copy.put(k, new TreeSet<>(v)));
        edges.values().forEach(v -> v.forEach(t -> copy.computeIfAbsent(t, k -> new TreeSet<>())));
        return new PackageGraph(copy, 0);
    }

    private static boolean inPrefix(String pkg, String prefix) {
        return pkg.equals(prefix) || pkg.startsWith(prefix + ".");
    }

    /** The package of a class given by its internal name or by its path relative to the class folder. */
    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
    }

    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([\\w/$]+)[;<]");

    /**
     * Lists the classes a class file's constant pool refers to, by internal name ({@code java/util/List}).
     *
     * @param bytes  the class file
     * @param name  the file's name, for errors
     * @return the internal names, without duplicates
     * @throws IOException if the bytes are not a class file
     */
    static Set<String> referencedClasses(byte[] bytes, String name) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != MAGIC) {
            throw new IOException(name + ": not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        Set<Integer> classNames = new java.util.HashSet<>();
        Set<Integer> stringLiterals = new java.util.HashSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF(); // Utf8 (modified UTF-8, as readUTF expects)
                case 7 -> classNames.add(in.readUnsignedShort()); // Class
                case 8 -> stringLiterals.add(in.readUnsignedShort()); // String
                case 16, 19, 20 -> in.readUnsignedShort(); // MethodType, Module, Package
                case 15 -> { // MethodHandle
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt(); // Integer, Float, refs, NameAndType, (Invoke)Dynamic
                case 5, 6 -> { // Long, Double take two entries
                    in.readLong();
                    i++;
                }
                default -> throw new IOException(name + ": unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        Set<String> out = new TreeSet<>();
        for (int index : classNames) {
            String n = utf8[index];
            if (n.startsWith("[")) {
                addDescriptorTypes(n, out);
            } else {
                out.add(n);
            }
        }
        for (int i = 1; i < count; i++) {
            if (utf8[i] != null && !stringLiterals.contains(i) && !classNames.contains(i)) {
                addDescriptorTypes(utf8[i], out);
            }
        }
        return out;
    }

    private static void addDescriptorTypes(String descriptor, Set<String> out) {
        Matcher m = TYPE_IN_DESCRIPTOR.matcher(descriptor);
        while (m.find()) {
            out.add(m.group(1));
        }
    }

    /**
     * Returns the number of class files read.
     *
     * @return the count
     */
    int classes() {
        return classes;
    }

    /**
     * Returns every package, sorted.
     *
     * @return the packages
     */
    SortedSet<String> packages() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(edges.keySet()));
    }

    /**
     * Returns the packages one package depends on.
     *
     * @param pkg  the package
     * @return its dependencies, sorted
     */
    SortedSet<String> dependencies(String pkg) {
        return Collections.unmodifiableSortedSet(edges.getOrDefault(pkg, new TreeSet<>()));
    }

    /**
     * Finds the cycles, one for each tangle ({@link #tangles()}): a closed path through it, such as
     * {@code [a, b, a]}.
     *
     * @return the cycles, empty if the graph is acyclic
     */
    List<List<String>> cycles() {
        List<List<String>> out = new ArrayList<>();
        for (Set<String> component : tangles()) {
            out.add(pathThrough(component));
        }
        return out;
    }

    /**
     * Finds the tangles: the strongly connected components of more than one package (Tarjan's algorithm), the
     * sets of packages each of which depends, directly or not, on every other.
     *
     * @return the tangles, each sorted, empty if the graph is acyclic
     */
    List<SortedSet<String>> tangles() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<SortedSet<String>> out = new ArrayList<>();
        for (String p : edges.keySet()) {
            if (!index.containsKey(p)) {
                strongConnect(p, index, low, stack, onStack, out);
            }
        }
        return out;
    }

    private void strongConnect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
            Set<String> onStack, List<SortedSet<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : dependencies(v)) {
            if (!index.containsKey(w)) {
                strongConnect(w, index, low, stack, onStack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            SortedSet<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }

    /** A closed path from the component's first package back to itself, found breadth-first inside it. */
    private List<String> pathThrough(Set<String> component) {
        String start = component.iterator().next();
        Map<String, String> previous = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String v = queue.removeFirst();
            for (String w : dependencies(v)) {
                if (!component.contains(w)) {
                    continue;
                }
                if (w.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String p = v; !p.equals(start); p = previous.get(p)) {
                        path.add(1, p);
                    }
                    path.add(start);
                    return path;
                }
                if (!previous.containsKey(w)) {
                    previous.put(w, v);
                    queue.addLast(w);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + component);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        edges.forEach((k, v) -> b.append(k).append(" -> ").append(v).append('\n'));
        return b.toString();
    }
}
