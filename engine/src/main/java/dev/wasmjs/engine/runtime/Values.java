package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.types.ValType;

/**
 * Conversions between stack slots and boxed Java values for embedders: i32 ↔ Integer, i64 ↔ Long,
 * f32 ↔ Float, f64 ↔ Double, v128 ↔ {@link V128}, references as themselves (null is the null reference).
 * Float conversions go through raw bits so NaN payloads survive.
 */
public final class Values {
    private Values() {
    }

    /** Reads the value of type {@code t} at {@code slot}. */
    public static Object read(ValueStack st, int slot, ValType t) {
        long bits = st.slots[slot];
        return switch (t.kind()) {
            case I32 -> (int) bits;
            case I64 -> bits;
            case F32 -> Float.intBitsToFloat((int) bits);
            case F64 -> Double.longBitsToDouble(bits);
            case V128 -> new V128(bits, st.slots[slot + 1]);
            case REF -> st.refs[slot];
            case BOT -> throw new IllegalArgumentException("bot");
        };
    }

    /** Writes {@code value} (boxed as above) as type {@code t} at {@code slot}. */
    public static void write(ValueStack st, int slot, ValType t, Object value) {
        switch (t.kind()) {
            case I32 -> st.slots[slot] = ((Number) value).intValue();
            case I64 -> st.slots[slot] = ((Number) value).longValue();
            case F32 -> st.slots[slot] = Float.floatToRawIntBits(((Number) value).floatValue());
            case F64 -> st.slots[slot] = Double.doubleToRawLongBits(((Number) value).doubleValue());
            case V128 -> {
                V128 v = (V128) value;
                st.slots[slot] = v.low();
                st.slots[slot + 1] = v.high();
            }
            case REF -> st.refs[slot] = value;
            case BOT -> throw new IllegalArgumentException("bot");
        }
    }
}
