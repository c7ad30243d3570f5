package dev.wasmjs.samples;

import dev.wasmjs.glue.WasmJsHost;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.graalvm.polyglot.Engine;

/** Runs a file in a fresh {@link WasmJsHost} (sharing one polyglot engine across tests) and captures its output. */
final class TestHost {
    private static Engine engine;

    private TestHost() {
    }

    record Run(int exitCode, String stdout, String stderr) {
    }

    private static synchronized Engine engine() {
        if (engine == null) {
            engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
        }
        return engine;
    }

    static Run run(Path file, WasmJsHost.Mode mode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (WasmJsHost host = WasmJsHost.builder().engine(engine()).baseDir(file.getParent()).mode(mode)
                .stdout(out).stderr(err).build()) {
            int code = host.runFile(file);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
