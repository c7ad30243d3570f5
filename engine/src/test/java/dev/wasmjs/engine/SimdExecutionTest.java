package dev.wasmjs.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmjs.engine.runtime.Global;
import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.runtime.V128;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * SIMD end to end through the Java API, for what the spec suite does not pin down: partial writes on a trapping
 * store, 64-bit and non-zero memories, lanes in the high half, v128 across calls, globals and blocks, and the
 * decoder's and validator's errors for SIMD immediates.
 */
class SimdExecutionTest {
    private static final String Z16 = "(v128.const i64x2 0 0)";

    private static WasmInstance instance(String wat) {
        return WasmModule.fromText(wat).instantiate(new Imports());
    }

    @Test
    void aStoreThatDoesNotFitWritesNothing() {
        WasmInstance inst = instance("""
                (module (memory (export "m") 1)
                  (func (export "store") (param i32)
                    (v128.store (local.get 0) (v128.const i8x16 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16)))
                  (func (export "load") (param i32) (result v128) (v128.load (local.get 0))))
                """);
        Memory m = inst.memory("m");
        Trap t = assertThrows(Trap.class, () -> inst.call("store", 65528));
        assertEquals("out of bounds memory access", t.getMessage());
        assertArrayEquals(new byte[8], m.read(65528, 8), "no byte of the failed store may land");
        inst.call("store", 65520);
        assertEquals(new V128(0x0807_0605_0403_0201L, 0x100F_0E0D_0C0B_0A09L), inst.call("load", 65520)[0]);
        assertThrows(Trap.class, () -> inst.call("load", 65521));
        assertThrows(Trap.class, () -> inst.call("load", -1));
    }

    @Test
    void memory64AndOtherMemories() {
        WasmInstance inst = instance("""
                (module
                  (memory $a 1)
                  (memory $b i64 1)
                  (func (export "copy") (param i64)
                    (v128.store $b (local.get 0) (v128.load $a (i32.const 0)))
                    (v128.store64_lane $b offset=16 1 (local.get 0) (v128.load $a (i32.const 0))))
                  (func (export "get") (param i64) (result v128) (v128.load $b (local.get 0)))
                  (func (export "lane") (param i64) (result v128) (v128.load32_lane $b 3 (local.get 0) (v128.const i64x2 0 0)))
                  (func (export "put") (param v128) (v128.store $a (i32.const 0) (local.get 0))))
                """);
        V128 v = new V128(0x1111_2222_3333_4444L, 0x5555_6666_7777_8888L);
        inst.call("put", v);
        inst.call("copy", 100L);
        assertEquals(v, inst.call("get", 100L)[0]);
        assertEquals(new V128(v.high(), 0), inst.call("get", 116L)[0]);
        assertEquals(new V128(0, 0x3333_4444L << 32), inst.call("lane", 100L)[0]);
        assertThrows(Trap.class, () -> inst.call("get", 65521L));
        assertThrows(Trap.class, () -> inst.call("get", Long.MAX_VALUE));
        assertThrows(Trap.class, () -> inst.call("lane", -4L));
    }

    @Test
    void lanesInTheHighHalf() {
        WasmInstance inst = instance("""
                (module
                  (func (export "x8") (param v128) (result i32) (i8x16.extract_lane_s 15 (local.get 0)))
                  (func (export "x16") (param v128) (result i32) (i16x8.extract_lane_u 5 (local.get 0)))
                  (func (export "xf") (param v128) (result f32) (f32x4.extract_lane 3 (local.get 0)))
                  (func (export "r64") (param v128 i64) (result v128) (i64x2.replace_lane 1 (local.get 0) (local.get 1)))
                  (func (export "rf64") (param v128 f64) (result v128) (f64x2.replace_lane 0 (local.get 0) (local.get 1)))
                  (func (export "r8") (param v128 i32) (result v128) (i8x16.replace_lane 9 (local.get 0) (local.get 1))))
                """);
        V128 v = new V128(0x0706_0504_0302_0100L, 0xBF80_0000_FFFE_0908L);
        assertEquals((int) (byte) 0xBF, inst.call("x8", v)[0]);
        assertEquals(0xFFFE, inst.call("x16", v)[0]);
        assertEquals(-1.0f, inst.call("xf", v)[0]);
        assertEquals(new V128(v.low(), -7L), inst.call("r64", v, -7L)[0]);
        assertEquals(new V128(Double.doubleToRawLongBits(0.5), v.high()), inst.call("rf64", v, 0.5)[0]);
        assertEquals(new V128(v.low(), 0xBF80_0000_FFFE_AB08L), inst.call("r8", v, 0x12AB)[0]);
    }

    @Test
    void vectorsThroughGlobalsBlocksBranchesAndSelect() {
        WasmInstance inst = instance("""
                (module
                  (global $g (export "g") (mut v128) (v128.const i32x4 1 2 3 4))
                  (func (export "f") (param i32) (result v128)
                    (block (result v128)
                      (br_if 0 (i32x4.add (global.get $g) (global.get $g)) (local.get 0))
                      (drop)
                      (global.set $g (i8x16.splat (i32.const 0x7F)))
                      (select (global.get $g) (v128.const i64x2 -1 -1) (local.get 0)))))
                """);
        assertEquals(new V128(0x0000_0004_0000_0002L, 0x0000_0008_0000_0006L), inst.call("f", 1)[0]);
        assertEquals(new V128(-1, -1), inst.call("f", 0)[0]);
        Global g = inst.global("g");
        assertEquals(0x7F7F_7F7F_7F7F_7F7FL, g.bits);
        assertEquals(0x7F7F_7F7F_7F7F_7F7FL, g.bitsHigh);
    }

    private static byte[] module(String codeSectionHex) {
        // (type (func (result v128))) (func (type 0)) then the given code section
        return HexFormat.ofDelimiter(" ").parseHex("00 61 73 6d 01 00 00 00 01 05 01 60 00 01 7b 03 02 01 00 "
                + codeSectionHex);
    }

    @Test
    void decodingErrors() {
        String const16 = "00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f";
        WasmModule.compile(module("0a 16 01 14 00 fd 0c " + const16 + " 0b"));
        // v128.const cut short by the end of the body
        CompileException e = assertThrows(CompileException.Malformed.class,
                () -> WasmModule.compile(module("0a 10 01 0e 00 fd 0c 00 01 02 03 04 05 06 07 08 09 0b")));
        assertTrue(e.getMessage().contains("unexpected end"), e.getMessage());
        // 0xFD 0x9A is not assigned
        e = assertThrows(CompileException.Malformed.class, () -> WasmModule.compile(module("0a 07 01 05 00 fd 9a 01 0b")));
        assertTrue(e.getMessage().contains("illegal opcode fd 154"), e.getMessage());
    }

    private static String invalid(String wat) {
        CompileException e = assertThrows(CompileException.Invalid.class, () -> WasmModule.fromText(wat));
        return e.getMessage();
    }

    @Test
    void validationErrors() {
        assertTrue(invalid("(func (result i32) (i8x16.extract_lane_s 16 " + Z16 + "))").startsWith("invalid lane index"));
        assertTrue(invalid("(func (result i64) (i64x2.extract_lane 2 " + Z16 + "))").startsWith("invalid lane index"));
        assertTrue(invalid("(func (result v128) (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 32 " + Z16 + Z16 + "))")
                .startsWith("invalid lane index"));
        assertTrue(invalid("(memory 1) (func (result v128) (v128.load32_lane 4 (i32.const 0) " + Z16 + "))")
                .startsWith("invalid lane index"));
        assertTrue(invalid("(memory 1) (func (result v128) (v128.load64_splat align=16 (i32.const 0)))")
                .startsWith("alignment must not be larger than natural"));
        assertTrue(invalid("(memory 1) (func (v128.store8_lane align=2 0 (i32.const 0) " + Z16 + "))")
                .startsWith("alignment must not be larger than natural"));
        assertTrue(invalid("(func (result v128) (v128.load (i32.const 0)))").startsWith("unknown memory 0"));
        assertTrue(invalid("(func (result v128) (i32x4.add " + Z16 + " (i32.const 0)))").startsWith("type mismatch"));
        assertTrue(invalid("(global v128 (i32x4.splat (i32.const 1)))").startsWith("constant expression required"));
        // the last valid lane of each shape, and the largest alignment
        WasmModule.fromText("(memory 1) (func (result v128) (i8x16.shuffle 31 31 31 31 31 31 31 31 31 31 31 31 31 31 31 31 "
                + Z16 + Z16 + ") (drop) (v128.load16_lane align=2 7 (i32.const 0) " + Z16 + ") (drop) "
                + "(v128.load align=16 (i32.const 0)))");
    }
}
