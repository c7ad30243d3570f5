package dev.wasmjs.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wasmjs.engine.binary.Opcode;
import org.junit.jupiter.api.Test;

/** SIMD in the text format: the mnemonic table, immediate encodings, and errors for bad lane literals. */
class SimdTextTest {
    private static final String Z16 = "(v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)";

    private static void assertContains(String hex, String expected) {
        assertTrue(hex.contains(expected), () -> "expected <" + expected + "> in\n" + hex);
    }

    private static void assertError(String wat, String message) {
        TextFormatException e = assertThrows(TextFormatException.class, () -> Wat.toBinary(wat));
        assertTrue(e.getMessage().endsWith(": " + message), () -> "expected \"" + message + "\" but got: " + e.getMessage());
    }

    /** The text table and the decoder's opcode table are written separately; they must agree. */
    @Test
    void mnemonicsMatchTheBinaryOpcodes() {
        int simd = 0;
        for (Opcode op : Opcode.values()) {
            if (op.prefix != 0xFD) {
                continue;
            }
            simd++;
            InstructionTable.Entry e = InstructionTable.lookup(op.text);
            assertNotNull(e, op.text);
            assertEquals(0xFD, e.prefix(), op.text);
            assertEquals(op.code, e.opcode(), op.text);
        }
        assertEquals(236 + 20, simd, "fixed-width plus relaxed SIMD instructions");
    }

    @Test
    void v128ConstInEveryShape() {
        String bytes = "fd 0c 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f";
        assertContains(Hex.wat("(func (result v128) (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))"), bytes);
        assertContains(Hex.wat("(func (result v128) (v128.const i16x8 0x100 0x302 0x504 0x706 0x908 0xb0a 0xd0c 0xf0e))"),
                bytes);
        assertContains(Hex.wat("(func (result v128) (v128.const i32x4 0x03020100 0x07060504 0x0b0a0908 0x0f0e0d0c))"),
                bytes);
        assertContains(Hex.wat("(func (result v128) (v128.const i64x2 0x0706050403020100 0x0f0e0d0c0b0a0908))"), bytes);
        // signed and unsigned spellings of the same lane; floats as IEEE bits
        assertContains(Hex.wat("(func (result v128) (v128.const i8x16 -1 255 -128 128 0 0 0 0 0 0 0 0 0 0 0 0))"),
                "fd 0c ff ff 80 80 00");
        assertContains(Hex.wat("(func (result v128) (v128.const f32x4 1 -0 nan:0x1 -inf))"),
                "fd 0c 00 00 80 3f 00 00 00 80 01 00 80 7f 00 00 80 ff");
        assertContains(Hex.wat("(func (result v128) (v128.const f64x2 0x1p-1074 -nan))"),
                "fd 0c 01 00 00 00 00 00 00 00 00 00 00 00 00 00 f8 ff");
    }

    @Test
    void shuffleLaneAndMemargLaneImmediates() {
        assertContains(Hex.wat("(func (result v128) (i8x16.shuffle 31 0 1 2 3 4 5 6 7 8 9 10 11 12 13 0x10 " + Z16 + Z16 + "))"),
                "fd 0d 1f 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 10");
        // lane immediates are single bytes, not LEB128: 15 and 0x0f encode alike
        assertContains(Hex.wat("(func (result i32) (i8x16.extract_lane_u 0x0f " + Z16 + "))"), "fd 16 0f");
        // sub-opcodes above 127 take two LEB128 bytes
        assertContains(Hex.wat("(func (result v128) (i32x4.relaxed_dot_i8x16_i7x16_add_s " + Z16 + Z16 + Z16 + "))"),
                "fd 93 02");
        // memarg then lane; natural alignment by default; a memory index sets bit 6 of the flags
        assertContains(Hex.wat("(memory 1) (func (result v128) (v128.load16_lane 7 (i32.const 0) " + Z16 + "))"),
                "fd 55 01 00 07");
        assertContains(Hex.wat("(memory 1) (memory 1) (func (result v128) "
                + "(v128.load16_lane 1 offset=4 align=1 3 (i32.const 0) " + Z16 + "))"), "fd 55 40 01 04 03");
        assertContains(Hex.wat("(memory 1) (func (v128.store64_lane align=1 1 (i32.const 0) " + Z16 + "))"),
                "fd 5b 00 00 01");
        assertContains(Hex.wat("(memory 1) (func (result v128) (v128.load (i32.const 0)))"), "fd 00 04 00");
        assertContains(Hex.wat("(memory 1) (func (result v128) (v128.load8x8_s offset=0x10 (i32.const 0)))"),
                "fd 01 03 10");
    }

    @Test
    void laneIndexErrors() {
        assertError("(func (result i32) (i8x16.extract_lane_s 256 " + Z16 + "))", "i8 constant out of range");
        assertError("(func (result i32) (i8x16.extract_lane_s 0x1_0000_0000_0000_0000 " + Z16 + "))",
                "i8 constant out of range");
        assertError("(func (result i32) (i8x16.extract_lane_s -1 " + Z16 + "))", "unexpected token");
        assertError("(func (result i32) (i8x16.extract_lane_s +1 " + Z16 + "))", "unexpected token");
        assertError("(func (result i32) (i8x16.extract_lane_s 1.0 " + Z16 + "))", "unexpected token");
        assertError("(func (result i32) (i8x16.extract_lane_s nan " + Z16 + "))", "unexpected token");
        assertError("(func (result i32) (i8x16.extract_lane_s $l " + Z16 + "))", "unexpected token");
        assertError("(func (result i32) (i8x16.extract_lane_s " + Z16 + "))", "unexpected token");
        assertError("(memory 1) (func (result v128) (v128.load8_lane offset=0 (i32.const 0) " + Z16 + "))",
                "unexpected token");
        assertError("(memory 1) (func (result v128) (v128.load8_lane 0 300 (i32.const 0) " + Z16 + "))",
                "i8 constant out of range");
    }

    @Test
    void shuffleLaneErrors() {
        String lanes15 = "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14";
        assertError("(func (result v128) (i8x16.shuffle " + lanes15 + " " + Z16 + Z16 + "))", "invalid lane length");
        assertError("(func (result v128) (i8x16.shuffle " + lanes15 + " 15 16 " + Z16 + Z16 + "))",
                "invalid lane length");
        assertError("(func (result v128) (i8x16.shuffle " + lanes15 + " -1 " + Z16 + Z16 + "))",
                "i8 constant out of range");
        assertError("(func (result v128) (i8x16.shuffle " + lanes15 + " 256 " + Z16 + Z16 + "))",
                "i8 constant out of range");
        assertError("(func (result v128) (i8x16.shuffle " + lanes15 + " 15.0 " + Z16 + Z16 + "))",
                "i8 constant out of range");
        assertError("(func (result v128) (i8x16.shuffle inf " + lanes15.substring(2) + " 15 " + Z16 + Z16 + "))",
                "i8 constant out of range");
        // Flat form: the instruction after 16 lanes is not a 17th lane.
        Wat.toBinary("(func (param v128 v128) (result i32) local.get 0 local.get 1 i8x16.shuffle " + lanes15
                + " 15 v128.any_true)");
    }

    @Test
    void v128ConstErrors() {
        assertError("(func (v128.const i8x16 256 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) drop)", "constant out of range");
        assertError("(func (v128.const i8x16 -129 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) drop)", "constant out of range");
        assertError("(func (v128.const i16x8 65536 0 0 0 0 0 0 0) drop)", "constant out of range");
        assertError("(func (v128.const i32x4 0 0 0) drop)", "wrong number of lane literals");
        assertError("(func (v128.const f32x4 1e39 0 0 0) drop)", "constant out of range");
        assertError("(func (v128.const f32x4 nan:0x0 0 0 0) drop)", "constant out of range");
        assertError("(func (v128.const i8x4 0 0 0 0) drop)", "unexpected token");
        assertError("(func (v128.const 0 0 0 0) drop)", "unexpected token");
        assertError("(func (v128.const) drop)", "unexpected token");
        assertError("(func (v128.const f32x4 0x1p 0 0 0) drop)", "unknown operator");
    }
}
