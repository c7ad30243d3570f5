package dev.wasmjs.engine.script;

import dev.wasmjs.engine.ExecutionMode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code wasmjs wast [--tier interp|compile|auto] [--expected-failures FILE] PATH...}: runs .wast files (folders recursively) and prints a line
 * per file, the first failures of failing files, and {@code N passed, M failed} last. The exit code is 0 only
 * when nothing failed outside the expected-failures list.
 */
public final class WastTool {
    private static final int FAILURES_SHOWN = 5;

    private WastTool() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        ExpectedFailures expected = ExpectedFailures.none();
        ExecutionMode mode = ExecutionMode.configured();
        List<Path> files;
        try {
            SuiteArguments a = SuiteArguments.parse(args, Set.of("--expected-failures", "--tier"), ".wast");
            if (a.options().containsKey("--expected-failures")) {
                expected = ExpectedFailures.load(Path.of(a.options().get("--expected-failures")));
            }
            if (a.options().containsKey("--tier")) {
                mode = ExecutionMode.parse(a.options().get("--tier"));
            }
            files = a.files();
        } catch (IllegalArgumentException | IOException e) {
            err.println("wast: " + e.getMessage());
            err.println("usage: wasmjs wast [--tier interp|compile|auto] [--expected-failures FILE] PATH...");
            return 2;
        }
        long passed = 0;
        long failed = 0;
        boolean unexpected = false;
        for (Path f : files) {
            WastRunner.Result r;
            try {
                r = WastRunner.run(Files.readString(f, StandardCharsets.UTF_8), f.toString(), null, mode);
            } catch (IOException e) {
                r = new WastRunner.Result(f.toString(), 0, 1, List.of("cannot read: " + e.getMessage()));
            }
            passed += r.passed();
            failed += r.total() - r.passed();
            String reason = expected.reason(f);
            if (r.ok()) {
                out.println("PASS " + f + " (" + r.passed() + "/" + r.total() + ")"
                        + (reason != null ? "  [listed as expected failure but passes: remove it from the list]" : ""));
            } else {
                out.println("FAIL " + f + " (" + r.passed() + "/" + r.total() + ")"
                        + (reason != null ? "  [expected: " + reason + "]" : ""));
                unexpected |= reason == null;
                r.failures().stream().limit(FAILURES_SHOWN).forEach(m -> out.println("    " + m));
                if (r.failures().size() > FAILURES_SHOWN) {
                    out.println("    ... " + (r.failures().size() - FAILURES_SHOWN) + " more");
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return unexpected ? 1 : 0;
    }
}
