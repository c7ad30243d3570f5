package dev.wasmjs.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumberLiteralsTest {
    @Test
    void i32AcceptsUnsignedAndSignedRanges() {
        assertEquals(-1, NumberLiterals.i32("4294967295"));
        assertEquals(-1, NumberLiterals.i32("0xffff_ffff"));
        assertEquals(Integer.MIN_VALUE, NumberLiterals.i32("-2147483648"));
        assertEquals(Integer.MIN_VALUE, NumberLiterals.i32("-0x8000_0000"));
        assertEquals(Integer.MAX_VALUE, NumberLiterals.i32("+2147483647"));
        assertEquals(1_000_000, NumberLiterals.i32("1_000_000"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.i32("4294967296"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.i32("0x1_0000_0000"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.i32("+2147483648"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.i32("-2147483649"));
    }

    @Test
    void i64Ranges() {
        assertEquals(-1L, NumberLiterals.i64("18446744073709551615"));
        assertEquals(-1L, NumberLiterals.i64("0xffffffffffffffff"));
        assertEquals(Long.MIN_VALUE, NumberLiterals.i64("-9223372036854775808"));
        assertEquals(Long.MAX_VALUE, NumberLiterals.i64("+0x7fff_ffff_ffff_ffff"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.i64("18446744073709551616"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.i64("0x1_0000_0000_0000_0000"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.i64("-9223372036854775809"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.i64("+9223372036854775808"));
    }

    @Test
    void malformedNumbers() {
        for (String s : new String[] {"1__0", "_1", "1_", "0x", "0x_1", "+", "-", "1a", "0xg", "--1", "1.5"}) {
            assertThrows(NumberFormatException.class, () -> NumberLiterals.i32(s), s);
        }
        for (String s : new String[] {"1__0.0", "1._5", "0x1p", "1e", "1e+", ".5", "0x.8", "nan:1", "nan:0x", "infinity",
            "1.0f", "0x1.0g"}) {
            assertThrows(RuntimeException.class, () -> NumberLiterals.f32(s), s);
        }
    }

    @Test
    void lanesOfSmallIntegers() {
        assertEquals(0xFF, NumberLiterals.integer("255", 8) & 0xFF);
        assertEquals(-128L, NumberLiterals.integer("-128", 8));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.integer("256", 8));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.integer("-129", 8));
        assertEquals(-32768L, NumberLiterals.integer("-0x8000", 16));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.integer("65536", 16));
    }

    @Test
    void f32SpecialValues() {
        assertEquals(0x7F800000, NumberLiterals.f32("inf"));
        assertEquals(0xFF800000, NumberLiterals.f32("-inf"));
        assertEquals(0x7FC00000, NumberLiterals.f32("nan"));
        assertEquals(0xFFC00000, NumberLiterals.f32("-nan"));
        assertEquals(0x7FA00000, NumberLiterals.f32("nan:0x200000"));
        assertEquals(0x7F800001, NumberLiterals.f32("+nan:0x1"));
        assertEquals(0x7FFFFFFF, NumberLiterals.f32("nan:0x7f_ffff"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.f32("nan:0x800000"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.f32("nan:0x0"));
        assertEquals(0x80000000, NumberLiterals.f32("-0"));
        assertEquals(0x80000000, NumberLiterals.f32("-0x0p+0"));
    }

    @Test
    void f32RoundsToNearestEven() {
        assertEquals(0x3F800000, NumberLiterals.f32("1"));
        assertEquals(0x3F800000, NumberLiterals.f32("0x1.000001p0"), "exact tie rounds to even");
        assertEquals(0x3F800002, NumberLiterals.f32("0x1.000003p0"), "tie rounds up to even");
        assertEquals(0x3F800001, NumberLiterals.f32("0x1.00000100000000000000001p0"), "just above the tie");
        assertEquals(0x3F800000, NumberLiterals.f32("1.000000059604644775390625"), "decimal tie");
        assertEquals(0x3F800001, NumberLiterals.f32("1.000000059604644775390626"));
        assertEquals(0x7F7FFFFF, NumberLiterals.f32("0x1.fffffep127"));
        assertEquals(0x7F7FFFFF, NumberLiterals.f32("0x1.fffffefffffffffffp127"));
        assertEquals(0x7F7FFFFF, NumberLiterals.f32("3.4028235e38"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.f32("0x1.ffffffp127"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.f32("1e39"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.f32("0x1p128"));
    }

    @Test
    void f32Subnormals() {
        assertEquals(1, NumberLiterals.f32("0x1p-149"));
        assertEquals(0, NumberLiterals.f32("0x1p-150"), "half of the smallest subnormal ties to zero");
        assertEquals(1, NumberLiterals.f32("0x1.000001p-150"));
        assertEquals(2, NumberLiterals.f32("0x1.8p-149"), "1.5 ulps tie to even");
        assertEquals(0x00800000, NumberLiterals.f32("0x1.fffffffp-127"), "rounds up into the normal range");
        assertEquals(1, NumberLiterals.f32("1.401298464324817e-45"));
        assertEquals(0, NumberLiterals.f32("1e-50"));
    }

    @Test
    void f64() {
        assertEquals(0x3FF0000000000000L, NumberLiterals.f64("1.0"));
        assertEquals(0x3FF0000000000000L, NumberLiterals.f64("0x1p0"));
        assertEquals(0x3FB999999999999AL, NumberLiterals.f64("0.1"));
        assertEquals(0x000FFFFFFFFFFFFFL, NumberLiterals.f64("2.2250738585072011e-308"));
        assertEquals(0x0010000000000000L, NumberLiterals.f64("2.2250738585072012e-308"));
        assertEquals(1L, NumberLiterals.f64("4.9406564584124654e-324"));
        assertEquals(1L, NumberLiterals.f64("2.4703282292062328e-324"), "just above half of the smallest subnormal");
        assertEquals(0x7FEFFFFFFFFFFFFFL, NumberLiterals.f64("1.7976931348623158e308"));
        assertEquals(0x7FF4000000000000L, NumberLiterals.f64("nan:0x4000000000000"));
        assertEquals(0x4008000000000000L, NumberLiterals.f64("0x1.8P1"), "upper case hex and exponent mark");
        assertEquals(0x3FF0E00000000000L, NumberLiterals.f64("0x1.0e"), "e is a hex digit, not an exponent");
        assertThrows(ArithmeticException.class, () -> NumberLiterals.f64("1e309"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.f64("0x1p1024"));
        assertThrows(ArithmeticException.class, () -> NumberLiterals.f64("nan:0x10000000000000"));
        assertEquals(0L, NumberLiterals.f64("1e-400"));
        assertEquals(0x7FEFFFFFFFFFFFFFL, NumberLiterals.f64("0x1.fffffffffffff7ffffffp1023"));
    }

    @Test
    void longLiteralsRoundCorrectly() {
        // 1 + 2^-24 + tiny: must round up in f32 even though a rounding to double first would create a tie.
        assertEquals(0x3F800001, NumberLiterals.f32("1.00000005960464477550"));
        assertEquals(0x3F800000, NumberLiterals.f32("1.00000005960464477539"));
        String manyDigits = "0." + "0".repeat(50) + "1" + "0".repeat(500) + "1";
        assertEquals(0, NumberLiterals.f32(manyDigits) & 0x7FFFFFFF, "far below the smallest subnormal");
        assertEquals(0x3F800000, NumberLiterals.f32("1" + "0".repeat(300) + "e-300"));
    }
}
