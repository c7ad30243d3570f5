package dev.wasmjs.engine.script;

import dev.wasmjs.engine.ExecutionMode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
        List<Path> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--expected-failures")) {
                    if (++i >= args.size()) {
                        err.println("wast: --expected-failures needs a file");
                        return 2;
                    }
                    expected = ExpectedFailures.load(Path.of(args.get(i)));
                } else if (a.equals("--tier")) {
                    if (++i >= args.size()) {
                        err.println("wast: --tier needs interp, compile or auto");
                        return 2;
                    }
                    try {
                        mode = ExecutionMode.parse(args.get(i));
                    } catch (IllegalArgumentException e) {
                        err.println("wast: " + e.getMessage());
                        return 2;
                    }
                } else {
                    collect(Path.of(a), files);
                }
            }
        } catch (IOException e) {
            err.println("wast: " + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
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

    private static void collect(Path p, List<Path> files) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(x -> x.toString().endsWith(".wast")).sorted().forEach(files::add);
            }
        } else if (Files.exists(p)) {
            files.add(p);
        } else {
            throw new IOException("no such file: " + p);
        }
    }
}
