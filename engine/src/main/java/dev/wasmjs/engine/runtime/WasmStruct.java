package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.StructType;

/**
 * A GC struct object. Fields live in value slots laid out by {@link StructType#slotOffset}: numbers (raw bits,
 * packed fields already truncated) in {@link #bits}, references in {@link #refs} at the same slot numbers.
 * A struct without number fields shares one empty {@link #bits} array, and one without reference fields has no
 * {@link #refs}, so a node of a tree of references is two objects, not three.
 */
public final class WasmStruct {
    /** The struct's canonical defined type (what casts test against). */
    public final DefType type;
    private static final long[] NO_BITS = new long[0];

    /** Empty (shared) when the struct has no number fields. */
    public final long[] bits;
    /** Null when the struct has no reference fields. */
    public final Object[] refs;

    public WasmStruct(DefType type) {
        this.type = type;
        StructType st = type.structType();
        this.bits = st.hasNumbers() ? new long[st.slotCount()] : NO_BITS;
        this.refs = st.hasRefs() ? new Object[st.slotCount()] : null;
    }

    @Override
    public String toString() {
        return "struct " + type;
    }
}
