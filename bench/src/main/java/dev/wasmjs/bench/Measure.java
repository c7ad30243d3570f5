package dev.wasmjs.bench;

import dev.wasmjs.engine.ExecutionMode;
import dev.wasmjs.engine.WasmModule;
import dev.wasmjs.engine.runtime.Global;
import dev.wasmjs.engine.runtime.HostFunction;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.Invoker;
import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.runtime.Table;
import dev.wasmjs.engine.runtime.Tag;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.syntax.Import;
import dev.wasmjs.engine.types.ExternType;
import dev.wasmjs.engine.types.GlobalType;
import dev.wasmjs.engine.types.MemoryType;
import dev.wasmjs.engine.types.TableType;
import dev.wasmjs.engine.types.TagType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * The measurements made inside one JVM (one per kernel and tier, so JIT profiles and first-call times are not
 * influenced by other kernels). Prints one line of numbers that {@link BenchMain} collects.
 */
final class Measure {
    private Measure() {
    }

    /** Instantiates {@code file}, calls {@code run(arg)} once (first call), then warm-up and timed iterations. */
    static String kernel(Path file, int arg, ExecutionMode mode, int warmup, int iterations) throws IOException {
        WasmModule module = WasmModule.compile(Files.readAllBytes(file), mode);
        Instance instance = module.instantiate(List.of());
        WasmFunction run = (WasmFunction) instance.export("run");
        return time(a -> (int) Invoker.call(run, a)[0], arg, warmup, iterations);
    }

    /**
     * The kernel protocol every engine is measured with: {@code run(arg)} once (the first call), {@code warmup}
     * untimed calls, then {@code iterations} timed calls that must all return the first call's checksum. Prints
     * "first_ms median_ms checksum", as bench/node-bench.mjs does for node.
     */
    static String time(IntUnaryOperator run, int arg, int warmup, int iterations) {
        long t = System.nanoTime();
        int checksum = run.applyAsInt(arg);
        double first = ms(System.nanoTime() - t);
        for (int i = 0; i < warmup; i++) {
            run.applyAsInt(arg);
        }
        double[] times = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            t = System.nanoTime();
            int c = run.applyAsInt(arg);
            times[i] = ms(System.nanoTime() - t);
            if (c != checksum) {
                throw new IllegalStateException("checksum changed between runs: " + c + " vs " + checksum);
            }
        }
        Arrays.sort(times);
        return String.format(Locale.ROOT, "%.3f %.3f %d", first, times[times.length / 2],
                Integer.toUnsignedLong(checksum));
    }

    /** Compile, instantiate (imports stubbed by type) and the first call of a no-argument export. */
    static String large(Path file, String export, ExecutionMode mode) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long t = System.nanoTime();
        WasmModule module = WasmModule.compile(bytes, mode);
        double compile = ms(System.nanoTime() - t);
        t = System.nanoTime();
        Instance instance = module.instantiate(stubImports(module));
        double instantiate = ms(System.nanoTime() - t);
        t = System.nanoTime();
        Invoker.call((WasmFunction) instance.export(export));
        return largeLine(compile, instantiate, ms(System.nanoTime() - t));
    }

    private static List<Object> stubImports(WasmModule module) {
        List<Object> out = new ArrayList<>();
        for (Import imp : module.imports()) {
            ExternType type = imp.type();
            out.add(switch (type) {
                case ExternType.Func f -> new HostFunction(f.type(), imp.module() + "." + imp.name(), args -> {
                    throw new IllegalStateException("stub import " + imp.module() + "." + imp.name() + " called");
                });
                case MemoryType m -> new Memory(m);
                case TableType tt -> new Table(tt, null);
                case GlobalType g -> new Global(g);
                case TagType tg -> new Tag(tg);
            });
        }
        return out;
    }

    /** The line a {@code large} measurement prints, whichever engine made it: "compile_ms instantiate_ms call_ms". */
    static String largeLine(double compile, double instantiate, double call) {
        return String.format(Locale.ROOT, "%.3f %.3f %.3f", compile, instantiate, call);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
