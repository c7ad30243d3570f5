package dev.wasmjs.engine.text;

import java.math.BigInteger;

/**
 * Exact conversion of a number {@code mantissa * 2^exponent} (plus a sticky "something below") to the nearest
 * binary32 or binary64 value, ties to even, including subnormals. Overflow to infinity is reported, because an
 * out-of-range float literal is a syntax error in the text format.
 */
enum FloatRounding {
    F32(24, -126, 127),
    F64(53, -1022, 1023);

    /** Significand bits including the implicit one. */
    final int precision;
    final int minExponent;
    final int maxExponent;

    FloatRounding(int precision, int minExponent, int maxExponent) {
        this.precision = precision;
        this.minExponent = minExponent;
        this.maxExponent = maxExponent;
    }

    /**
     * The bits (without sign) of the float nearest to {@code mantissa * 2^exponent}; {@code sticky} says the true
     * value is slightly larger than that (a non-zero remainder was cut off below the mantissa's last bit).
     *
     * @throws ArithmeticException if the value rounds to infinity
     */
    long round(BigInteger mantissa, long exponent, boolean sticky) {
        if (mantissa.signum() == 0) {
            return 0;
        }
        int p = precision;
        long topExponent = exponent + mantissa.bitLength() - 1;
        long ulpExponent = Math.max(topExponent - (p - 1), minExponent - (p - 1));
        long shift = ulpExponent - exponent;
        BigInteger m;
        if (shift <= 0) {
            m = mantissa.shiftLeft((int) -shift);
        } else if (shift > mantissa.bitLength() + 1) {
            m = BigInteger.ZERO; // far below half of the smallest subnormal
        } else {
            int sh = (int) shift;
            m = mantissa.shiftRight(sh);
            boolean half = mantissa.testBit(sh - 1);
            boolean below = sticky || mantissa.getLowestSetBit() < sh - 1;
            if (half && (below || m.testBit(0))) {
                m = m.add(BigInteger.ONE);
            }
        }
        if (m.bitLength() > p) { // rounding carried into a new binade
            m = m.shiftRight(1);
            ulpExponent++;
        }
        if (ulpExponent + p - 1 > maxExponent) {
            throw new ArithmeticException("constant out of range");
        }
        long bits = m.longValue();
        long hidden = 1L << (p - 1);
        if (bits >= hidden) {
            long biased = ulpExponent + p - 1 + maxExponent;
            return (biased << (p - 1)) | (bits - hidden);
        }
        return bits; // subnormal (or zero): the exponent field is 0
    }
}
