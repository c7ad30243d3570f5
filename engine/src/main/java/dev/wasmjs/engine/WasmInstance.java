package dev.wasmjs.engine;

import dev.wasmjs.engine.runtime.Global;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.Invoker;
import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.runtime.Table;
import dev.wasmjs.engine.runtime.WasmFunction;

/** An instantiated module, as the Java API sees it: call exports, reach exported memories, tables and globals. */
public final class WasmInstance {
    private final Instance instance;

    WasmInstance(Instance instance) {
        this.instance = instance;
    }

    /** The runtime instance (for other embeddings, such as the JS API). */
    public Instance runtimeInstance() {
        return instance;
    }

    /**
     * Calls an exported function with boxed arguments and returns its results.
     *
     * @throws Trap if the function traps
     */
    public Object[] call(String export, Object... args) {
        return Invoker.call(function(export), args);
    }

    public WasmFunction function(String export) {
        return get(export, WasmFunction.class);
    }

    public Memory memory(String export) {
        return get(export, Memory.class);
    }

    public Table table(String export) {
        return get(export, Table.class);
    }

    public Global global(String export) {
        return get(export, Global.class);
    }

    private <T> T get(String export, Class<T> kind) {
        Object v = instance.export(export);
        if (v == null) {
            throw new IllegalArgumentException("no export named \"" + export + "\"");
        }
        if (!kind.isInstance(v)) {
            throw new IllegalArgumentException("export \"" + export + "\" is not a " + kind.getSimpleName().toLowerCase());
        }
        return kind.cast(v);
    }
}
