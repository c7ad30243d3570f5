package dev.wasmjs.bench;

import dev.wasmjs.engine.binary.ModuleDecoder;
import dev.wasmjs.engine.syntax.Import;
import dev.wasmjs.engine.types.ExternType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

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

    /**
     * Compile, instantiate and the first call of a no-argument export, as {@link Measure#large}: compile is GraalWasm's
     * {@code eval} of the module (decode and validate; it compiles functions lazily, as wasmjs's auto tier does),
     * instantiate is {@code newInstance} with every function import stubbed.
     */
    static String large(Path file, String export) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Object imports = stubImports(bytes);
        Source source = Source.newBuilder("wasm", ByteSequence.create(bytes), "large").build();
        try (Context context = Context.newBuilder("wasm").build()) {
            long t = System.nanoTime();
            Value module = context.eval(source);
            double compile = Measure.ms(System.nanoTime() - t);
            t = System.nanoTime();
            Value instance = module.newInstance(imports);
            double instantiate = Measure.ms(System.nanoTime() - t);
            t = System.nanoTime();
            instance.getMember("exports").getMember(export).execute();
            return Measure.largeLine(compile, instantiate, Measure.ms(System.nanoTime() - t));
        }
    }

    /** The import object: a function that fails when called for each function import (the only kind stubbed). */
    private static Object stubImports(byte[] bytes) {
        // The import list comes from wasmjs's decoder: the polyglot API gives no way to ask GraalWasm for it.
        Map<String, Map<String, Object>> byModule = new HashMap<>();
        for (Import imp : ModuleDecoder.decode(bytes).imports()) {
            if (!(imp.type() instanceof ExternType.Func)) {
                throw new IllegalArgumentException("only function imports can be stubbed for GraalWasm: " + imp);
            }
            String name = imp.module() + "." + imp.name();
            byModule.computeIfAbsent(imp.module(), m -> new HashMap<>()).put(imp.name(), (ProxyExecutable) args -> {
                throw new IllegalStateException("stub import " + name + " called");
            });
        }
        Map<String, Object> modules = new HashMap<>();
        byModule.forEach((m, fns) -> modules.put(m, ProxyObject.fromMap(fns)));
        return ProxyObject.fromMap(modules);
    }
}
