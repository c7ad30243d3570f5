package dev.wasmjs.engine.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The integer lane arithmetic against a plain lane-by-lane model of the spec, on edge values (0, ±1, lane
 * minimum and maximum, top-bit patterns) and random halves. The implementations compute several lanes at once
 * with carry tricks; the model cannot share their mistakes.
 */
class SimdIntsTest {
    private static final List<Long> HALVES = halves();

    private static List<Long> halves() {
        List<Long> hs = new ArrayList<>(List.of(0L, -1L, 1L, Long.MIN_VALUE, Long.MAX_VALUE,
                0x8080_8080_8080_8080L, 0x7F7F_7F7F_7F7F_7F7FL, 0x8000_8000_8000_8000L, 0x7FFF_7FFF_7FFF_7FFFL,
                0x8000_0000_8000_0000L, 0x7FFF_FFFF_7FFF_FFFFL, 0x0001_0001_0001_0001L, 0x0101_0101_0101_0101L,
                0x00FF_00FF_00FF_00FFL, 0xFF00_FF00_FF00_FF00L, 0x0123_4567_89AB_CDEFL, 0xFEDC_BA98_7654_3210L));
        Random random = new Random(6);
        for (int i = 0; i < 300; i++) {
            long bytes = 0;
            // Random lanes drawn mostly from edge bytes, so carries and saturation happen often.
            for (int b = 0; b < 8; b++) {
                int[] edge = {0, 1, 0x7F, 0x80, 0xFF, 0xFE, 0x81, random.nextInt(256)};
                bytes |= (long) edge[random.nextInt(edge.length)] << (8 * b);
            }
            hs.add(i % 2 == 0 ? bytes : random.nextLong());
        }
        return hs;
    }

    /** Lane {@code i} of width {@code bits}, sign- or zero-extended. */
    private static long lane(long half, int bits, int i, boolean signed) {
        long x = half >>> (i * bits);
        if (bits == 64) {
            return x;
        }
        return signed ? (x << (64 - bits)) >> (64 - bits) : x & ((1L << bits) - 1);
    }

    private static long assemble(int bits, LongUnaryOperator laneValue) {
        long r = 0;
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        for (int i = 0; i < 64 / bits; i++) {
            r |= (laneValue.applyAsLong(i) & mask) << (i * bits);
        }
        return r;
    }

    private static void binary(String name, int bits, boolean signed, LongBinaryOperator actual,
            LongBinaryOperator model) {
        for (long a : HALVES) {
            for (long b : HALVES.subList(0, 60)) {
                long expected = assemble(bits, i -> model.applyAsLong(lane(a, bits, (int) i, signed),
                        lane(b, bits, (int) i, signed)));
                long got = actual.applyAsLong(a, b);
                assertEquals(expected, got, () -> name + "(" + Long.toHexString(a) + ", " + Long.toHexString(b)
                        + "): expected " + Long.toHexString(expected) + ", got " + Long.toHexString(got));
            }
        }
    }

    private static void unary(String name, int bits, boolean signed, LongUnaryOperator actual, LongUnaryOperator model) {
        for (long a : HALVES) {
            long expected = assemble(bits, i -> model.applyAsLong(lane(a, bits, (int) i, signed)));
            assertEquals(expected, actual.applyAsLong(a), () -> name + "(" + Long.toHexString(a) + ")");
        }
    }

    private static long sat(long x, long min, long max) {
        return Math.max(min, Math.min(max, x));
    }

    @Test
    void addSubNegMul() {
        binary("i8x16.add", 8, true, SimdInts::i8x16Add, Long::sum);
        binary("i16x8.add", 16, true, SimdInts::i16x8Add, Long::sum);
        binary("i32x4.add", 32, true, SimdInts::i32x4Add, Long::sum);
        binary("i8x16.sub", 8, true, SimdInts::i8x16Sub, (x, y) -> x - y);
        binary("i16x8.sub", 16, true, SimdInts::i16x8Sub, (x, y) -> x - y);
        binary("i32x4.sub", 32, true, SimdInts::i32x4Sub, (x, y) -> x - y);
        unary("i8x16.neg", 8, true, SimdInts::i8x16Neg, x -> -x);
        unary("i16x8.neg", 16, true, SimdInts::i16x8Neg, x -> -x);
        unary("i32x4.neg", 32, true, SimdInts::i32x4Neg, x -> -x);
        binary("i16x8.mul", 16, true, SimdInts::i16x8Mul, (x, y) -> x * y);
        binary("i32x4.mul", 32, true, SimdInts::i32x4Mul, (x, y) -> x * y);
    }

    @Test
    void absMinMaxAvgr() {
        unary("i8x16.abs", 8, true, SimdInts::i8x16Abs, Math::abs);
        unary("i16x8.abs", 16, true, SimdInts::i16x8Abs, Math::abs);
        unary("i32x4.abs", 32, true, SimdInts::i32x4Abs, Math::abs);
        binary("i8x16.min_s", 8, true, SimdInts::i8x16MinS, Math::min);
        binary("i8x16.min_u", 8, false, SimdInts::i8x16MinU, Math::min);
        binary("i8x16.max_s", 8, true, SimdInts::i8x16MaxS, Math::max);
        binary("i8x16.max_u", 8, false, SimdInts::i8x16MaxU, Math::max);
        binary("i16x8.min_s", 16, true, SimdInts::i16x8MinS, Math::min);
        binary("i16x8.min_u", 16, false, SimdInts::i16x8MinU, Math::min);
        binary("i16x8.max_s", 16, true, SimdInts::i16x8MaxS, Math::max);
        binary("i16x8.max_u", 16, false, SimdInts::i16x8MaxU, Math::max);
        binary("i32x4.min_s", 32, true, SimdInts::i32x4MinS, Math::min);
        binary("i32x4.min_u", 32, false, SimdInts::i32x4MinU, Math::min);
        binary("i32x4.max_s", 32, true, SimdInts::i32x4MaxS, Math::max);
        binary("i32x4.max_u", 32, false, SimdInts::i32x4MaxU, Math::max);
        binary("i8x16.avgr_u", 8, false, SimdInts::i8x16AvgrU, (x, y) -> (x + y + 1) / 2);
        binary("i16x8.avgr_u", 16, false, SimdInts::i16x8AvgrU, (x, y) -> (x + y + 1) / 2);
    }

    @Test
    void saturatingArithmetic() {
        binary("i8x16.add_sat_s", 8, true, SimdInts::i8x16AddSatS, (x, y) -> sat(x + y, -128, 127));
        binary("i8x16.add_sat_u", 8, false, SimdInts::i8x16AddSatU, (x, y) -> sat(x + y, 0, 255));
        binary("i8x16.sub_sat_s", 8, true, SimdInts::i8x16SubSatS, (x, y) -> sat(x - y, -128, 127));
        binary("i8x16.sub_sat_u", 8, false, SimdInts::i8x16SubSatU, (x, y) -> sat(x - y, 0, 255));
        binary("i16x8.add_sat_s", 16, true, SimdInts::i16x8AddSatS, (x, y) -> sat(x + y, -32768, 32767));
        binary("i16x8.add_sat_u", 16, false, SimdInts::i16x8AddSatU, (x, y) -> sat(x + y, 0, 65535));
        binary("i16x8.sub_sat_s", 16, true, SimdInts::i16x8SubSatS, (x, y) -> sat(x - y, -32768, 32767));
        binary("i16x8.sub_sat_u", 16, false, SimdInts::i16x8SubSatU, (x, y) -> sat(x - y, 0, 65535));
        // Q15: round half up of x*y / 2^15; only -32768 * -32768 leaves the range.
        binary("i16x8.q15mulr_sat_s", 16, true, SimdInts::i16x8Q15MulrSatS,
                (x, y) -> sat(Math.floorDiv(x * y + 0x4000, 0x8000), -32768, 32767));
    }

    @Test
    void popcntAndComparisons() {
        unary("i8x16.popcnt", 8, false, SimdInts::i8x16Popcnt, Long::bitCount);
        String[] kinds = {"eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"};
        for (int k = 0; k < kinds.length; k++) {
            int kind = k;
            boolean signed = kinds[k].endsWith("_s") || k < 2;
            LongBinaryOperator model = (x, y) -> switch (kind) {
                case SimdInts.EQ -> x == y ? -1 : 0;
                case SimdInts.NE -> x != y ? -1 : 0;
                case SimdInts.LT_S, SimdInts.LT_U -> x < y ? -1 : 0;
                case SimdInts.GT_S, SimdInts.GT_U -> x > y ? -1 : 0;
                case SimdInts.LE_S, SimdInts.LE_U -> x <= y ? -1 : 0;
                default -> x >= y ? -1 : 0;
            };
            binary("i8x16." + kinds[k], 8, signed, (a, b) -> SimdInts.i8x16Compare(kind, a, b), model);
            binary("i16x8." + kinds[k], 16, signed, (a, b) -> SimdInts.i16x8Compare(kind, a, b), model);
            binary("i32x4." + kinds[k], 32, signed, (a, b) -> SimdInts.i32x4Compare(kind, a, b), model);
            if (signed) {
                binary("i64x2." + kinds[k], 64, true, (a, b) -> SimdInts.i64x2Compare(kind, a, b), model);
            }
        }
    }

    @Test
    void shiftsTakeTheCountModuloTheLaneWidth() {
        for (int count : new int[] {0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, -1, Integer.MIN_VALUE}) {
            int n = count;
            unary("i8x16.shl " + n, 8, true, a -> SimdInts.i8x16Shl(a, n), x -> x << (n & 7));
            unary("i8x16.shr_s " + n, 8, true, a -> SimdInts.i8x16ShrS(a, n), x -> x >> (n & 7));
            unary("i8x16.shr_u " + n, 8, false, a -> SimdInts.i8x16ShrU(a, n), x -> x >>> (n & 7));
            unary("i16x8.shl " + n, 16, true, a -> SimdInts.i16x8Shl(a, n), x -> x << (n & 15));
            unary("i16x8.shr_s " + n, 16, true, a -> SimdInts.i16x8ShrS(a, n), x -> x >> (n & 15));
            unary("i16x8.shr_u " + n, 16, false, a -> SimdInts.i16x8ShrU(a, n), x -> x >>> (n & 15));
            unary("i32x4.shl " + n, 32, true, a -> SimdInts.i32x4Shl(a, n), x -> x << (n & 31));
            unary("i32x4.shr_s " + n, 32, true, a -> SimdInts.i32x4ShrS(a, n), x -> x >> (n & 31));
            unary("i32x4.shr_u " + n, 32, false, a -> SimdInts.i32x4ShrU(a, n), x -> x >>> (n & 31));
            unary("i64x2.shr_s " + n, 64, true, a -> SimdInts.i64x2ShrS(a, n), x -> x >> (n & 63));
        }
    }

    @Test
    void allTrueAndBitmask() {
        for (long h : HALVES) {
            for (int bits : new int[] {8, 16, 32}) {
                boolean all = true;
                int mask = 0;
                for (int i = 0; i < 64 / bits; i++) {
                    all &= lane(h, bits, i, false) != 0;
                    mask |= (lane(h, bits, i, true) < 0 ? 1 : 0) << i;
                }
                boolean gotAll = bits == 8 ? SimdInts.i8x16AllTrue(h)
                        : bits == 16 ? SimdInts.i16x8AllTrue(h) : SimdInts.i32x4AllTrue(h);
                int gotMask = bits == 8 ? SimdInts.i8x16Bitmask(h)
                        : bits == 16 ? SimdInts.i16x8Bitmask(h) : SimdInts.i32x4Bitmask(h);
                String what = bits + "-bit lanes of " + Long.toHexString(h);
                assertEquals(all, gotAll, "all_true of " + what);
                assertEquals(mask, gotMask, "bitmask of " + what);
            }
        }
    }

    @Test
    void narrowingSaturates() {
        for (long lo : HALVES.subList(0, 80)) {
            for (long hi : HALVES.subList(0, 40)) {
                long[] v = {lo, hi};
                long expect8s = assemble(8, i -> sat(lane(v[(int) i / 4], 16, (int) i % 4, true), -128, 127));
                long expect8u = assemble(8, i -> sat(lane(v[(int) i / 4], 16, (int) i % 4, true), 0, 255));
                long expect16s = assemble(16, i -> sat(lane(v[(int) i / 2], 32, (int) i % 2, true), -32768, 32767));
                long expect16u = assemble(16, i -> sat(lane(v[(int) i / 2], 32, (int) i % 2, true), 0, 65535));
                assertEquals(expect8s, SimdInts.narrow16to8S(lo, hi));
                assertEquals(expect8u, SimdInts.narrow16to8U(lo, hi));
                assertEquals(expect16s, SimdInts.narrow32to16S(lo, hi));
                assertEquals(expect16u, SimdInts.narrow32to16U(lo, hi));
            }
        }
    }

    @Test
    void wideningExtendExtmulExtaddDot() {
        for (long a : HALVES) {
            for (long b : HALVES.subList(0, 30)) {
                int qa = (int) a;
                int qb = (int) b;
                assertEquals(assemble(16, i -> lane(a, 8, (int) i, true)), SimdInts.widen8to16S(qa));
                assertEquals(assemble(16, i -> lane(a, 8, (int) i, false)), SimdInts.widen8to16U(qa));
                assertEquals(assemble(32, i -> lane(a, 16, (int) i, true)), SimdInts.widen16to32S(qa));
                assertEquals(assemble(32, i -> lane(a, 16, (int) i, false)), SimdInts.widen16to32U(qa));
                assertEquals(assemble(16, i -> lane(a, 8, (int) i, true) * lane(b, 8, (int) i, true)),
                        SimdInts.extmul8to16S(qa, qb));
                assertEquals(assemble(16, i -> lane(a, 8, (int) i, false) * lane(b, 8, (int) i, false)),
                        SimdInts.extmul8to16U(qa, qb));
                assertEquals(assemble(32, i -> lane(a, 16, (int) i, true) * lane(b, 16, (int) i, true)),
                        SimdInts.extmul16to32S(qa, qb));
                assertEquals(assemble(32, i -> lane(a, 16, (int) i, false) * lane(b, 16, (int) i, false)),
                        SimdInts.extmul16to32U(qa, qb));
                assertEquals((long) qa * qb, SimdInts.extmul32to64S(qa, qb));
                assertEquals(Integer.toUnsignedLong(qa) * Integer.toUnsignedLong(qb), SimdInts.extmul32to64U(qa, qb));
                assertEquals(assemble(32, i -> lane(a, 16, 2 * (int) i, true) * lane(b, 16, 2 * (int) i, true)
                        + lane(a, 16, 2 * (int) i + 1, true) * lane(b, 16, 2 * (int) i + 1, true)),
                        SimdInts.i32x4DotI16x8S(a, b));
            }
            for (boolean signed : new boolean[] {true, false}) {
                long e16 = assemble(16, i -> lane(a, 8, 2 * (int) i, signed) + lane(a, 8, 2 * (int) i + 1, signed));
                long e32 = assemble(32, i -> lane(a, 16, 2 * (int) i, signed) + lane(a, 16, 2 * (int) i + 1, signed));
                assertEquals(e16, signed ? SimdInts.i16x8ExtaddPairwiseS(a) : SimdInts.i16x8ExtaddPairwiseU(a));
                assertEquals(e32, signed ? SimdInts.i32x4ExtaddPairwiseS(a) : SimdInts.i32x4ExtaddPairwiseU(a));
            }
        }
    }

    @Test
    void lanesSplatsAndPermutations() {
        long h = 0x8877_6655_4433_2211L;
        assertEquals(0x11, SimdInts.extract8U(h, 0));
        assertEquals((byte) 0x88, SimdInts.extract8S(h, 7));
        assertEquals(0x8877, SimdInts.extract16U(h, 3));
        assertEquals((short) 0x8877, SimdInts.extract16S(h, 3));
        assertEquals(0x88776655, SimdInts.extract32(h, 1));
        assertEquals(0x8877_6655_44AB_2211L, SimdInts.replace8(h, 2, 0x1AB));
        assertEquals(0xBEEF_6655_4433_2211L, SimdInts.replace16(h, 3, 0x1BEEF));
        assertEquals(0x8877_6655_DEAD_BEEFL, SimdInts.replace32(h, 0, 0xDEADBEEF));
        assertEquals(0xABAB_ABAB_ABAB_ABABL, SimdInts.splat8(0x1AB));
        assertEquals(0xBEEF_BEEF_BEEF_BEEFL, SimdInts.splat16(0xFBEEF));
        assertEquals(0xDEAD_BEEF_DEAD_BEEFL, SimdInts.splat32(0xDEADBEEF));

        long aLo = 0x0706_0504_0302_0100L;
        long aHi = 0x0F0E_0D0C_0B0A_0908L;
        long bLo = 0x1716_1514_1312_1110L;
        long bHi = 0x1F1E_1D1C_1B1A_1918L;
        // swizzle: indices 15, 16 (out of range: 0), 0, 255, 8, 7, 128, 1
        assertEquals(0x0100_0708_0000_000FL, SimdInts.swizzle(aLo, aHi, 0x0180_0708_FF00_100FL));
        // shuffle picks from the 32 bytes of a then b
        assertEquals(0x1F00_1008_0F17_1801L, SimdInts.shuffle(aLo, aHi, bLo, bHi, 0x1F00_1008_0F17_1801L));
    }
}
