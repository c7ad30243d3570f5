package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.ValType;
import java.util.List;

/** Calls wasm functions from Java with boxed values (see {@link Values}), on the calling thread's stack. */
public final class Invoker {
    private Invoker() {
    }

    /** Calls {@code f} with {@code args}; returns its results (an empty array when it has none). */
    public static Object[] call(WasmFunction f, Object... args) {
        FuncType type = f.funcType();
        List<ValType> params = type.params();
        if (args.length != params.size()) {
            throw new IllegalArgumentException("function " + f.debugName() + " takes " + params.size()
                    + " arguments, " + args.length + " given");
        }
        ValueStack st = ValueStack.current();
        int base = st.top;
        st.ensure(base + Math.max(f.paramSlots, f.resultSlots) + 1);
        int slot = base;
        for (int i = 0; i < args.length; i++) {
            Values.write(st, slot, params.get(i), args[i]);
            slot += params.get(i).slots();
        }
        invokeAt(f, st, base);
        List<ValType> results = type.results();
        Object[] out = new Object[results.size()];
        slot = base;
        for (int i = 0; i < out.length; i++) {
            out[i] = Values.read(st, slot, results.get(i));
            st.refs[slot] = null;
            slot += results.get(i).slots();
        }
        return out;
    }

    /** Calls a function without parameters or results (start functions). */
    public static void invoke(WasmFunction f) {
        ValueStack st = ValueStack.current();
        int base = st.top;
        st.ensure(base + f.resultSlots + 1);
        invokeAt(f, st, base);
    }

    /**
     * Runs {@code f} with its arguments already at {@code base}; the one place where a call enters wasm from
     * the host, so it turns a JVM stack overflow into the wasm trap for exhaustion.
     */
    public static void invokeAt(WasmFunction f, ValueStack st, int base) {
        int savedTop = st.top;
        st.top = base;
        try {
            f.invoke(st, base);
        } catch (StackOverflowError e) {
            throw new StackExhausted();
        } finally {
            st.top = savedTop;
        }
    }
}
