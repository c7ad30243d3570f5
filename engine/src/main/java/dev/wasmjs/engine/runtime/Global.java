package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.types.GlobalType;

/**
 * A global variable. Numbers are kept as raw bits in {@link #bits} (f32/f64 as their IEEE bit patterns, so NaN
 * payloads survive), v128 uses {@link #bits} and {@link #bitsHigh}, references live in {@link #ref}.
 * Fields are public so execution tiers read them without calls.
 */
public final class Global {
    private final GlobalType type;
    public long bits;
    public long bitsHigh;
    public Object ref;
    /**
     * Free for the embedder: the engine never reads or writes it. The JS API keeps the JS object that stands for
     * this global here, so that each engine object has one JS identity without a global map that would keep
     * both alive.
     */
    public Object embedderData;

    public Global(GlobalType type) {
        this.type = type;
    }

    public GlobalType type() {
        return type;
    }
}
