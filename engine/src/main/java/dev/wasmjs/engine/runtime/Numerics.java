package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.Trap;

/**
 * The numeric instructions whose WebAssembly semantics differ from a plain Java operator: trapping division and
 * truncation, unsigned conversions, and float operations with wasm's NaN and signed-zero rules. Floats are
 * passed as raw bits where NaN payloads matter. Shared by every execution tier.
 */
public final class Numerics {
    private Numerics() {
    }

    public static final int F32_QUIET = 0x0040_0000;
    public static final long F64_QUIET = 0x0008_0000_0000_0000L;
    public static final int F32_CANONICAL_NAN = 0x7FC0_0000;
    public static final long F64_CANONICAL_NAN = 0x7FF8_0000_0000_0000L;

    public static Trap divideByZero() {
        return new Trap("integer divide by zero");
    }

    public static Trap integerOverflow() {
        return new Trap("integer overflow");
    }

    public static Trap invalidConversion() {
        return new Trap("invalid conversion to integer");
    }

    // ---- integer division ---------------------------------------------------------------------------------

    public static int i32DivS(int a, int b) {
        if (b == 0) {
            throw divideByZero();
        }
        if (a == Integer.MIN_VALUE && b == -1) {
            throw integerOverflow();
        }
        return a / b;
    }

    public static int i32DivU(int a, int b) {
        if (b == 0) {
            throw divideByZero();
        }
        return Integer.divideUnsigned(a, b);
    }

    public static int i32RemS(int a, int b) {
        if (b == 0) {
            throw divideByZero();
        }
        return a % b; // MIN_VALUE % -1 is 0 in Java, as in wasm
    }

    public static int i32RemU(int a, int b) {
        if (b == 0) {
            throw divideByZero();
        }
        return Integer.remainderUnsigned(a, b);
    }

    public static long i64DivS(long a, long b) {
        if (b == 0) {
            throw divideByZero();
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw integerOverflow();
        }
        return a / b;
    }

    public static long i64DivU(long a, long b) {
        if (b == 0) {
            throw divideByZero();
        }
        return Long.divideUnsigned(a, b);
    }

    public static long i64RemS(long a, long b) {
        if (b == 0) {
            throw divideByZero();
        }
        return a % b;
    }

    public static long i64RemU(long a, long b) {
        if (b == 0) {
            throw divideByZero();
        }
        return Long.remainderUnsigned(a, b);
    }

    // ---- float operations with wasm NaN rules -------------------------------------------------------------

    /** f32.min: NaN if either is NaN (made quiet), and -0 below +0. */
    public static int f32Min(int aBits, int bBits) {
        float a = Float.intBitsToFloat(aBits);
        float b = Float.intBitsToFloat(bBits);
        if (a != a) {
            return aBits | F32_QUIET;
        }
        if (b != b) {
            return bBits | F32_QUIET;
        }
        return Float.floatToRawIntBits(Math.min(a, b));
    }

    public static int f32Max(int aBits, int bBits) {
        float a = Float.intBitsToFloat(aBits);
        float b = Float.intBitsToFloat(bBits);
        if (a != a) {
            return aBits | F32_QUIET;
        }
        if (b != b) {
            return bBits | F32_QUIET;
        }
        return Float.floatToRawIntBits(Math.max(a, b));
    }

    public static long f64Min(long aBits, long bBits) {
        double a = Double.longBitsToDouble(aBits);
        double b = Double.longBitsToDouble(bBits);
        if (a != a) {
            return aBits | F64_QUIET;
        }
        if (b != b) {
            return bBits | F64_QUIET;
        }
        return Double.doubleToRawLongBits(Math.min(a, b));
    }

    public static long f64Max(long aBits, long bBits) {
        double a = Double.longBitsToDouble(aBits);
        double b = Double.longBitsToDouble(bBits);
        if (a != a) {
            return aBits | F64_QUIET;
        }
        if (b != b) {
            return bBits | F64_QUIET;
        }
        return Double.doubleToRawLongBits(Math.max(a, b));
    }

    /**
     * Rounding operations and sqrt: a NaN operand comes back quiet with its payload, as hardware does; a NaN made
     * from a number (sqrt of a negative) is the canonical NaN.
     */
    public static int f32Unary(int bits, float result) {
        if (result == result) {
            return Float.floatToRawIntBits(result);
        }
        return Float.isNaN(Float.intBitsToFloat(bits)) ? bits | F32_QUIET : F32_CANONICAL_NAN;
    }

    public static long f64Unary(long bits, double result) {
        if (result == result) {
            return Double.doubleToRawLongBits(result);
        }
        return Double.isNaN(Double.longBitsToDouble(bits)) ? bits | F64_QUIET : F64_CANONICAL_NAN;
    }

    public static int f32Ceil(int bits) {
        return f32Unary(bits, (float) Math.ceil(Float.intBitsToFloat(bits)));
    }

    public static int f32Floor(int bits) {
        return f32Unary(bits, (float) Math.floor(Float.intBitsToFloat(bits)));
    }

    public static int f32Trunc(int bits) {
        float f = Float.intBitsToFloat(bits);
        return f32Unary(bits, (float) (f < 0 ? Math.ceil(f) : Math.floor(f)));
    }

    public static int f32Nearest(int bits) {
        return f32Unary(bits, (float) Math.rint(Float.intBitsToFloat(bits)));
    }

    public static int f32Sqrt(int bits) {
        return f32Unary(bits, (float) Math.sqrt(Float.intBitsToFloat(bits)));
    }

    public static long f64Ceil(long bits) {
        return f64Unary(bits, Math.ceil(Double.longBitsToDouble(bits)));
    }

    public static long f64Floor(long bits) {
        return f64Unary(bits, Math.floor(Double.longBitsToDouble(bits)));
    }

    public static long f64Trunc(long bits) {
        double d = Double.longBitsToDouble(bits);
        return f64Unary(bits, d < 0 ? Math.ceil(d) : Math.floor(d));
    }

    public static long f64Nearest(long bits) {
        return f64Unary(bits, Math.rint(Double.longBitsToDouble(bits)));
    }

    public static long f64Sqrt(long bits) {
        return f64Unary(bits, Math.sqrt(Double.longBitsToDouble(bits)));
    }

    /** f32.demote_f64: NaNs come out quiet, keeping the top payload bits. */
    public static int f32Demote(long bits) {
        double d = Double.longBitsToDouble(bits);
        if (d != d) {
            int sign = (int) (bits >>> 63) << 31;
            int payload = (int) ((bits >>> 29) & 0x7F_FFFF);
            return sign | 0x7F80_0000 | F32_QUIET | payload;
        }
        return Float.floatToRawIntBits((float) d);
    }

    /** f64.promote_f32: NaNs come out quiet, payload shifted into the top bits. */
    public static long f64Promote(int bits) {
        float f = Float.intBitsToFloat(bits);
        if (f != f) {
            long sign = (long) (bits >>> 31) << 63;
            long payload = (long) (bits & 0x7F_FFFF) << 29;
            return sign | 0x7FF0_0000_0000_0000L | F64_QUIET | payload;
        }
        return Double.doubleToRawLongBits(f);
    }

    // ---- float -> int truncation ---------------------------------------------------------------------------

    public static int i32TruncF32S(float f) {
        if (f != f) {
            throw invalidConversion();
        }
        if (!(f >= -0x1p31f && f < 0x1p31f)) {
            throw integerOverflow();
        }
        return (int) f;
    }

    public static int i32TruncF32U(float f) {
        if (f != f) {
            throw invalidConversion();
        }
        if (!(f > -1f && f < 0x1p32f)) {
            throw integerOverflow();
        }
        return (int) (long) f;
    }

    public static int i32TruncF64S(double d) {
        if (d != d) {
            throw invalidConversion();
        }
        if (!(d > -0x1p31 - 1 && d < 0x1p31)) {
            throw integerOverflow();
        }
        return (int) d;
    }

    public static int i32TruncF64U(double d) {
        if (d != d) {
            throw invalidConversion();
        }
        if (!(d > -1 && d < 0x1p32)) {
            throw integerOverflow();
        }
        return (int) (long) d;
    }

    public static long i64TruncF32S(float f) {
        if (f != f) {
            throw invalidConversion();
        }
        if (!(f >= -0x1p63f && f < 0x1p63f)) {
            throw integerOverflow();
        }
        return (long) f;
    }

    public static long i64TruncF32U(float f) {
        if (f != f) {
            throw invalidConversion();
        }
        if (!(f > -1f && f < 0x1p64f)) {
            throw integerOverflow();
        }
        return f < 0x1p63f ? (long) f : (long) (f - 0x1p63f) ^ Long.MIN_VALUE;
    }

    public static long i64TruncF64S(double d) {
        if (d != d) {
            throw invalidConversion();
        }
        if (!(d >= -0x1p63 && d < 0x1p63)) {
            throw integerOverflow();
        }
        return (long) d;
    }

    public static long i64TruncF64U(double d) {
        if (d != d) {
            throw invalidConversion();
        }
        if (!(d > -1 && d < 0x1p64)) {
            throw integerOverflow();
        }
        return d < 0x1p63 ? (long) d : (long) (d - 0x1p63) ^ Long.MIN_VALUE;
    }

    // Saturating truncation: Java's signed casts already saturate and map NaN to 0.

    public static int i32TruncSatF32U(float f) {
        if (!(f > -1f)) {
            return 0;
        }
        return f >= 0x1p32f ? -1 : (int) (long) f;
    }

    public static int i32TruncSatF64U(double d) {
        if (!(d > -1)) {
            return 0;
        }
        return d >= 0x1p32 ? -1 : (int) (long) d;
    }

    public static long i64TruncSatF32U(float f) {
        if (!(f > -1f)) {
            return 0;
        }
        if (f >= 0x1p64f) {
            return -1;
        }
        return f < 0x1p63f ? (long) f : (long) (f - 0x1p63f) ^ Long.MIN_VALUE;
    }

    public static long i64TruncSatF64U(double d) {
        if (!(d > -1)) {
            return 0;
        }
        if (d >= 0x1p64) {
            return -1;
        }
        return d < 0x1p63 ? (long) d : (long) (d - 0x1p63) ^ Long.MIN_VALUE;
    }

    // ---- unsigned int -> float ----------------------------------------------------------------------------

    public static float f32ConvertI64U(long v) {
        if (v >= 0) {
            return (float) v;
        }
        // Halve (keeping the lost bit sticky so rounding stays correct), convert, double.
        return (float) ((v >>> 1) | (v & 1)) * 2f;
    }

    public static double f64ConvertI64U(long v) {
        if (v >= 0) {
            return (double) v;
        }
        return (double) ((v >>> 1) | (v & 1)) * 2d;
    }
}
