package dev.wasmjs.jsapi.bench;

import dev.wasmjs.engine.text.Wat;
import dev.wasmjs.jsapi.WebAssemblyJs;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.Source;

/**
 * Runs bench/calls.js in GraalJS, with wasmjs's {@code WebAssembly} ({@code wasmjs}) or GraalWasm's
 * ({@code graalwasm}, needs the {@code bench} profile's classpath). Not a test: bench/run.sh runs it in its own JVM
 * per engine, with the Graal compiler, next to node, and prints the ratios.
 *
 * <p>Usage: {@code CallBench wasmjs|graalwasm BENCH_DIR OUT_WASM} (OUT_WASM receives the module for node).
 */
public final class CallBench {
    /** A nanosecond clock for the script (GraalJS's performance.now() counts whole milliseconds). */
    public static final class Clock {
        @HostAccess.Export
        public double nanos() {
            return System.nanoTime();
        }
    }

    private CallBench() {
    }

    public static void main(String[] args) throws IOException {
        String engine = args[0];
        Path dir = Path.of(args[1]);
        byte[] wasm = Wat.toBinary(Files.readString(dir.resolve("calls.wat")));
        if (args.length > 2) {
            Files.write(Path.of(args[2]), wasm);
        }
        Context.Builder builder = Context.newBuilder("js").allowHostAccess(WebAssemblyJs.HOST_ACCESS);
        if (engine.equals("wasmjs")) {
            WebAssemblyJs.configure(builder);
        } else if (engine.equals("graalwasm")) {
            builder = Context.newBuilder("js", "wasm").allowHostAccess(WebAssemblyJs.HOST_ACCESS)
                    .allowPolyglotAccess(PolyglotAccess.ALL).option("js.webassembly", "true");
        } else {
            throw new IllegalArgumentException("engine must be wasmjs or graalwasm: " + engine);
        }
        try (Context context = builder.build()) {
            if (engine.equals("wasmjs")) {
                WebAssemblyJs.install(context);
            }
            System.out.println("# " + engine + " on " + context.getEngine().getImplementationName());
            context.getBindings("js").putMember("BENCH_CLOCK", new Clock());
            context.getBindings("js").putMember("WASM_BUFFER", ByteBuffer.wrap(wasm));
            context.eval("js", "globalThis.WASM_BYTES = new Uint8Array(new ArrayBuffer(WASM_BUFFER).slice(0));");
            if (engine.equals("wasmjs")) {
                // JS -> wasm with a Java function as the wasm function: the JS API's part of the call alone.
                context.getBindings("js").putMember("JAVA_ADD", new JavaAdd());
                context.getBindings("js").putMember("REEXPORT", ByteBuffer.wrap(Wat.toBinary(
                        "(module (import \"java\" \"add\" (func (param i32 i32) (result i32))) (export \"add\" (func 0)))")));
                context.eval("js", "globalThis.BOUNDARY_ADD = new WebAssembly.Instance(new WebAssembly.Module("
                        + "new Uint8Array(new ArrayBuffer(REEXPORT).slice(0))), { java: { add: JAVA_ADD } }).exports.add;");
            }
            context.eval(Source.newBuilder("js", dir.resolve("calls.js").toFile()).build());
        }
    }
}
