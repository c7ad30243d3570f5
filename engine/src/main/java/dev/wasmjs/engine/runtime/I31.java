package dev.wasmjs.engine.runtime;

/**
 * An {@code i31ref}: an unboxed 31-bit integer in the {@code any} hierarchy. References compare by identity
 * everywhere except here: two i31 references with the same value are {@code ref.eq}, see {@link #refEq}.
 */
public final class I31 {
    private static final I31[] SMALL = new I31[256];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new I31(i - 128);
        }
    }

    /** The value sign-extended from 31 bits. */
    private final int value;

    private I31(int value) {
        this.value = value;
    }

    /** {@code ref.i31}: keeps the low 31 bits of {@code v}. Small values are shared to avoid allocation. */
    public static I31 of(int v) {
        int signed = (v << 1) >> 1;
        return signed >= -128 && signed < 128 ? SMALL[signed + 128] : new I31(signed);
    }

    /** {@code i31.get_s}. */
    public int signed() {
        return value;
    }

    /** {@code i31.get_u}. */
    public int unsigned() {
        return value & 0x7FFF_FFFF;
    }

    /** {@code ref.eq}: identity, except that i31 references compare by value. */
    public static boolean refEq(Object a, Object b) {
        return a == b || a instanceof I31 x && b instanceof I31 y && x.value == y.value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof I31 other && other.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public String toString() {
        return "i31 " + value;
    }
}
