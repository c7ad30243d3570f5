package dev.wasmjs.jsapi.wpt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the WebAssembly JS API conformance suite ({@code js-api/} of the shared conformance data, everything except
 * {@code gc/}, {@code js-string/} and the memory64 files) through the same runner as {@code wasmjs wpt}. A file fails
 * the build when one of its subtests fails without being listed in {@code jsapi-expected-failures.txt}, or when a
 * listed entry passes (the list only shrinks).
 */
class JsApiSuiteTest {
    static final Path EXPECTED_FAILURES = Path.of("src/test/resources/jsapi-expected-failures.txt");
    private static final WptRunner RUNNER = new WptRunner();
    private static long passed;
    private static long failed;

    static Path suite() {
        String root = System.getProperty("wasmjs.conformance");
        Path dir = root == null ? null : Path.of(root, "js-api");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "WebAssembly conformance data not found (system property wasmjs.conformance=" + root
                        + "); skipping the JS API suite");
        return dir;
    }

    static boolean inScope(Path suite, Path file) {
        String rel = suite.relativize(file).toString().replace('\\', '/');
        return rel.endsWith(".any.js") && !rel.startsWith("gc/") && !rel.startsWith("js-string/")
                && !rel.contains("memory64");
    }

    @TestFactory
    Stream<DynamicTest> jsApiSuite() throws IOException {
        Path suite = suite();
        ExpectedFailures expected = ExpectedFailures.load(EXPECTED_FAILURES);
        List<Path> files;
        try (Stream<Path> s = Files.walk(suite)) {
            files = s.filter(f -> inScope(suite, f)).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(suite.relativize(file).toString(), () -> {
            FileResult r = RUNNER.run(file);
            passed += r.passed();
            failed += r.total() - r.passed();
            List<String> problems = new ArrayList<>();
            if (r.total() == 0) {
                problems.add("no subtests ran");
            }
            for (SubtestResult s : r.failures()) {
                if (expected.reason(file, s.name()) == null) {
                    problems.add(s.status() + " " + s.name() + ": " + s.message());
                }
            }
            for (ExpectedFailures.Entry e : expected.stale(r)) {
                problems.add("listed in " + EXPECTED_FAILURES + " (line " + e.line() + ") but passes: " + e.subtest());
            }
            assertTrue(problems.isEmpty(), () -> r.passed() + "/" + r.total() + " passed; problems:\n  "
                    + String.join("\n  ", problems));
        }));
    }

    @AfterAll
    static void summary() {
        RUNNER.close();
        System.out.println("js-api suite: " + passed + " passed, " + failed + " failed (subtests)");
    }
}
