package dev.wasmjs.glue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scripts in resources node-parity/ print exactly what node printed for them (the .expected files). */
class NodeParityTest {
    static Path dir() throws URISyntaxException {
        return Path.of(NodeParityTest.class.getResource("node-parity/README.md").toURI()).getParent();
    }

    static Stream<String> scripts() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mjs")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void sameOutputAsNode(String script) throws Exception {
        Path file = dir().resolve(script);
        String expected = Files.readString(dir().resolve(script.replace(".mjs", ".expected")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (WasmJsHost host = WasmJsHost.builder().engine(TestEngine.get()).baseDir(file.getParent())
                .workingDirectory(file.getParent()).stdout(out).stderr(err).build()) {
            code = host.runFile(file);
        }
        assertEquals(expected, out.toString(StandardCharsets.UTF_8), script + " (stderr: " + err + ")");
        assertEquals(0, code, script + " exit code; stderr: " + err);
    }
}
