package dev.wasmjs.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wasmjs.engine.binary.Opcode;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The instruction-to-arithmetic mapping: every SIMD instruction has exactly one way to run, and it exists. */
class SimdOpsTest {
    private static final long[] SAMPLE = {0x0123_4567_89AB_CDEFL, 0xFEDC_BA98_7654_3210L, 0x3F80_0000_C000_0000L,
        0x4000_0000_0000_0000L, 0x7FC0_0000_0000_0001L, 0x8000_0000_0000_0000L};

    @Test
    void everyShapeIsHandledByItsDispatcherAndNoOther() {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Opcode op : Opcode.values()) {
            if (op.prefix != 0xFD) {
                continue;
            }
            int shape = SimdOps.shape(op);
            counts.merge(shape, 1, Integer::sum);
            boolean unary = shape == SimdOps.UNARY;
            boolean binary = shape == SimdOps.BINARY;
            boolean ternary = shape == SimdOps.TERNARY;
            boolean shift = shape == SimdOps.SHIFT;
            check(unary, () -> SimdOps.unary(op, 1));
            check(binary, () -> SimdOps.binary(op, 1, 2));
            check(ternary, () -> SimdOps.ternary(op, 1, 2, 3));
            check(shift, () -> SimdOps.shift(op, 1, 2));
            if (shape == SimdOps.OTHER) {
                long[] stack = Arrays.copyOf(SAMPLE, 16);
                int before = SAMPLE.length;
                int after = SimdOps.other(op, stack, before);
                int popped = 0;
                for (var t : op.params()) {
                    popped += t.slots();
                }
                int pushed = op.results().length == 0 ? 0 : op.results()[0].slots();
                assertEquals(before - popped + pushed, after, op + " moves the stack pointer by its signature");
            }
        }
        // 256 SIMD instructions: 38 with immediates (memory, lanes, const, shuffle); of the rest, 20 v128->v128 and
        // 18 v128 v128->v128 ones mix halves and join the splats, any_true, all_true and bitmasks in OTHER.
        assertEquals(Map.of(SimdOps.UNARY, 34, SimdOps.BINARY, 109, SimdOps.TERNARY, 10, SimdOps.SHIFT, 12,
                SimdOps.OTHER, 53, SimdOps.IMMEDIATE, 38), counts);
    }

    private static void check(boolean supported, org.junit.jupiter.api.function.Executable call) {
        if (supported) {
            assertDoesNotThrow(call);
        } else {
            assertThrows(IllegalArgumentException.class, call);
        }
    }

    @Test
    void scalarInstructionsAreNotSimd() {
        assertThrows(IllegalArgumentException.class, () -> SimdOps.shape(Opcode.I32_ADD));
    }

    @Test
    void splatBitmaskAnyTrueOnAStack() {
        long[] s = new long[8];
        s[0] = 0x1AB;
        assertEquals(2, SimdOps.other(Opcode.I8X16_SPLAT, s, 1));
        assertEquals(0xABAB_ABAB_ABAB_ABABL, s[0]);
        assertEquals(0xABAB_ABAB_ABAB_ABABL, s[1]);
        assertEquals(1, SimdOps.other(Opcode.I8X16_BITMASK, s, 2));
        assertEquals(0xFFFF, s[0]);
        s[0] = 0;
        s[1] = 0x8000_0000_0000_0000L;
        assertEquals(1, SimdOps.other(Opcode.I64X2_BITMASK, s, 2));
        assertEquals(2, s[0]);
        s[0] = 0;
        s[1] = 0;
        assertEquals(1, SimdOps.other(Opcode.V128_ANY_TRUE, s, 2));
        assertEquals(0, s[0]);
        s[0] = 1;
        s[1] = 0x0000_0001_0000_0001L;
        assertEquals(1, SimdOps.other(Opcode.I32X4_ALL_TRUE, s, 2));
        assertEquals(0, s[0], "lane 1 is zero");
    }

    @Test
    void floatLanesKeepNaNRulesAndConvertExactly() {
        // pmin/pmax return an operand's bits unchanged, even a signalling NaN
        long snan = 0x7FA0_0000L;
        assertEquals(snan, SimdFloats.f32x4Pmin(snan, 0x3F80_0000L) & 0xFFFF_FFFFL);
        assertEquals(0x7FA0_0000_0000_0000L, SimdFloats.f64x2Pmax(0x7FA0_0000_0000_0000L, 0x3FF0_0000_0000_0000L));
        // min propagates a quieted NaN; -0 is below +0
        assertEquals(0x7FE0_0000L, SimdFloats.f32x4Min(snan, 0) & 0xFFFF_FFFFL);
        assertEquals(0x8000_0000L, SimdFloats.f32x4Min(0x8000_0000L, 0) & 0xFFFF_FFFFL);
        // u32 0xFFFFFFFF rounds to 2^32 in f32; i32 min converts exactly
        assertEquals(0x4F80_0000L, SimdFloats.f32x4ConvertI32x4U(0xFFFF_FFFFL) & 0xFFFF_FFFFL);
        assertEquals(0xCF00_0000L, SimdFloats.f32x4ConvertI32x4S(0x8000_0000L) & 0xFFFF_FFFFL);
        // nearest rounds half to even, keeping the sign of zero
        assertEquals(0x8000_0000L, SimdFloats.f32x4Nearest(Float.floatToRawIntBits(-0.5f) & 0xFFFF_FFFFL) & 0xFFFF_FFFFL);
        assertEquals(Double.doubleToRawLongBits(2.0), SimdFloats.f64x2Nearest(Double.doubleToRawLongBits(2.5)));
        // saturating truncation: NaN to 0, out of range to the bounds
        assertEquals(0x7FFF_FFFF_0000_0000L, SimdFloats.i32x4TruncSatF32x4S(
                (long) Float.floatToRawIntBits(3e9f) << 32 | Float.floatToRawIntBits(Float.NaN) & 0xFFFF_FFFFL));
        assertEquals(0xFFFF_FFFF_0000_0000L, SimdFloats.i32x4TruncSatF64x2UZero(
                Double.doubleToRawLongBits(-1.0), Double.doubleToRawLongBits(1e10)));
        // compare: NaN is unordered, so only ne is true
        long nan = 0x7FC0_0000_7FC0_0000L;
        assertEquals(0, SimdFloats.f32x4Compare(SimdFloats.EQ, nan, nan));
        assertEquals(-1, SimdFloats.f32x4Compare(SimdFloats.NE, nan, nan));
        assertEquals(0xFFFF_FFFFL, SimdFloats.f32x4Compare(SimdFloats.LT, 0xBF80_0000L, 0));
    }
}
