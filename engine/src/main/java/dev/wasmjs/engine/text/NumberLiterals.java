package dev.wasmjs.engine.text;

import java.math.BigInteger;

/**
 * Numeric literals of the text format: decimal and hexadecimal integers and floats with {@code _} separators,
 * {@code inf}, {@code nan} and {@code nan:0x...}. Malformed text throws {@link NumberFormatException}; a well-formed
 * literal outside the range of its type throws {@link ArithmeticException}. Callers turn both into
 * {@link TextFormatException}s at the token.
 */
final class NumberLiterals {
    private NumberLiterals() {}

    private static final double[] DOUBLE_POWERS_OF_TEN = new double[23];
    private static final float[] FLOAT_POWERS_OF_TEN = new float[11];

    static {
        double d = 1;
        for (int i = 0; i < DOUBLE_POWERS_OF_TEN.length; i++, d *= 10) DOUBLE_POWERS_OF_TEN[i] = d;
        float f = 1;
        for (int i = 0; i < FLOAT_POWERS_OF_TEN.length; i++, f *= 10) FLOAT_POWERS_OF_TEN[i] = f;
    }

    /** Whether an atom is a natural number (unsigned, for indices and the like). */
    static boolean isNat(String t) {
        return !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9';
    }

    // ---- integers ----

    /** Value of an unsigned decimal or hex integer starting at {@code from}; at most 64 bits. */
    private static long magnitude(String t, int from) {
        boolean hex = t.startsWith("0x", from);
        int radix = hex ? 16 : 10;
        int i = hex ? from + 2 : from;
        long value = 0;
        boolean overflow = false;
        int digits = 0;
        boolean lastWasDigit = false;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (!lastWasDigit) throw new NumberFormatException();
                lastWasDigit = false;
                continue;
            }
            int d = Character.digit(c, radix);
            if (d < 0 || c > 'f') throw new NumberFormatException();
            if (hex) {
                if ((value >>> 60) != 0) overflow = true;
                value = value << 4 | d;
            } else {
                long hi = Math.multiplyHigh(value, 10) + ((value >> 63) & 10); // unsigned high word
                long lo = value * 10;
                long sum = lo + d;
                if (hi != 0 || Long.compareUnsigned(sum, lo) < 0) overflow = true;
                value = sum;
            }
            digits++;
            lastWasDigit = true;
        }
        if (digits == 0 || !lastWasDigit) throw new NumberFormatException();
        if (overflow) throw new ArithmeticException("constant out of range");
        return value;
    }

    /** An unsigned integer of at most {@code bits} bits, no sign allowed (indices, limits, offsets). */
    static long unsigned(String t, int bits) {
        if (!isNat(t)) throw new NumberFormatException();
        long v = magnitude(t, 0);
        if (bits < 64 && (v >>> bits) != 0) throw new ArithmeticException("constant out of range");
        return v;
    }

    static int u32(String t) {
        return (int) unsigned(t, 32);
    }

    /**
     * An N-bit integer literal (N = 8, 16, 32 or 64): unsigned up to 2^N-1, or signed with an explicit sign
     * within -2^(N-1)..2^(N-1)-1. Returns the two's complement bits.
     */
    static long integer(String t, int bits) {
        if (t.isEmpty()) throw new NumberFormatException();
        char c = t.charAt(0);
        if (c != '+' && c != '-') {
            return unsigned(t, bits);
        }
        if (t.length() < 2 || !isNat(t.substring(1, 2))) throw new NumberFormatException();
        long v = magnitude(t, 1);
        long limit = 1L << (bits - 1); // for 64 bits this is Long.MIN_VALUE, i.e. 2^63 unsigned
        if (c == '+') {
            if (Long.compareUnsigned(v, limit) >= 0) throw new ArithmeticException("constant out of range");
            return v;
        }
        if (Long.compareUnsigned(v, limit) > 0) throw new ArithmeticException("constant out of range");
        return -v;
    }

    static int i32(String t) {
        return (int) integer(t, 32);
    }

    static long i64(String t) {
        return integer(t, 64);
    }

    // ---- floats ----

    static int f32(String t) {
        return (int) floatBits(t, FloatRounding.F32);
    }

    static long f64(String t) {
        return floatBits(t, FloatRounding.F64);
    }

    private static long floatBits(String t, FloatRounding format) {
        if (t.isEmpty()) throw new NumberFormatException();
        boolean negative = t.charAt(0) == '-';
        int i = t.charAt(0) == '+' || negative ? 1 : 0;
        int p = format.precision;
        long expMask = format == FloatRounding.F32 ? 0xFFL : 0x7FFL;
        long infinity = expMask << (p - 1);
        long sign = negative ? (format == FloatRounding.F32 ? 0x8000_0000L : Long.MIN_VALUE) : 0;
        long bits;
        if (t.startsWith("inf", i) && t.length() == i + 3) {
            bits = infinity;
        } else if (t.startsWith("nan", i)) {
            if (t.length() == i + 3) {
                bits = infinity | 1L << (p - 2);
            } else if (t.startsWith(":0x", i + 3)) {
                long payload = magnitude(t, i + 4);
                if (payload == 0 || (payload >>> (p - 1)) != 0) throw new ArithmeticException("constant out of range");
                bits = infinity | payload;
            } else {
                throw new NumberFormatException();
            }
        } else if (t.startsWith("0x", i)) {
            bits = hexFloat(t, i + 2, format);
        } else {
            bits = decimalFloat(t, i, format);
        }
        return format == FloatRounding.F32 ? (int) (bits | sign) & 0xFFFF_FFFFL : bits | sign;
    }

    /** Reads digits with single underscores between them; returns the index after them. */
    private static int digits(String t, int i, int radix, StringBuilder out) {
        boolean lastWasDigit = false;
        int start = i;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (!lastWasDigit) throw new NumberFormatException();
                lastWasDigit = false;
                continue;
            }
            if (Character.digit(c, radix) < 0 || c > 'f') break;
            out.append(c);
            lastWasDigit = true;
        }
        if (i > start && !lastWasDigit) throw new NumberFormatException();
        return i;
    }

    /** A decimal exponent, saturated far beyond any meaningful range. */
    private static long exponent(String t, int i) {
        boolean negative = false;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        StringBuilder ds = new StringBuilder();
        int end = digits(t, i, 10, ds);
        if (ds.isEmpty() || end != t.length()) throw new NumberFormatException();
        long e = 0;
        for (int k = 0; k < ds.length(); k++) {
            e = Math.min(e * 10 + (ds.charAt(k) - '0'), 1_000_000_000L);
        }
        return negative ? -e : e;
    }

    private static long hexFloat(String t, int i, FloatRounding format) {
        StringBuilder ds = new StringBuilder();
        i = digits(t, i, 16, ds);
        if (ds.isEmpty()) throw new NumberFormatException();
        int fractionDigits = 0;
        if (i < t.length() && t.charAt(i) == '.') {
            int before = ds.length();
            i = digits(t, i + 1, 16, ds);
            fractionDigits = ds.length() - before;
        }
        long exp = 0;
        if (i < t.length()) {
            char c = t.charAt(i);
            if (c != 'p' && c != 'P') throw new NumberFormatException();
            exp = exponent(t, i + 1);
        }
        BigInteger mantissa = new BigInteger(ds.toString(), 16);
        if (mantissa.signum() == 0) return 0;
        long exp2 = exp - 4L * fractionDigits;
        long top = exp2 + mantissa.bitLength();
        if (top > 5000) throw new ArithmeticException("constant out of range");
        if (top < -5000) return 0;
        return format.round(mantissa, exp2, false);
    }

    private static long decimalFloat(String t, int i, FloatRounding format) {
        StringBuilder ds = new StringBuilder();
        i = digits(t, i, 10, ds);
        if (ds.isEmpty()) throw new NumberFormatException();
        int fractionDigits = 0;
        if (i < t.length() && t.charAt(i) == '.') {
            int before = ds.length();
            i = digits(t, i + 1, 10, ds);
            fractionDigits = ds.length() - before;
        }
        long exp = 0;
        if (i < t.length()) {
            char c = t.charAt(i);
            if (c != 'e' && c != 'E') throw new NumberFormatException();
            exp = exponent(t, i + 1);
        }
        // Strip leading zeros so that the digit count measures the magnitude.
        int lead = 0;
        while (lead < ds.length() - 1 && ds.charAt(lead) == '0') lead++;
        String digits = ds.substring(lead);
        if (digits.equals("0")) return 0;
        long exp10 = exp - fractionDigits;
        long magnitude = digits.length() + exp10;
        if (magnitude > 400) throw new ArithmeticException("constant out of range");
        if (magnitude < -400) return 0;

        // Fast paths: the digits and the power of ten are exact, so a single IEEE operation rounds correctly.
        if (format == FloatRounding.F64 && digits.length() <= 15 && Math.abs(exp10) <= 22) {
            double d = Long.parseLong(digits);
            d = exp10 >= 0 ? d * DOUBLE_POWERS_OF_TEN[(int) exp10] : d / DOUBLE_POWERS_OF_TEN[(int) -exp10];
            return Double.doubleToRawLongBits(d);
        }
        if (format == FloatRounding.F32 && digits.length() <= 7 && Math.abs(exp10) <= 10) {
            float f = Long.parseLong(digits);
            f = exp10 >= 0 ? f * FLOAT_POWERS_OF_TEN[(int) exp10] : f / FLOAT_POWERS_OF_TEN[(int) -exp10];
            return Float.floatToRawIntBits(f) & 0xFFFF_FFFFL;
        }

        BigInteger d = new BigInteger(digits);
        if (exp10 >= 0) {
            return format.round(d.multiply(BigInteger.TEN.pow((int) exp10)), 0, false);
        }
        BigInteger q = BigInteger.TEN.pow((int) -exp10);
        // Scale so the quotient keeps at least precision + 2 bits; the remainder becomes the sticky bit.
        int scale = Math.max(0, format.precision + 3 - (d.bitLength() - q.bitLength()));
        BigInteger[] qr = d.shiftLeft(scale).divideAndRemainder(q);
        return format.round(qr[0], -scale, qr[1].signum() != 0);
    }
}
