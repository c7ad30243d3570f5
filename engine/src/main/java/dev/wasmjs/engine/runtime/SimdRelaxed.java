package dev.wasmjs.engine.runtime;

/**
 * Relaxed SIMD: the spec lets each of these instructions pick among a few results for edge-case inputs. This
 * engine always picks the one V8 gives on x86-64 (what node prints on this project's reference machines, checked
 * with node 20 {@code --experimental-wasm-relaxed-simd} on an AVX-512/FMA CPU), so a program sees the same values
 * here as in node:
 *
 * <ul>
 * <li>{@code i8x16.relaxed_swizzle}: an index byte with its top bit set gives 0, otherwise its low 4 bits select
 *     ({@code pshufb}).</li>
 * <li>{@code i32x4.relaxed_trunc_f32x4_s} / {@code _f64x2_s_zero}: NaN and out-of-range lanes give
 *     {@code 0x80000000} ({@code cvttps2dq}); the unsigned forms saturate exactly like {@code trunc_sat}.</li>
 * <li>{@code relaxed_madd} / {@code relaxed_nmadd}: fused, one rounding ({@code vfmadd}, {@link Math#fma}).</li>
 * <li>{@code relaxed_laneselect} of every shape: each <em>byte</em> comes from {@code a} when the top bit of the
 *     mask's byte is set, else from {@code b} ({@code pblendvb}).</li>
 * <li>{@code relaxed_min} / {@code relaxed_max}: {@code a < b ? a : b} / {@code a > b ? a : b} on the raw lanes, so
 *     a NaN or equal zeros give {@code b} ({@code minps}/{@code maxps}).</li>
 * <li>{@code i16x8.relaxed_q15mulr_s}: rounding Q15 product that wraps instead of saturating ({@code pmulhrsw}).</li>
 * <li>{@code relaxed_dot_i8x16_i7x16}: {@code a} lanes signed, {@code b} lanes unsigned, pairs summed with i16
 *     saturation ({@code pmaddubsw}); the {@code _add} form then adds adjacent i16 sums and the accumulator,
 *     wrapping. (Node 20 on x86-64 mis-computes {@code _add}, ignoring the accumulator; we follow the spec.)</li>
 * </ul>
 *
 * Same half-vector conventions as {@link SimdInts}.
 */
public final class SimdRelaxed {
    private SimdRelaxed() {
    }

    /** One half of {@code i8x16.relaxed_swizzle}. */
    public static long swizzle(long lo, long hi, long indices) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int i = (int) (indices >>> s) & 0xFF;
            if (i < 0x80) {
                r |= (long) SimdInts.byteAt(lo, hi, i & 15) << s;
            }
        }
        return r;
    }

    private static int truncS(double x) {
        return x >= -2147483648.0 && x < 2147483648.0 ? (int) x : Integer.MIN_VALUE;
    }

    public static long i32x4TruncF32x4S(long a) {
        return SimdFloats.pack(truncS(Float.intBitsToFloat((int) a)), truncS(Float.intBitsToFloat((int) (a >>> 32))));
    }

    public static long i32x4TruncF32x4U(long a) {
        return SimdFloats.i32x4TruncSatF32x4U(a);
    }

    /** Low half of {@code i32x4.relaxed_trunc_f64x2_s_zero} from the vector (lo, hi); the high half is zero. */
    public static long i32x4TruncF64x2SZero(long lo, long hi) {
        return SimdFloats.pack(truncS(Double.longBitsToDouble(lo)), truncS(Double.longBitsToDouble(hi)));
    }

    public static long i32x4TruncF64x2UZero(long lo, long hi) {
        return SimdFloats.i32x4TruncSatF64x2UZero(lo, hi);
    }

    private static int fma(int a, int b, int c) {
        return Float.floatToRawIntBits(Math.fma(Float.intBitsToFloat(a), Float.intBitsToFloat(b),
                Float.intBitsToFloat(c)));
    }

    /** {@code a * b + c} with a single rounding. */
    public static long f32x4Madd(long a, long b, long c) {
        return SimdFloats.pack(fma((int) a, (int) b, (int) c), fma((int) (a >>> 32), (int) (b >>> 32), (int) (c >>> 32)));
    }

    /** {@code -(a * b) + c} with a single rounding. */
    public static long f32x4Nmadd(long a, long b, long c) {
        return f32x4Madd(a ^ 0x8000_0000_8000_0000L, b, c);
    }

    public static long f64x2Madd(long a, long b, long c) {
        return Double.doubleToRawLongBits(Math.fma(Double.longBitsToDouble(a), Double.longBitsToDouble(b),
                Double.longBitsToDouble(c)));
    }

    public static long f64x2Nmadd(long a, long b, long c) {
        return f64x2Madd(a ^ Long.MIN_VALUE, b, c);
    }

    /** Byte-wise select on the top bit of each mask byte, for every lane shape. */
    public static long laneselect(long a, long b, long mask) {
        long m = ((mask & SimdInts.H8) >>> 7) * 0xFF;
        return (a & m) | (b & ~m);
    }

    public static long f32x4Min(long a, long b) {
        return SimdFloats.pack(min32((int) a, (int) b), min32((int) (a >>> 32), (int) (b >>> 32)));
    }

    public static long f32x4Max(long a, long b) {
        return SimdFloats.pack(max32((int) a, (int) b), max32((int) (a >>> 32), (int) (b >>> 32)));
    }

    private static int min32(int a, int b) {
        return Float.intBitsToFloat(a) < Float.intBitsToFloat(b) ? a : b;
    }

    private static int max32(int a, int b) {
        return Float.intBitsToFloat(a) > Float.intBitsToFloat(b) ? a : b;
    }

    public static long f64x2Min(long a, long b) {
        return Double.longBitsToDouble(a) < Double.longBitsToDouble(b) ? a : b;
    }

    public static long f64x2Max(long a, long b) {
        return Double.longBitsToDouble(a) > Double.longBitsToDouble(b) ? a : b;
    }

    public static long i16x8Q15mulrS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int p = ((short) (a >>> s) * (short) (b >>> s) + 0x4000) >> 15;
            r |= (p & 0xFFFFL) << s;
        }
        return r;
    }

    /** The i16 sum of lanes {@code 2k} and {@code 2k+1}: signed a times unsigned b, saturated. */
    private static int dotPair(long a, long b, int k) {
        int s = k << 4;
        int p = (byte) (a >>> s) * ((int) (b >>> s) & 0xFF) + (byte) (a >>> (s + 8)) * ((int) (b >>> (s + 8)) & 0xFF);
        return SimdInts.sat16S(p);
    }

    public static long i16x8DotI8x16I7x16S(long a, long b) {
        long r = 0;
        for (int k = 0; k < 4; k++) {
            r |= (dotPair(a, b, k) & 0xFFFFL) << (k << 4);
        }
        return r;
    }

    public static long i32x4DotI8x16I7x16AddS(long a, long b, long c) {
        int d0 = dotPair(a, b, 0) + dotPair(a, b, 1) + (int) c;
        int d1 = dotPair(a, b, 2) + dotPair(a, b, 3) + (int) (c >>> 32);
        return SimdFloats.pack(d0, d1);
    }
}
