package dev.wasmjs.engine.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A checked-in list of test files known to fail, each with its reason: lines of {@code path reason...};
 * {@code #} starts a comment. A listed path matches every file whose path ends with it.
 */
public final class ExpectedFailures {
    private final Map<String, String> reasons;

    private ExpectedFailures(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    public static ExpectedFailures none() {
        return new ExpectedFailures(Map.of());
    }

    public static ExpectedFailures load(Path file) throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        int n = 0;
        for (String raw : Files.readAllLines(file)) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space < 0 || line.substring(space).isBlank()) {
                throw new IOException(file + ":" + n + ": every expected failure needs a reason after the path");
            }
            reasons.put(line.substring(0, space), line.substring(space + 1).strip());
        }
        return new ExpectedFailures(reasons);
    }

    /** The reason a file is expected to fail, or null. */
    public String reason(Path file) {
        String p = file.toString().replace('\\', '/');
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            if (p.equals(e.getKey()) || p.endsWith("/" + e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    public Map<String, String> entries() {
        return reasons;
    }
}
