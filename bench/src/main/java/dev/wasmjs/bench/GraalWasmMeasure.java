package dev.wasmjs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;

/**
 * A kernel under GraalWasm, through its Java embedding (no JS in between, as {@link Measure#kernel} calls wasmjs
 * without JS), measured with the same protocol. Run it in a JVM with the Graal compiler on the upgrade module path,
 * or GraalWasm runs in Truffle's fallback (interpreter-only) runtime: {@link BenchMain} does that for the table.
 */
final class GraalWasmMeasure {
    /** Printed instead of numbers when GraalWasm does not take the module (a feature it does not implement). */
    static final String UNSUPPORTED = "unsupported:";

    private GraalWasmMeasure() {
    }

    static String kernel(Path file, int arg, int warmup, int iterations) throws IOException {
        Source source = Source.newBuilder("wasm", ByteSequence.create(Files.readAllBytes(file)), "kernel").build();
        // Default options: GraalWasm 25.0 has no option for the proposals it lacks (GC; exceptions come in 25.1).
        try (Context context = Context.newBuilder("wasm").build()) {
            Value module;
            try {
                module = context.eval(source);
            } catch (PolyglotException e) {
                return UNSUPPORTED + " " + e.getMessage().lines().findFirst().orElse("(no message)");
            }
            Value run = module.newInstance().getMember("exports").getMember("run");
            return Measure.time(a -> run.execute(a).asInt(), arg, warmup, iterations);
        }
    }
}
