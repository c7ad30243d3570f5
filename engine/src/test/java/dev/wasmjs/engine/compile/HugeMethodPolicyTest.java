package dev.wasmjs.engine.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmjs.engine.ExecutionMode;
import dev.wasmjs.engine.Imports;
import dev.wasmjs.engine.WasmInstance;
import dev.wasmjs.engine.WasmModule;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A function over HotSpot's huge-method limit stays interpreted unless the JVM would JIT-compile it. */
class HugeMethodPolicyTest {
    /** One function whose loop body is {@code statements} i32 statements (about 10 bytes of JVM bytecode each). */
    private static String hugeModule(int statements) {
        StringBuilder wat = new StringBuilder("(module (func (export \"run\") (param $n i32) (result i32)"
                + " (local $i i32) (local $a i32) (local $b i32) (local.set $a (i32.const 1)) (loop $l");
        for (int k = 0; k < statements; k++) {
            wat.append(k % 2 == 0 ? " (local.set $a (i32.add (local.get $b) (i32.xor (local.get $a) (i32.const "
                    : " (local.set $b (i32.sub (local.get $a) (i32.mul (local.get $b) (i32.const ").append(k).append("))))");
        }
        wat.append(" (local.set $i (i32.add (local.get $i) (i32.const 1)))"
                + " (br_if $l (i32.lt_u (local.get $i) (local.get $n)))) (i32.xor (local.get $a) (local.get $b))))");
        return wat.toString();
    }

    private static Map<Integer, String> rejectionsAfterRun(String wat) {
        WasmModule compiled = WasmModule.fromText(wat, ExecutionMode.COMPILE);
        WasmInstance instance = compiled.instantiate(new Imports());
        Object result = instance.call("run", 3)[0];
        WasmModule interpreted = WasmModule.fromText(wat, ExecutionMode.INTERPRET);
        assertEquals(interpreted.instantiate(new Imports()).call("run", 3)[0], result);
        return ((CompilerTier) compiled.tier()).rejections();
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty("wasmjs.compile.hugeMethods");
    }

    @Test
    void hugeFunctionStaysInterpretedUnderTheDefaultJvmFlags() {
        // The test JVM runs with HotSpot's default (+DontCompileHugeMethods).
        Map<Integer, String> rejections = rejectionsAfterRun(hugeModule(1500));
        assertTrue(rejections.containsKey(0), "expected function 0 to stay interpreted: " + rejections);
        assertTrue(rejections.get(0).contains("DontCompileHugeMethods"), rejections.get(0));
    }

    @Test
    void hugeFunctionIsCompiledWhenAskedTo() {
        System.setProperty("wasmjs.compile.hugeMethods", "compile");
        assertEquals(Map.of(), rejectionsAfterRun(hugeModule(1500)));
    }

    @Test
    void functionOverTheJvmCodeLimitStaysInterpretedEvenWhenHugeMethodsAreCompiled() {
        // Over 64 KiB of JVM code: the class writer refuses the method when the class bytes are written.
        System.setProperty("wasmjs.compile.hugeMethods", "compile");
        Map<Integer, String> rejections = rejectionsAfterRun(hugeModule(12000));
        assertTrue(rejections.containsKey(0), "expected function 0 to stay interpreted: " + rejections);
    }

    @Test
    void smallFunctionIsCompiled() {
        assertEquals(Map.of(), rejectionsAfterRun(hugeModule(50)));
    }
}
