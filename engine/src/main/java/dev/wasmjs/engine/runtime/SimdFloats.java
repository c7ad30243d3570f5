package dev.wasmjs.engine.runtime;

/**
 * Float lane arithmetic and float/int lane conversions of WebAssembly SIMD, shared by every execution tier. Same
 * conventions as {@link SimdInts}: methods take and return one 64-bit half of a vector (two f32 lanes, or the
 * single f64 lane) unless they say otherwise.
 *
 * <p>NaN results follow the scalar instructions exactly (they share {@link Numerics}): arithmetic on NaN
 * operands gives a quiet NaN, min/max propagate a quieted NaN, rounding and sqrt keep a NaN's payload, and a NaN
 * produced from numbers is the canonical NaN (or its negation, which the spec allows).
 */
public final class SimdFloats {
    private SimdFloats() {
    }

    private static final long F32_SIGNS = 0x8000_0000_8000_0000L;

    private static float f0(long h) {
        return Float.intBitsToFloat((int) h);
    }

    private static float f1(long h) {
        return Float.intBitsToFloat((int) (h >>> 32));
    }

    private static long pack(float x, float y) {
        return (Float.floatToRawIntBits(x) & 0xFFFF_FFFFL) | ((long) Float.floatToRawIntBits(y) << 32);
    }

    static long pack(int x, int y) {
        return (x & 0xFFFF_FFFFL) | ((long) y << 32);
    }

    private static double d(long h) {
        return Double.longBitsToDouble(h);
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    // ---- f32x4 ----------------------------------------------------------------------------------------------

    public static long f32x4Splat(int bits) {
        return pack(bits, bits);
    }

    public static long f32x4Abs(long a) {
        return a & ~F32_SIGNS;
    }

    public static long f32x4Neg(long a) {
        return a ^ F32_SIGNS;
    }

    public static long f32x4Add(long a, long b) {
        return pack(f0(a) + f0(b), f1(a) + f1(b));
    }

    public static long f32x4Sub(long a, long b) {
        return pack(f0(a) - f0(b), f1(a) - f1(b));
    }

    public static long f32x4Mul(long a, long b) {
        return pack(f0(a) * f0(b), f1(a) * f1(b));
    }

    public static long f32x4Div(long a, long b) {
        return pack(f0(a) / f0(b), f1(a) / f1(b));
    }

    public static long f32x4Min(long a, long b) {
        return pack(Numerics.f32Min((int) a, (int) b), Numerics.f32Min((int) (a >>> 32), (int) (b >>> 32)));
    }

    public static long f32x4Max(long a, long b) {
        return pack(Numerics.f32Max((int) a, (int) b), Numerics.f32Max((int) (a >>> 32), (int) (b >>> 32)));
    }

    /** Pseudo-minimum {@code b < a ? b : a}: returns one operand's bits unchanged, NaNs included. */
    public static long f32x4Pmin(long a, long b) {
        return pack(f0(b) < f0(a) ? (int) b : (int) a, f1(b) < f1(a) ? (int) (b >>> 32) : (int) (a >>> 32));
    }

    /** Pseudo-maximum {@code a < b ? b : a}. */
    public static long f32x4Pmax(long a, long b) {
        return pack(f0(a) < f0(b) ? (int) b : (int) a, f1(a) < f1(b) ? (int) (b >>> 32) : (int) (a >>> 32));
    }

    public static long f32x4Sqrt(long a) {
        return pack(Numerics.f32Sqrt((int) a), Numerics.f32Sqrt((int) (a >>> 32)));
    }

    public static long f32x4Ceil(long a) {
        return pack(Numerics.f32Ceil((int) a), Numerics.f32Ceil((int) (a >>> 32)));
    }

    public static long f32x4Floor(long a) {
        return pack(Numerics.f32Floor((int) a), Numerics.f32Floor((int) (a >>> 32)));
    }

    public static long f32x4Trunc(long a) {
        return pack(Numerics.f32Trunc((int) a), Numerics.f32Trunc((int) (a >>> 32)));
    }

    public static long f32x4Nearest(long a) {
        return pack(Numerics.f32Nearest((int) a), Numerics.f32Nearest((int) (a >>> 32)));
    }

    /** Comparison kinds for the {@code compare} methods, in opcode order. */
    public static final int EQ = 0;
    public static final int NE = 1;
    public static final int LT = 2;
    public static final int GT = 3;
    public static final int LE = 4;
    public static final int GE = 5;

    private static boolean compare(int kind, double x, double y) {
        return switch (kind) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT -> x < y;
            case GT -> x > y;
            case LE -> x <= y;
            default -> x >= y;
        };
    }

    /** Lane-wise comparison ({@code kind}: {@link #EQ} ...), all-ones where true; NaN compares unequal. */
    public static long f32x4Compare(int kind, long a, long b) {
        // Widening f32 to f64 is exact, so comparing as doubles gives the f32 answer.
        return pack(compare(kind, f0(a), f0(b)) ? -1 : 0, compare(kind, f1(a), f1(b)) ? -1 : 0);
    }

    // ---- f64x2 ----------------------------------------------------------------------------------------------

    public static long f64x2Abs(long a) {
        return a & Long.MAX_VALUE;
    }

    public static long f64x2Neg(long a) {
        return a ^ Long.MIN_VALUE;
    }

    public static long f64x2Add(long a, long b) {
        return bits(d(a) + d(b));
    }

    public static long f64x2Sub(long a, long b) {
        return bits(d(a) - d(b));
    }

    public static long f64x2Mul(long a, long b) {
        return bits(d(a) * d(b));
    }

    public static long f64x2Div(long a, long b) {
        return bits(d(a) / d(b));
    }

    public static long f64x2Min(long a, long b) {
        return Numerics.f64Min(a, b);
    }

    public static long f64x2Max(long a, long b) {
        return Numerics.f64Max(a, b);
    }

    public static long f64x2Sqrt(long a) {
        return Numerics.f64Sqrt(a);
    }

    public static long f64x2Ceil(long a) {
        return Numerics.f64Ceil(a);
    }

    public static long f64x2Floor(long a) {
        return Numerics.f64Floor(a);
    }

    public static long f64x2Trunc(long a) {
        return Numerics.f64Trunc(a);
    }

    public static long f64x2Nearest(long a) {
        return Numerics.f64Nearest(a);
    }

    public static long f64x2Pmin(long a, long b) {
        return d(b) < d(a) ? b : a;
    }

    public static long f64x2Pmax(long a, long b) {
        return d(a) < d(b) ? b : a;
    }

    public static long f64x2Compare(int kind, long a, long b) {
        return compare(kind, d(a), d(b)) ? -1L : 0L;
    }

    // ---- conversions ----------------------------------------------------------------------------------------

    /** {@code i32x4.trunc_sat_f32x4_s}: Java's float-to-int cast saturates and maps NaN to 0, as wasm does. */
    public static long i32x4TruncSatF32x4S(long a) {
        return pack((int) f0(a), (int) f1(a));
    }

    public static long i32x4TruncSatF32x4U(long a) {
        return pack(Numerics.i32TruncSatF32U(f0(a)), Numerics.i32TruncSatF32U(f1(a)));
    }

    public static long f32x4ConvertI32x4S(long a) {
        return pack((float) (int) a, (float) (int) (a >>> 32));
    }

    /** Unsigned lanes go through long, whose conversion to float rounds to nearest like wasm. */
    public static long f32x4ConvertI32x4U(long a) {
        return pack((float) (a & 0xFFFF_FFFFL), (float) (a >>> 32));
    }

    /**
     * Low half of {@code i32x4.trunc_sat_f64x2_s_zero} from the vector (lo, hi); the high half is zero.
     */
    public static long i32x4TruncSatF64x2SZero(long lo, long hi) {
        return pack((int) d(lo), (int) d(hi));
    }

    public static long i32x4TruncSatF64x2UZero(long lo, long hi) {
        return pack(Numerics.i32TruncSatF64U(d(lo)), Numerics.i32TruncSatF64U(d(hi)));
    }

    /** Low half of {@code f32x4.demote_f64x2_zero} from the vector (lo, hi); the high half is zero. */
    public static long f32x4DemoteF64x2Zero(long lo, long hi) {
        return pack(Numerics.f32Demote(lo), Numerics.f32Demote(hi));
    }

    /** One f64 lane of {@code f64x2.promote_low_f32x4} from one f32 lane's bits. */
    public static long f64Promote(int f32Bits) {
        return Numerics.f64Promote(f32Bits);
    }

    /** One f64 lane of {@code f64x2.convert_low_i32x4_s} from one i32 lane. */
    public static long f64ConvertI32S(int x) {
        return bits(x);
    }

    public static long f64ConvertI32U(int x) {
        return bits(x & 0xFFFF_FFFFL);
    }
}
