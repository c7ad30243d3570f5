package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.FuncType;

/**
 * A function in the store: wasm code run by some tier, or a host function. All kinds share one calling
 * convention on the {@link ValueStack}: arguments in slots {@code [base, base + paramSlots)}, results written
 * to {@code [base, base + resultSlots)}. This is what lets tiers change under a running program and lets
 * host and wasm functions sit in the same tables.
 */
public abstract class WasmFunction {
    private final DefType type;
    /** Slots taken by the arguments / the results (v128 takes two). */
    public final int paramSlots;
    public final int resultSlots;
    /**
     * Free for the embedder: the engine never reads or writes it. The JS API keeps the JS object that stands for
     * this function here, so that each engine object has one JS identity without a global map that would keep
     * both alive.
     */
    public Object embedderData;

    protected WasmFunction(DefType type) {
        this.type = type;
        FuncType f = type.funcType();
        this.paramSlots = f.paramSlots();
        this.resultSlots = f.resultSlots();
    }

    /** The function's canonical type. */
    public final DefType type() {
        return type;
    }

    public final FuncType funcType() {
        return type.funcType();
    }

    /** Runs the function with arguments at {@code base} of {@code stack}; results replace them. */
    public abstract void invoke(ValueStack stack, int base);

    /**
     * The function a tail call to this one may continue with in place of a nested call. The interpreter runs
     * tail calls to its own functions as a loop; a function object of another tier that is currently being
     * interpreted returns the interpreter's object here so that tail calls stay tail calls.
     */
    public WasmFunction tailCallTarget() {
        return this;
    }

    /** A name for stack traces and messages. */
    public abstract String debugName();

    @Override
    public String toString() {
        return "function " + debugName();
    }
}
