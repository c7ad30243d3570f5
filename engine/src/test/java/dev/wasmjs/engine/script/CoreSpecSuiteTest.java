package dev.wasmjs.engine.script;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmjs.engine.Conformance;
import dev.wasmjs.engine.ExecutionMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every in-scope core spec script (the .wast files of {@link #FOLDERS}) through the same runner as
 * {@code wasmjs wast}, once with the interpreter only and once with every function compiled on its first call
 * (compiler failures that are not an expected "stays interpreted" outcome fail the run: strict mode). A file
 * fails the build unless it passes completely or is listed, with a reason, in {@code core-expected-failures.txt};
 * a listed file that passes fails too, so the list only shrinks.
 */
class CoreSpecSuiteTest {
    @BeforeAll
    static void strictCompiler() {
        System.setProperty("wasmjs.compile.strict", "true");
    }

    static final Path EXPECTED_FAILURES = Path.of("src/test/resources/core-expected-failures.txt");

    /** Folders of the suite (relative to the conformance root) whose .wast files are in scope, not recursive. */
    static final List<String> FOLDERS = List.of(
            "core",
            "core/bulk-memory",
            "core/gc",
            "core/exceptions",
            "core/memory64",
            "core/multi-memory",
            "core/simd",
            "core/relaxed-simd",
            "legacy-exceptions/core");

    static List<Path> inScope(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> list = Files.list(root.resolve(folder))) {
                list.filter(p -> p.toString().endsWith(".wast")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> interpreter() throws IOException {
        return suite(ExecutionMode.INTERPRET);
    }

    @TestFactory
    Stream<DynamicTest> compiled() throws IOException {
        return suite(ExecutionMode.COMPILE);
    }

    private static Stream<DynamicTest> suite(ExecutionMode mode) throws IOException {
        Path root = Conformance.root();
        ExpectedFailures expected = ExpectedFailures.load(EXPECTED_FAILURES);
        return inScope(root).stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
            WastRunner.Result r = WastRunner.run(Files.readString(file, StandardCharsets.UTF_8), file.toString(), null,
                    mode);
            String reason = expected.reason(file);
            if (reason == null) {
                assertTrue(r.ok(), () -> r.passed() + "/" + r.total() + " passed; first failures:\n  "
                        + String.join("\n  ", r.failures().subList(0, Math.min(10, r.failures().size()))));
            } else {
                assertFalse(r.ok(), "listed as expected failure (" + reason + ") but passes: remove it from "
                        + EXPECTED_FAILURES);
            }
        }));
    }
}
