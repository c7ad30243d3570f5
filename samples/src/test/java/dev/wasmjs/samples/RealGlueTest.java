package dev.wasmjs.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasmjs.glue.WasmJsHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real glue from npm: wasm-pack output (hello-wasm-pack), hand-written wasm (hash-wasm) and emscripten output
 * (sql.js), pinned in {@code real-glue/package.json}, installed with npm into {@code target/real-glue} at test
 * time. Each script must print what node printed ({@code *.expected}, produced by node 20 and re-checked against
 * node here when node is installed). Skipped with a message when npm or the registry is not reachable.
 */
class RealGlueTest {
    private static final Path FIXTURES = Path.of("src/test/resources/real-glue").toAbsolutePath();
    private static final Path WORK = Path.of("target/real-glue").toAbsolutePath();
    /** Node needs a loader (and the wasm-modules flag) for bundler-style output; wasmjs does not. */
    private static final List<String> NODE_FLAGS_FOR_BUNDLER_OUTPUT =
            List.of("--no-warnings", "--experimental-wasm-modules", "--loader", "./resolve-wasm.mjs");

    private static String installProblem;

    @BeforeAll
    static void install() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path f : files.toList()) {
                Files.copy(f, WORK.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (Files.isDirectory(WORK.resolve("node_modules/sql.js"))
                && Files.isDirectory(WORK.resolve("node_modules/hash-wasm"))
                && Files.isDirectory(WORK.resolve("node_modules/hello-wasm-pack"))) {
            return;
        }
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--ignore-scripts")
                    .directory(WORK.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            installProblem = "npm is not installed (" + e.getMessage() + ")";
            return;
        }
        String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            installProblem = "npm install failed (no registry access?): " + log.strip();
        }
    }

    private static void requireInstalled() {
        Assumptions.assumeTrue(installProblem == null, () -> "real-glue tests skipped: " + installProblem);
    }

    @ParameterizedTest(name = "{0} under wasmjs prints what node printed")
    @ValueSource(strings = {"hello.mjs", "hash.mjs", "sql.cjs"})
    void wasmjsMatchesNode(String script) throws IOException {
        requireInstalled();
        TestHost.Run r = TestHost.run(WORK.resolve(script), WasmJsHost.Mode.NODE);
        assertEquals(expected(script), r.stdout(), script + " stdout (stderr: " + r.stderr() + ")");
        assertEquals(0, r.exitCode(), script + " exit code (stderr: " + r.stderr() + ")");
    }

    @ParameterizedTest(name = "{0}: the checked-in expectation is still node's output")
    @ValueSource(strings = {"hello.mjs", "hash.mjs", "sql.cjs"})
    void expectationIsNodeOutput(String script) throws IOException, InterruptedException {
        requireInstalled();
        List<String> command = new ArrayList<>(List.of("node"));
        if (script.equals("hello.mjs")) {
            command.addAll(NODE_FLAGS_FOR_BUNDLER_OUTPUT);
        }
        command.add(script);
        Process node;
        try {
            node = new ProcessBuilder(command).directory(WORK.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("node is not installed: " + e.getMessage());
            return;
        }
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        node.waitFor(2, TimeUnit.MINUTES);
        assertEquals(expected(script), out, "node's output of " + script);
    }

    private static String expected(String script) throws IOException {
        return Files.readString(FIXTURES.resolve(script.substring(0, script.indexOf('.')) + ".expected"));
    }
}
