package dev.wasmjs.engine.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmjs.engine.ExecutionMode;
import dev.wasmjs.engine.Imports;
import dev.wasmjs.engine.Trap;
import dev.wasmjs.engine.WasmInstance;
import dev.wasmjs.engine.WasmModule;
import dev.wasmjs.engine.runtime.Global;
import dev.wasmjs.engine.runtime.V128;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the two tiers: random valid modules ({@link RandomModule}) run once interpreted and once
 * compiled; every call's results (bit patterns) or trap message, and the final memory and globals, must agree.
 * The compiled run must really be compiled: the compiler may not leave any generated function to the interpreter.
 * The modules use SIMD, GC and tail calls too (see {@link RandomModule}).
 */
class DifferentialFuzzTest {
    static final int MODULES = 400;

    @BeforeAll
    static void strict() {
        System.setProperty("wasmjs.compile.strict", "true");
    }

    @Test
    void interpreterAndCompilerAgree() {
        int calls = 0;
        int traps = 0;
        int simd = 0;
        int gc = 0;
        int tail = 0;
        for (long seed = 1; seed <= MODULES; seed++) {
            RandomModule gen = new RandomModule(seed);
            String wat = gen.wat();
            simd += wat.contains("(v128.") || wat.contains("x16.") ? 1 : 0;
            gc += wat.contains("(struct.new") || wat.contains("(array.") ? 1 : 0;
            tail += wat.contains("(return_call") ? 1 : 0;
            List<String> interpreted = run(wat, gen, seed, ExecutionMode.INTERPRET, null);
            List<String> compiled = run(wat, gen, seed, ExecutionMode.COMPILE, null);
            assertEquals(interpreted, compiled, "tiers disagree on module " + seed + ":\n" + wat);
            for (String s : interpreted) {
                calls++;
                traps += s.startsWith("trap") ? 1 : 0;
            }
        }
        // The generator must exercise both outcomes, or the comparison proves little.
        assertTrue(traps > calls / 20 && traps < calls * 3 / 4, traps + " traps in " + calls + " calls");
        // And the newer instruction families must be in a good share of the modules.
        assertTrue(simd > MODULES / 3 && gc > MODULES / 3 && tail > MODULES / 10,
                "modules with SIMD " + simd + ", GC " + gc + ", tail calls " + tail + " of " + MODULES);
        System.out.println("differential fuzz: " + calls + " calls, " + traps + " traps; modules with SIMD " + simd
                + ", GC " + gc + ", tail calls " + tail + " of " + MODULES);
    }

    /** Calls every function with arguments drawn from the seed; returns the outcomes, then memory and globals. */
    static List<String> run(String wat, RandomModule gen, long seed, ExecutionMode mode, Object unused) {
        WasmModule module = WasmModule.fromText(wat, mode);
        WasmInstance instance = module.instantiate(new Imports());
        Random args = new Random(seed * 7919);
        List<String> out = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < gen.functions.size(); i++) {
                RandomModule.Func f = gen.functions.get(i);
                Object[] a = new Object[f.params().size()];
                for (int p = 0; p < a.length; p++) {
                    a[p] = argument(f.params().get(p), args);
                }
                try {
                    out.add("f" + i + " -> " + describe(instance.call("f" + i, a)));
                } catch (Trap t) {
                    out.add("trap f" + i + ": " + t.getMessage());
                }
            }
        }
        byte[] memory = instance.memory("mem").read(0, (int) instance.memory("mem").byteSize());
        out.add("memory " + instance.memory("mem").pages() + " pages, hash " + Arrays.hashCode(memory));
        for (String t : RandomModule.TYPES) {
            Global g = instance.global("g_" + t);
            // 32-bit values: only the low half of the slot is the value (its upper half is not canonical).
            long bits = t.equals("i32") || t.equals("f32") ? g.bits & 0xFFFF_FFFFL : g.bits;
            out.add("global " + t + " = " + Long.toHexString(bits));
        }
        if (mode == ExecutionMode.COMPILE) {
            CompilerTier tier = (CompilerTier) module.tier();
            for (var r : tier.rejections().entrySet()) {
                throw new AssertionError("function " + r.getKey() + " was not compiled (" + r.getValue() + "):\n" + wat);
            }
        }
        return out;
    }

    private static Object argument(String type, Random r) {
        return switch (type) {
            case "i32" -> r.nextBoolean() ? r.nextInt(64) : r.nextInt();
            case "i64" -> r.nextBoolean() ? (long) r.nextInt(64) : r.nextLong();
            case "f32" -> r.nextBoolean() ? (float) r.nextInt(64) : Float.intBitsToFloat(r.nextInt());
            case "v128" -> new V128(r.nextLong(), r.nextBoolean() ? r.nextInt(64) : r.nextLong());
            default -> r.nextBoolean() ? (double) r.nextInt(64) : r.nextGaussian() * 1e6;
        };
    }

    private static String describe(Object[] values) {
        StringBuilder s = new StringBuilder();
        for (Object v : values) {
            s.append(switch (v) {
                case Float f -> Float.isNaN(f) ? "f32:nan" : "f32:" + Integer.toHexString(Float.floatToRawIntBits(f));
                case Double d -> Double.isNaN(d) ? "f64:nan" : "f64:" + Long.toHexString(Double.doubleToRawLongBits(d));
                default -> String.valueOf(v);
            }).append(' ');
        }
        return s.toString();
    }
}
