package dev.wasmjs.engine.runtime;

import dev.wasmjs.engine.types.DefType;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.TypeRegistry;
import dev.wasmjs.engine.types.ValType;
import java.util.List;

/**
 * A function implemented in Java, callable from wasm (as an import, or from a table). Arguments and results are
 * boxed as {@link Values} describes; a function with one result may return it directly instead of in an array.
 */
public final class HostFunction extends WasmFunction {
    /** The Java side of a host function. */
    @FunctionalInterface
    public interface Implementation {
        /** @return null or an empty array for no results, the value itself or a one-element array for one result */
        Object call(Object[] args);
    }

    private final String name;
    private final Implementation impl;
    private final List<ValType> params;
    private final List<ValType> results;

    public HostFunction(DefType type, String name, Implementation impl) {
        super(type);
        this.name = name;
        this.impl = impl;
        this.params = type.funcType().params();
        this.results = type.funcType().results();
    }

    /** A host function of the given signature (its type is canonicalised like any module's). */
    public static HostFunction of(FuncType signature, String name, Implementation impl) {
        DefType t = new DefType();
        t.define(true, null, signature);
        return new HostFunction(TypeRegistry.canonicalize(List.of(t)).get(0), name, impl);
    }

    @Override
    public void invoke(ValueStack st, int base) {
        Object[] args = new Object[params.size()];
        int slot = base;
        for (int i = 0; i < args.length; i++) {
            ValType t = params.get(i);
            args[i] = Values.read(st, slot, t);
            slot += t.slots();
        }
        int savedTop = st.top;
        st.top = Math.max(st.top, base + Math.max(paramSlots, resultSlots));
        Object out;
        try {
            out = impl.call(args);
        } finally {
            st.top = savedTop;
        }
        if (results.isEmpty()) {
            return;
        }
        Object[] values = out instanceof Object[] a ? a : new Object[] {out};
        if (values.length != results.size()) {
            throw new IllegalStateException("host function " + name + " returned " + values.length
                    + " values, its type has " + results.size());
        }
        st.ensure(base + resultSlots);
        slot = base;
        for (int i = 0; i < values.length; i++) {
            ValType t = results.get(i);
            Values.write(st, slot, t, values[i]);
            slot += t.slots();
        }
    }

    @Override
    public String debugName() {
        return name;
    }
}
