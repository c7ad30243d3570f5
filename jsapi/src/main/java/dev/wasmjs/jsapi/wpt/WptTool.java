package dev.wasmjs.jsapi.wpt;

import dev.wasmjs.engine.script.SuiteArguments;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code wasmjs wpt [--expected-failures FILE] PATH...}: runs testharness-style {@code .any.js} files (folders
 * recursively) against wasmjs's {@code WebAssembly}, printing {@code PASS|FAIL <file> (<passed>/<total>)} per file,
 * the first failures of failing files, and {@code N passed, M failed} (subtests) last. The exit code is 0 only when
 * every failing subtest is in the expected-failures list.
 */
public final class WptTool {
    private static final int FAILURES_SHOWN = 5;

    private WptTool() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        ExpectedFailures expected = ExpectedFailures.none();
        List<Path> files;
        try {
            SuiteArguments a = SuiteArguments.parse(args, Set.of("--expected-failures"), ".any.js");
            if (a.options().containsKey("--expected-failures")) {
                expected = ExpectedFailures.load(Path.of(a.options().get("--expected-failures")));
            }
            files = a.files();
        } catch (IllegalArgumentException | IOException e) {
            err.println("wpt: " + e.getMessage());
            err.println("usage: wasmjs wpt [--expected-failures FILE] PATH...");
            return 2;
        }
        long passed = 0;
        long failed = 0;
        boolean unexpected = false;
        try (WptRunner runner = new WptRunner()) {
            for (Path f : files) {
                FileResult r = runner.run(f);
                passed += r.passed();
                failed += r.total() - r.passed();
                List<SubtestResult> failures = r.failures();
                List<SubtestResult> unlisted = new ArrayList<>();
                for (SubtestResult s : failures) {
                    if (expected.reason(f, s.name()) == null) {
                        unlisted.add(s);
                    }
                }
                String note = failures.isEmpty() ? "" : unlisted.isEmpty() ? "  [all failures expected]"
                        : failures.size() > unlisted.size() ? "  [" + (failures.size() - unlisted.size()) + " expected]" : "";
                out.println((r.ok() ? "PASS " : "FAIL ") + f + " (" + r.passed() + "/" + r.total() + ")" + note);
                unexpected |= !unlisted.isEmpty() || r.total() == 0;
                (unlisted.isEmpty() ? failures : unlisted).stream().limit(FAILURES_SHOWN)
                        .forEach(s -> out.println("    " + s.status() + " " + s.name() + ": " + s.message()));
                int shown = Math.min(FAILURES_SHOWN, (unlisted.isEmpty() ? failures : unlisted).size());
                if ((unlisted.isEmpty() ? failures : unlisted).size() > shown) {
                    out.println("    ... " + ((unlisted.isEmpty() ? failures : unlisted).size() - shown) + " more");
                }
                for (ExpectedFailures.Entry e : expected.stale(r)) {
                    out.println("    listed as expected failure but passes (line " + e.line() + "): " + e.subtest());
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return unexpected ? 1 : 0;
    }
}
