package dev.wasmjs.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasmjs.glue.WasmJsHost;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample runs twice, as its page (index.html, page mode) and as its module script (main.mjs), and must
 * print exactly expected-output.txt (checked against node with node-reference.mjs) with exit code 0.
 */
class SamplesTest {
    private static final Path SAMPLES = Path.of(System.getProperty("wasmjs.samples", ".")).toAbsolutePath().normalize();
    private static Engine engine;

    @BeforeAll
    static void sharedEngine() {
        engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    static Stream<String> samples() throws IOException {
        try (Stream<Path> dirs = Files.list(SAMPLES)) {
            List<String> names = dirs.filter(d -> Files.isRegularFile(d.resolve("expected-output.txt")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            if (names.size() < 7) {
                throw new IllegalStateException("expected the seven samples under " + SAMPLES + ", found " + names);
            }
            return names.stream();
        }
    }

    record Run(int exitCode, String stdout, String stderr) {
    }

    static Run run(Path file, WasmJsHost.Mode mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (WasmJsHost host = WasmJsHost.builder().engine(engine).baseDir(file.getParent()).mode(mode)
                .stdout(out).stderr(err).build()) {
            Assumptions.assumeTrue(host.eval("typeof WebAssembly === 'object'").asBoolean(),
                    "the WebAssembly global is not installed yet (the jsapi module is not merged): samples skipped");
            int code = host.runFile(file);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static void check(String sample, String file, WasmJsHost.Mode mode) throws IOException {
        Path dir = SAMPLES.resolve(sample);
        String expected = Files.readString(dir.resolve("expected-output.txt"));
        Run r = run(dir.resolve(file), mode);
        assertEquals(expected, r.stdout(), sample + "/" + file + " stdout (stderr: " + r.stderr() + ")");
        assertEquals("", r.stderr(), sample + "/" + file + " stderr");
        assertEquals(0, r.exitCode(), sample + "/" + file + " exit code");
    }

    @ParameterizedTest(name = "{0} as a page")
    @MethodSource("samples")
    void page(String sample) throws IOException {
        check(sample, "index.html", WasmJsHost.Mode.BROWSER);
    }

    @ParameterizedTest(name = "{0} as a module script")
    @MethodSource("samples")
    void moduleScript(String sample) throws IOException {
        check(sample, "main.mjs", WasmJsHost.Mode.NODE);
    }
}
