package dev.wasmjs.engine.runtime;

/**
 * Integer lane arithmetic of WebAssembly SIMD, shared by every execution tier.
 *
 * <p>A v128 is two longs, {@code lo} (bytes 0..7) and {@code hi} (bytes 8..15), little-endian lanes. Nearly every
 * lane-wise operation never mixes the two halves, so most methods here take and return <em>one half</em>: the
 * caller applies them to the low halves and to the high halves of its operands. That keeps them allocation-free,
 * branch-light and small enough to inline. Methods that combine halves say so (and name their inputs).
 *
 * <p>Where a simple carry-free formula exists (add, sub, bitwise shifts) the lanes are computed together
 * ("SWAR"); otherwise a loop over the lanes of the half.
 */
public final class SimdInts {
    private SimdInts() {
    }

    static final long H8 = 0x8080_8080_8080_8080L;
    static final long L8 = 0x0101_0101_0101_0101L;
    static final long H16 = 0x8000_8000_8000_8000L;
    static final long L16 = 0x0001_0001_0001_0001L;
    static final long H32 = 0x8000_0000_8000_0000L;
    static final long L32 = 0x0000_0001_0000_0001L;

    // ---- splat, lanes ---------------------------------------------------------------------------------------

    public static long splat8(int x) {
        return (x & 0xFFL) * L8;
    }

    public static long splat16(int x) {
        return (x & 0xFFFFL) * L16;
    }

    public static long splat32(int x) {
        return (x & 0xFFFF_FFFFL) * L32;
    }

    /** Lane {@code i} (0..7) of a half as a signed byte. */
    public static int extract8S(long half, int i) {
        return (byte) (half >>> (i << 3));
    }

    public static int extract8U(long half, int i) {
        return (int) (half >>> (i << 3)) & 0xFF;
    }

    /** Lane {@code i} (0..3) of a half as a signed i16. */
    public static int extract16S(long half, int i) {
        return (short) (half >>> (i << 4));
    }

    public static int extract16U(long half, int i) {
        return (int) (half >>> (i << 4)) & 0xFFFF;
    }

    /** Lane {@code i} (0..1) of a half. */
    public static int extract32(long half, int i) {
        return (int) (half >>> (i << 5));
    }

    public static long replace8(long half, int i, int x) {
        int s = i << 3;
        return (half & ~(0xFFL << s)) | ((x & 0xFFL) << s);
    }

    public static long replace16(long half, int i, int x) {
        int s = i << 4;
        return (half & ~(0xFFFFL << s)) | ((x & 0xFFFFL) << s);
    }

    public static long replace32(long half, int i, int x) {
        int s = i << 5;
        return (half & ~(0xFFFF_FFFFL << s)) | ((x & 0xFFFF_FFFFL) << s);
    }

    // ---- bitwise --------------------------------------------------------------------------------------------

    /** {@code v128.bitselect}: bits of {@code a} where {@code mask} is 1, of {@code b} elsewhere. */
    public static long bitselect(long a, long b, long mask) {
        return (a & mask) | (b & ~mask);
    }

    public static long andnot(long a, long b) {
        return a & ~b;
    }

    /** {@code v128.any_true} over a whole vector. */
    public static boolean anyTrue(long lo, long hi) {
        return (lo | hi) != 0;
    }

    // ---- add / sub / neg / mul ------------------------------------------------------------------------------

    /** Lane-wise addition without carries crossing lanes: add the low 7 (15, 31) bits, then fix the top bit. */
    public static long i8x16Add(long a, long b) {
        return ((a & ~H8) + (b & ~H8)) ^ ((a ^ b) & H8);
    }

    public static long i16x8Add(long a, long b) {
        return ((a & ~H16) + (b & ~H16)) ^ ((a ^ b) & H16);
    }

    public static long i32x4Add(long a, long b) {
        return ((a & ~H32) + (b & ~H32)) ^ ((a ^ b) & H32);
    }

    /** Lane-wise subtraction: borrow-free by setting each lane's top bit first, then fix it. */
    public static long i8x16Sub(long a, long b) {
        return ((a | H8) - (b & ~H8)) ^ ((a ^ ~b) & H8);
    }

    public static long i16x8Sub(long a, long b) {
        return ((a | H16) - (b & ~H16)) ^ ((a ^ ~b) & H16);
    }

    public static long i32x4Sub(long a, long b) {
        return ((a | H32) - (b & ~H32)) ^ ((a ^ ~b) & H32);
    }

    public static long i8x16Neg(long a) {
        return i8x16Sub(0, a);
    }

    public static long i16x8Neg(long a) {
        return i16x8Sub(0, a);
    }

    public static long i32x4Neg(long a) {
        return i32x4Sub(0, a);
    }

    public static long i16x8Mul(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= ((long) ((int) (a >>> s) * (int) (b >>> s)) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i32x4Mul(long a, long b) {
        long lo = (int) a * (int) b;
        long hi = (int) (a >>> 32) * (int) (b >>> 32);
        return (lo & 0xFFFF_FFFFL) | (hi << 32);
    }

    // ---- abs / min / max / avgr / saturating ----------------------------------------------------------------

    public static long i8x16Abs(long a) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (Math.abs((byte) (a >>> s)) & 0xFFL) << s;
        }
        return r;
    }

    public static long i16x8Abs(long a) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (Math.abs((short) (a >>> s)) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i32x4Abs(long a) {
        return (Math.abs((int) a) & 0xFFFF_FFFFL) | ((long) Math.abs((int) (a >>> 32)) << 32);
    }

    public static long i64x2Abs(long a) {
        return Math.abs(a);
    }

    public static long i8x16MinS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (Math.min((byte) (a >>> s), (byte) (b >>> s)) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16MinU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (long) Math.min((int) (a >>> s) & 0xFF, (int) (b >>> s) & 0xFF) << s;
        }
        return r;
    }

    public static long i8x16MaxS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (Math.max((byte) (a >>> s), (byte) (b >>> s)) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16MaxU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (long) Math.max((int) (a >>> s) & 0xFF, (int) (b >>> s) & 0xFF) << s;
        }
        return r;
    }

    public static long i16x8MinS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (Math.min((short) (a >>> s), (short) (b >>> s)) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8MinU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (long) Math.min((int) (a >>> s) & 0xFFFF, (int) (b >>> s) & 0xFFFF) << s;
        }
        return r;
    }

    public static long i16x8MaxS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (Math.max((short) (a >>> s), (short) (b >>> s)) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8MaxU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (long) Math.max((int) (a >>> s) & 0xFFFF, (int) (b >>> s) & 0xFFFF) << s;
        }
        return r;
    }

    public static long i32x4MinS(long a, long b) {
        return pack32(Math.min((int) a, (int) b), Math.min((int) (a >>> 32), (int) (b >>> 32)));
    }

    public static long i32x4MinU(long a, long b) {
        return pack32(minU((int) a, (int) b), minU((int) (a >>> 32), (int) (b >>> 32)));
    }

    public static long i32x4MaxS(long a, long b) {
        return pack32(Math.max((int) a, (int) b), Math.max((int) (a >>> 32), (int) (b >>> 32)));
    }

    public static long i32x4MaxU(long a, long b) {
        return pack32(maxU((int) a, (int) b), maxU((int) (a >>> 32), (int) (b >>> 32)));
    }

    private static int minU(int x, int y) {
        return Integer.compareUnsigned(x, y) <= 0 ? x : y;
    }

    private static int maxU(int x, int y) {
        return Integer.compareUnsigned(x, y) >= 0 ? x : y;
    }

    private static long pack32(int lane0, int lane1) {
        return (lane0 & 0xFFFF_FFFFL) | ((long) lane1 << 32);
    }

    /** Rounding average of unsigned lanes: {@code (x + y + 1) / 2} without overflow. */
    public static long i8x16AvgrU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (long) ((((int) (a >>> s) & 0xFF) + ((int) (b >>> s) & 0xFF) + 1) >>> 1) << s;
        }
        return r;
    }

    public static long i16x8AvgrU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (long) ((((int) (a >>> s) & 0xFFFF) + ((int) (b >>> s) & 0xFFFF) + 1) >>> 1) << s;
        }
        return r;
    }

    private static int sat8S(int x) {
        return x < -128 ? -128 : Math.min(x, 127);
    }

    private static int sat8U(int x) {
        return x < 0 ? 0 : Math.min(x, 255);
    }

    static int sat16S(int x) {
        return x < -32768 ? -32768 : Math.min(x, 32767);
    }

    private static int sat16U(int x) {
        return x < 0 ? 0 : Math.min(x, 65535);
    }

    public static long i8x16AddSatS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (sat8S((byte) (a >>> s) + (byte) (b >>> s)) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16AddSatU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (long) sat8U(((int) (a >>> s) & 0xFF) + ((int) (b >>> s) & 0xFF)) << s;
        }
        return r;
    }

    public static long i8x16SubSatS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (sat8S((byte) (a >>> s) - (byte) (b >>> s)) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16SubSatU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            r |= (long) sat8U(((int) (a >>> s) & 0xFF) - ((int) (b >>> s) & 0xFF)) << s;
        }
        return r;
    }

    public static long i16x8AddSatS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (sat16S((short) (a >>> s) + (short) (b >>> s)) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8AddSatU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (long) sat16U(((int) (a >>> s) & 0xFFFF) + ((int) (b >>> s) & 0xFFFF)) << s;
        }
        return r;
    }

    public static long i16x8SubSatS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (sat16S((short) (a >>> s) - (short) (b >>> s)) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8SubSatU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            r |= (long) sat16U(((int) (a >>> s) & 0xFFFF) - ((int) (b >>> s) & 0xFFFF)) << s;
        }
        return r;
    }

    /** {@code i16x8.q15mulr_sat_s}: rounding Q15 multiply; only -1 * -1 overflows, and saturates. */
    public static long i16x8Q15MulrSatS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int p = ((short) (a >>> s) * (short) (b >>> s) + 0x4000) >> 15;
            r |= (sat16S(p) & 0xFFFFL) << s;
        }
        return r;
    }

    // ---- popcnt, comparisons --------------------------------------------------------------------------------

    /** Per-byte population count, all bytes at once. */
    public static long i8x16Popcnt(long a) {
        long x = a - ((a >>> 1) & 0x5555_5555_5555_5555L);
        x = (x & 0x3333_3333_3333_3333L) + ((x >>> 2) & 0x3333_3333_3333_3333L);
        return (x + (x >>> 4)) & 0x0F0F_0F0F_0F0F_0F0FL;
    }

    /** Comparison kinds for the {@code compare} methods, in opcode order. */
    public static final int EQ = 0;
    public static final int NE = 1;
    public static final int LT_S = 2;
    public static final int LT_U = 3;
    public static final int GT_S = 4;
    public static final int GT_U = 5;
    public static final int LE_S = 6;
    public static final int LE_U = 7;
    public static final int GE_S = 8;
    public static final int GE_U = 9;

    private static boolean compare(int kind, long x, long y) {
        return switch (kind) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT_S, LT_U -> x < y;
            case GT_S, GT_U -> x > y;
            case LE_S, LE_U -> x <= y;
            default -> x >= y;
        };
    }

    /**
     * Lane-wise comparison of i8 lanes ({@code kind}: {@link #EQ} ...): all-ones where true. Unsigned kinds
     * compare zero-extended lanes, signed ones sign-extended lanes.
     */
    public static long i8x16Compare(int kind, long a, long b) {
        boolean signed = kind == LT_S || kind == GT_S || kind == LE_S || kind == GE_S;
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            long x = signed ? (byte) (a >>> s) : (a >>> s) & 0xFF;
            long y = signed ? (byte) (b >>> s) : (b >>> s) & 0xFF;
            if (compare(kind, x, y)) {
                r |= 0xFFL << s;
            }
        }
        return r;
    }

    public static long i16x8Compare(int kind, long a, long b) {
        boolean signed = kind == LT_S || kind == GT_S || kind == LE_S || kind == GE_S;
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            long x = signed ? (short) (a >>> s) : (a >>> s) & 0xFFFF;
            long y = signed ? (short) (b >>> s) : (b >>> s) & 0xFFFF;
            if (compare(kind, x, y)) {
                r |= 0xFFFFL << s;
            }
        }
        return r;
    }

    public static long i32x4Compare(int kind, long a, long b) {
        boolean signed = kind == LT_S || kind == GT_S || kind == LE_S || kind == GE_S;
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            long x = signed ? (int) (a >>> s) : (a >>> s) & 0xFFFF_FFFFL;
            long y = signed ? (int) (b >>> s) : (b >>> s) & 0xFFFF_FFFFL;
            if (compare(kind, x, y)) {
                r |= 0xFFFF_FFFFL << s;
            }
        }
        return r;
    }

    /** i64x2 has only eq, ne and the signed orderings. */
    public static long i64x2Compare(int kind, long a, long b) {
        return compare(kind, a, b) ? -1L : 0L;
    }

    // ---- shifts (count taken modulo the lane width) ---------------------------------------------------------

    public static long i8x16Shl(long a, int count) {
        int n = count & 7;
        return (a << n) & splat8(0xFF << n);
    }

    public static long i8x16ShrU(long a, int count) {
        int n = count & 7;
        return (a >>> n) & splat8(0xFF >>> n);
    }

    /** Arithmetic shift: logical shift, then sign-extend each lane from its new top bit with (x ^ m) - m. */
    public static long i8x16ShrS(long a, int count) {
        int n = count & 7;
        long m = splat8(0x80 >>> n);
        return i8x16Sub(i8x16ShrU(a, n) ^ m, m);
    }

    public static long i16x8Shl(long a, int count) {
        int n = count & 15;
        return (a << n) & splat16(0xFFFF << n);
    }

    public static long i16x8ShrU(long a, int count) {
        int n = count & 15;
        return (a >>> n) & splat16(0xFFFF >>> n);
    }

    public static long i16x8ShrS(long a, int count) {
        int n = count & 15;
        long m = splat16(0x8000 >>> n);
        return i16x8Sub(i16x8ShrU(a, n) ^ m, m);
    }

    public static long i32x4Shl(long a, int count) {
        int n = count & 31;
        return pack32((int) a << n, (int) (a >>> 32) << n);
    }

    public static long i32x4ShrU(long a, int count) {
        int n = count & 31;
        return pack32((int) a >>> n, (int) (a >>> 32) >>> n);
    }

    public static long i32x4ShrS(long a, int count) {
        int n = count & 31;
        return pack32((int) a >> n, (int) (a >>> 32) >> n);
    }

    // ---- all_true / bitmask ---------------------------------------------------------------------------------

    /** Whether no byte of the half is zero (the classic "has a zero byte" test, negated). */
    public static boolean i8x16AllTrue(long half) {
        return ((half - L8) & ~half & H8) == 0;
    }

    public static boolean i16x8AllTrue(long half) {
        return ((half - L16) & ~half & H16) == 0;
    }

    public static boolean i32x4AllTrue(long half) {
        return (int) half != 0 && (int) (half >>> 32) != 0;
    }

    /** The top bits of the 8 byte lanes of a half, lane 0 in bit 0: one multiply gathers them into the top byte. */
    public static int i8x16Bitmask(long half) {
        return (int) (((half & H8) >>> 7) * 0x0102_0408_1020_4080L >>> 56);
    }

    public static int i16x8Bitmask(long half) {
        return (int) (half >>> 15) & 1 | (int) (half >>> 30) & 2 | (int) (half >>> 45) & 4 | (int) (half >>> 60) & 8;
    }

    public static int i32x4Bitmask(long half) {
        return (int) (half >>> 31) & 1 | (int) (half >>> 62) & 2;
    }

    // ---- narrowing (combine halves: the result half comes from one whole input vector) ----------------------

    /** Saturates the eight i16 lanes of vector (lo, hi) to signed i8: one half of {@code i8x16.narrow_i16x8_s}. */
    public static long narrow16to8S(long lo, long hi) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            int x = (short) ((i < 4 ? lo : hi) >>> ((i & 3) << 4));
            r |= (sat8S(x) & 0xFFL) << (i << 3);
        }
        return r;
    }

    public static long narrow16to8U(long lo, long hi) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            int x = (short) ((i < 4 ? lo : hi) >>> ((i & 3) << 4));
            r |= (long) sat8U(x) << (i << 3);
        }
        return r;
    }

    public static long narrow32to16S(long lo, long hi) {
        return (sat16S((int) lo) & 0xFFFFL) | (sat16S((int) (lo >>> 32)) & 0xFFFFL) << 16
                | (sat16S((int) hi) & 0xFFFFL) << 32 | (sat16S((int) (hi >>> 32)) & 0xFFFFL) << 48;
    }

    private static long sat32to16U(int x) {
        return x < 0 ? 0 : Math.min(x, 65535);
    }

    public static long narrow32to16U(long lo, long hi) {
        return sat32to16U((int) lo) | sat32to16U((int) (lo >>> 32)) << 16
                | sat32to16U((int) hi) << 32 | sat32to16U((int) (hi >>> 32)) << 48;
    }

    // ---- widening: extend, extmul, extadd_pairwise, dot -----------------------------------------------------

    /**
     * Sign-extends four i8 lanes (the int {@code quarter}, lane 0 in its low byte) to four i16 lanes. The
     * {@code extend_low} result is (widen(low int of lo), widen(high int of lo)); {@code extend_high} uses hi.
     */
    public static long widen8to16S(int quarter) {
        long u = widen8to16U(quarter);
        // Each lane with bit 7 set gets bits 8-15 set: 0x80 * 0x1FE = 0xFF00 stays inside its lane.
        return u | (u & 0x0080_0080_0080_0080L) * 0x1FE;
    }

    /** Spreads the four bytes to the low bytes of four 16-bit lanes with two shift-or-mask steps. */
    public static long widen8to16U(int quarter) {
        long x = quarter & 0xFFFF_FFFFL;
        x = (x | x << 16) & 0x0000_FFFF_0000_FFFFL;
        return (x | x << 8) & 0x00FF_00FF_00FF_00FFL;
    }

    public static long widen16to32S(int quarter) {
        return pack32((short) quarter, (short) (quarter >>> 16));
    }

    public static long widen16to32U(int quarter) {
        return pack32(quarter & 0xFFFF, quarter >>> 16);
    }

    /** Lane-wise product of four sign-extended i8 lanes, as four i16 lanes (the quarters as for widening). */
    public static long extmul8to16S(int a, int b) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            int s = i << 3;
            r |= (((byte) (a >>> s) * (byte) (b >>> s)) & 0xFFFFL) << (i << 4);
        }
        return r;
    }

    public static long extmul8to16U(int a, int b) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            int s = i << 3;
            r |= (long) (((a >>> s) & 0xFF) * ((b >>> s) & 0xFF)) << (i << 4);
        }
        return r;
    }

    public static long extmul16to32S(int a, int b) {
        return pack32((short) a * (short) b, (short) (a >>> 16) * (short) (b >>> 16));
    }

    public static long extmul16to32U(int a, int b) {
        return pack32((a & 0xFFFF) * (b & 0xFFFF), (a >>> 16) * (b >>> 16));
    }

    /** One i64 lane of {@code i64x2.extmul_*_i32x4_s}: the product of one sign-extended i32 lane of each input. */
    public static long extmul32to64S(int a, int b) {
        return (long) a * b;
    }

    public static long extmul32to64U(int a, int b) {
        return (a & 0xFFFF_FFFFL) * (b & 0xFFFF_FFFFL);
    }

    public static long i16x8ExtaddPairwiseS(long a) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            int s = i << 4;
            r |= (((byte) (a >>> s) + (byte) (a >>> (s + 8))) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8ExtaddPairwiseU(long a) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            int s = i << 4;
            r |= (long) ((int) (a >>> s) & 0xFF) + ((int) (a >>> (s + 8)) & 0xFF) << s;
        }
        return r;
    }

    public static long i32x4ExtaddPairwiseS(long a) {
        return pack32((short) a + (short) (a >>> 16), (short) (a >>> 32) + (short) (a >>> 48));
    }

    public static long i32x4ExtaddPairwiseU(long a) {
        return pack32(((int) a & 0xFFFF) + ((int) (a >>> 16) & 0xFFFF),
                ((int) (a >>> 32) & 0xFFFF) + ((int) (a >>> 48) & 0xFFFF));
    }

    /** {@code i32x4.dot_i16x8_s}: sums of adjacent signed products, wrapping (only -32768² · 2 wraps). */
    public static long i32x4DotI16x8S(long a, long b) {
        int d0 = (short) a * (short) b + (short) (a >>> 16) * (short) (b >>> 16);
        int d1 = (short) (a >>> 32) * (short) (b >>> 32) + (short) (a >>> 48) * (short) (b >>> 48);
        return pack32(d0, d1);
    }

    // ---- i64x2 ----------------------------------------------------------------------------------------------

    public static long i64x2Shl(long a, int count) {
        return a << count;
    }

    public static long i64x2ShrS(long a, int count) {
        return a >> count;
    }

    public static long i64x2ShrU(long a, int count) {
        return a >>> count;
    }

    // ---- byte permutations (whole vectors) ------------------------------------------------------------------

    /** Byte {@code i} (0..15) of the vector (lo, hi). */
    public static int byteAt(long lo, long hi, int i) {
        return (int) ((i < 8 ? lo : hi) >>> ((i & 7) << 3)) & 0xFF;
    }

    /**
     * One half of {@code i8x16.swizzle}: each byte of {@code indices} selects a byte of vector (lo, hi), or 0
     * when it is 16 or more.
     */
    public static long swizzle(long lo, long hi, long indices) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int i = (int) (indices >>> s) & 0xFF;
            if (i < 16) {
                r |= (long) byteAt(lo, hi, i) << s;
            }
        }
        return r;
    }

    /**
     * One half of {@code i8x16.shuffle}: each byte of {@code lanes} (validated below 32) selects a byte of the
     * concatenation of vectors a and b.
     */
    public static long shuffle(long aLo, long aHi, long bLo, long bHi, long lanes) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int i = (int) (lanes >>> s) & 0x1F;
            int v = i < 16 ? byteAt(aLo, aHi, i) : byteAt(bLo, bHi, i - 16);
            r |= (long) v << s;
        }
        return r;
    }
}
