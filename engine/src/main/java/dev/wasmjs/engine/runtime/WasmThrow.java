package dev.wasmjs.engine.runtime;

/**
 * A WebAssembly exception in flight, and also the {@code exnref} value that denotes it: {@code throw_ref}
 * rethrows the same object. The payload is kept in slot form (bits and references) like values on the stack.
 * No stack trace is captured; exceptions are control flow.
 */
public final class WasmThrow extends RuntimeException {
    private final Tag tag;
    private final long[] bits;
    private final Object[] refs;
    /**
     * Free for the embedder: the engine never reads or writes it. The JS API keeps the JS object that stands for
     * this exception here, so that each engine object has one JS identity without a global map that would keep
     * both alive.
     */
    public Object embedderData;

    public WasmThrow(Tag tag, long[] bits, Object[] refs) {
        super("wasm exception", null, false, false);
        this.tag = tag;
        this.bits = bits;
        this.refs = refs;
    }

    public Tag tag() {
        return tag;
    }

    /** Payload slots (length = the tag's parameter slots). */
    public long[] bits() {
        return bits;
    }

    public Object[] refs() {
        return refs;
    }

    /** Copies the payload to {@code stack} at {@code slot}. */
    public void pushPayload(ValueStack stack, int slot) {
        System.arraycopy(bits, 0, stack.slots, slot, bits.length);
        System.arraycopy(refs, 0, stack.refs, slot, refs.length);
    }
}
