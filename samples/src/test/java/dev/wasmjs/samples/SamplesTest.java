package dev.wasmjs.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wasmjs.glue.WasmJsHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample runs twice, as its page (index.html, page mode) and as its module script (main.mjs), and must
 * print exactly expected-output.txt (checked against node with node-reference.mjs) with exit code 0.
 */
class SamplesTest {
    private static final Path SAMPLES = Path.of(System.getProperty("wasmjs.samples", ".")).toAbsolutePath().normalize();

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

    private static void check(String sample, String file, WasmJsHost.Mode mode) throws IOException {
        Path dir = SAMPLES.resolve(sample);
        String expected = Files.readString(dir.resolve("expected-output.txt"));
        TestHost.Run r = TestHost.run(dir.resolve(file), mode);
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
