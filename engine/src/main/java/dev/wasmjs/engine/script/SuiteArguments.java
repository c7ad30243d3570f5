package dev.wasmjs.engine.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The command line of the conformance tools ({@code wasmjs wast}, {@code wasmjs wpt}): options that take a value,
 * then files or folders, folders searched recursively for files with the tool's ending.
 */
public record SuiteArguments(Map<String, String> options, List<Path> files) {
    /**
     * @param valued the options that take a value, e.g. {@code --expected-failures}
     * @param ending what test files end with, e.g. {@code .wast}
     * @throws IllegalArgumentException for an unknown option, an option without its value, or no files at all
     * @throws IOException for a path that does not exist or a folder that cannot be read
     */
    public static SuiteArguments parse(List<String> args, Set<String> valued, String ending) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                if (!valued.contains(a)) {
                    throw new IllegalArgumentException("unknown option " + a);
                }
                if (++i >= args.size()) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                options.put(a, args.get(i));
            } else {
                collect(Path.of(a), ending, files);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no test files given");
        }
        return new SuiteArguments(options, files);
    }

    private static void collect(Path p, String ending, List<Path> files) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(x -> x.toString().endsWith(ending)).sorted().forEach(files::add);
            }
        } else if (Files.exists(p)) {
            files.add(p);
        } else {
            throw new IOException("no such file: " + p);
        }
    }
}
