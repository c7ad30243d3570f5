package dev.wasmjs.engine.types;

/** Size limits of a memory (in pages) or table (in elements); {@code max < 0} means no maximum. */
public record Limits(long min, long max) {
    public static final long NO_MAX = -1;

    public boolean hasMax() {
        return max >= 0;
    }

    /** Import matching: these (actual) limits fit within the required ones. */
    public boolean matches(Limits required) {
        if (Long.compareUnsigned(min, required.min) < 0) {
            return false;
        }
        if (!required.hasMax()) {
            return true;
        }
        return hasMax() && Long.compareUnsigned(max, required.max) <= 0;
    }

    @Override
    public String toString() {
        return hasMax() ? Long.toUnsignedString(min) + " " + Long.toUnsignedString(max) : Long.toUnsignedString(min);
    }
}
