package dev.wasmjs.jsapi;

import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.types.DefType;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A JS function imported by a module (the spec's host function): wasm calls it like any function, with its
 * arguments on the value stack. The trampoline webassembly.js generated for the import's signature reads them
 * through {@link CallBridge}, calls the JS function and stores the converted results; it takes no arguments, which
 * keeps the Java-to-JS call cheap. A JS exception becomes a wasm exception (see {@link ErrorMapping#toWasm}).
 */
final class ImportedFunction extends WasmFunction {
    private final JsRealm realm;
    private final CallBridge bridge;
    private final Value trampoline;

    ImportedFunction(DefType type, JsRealm realm, CallBridge bridge, Value trampoline) {
        super(type);
        this.realm = realm;
        this.bridge = bridge;
        this.trampoline = trampoline;
    }

    @Override
    public void invoke(ValueStack st, int base) {
        CallBridge b = bridge;
        ValueStack savedStack = b.stack;
        int savedBase = b.base;
        ImportedFunction savedCurrent = b.current;
        int savedTop = st.top;
        int end = base + Math.max(paramSlots, resultSlots);
        st.ensure(end + 1);
        // Calls back into wasm start above this call's arguments and results.
        st.top = Math.max(savedTop, end);
        b.stack = st;
        b.base = base;
        b.current = this;
        try {
            trampoline.executeVoid();
        } catch (PolyglotException e) {
            throw realm.errors.toWasm(e);
        } finally {
            b.stack = savedStack;
            b.base = savedBase;
            b.current = savedCurrent;
            st.top = savedTop;
        }
    }

    @Override
    public String debugName() {
        return "(imported JS function)";
    }
}
