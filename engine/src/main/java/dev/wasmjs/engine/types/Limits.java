package dev.wasmjs.engine.types;

/**
 * Size limits of a memory (in pages) or table (in elements). Both bounds are unsigned 64-bit numbers, as in the
 * binary format, so the presence of a maximum is kept apart from its value.
 */
public record Limits(long min, long max, boolean hasMax) {
    /** Limits with a maximum. */
    public Limits(long min, long max) {
        this(min, max, true);
    }

    /** Limits without a maximum. */
    public static Limits atLeast(long min) {
        return new Limits(min, 0, false);
    }

    /** The maximum, or {@code ifNone} when there is none. */
    public long maxOr(long ifNone) {
        return hasMax ? max : ifNone;
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

    /** The same maximum with another (current) minimum. */
    public Limits withMin(long newMin) {
        return new Limits(newMin, max, hasMax);
    }

    @Override
    public String toString() {
        return hasMax ? Long.toUnsignedString(min) + " " + Long.toUnsignedString(max) : Long.toUnsignedString(min);
    }
}
