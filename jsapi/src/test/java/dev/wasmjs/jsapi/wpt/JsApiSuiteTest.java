package dev.wasmjs.jsapi.wpt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the WebAssembly JS API conformance tests of the shared conformance data, every {@code .any.js} file of
 * {@code js-api/} and of {@code legacy-exceptions/js-api/}, through the same runner as {@code wasmjs wpt}. A file
 * fails the build when one of its subtests fails without being listed in {@code jsapi-expected-failures.txt}, or when
 * a listed entry passes (the list only shrinks).
 */
class JsApiSuiteTest {
    static final Path EXPECTED_FAILURES = Path.of("src/test/resources/jsapi-expected-failures.txt");
    /** The suite folders, relative to the conformance data. */
    static final List<String> SUITES = List.of("js-api", "legacy-exceptions/js-api");
    private static final WptRunner RUNNER = new WptRunner();
    /** Per suite folder: subtests passed, failed. */
    private static final Map<String, long[]> COUNTS = new TreeMap<>();

    static Path conformance() {
        String root = System.getProperty("wasmjs.conformance");
        Path dir = root == null ? null : Path.of(root);
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir.resolve(SUITES.get(0))),
                "WebAssembly conformance data not found (system property wasmjs.conformance=" + root
                        + "); skipping the JS API suite");
        return dir;
    }

    static List<Path> testFiles(Path suite) throws IOException {
        try (Stream<Path> s = Files.walk(suite)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".any.js")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> jsApiSuite() throws IOException {
        Path root = conformance();
        ExpectedFailures expected = ExpectedFailures.load(EXPECTED_FAILURES);
        List<DynamicTest> tests = new ArrayList<>();
        for (String suite : SUITES) {
            Path dir = root.resolve(suite);
            if (!Files.isDirectory(dir)) {
                throw new IOException("conformance folder " + dir + " not found (the data is incomplete)");
            }
            for (Path file : testFiles(dir)) {
                tests.add(DynamicTest.dynamicTest(root.relativize(file).toString(), () -> run(suite, file, expected)));
            }
        }
        return tests.stream();
    }

    private static void run(String suite, Path file, ExpectedFailures expected) {
        FileResult r = RUNNER.run(file);
        long[] counts = COUNTS.computeIfAbsent(suite, k -> new long[2]);
        counts[0] += r.passed();
        counts[1] += r.total() - r.passed();
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
    }

    @AfterAll
    static void summary() {
        RUNNER.close();
        COUNTS.forEach((suite, c) -> System.out.println(suite + " suite: " + c[0] + " passed, " + c[1] + " failed (subtests)"));
    }
}
