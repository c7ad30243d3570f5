package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.StructType;

/**
 * A GC struct object. Fields live in value slots laid out by {@link StructType#slotOffset}: numbers (raw bits,
 * packed fields already truncated) in {@link #bits}, references in {@link #refs} at the same slot numbers.
 */
public final class WasmStruct {
    /** The struct's canonical defined type (what casts test against). */
    public final DefType type;
    public final long[] bits;
    /** Null when the struct has no reference fields. */
    public final Object[] refs;

    public WasmStruct(DefType type) {
        this.type = type;
        StructType st = type.structType();
        this.bits = new long[st.slotCount()];
        this.refs = st.hasRefs() ? new Object[st.slotCount()] : null;
    }

    @Override
    public String toString() {
        return "struct " + type;
    }
}
