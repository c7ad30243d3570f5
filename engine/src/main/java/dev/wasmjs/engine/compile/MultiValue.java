package dev.wasmjs.engine.compile;

import dev.wasmjs.engine.runtime.ValueStack;

/**
 * The results of a compiled function that returns more than one value, in slot form (numbers as raw bits,
 * references in {@link #refs}). A JVM method returns one value, so these functions return this holder; it is
 * allocated per call, which HotSpot's escape analysis removes when the callee is inlined. Functions with zero or
 * one result (nearly all hot code) return directly.
 */
public final class MultiValue {
    public final long[] bits;
    public final Object[] refs;

    public MultiValue(int slots) {
        this.bits = new long[slots];
        this.refs = new Object[slots];
    }

    /** Copies the results to {@code st} at {@code base} (the stack calling convention). */
    public void toStack(ValueStack st, int base) {
        st.ensure(base + bits.length);
        System.arraycopy(bits, 0, st.slots, base, bits.length);
        System.arraycopy(refs, 0, st.refs, base, refs.length);
    }

    /** Collects {@code slots} results left at {@code base} of {@code st} by a function called through the stack. */
    public static MultiValue fromStack(ValueStack st, int base, int slots) {
        MultiValue m = new MultiValue(slots);
        System.arraycopy(st.slots, base, m.bits, 0, slots);
        System.arraycopy(st.refs, base, m.refs, 0, slots);
        for (int i = 0; i < slots; i++) {
            st.refs[base + i] = null;
        }
        return m;
    }
}
