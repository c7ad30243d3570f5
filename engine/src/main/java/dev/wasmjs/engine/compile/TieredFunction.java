package dev.wasmjs.engine.compile;

import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import java.lang.invoke.MethodHandle;

/**
 * A defined function of an instance under the compiling tier: interpreted until its code is compiled (on its
 * first call, or after a number of calls in {@code auto} mode), then run by the compiled method. Tables,
 * exports and other instances hold this one object throughout, so the switch is invisible to them.
 */
final class TieredFunction extends WasmFunction {
    private final CompilerTier tier;
    private final Instance instance;
    private final int index;
    /** The interpreter's function object for the same code, used until (or instead of) compiled code. */
    private final WasmFunction interpreted;
    private int calls;
    private boolean interpretOnly;
    private CompiledGroup group;
    /**
     * The compiled method bound to this instance, typed {@code (params) -> results}; read by call adapters
     * ({@link CallAdapters}) for calls through tables and references. Null until linked.
     */
    MethodHandle typed;
    /**
     * For a function compiled as a tail-calling body (see {@link TailCall}): the body bound to this instance, typed
     * {@code (params, TailCall, int depth) -> results}, read by {@link TailAdapters}; null otherwise.
     */
    MethodHandle tailBody;

    TieredFunction(CompilerTier tier, Instance instance, int index, WasmFunction interpreted) {
        super(instance.module().functionTypes().get(index));
        this.tier = tier;
        this.instance = instance;
        this.index = index;
        this.interpreted = interpreted;
    }

    @Override
    public void invoke(ValueStack stack, int base) {
        CompiledGroup g = group;
        if (g != null) {
            g.invoke(index, stack, base, instance);
            return;
        }
        if (!interpretOnly && (++calls > tier.threshold() || tier.isCompiled(index)) && link()) {
            group.invoke(index, stack, base, instance);
            return;
        }
        interpreted.invoke(stack, base);
    }

    /** Gets (compiling if needed) this function's code; false when it stays interpreted. */
    private boolean link() {
        CompilerTier.Entry e = tier.entry(index);
        if (e == null) {
            interpretOnly = true;
            return false;
        }
        tailBody = e.tailBodyBoundTo(instance);
        typed = e.boundTo(instance);
        group = e.group();
        return true;
    }

    /** What a tail call to this function continues with while it is interpreted (the interpreter's own object). */
    @Override
    public WasmFunction tailCallTarget() {
        return group == null ? interpreted : this;
    }

    int index() {
        return index;
    }

    @Override
    public String debugName() {
        return interpreted.debugName();
    }
}
