package dev.wasmjs.engine;

import dev.wasmjs.engine.runtime.Global;
import dev.wasmjs.engine.runtime.HostFunction;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.runtime.Table;
import dev.wasmjs.engine.runtime.Tag;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.syntax.Import;
import dev.wasmjs.engine.types.ExternType;
import dev.wasmjs.engine.types.FuncType;
import java.util.HashMap;
import java.util.Map;

/**
 * The external values an instantiation may import, by module and field name: Java host functions, or memories,
 * tables, globals, tags and functions exported by other instances.
 */
public final class Imports {
    private final Map<String, Map<String, Object>> values = new HashMap<>();

    /** Adds an external value: a {@link WasmFunction}, {@link Memory}, {@link Table}, {@link Global} or {@link Tag}. */
    public Imports add(String module, String name, Object external) {
        if (!(external instanceof WasmFunction || external instanceof Memory || external instanceof Table
                || external instanceof Global || external instanceof Tag)) {
            throw new IllegalArgumentException("not an external value: " + external);
        }
        values.computeIfAbsent(module, k -> new HashMap<>()).put(name, external);
        return this;
    }

    /**
     * Adds a Java function. It receives boxed arguments (Integer for i32, Long for i64, Float, Double, references
     * as objects) and returns null for no result, the single result, or an array of results.
     */
    public Imports function(String module, String name, FuncType type, HostFunction.Implementation impl) {
        return add(module, name, HostFunction.of(type, module + "." + name, impl));
    }

    /** Makes every export of {@code instance} importable under {@code module}. */
    public Imports addAll(String module, Instance instance) {
        instance.exports().forEach((name, value) -> add(module, name, value));
        return this;
    }

    /** Makes every export of {@code instance} importable under {@code module}. */
    public Imports addAll(String module, WasmInstance instance) {
        return addAll(module, instance.runtimeInstance());
    }

    Object resolve(Import imp) {
        Map<String, Object> m = values.get(imp.module());
        Object v = m == null ? null : m.get(imp.name());
        if (v == null) {
            throw new LinkException("unknown import: \"" + imp.module() + "\" \"" + imp.name() + "\" ("
                    + describe(imp.type()) + ") was not provided");
        }
        return v;
    }

    private static String describe(ExternType t) {
        return t.kind().jsName;
    }
}
