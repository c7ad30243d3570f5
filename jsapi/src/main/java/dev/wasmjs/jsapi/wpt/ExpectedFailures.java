package dev.wasmjs.jsapi.wpt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked-in list of subtests known to fail, each with a reason. One entry per line:
 * {@code FILE | SUBTEST | REASON}, where FILE matches test files whose path ends with it and SUBTEST is a subtest
 * name or {@code *} for every subtest of the file; {@code #} starts a comment line.
 */
public final class ExpectedFailures {
    /** One line of the list. */
    public record Entry(String file, String subtest, String reason, int line) {
        boolean matchesFile(Path path) {
            String p = path.toString().replace('\\', '/');
            return p.equals(file) || p.endsWith("/" + file);
        }

        boolean matches(Path path, String name) {
            return matchesFile(path) && (subtest.equals("*") || subtest.equals(name));
        }
    }

    private final List<Entry> entries;

    private ExpectedFailures(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static ExpectedFailures none() {
        return new ExpectedFailures(List.of());
    }

    public static ExpectedFailures load(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (String raw : Files.readAllLines(file)) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" \\| ", 3);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                throw new IOException(file + ":" + n + ": expected 'FILE | SUBTEST | REASON'");
            }
            entries.add(new Entry(parts[0].strip(), parts[1].strip(), parts[2].strip(), n));
        }
        return new ExpectedFailures(entries);
    }

    /** The reason subtest {@code name} of {@code file} is expected to fail, or null. */
    public String reason(Path file, String name) {
        for (Entry e : entries) {
            if (e.matches(file, name)) {
                return e.reason();
            }
        }
        return null;
    }

    /** Entries about {@code file} whose subtests all passed (they should be removed from the list). */
    public List<Entry> stale(FileResult result) {
        Map<Entry, Boolean> failing = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.matchesFile(result.file())) {
                failing.put(e, false);
            }
        }
        for (SubtestResult s : result.subtests()) {
            if (!s.passed()) {
                for (Entry e : failing.keySet()) {
                    if (e.matches(result.file(), s.name())) {
                        failing.put(e, true);
                    }
                }
            }
        }
        return failing.entrySet().stream().filter(x -> !x.getValue()).map(Map.Entry::getKey).toList();
    }

    public List<Entry> entries() {
        return entries;
    }
}
