package dev.wasmjs.engine.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmjs.engine.ExecutionMode;
import dev.wasmjs.engine.Imports;
import dev.wasmjs.engine.WasmInstance;
import dev.wasmjs.engine.WasmModule;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.ValType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tail calls in compiled code (see {@link TailCall}): a million tail calls deep between functions of different
 * generated classes, through tables and references, to host functions, with several results and v128 arguments,
 * must neither overflow the JVM stack nor differ from the interpreter; and a tail call inside a try block must leave
 * the callee outside the block's handler.
 */
class TailCallTest {
    @BeforeAll
    static void strict() {
        System.setProperty("wasmjs.compile.strict", "true");
    }

    /** Enough filler functions between the two halves that they land in different generated classes. */
    private static String filler(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append("(func (result i32) (i32.const ").append(i).append("))\n");
        }
        return s.toString();
    }

    private static final String MODULE = """
            (module
              (import "env" "host" (func $host (param i64) (result i64)))
              (type $ii (func (param i64) (result i64)))
              (type $pair (func (param i64 i64) (result i64 i64)))
              (type $vec (func (param v128 i64) (result v128)))
              (table 4 funcref)
              (elem (i32.const 0) $even_t $odd_t)
              (tag $boom)
              (func $even (export "even") (param i64) (result i64)
                (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 1))
                  (else (return_call $odd (i64.sub (local.get 0) (i64.const 1))))))
              (func $even_t (export "even_t") (param i64) (result i64)
                (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 1))
                  (else (return_call_indirect (type $ii) (i64.sub (local.get 0) (i64.const 1)) (i32.const 1)))))
              (func $even_r (export "even_r") (param i64) (result i64)
                (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 1))
                  (else (return_call_ref $ii (i64.sub (local.get 0) (i64.const 1)) (ref.func $odd_r)))))
              (func $to_host (export "to_host") (param i64) (result i64)
                (if (result i64) (i64.eqz (local.get 0)) (then (return_call $host (i64.const 5)))
                  (else (return_call $to_host2 (i64.sub (local.get 0) (i64.const 1))))))
              (func $count (export "count") (param i64 i64) (result i64 i64)
                (if (result i64 i64) (i64.eqz (local.get 0)) (then (local.get 0) (local.get 1))
                  (else (return_call $count2 (i64.sub (local.get 0) (i64.const 1)) (i64.add (local.get 1) (i64.const 3))))))
              (func $vsum (export "vsum") (param v128 i64) (result v128)
                (if (result v128) (i64.eqz (local.get 1)) (then (local.get 0))
                  (else (return_call $vsum2 (i32x4.add (local.get 0) (v128.const i32x4 1 2 3 4))
                          (i64.sub (local.get 1) (i64.const 1))))))
              (func $vtest (export "vtest") (param i64) (result i32)
                (i32x4.extract_lane 3 (call $vsum (v128.const i32x4 0 0 0 0) (local.get 0))))
              (func $thrower (result i32) (throw $boom))
              (func $in_try (result i32)
                (block $caught
                  (try_table (catch_all $caught) (return_call $thrower)))
                (i32.const 7))
              (func (export "outer") (result i32)
                (block $caught
                  (try_table (catch_all $caught) (return (call $in_try))))
                (i32.const 42))
              %s
              (func $odd (param i64) (result i64)
                (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 0))
                  (else (return_call $even (i64.sub (local.get 0) (i64.const 1))))))
              (func $odd_t (param i64) (result i64)
                (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 0))
                  (else (return_call_indirect (type $ii) (i64.sub (local.get 0) (i64.const 1)) (i32.const 0)))))
              (func $odd_r (param i64) (result i64)
                (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 0))
                  (else (return_call_ref $ii (i64.sub (local.get 0) (i64.const 1)) (ref.func $even_r)))))
              (func $to_host2 (param i64) (result i64) (return_call $to_host (local.get 0)))
              (func $count2 (param i64 i64) (result i64 i64) (return_call $count (local.get 0) (local.get 1)))
              (func $vsum2 (param v128 i64) (result v128) (return_call $vsum (local.get 0) (local.get 1)))
              (elem declare func $odd_r $even_r)
            )
            """.formatted(filler(300));

    private static WasmInstance instance(ExecutionMode mode) {
        Imports imports = new Imports().function("env", "host",
                new FuncType(List.of(ValType.I64), List.of(ValType.I64)), args -> new Object[] {(Long) args[0] * 3});
        return WasmModule.fromText(MODULE, mode).instantiate(imports);
    }

    @Test
    void deepTailCallsInBothTiers() {
        for (ExecutionMode mode : new ExecutionMode[] {ExecutionMode.INTERPRET, ExecutionMode.COMPILE}) {
            WasmInstance inst = instance(mode);
            assertEquals(1L, inst.call("even", 1_000_000L)[0], mode + " even");
            assertEquals(0L, inst.call("even", 1_000_001L)[0], mode + " odd");
            assertEquals(1L, inst.call("even_t", 1_000_000L)[0], mode + " through a table");
            assertEquals(0L, inst.call("even_r", 999_999L)[0], mode + " through references");
            assertEquals(15L, inst.call("to_host", 1_000_000L)[0], mode + " ending in a host function");
            assertArrayEquals(new Object[] {0L, 3_000_000L}, inst.call("count", 1_000_000L, 0L), mode + " two results");
            assertEquals(4 * 100_000, inst.call("vtest", 100_000L)[0], mode + " v128 arguments");
            assertEquals(42, inst.call("outer")[0], mode + " a tail call leaves the try block's handler");
        }
    }

    @Test
    void everyFunctionIsCompiled() {
        WasmModule module = WasmModule.fromText(MODULE, ExecutionMode.COMPILE);
        WasmInstance inst = module.instantiate(new Imports().function("env", "host",
                new FuncType(List.of(ValType.I64), List.of(ValType.I64)), args -> new Object[] {args[0]}));
        inst.call("even", 10L);
        inst.call("even_t", 10L);
        inst.call("even_r", 10L);
        inst.call("count", 10L, 0L);
        inst.call("vtest", 10L);
        inst.call("outer");
        CompilerTier tier = (CompilerTier) module.tier();
        assertTrue(tier.rejections().isEmpty(), () -> "left interpreted: " + tier.rejections());
        assertTrue(tier.classesDefined() >= 2, "the two halves are in different classes");
    }
}
