package dev.wasmjs.jsapi;

import dev.wasmjs.engine.LinkException;
import dev.wasmjs.engine.WasmModule;
import dev.wasmjs.engine.runtime.Instance;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.syntax.Export;
import dev.wasmjs.engine.types.ExternType;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code WebAssembly.Instance} for webassembly.js: host functions for imported JS functions, instantiation with the
 * engine objects "read the imports" produced, and the JS value of each export.
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public final class InstanceOps {
    private final JsRealm realm;
    private final CallBridge calls;

    InstanceOps(JsRealm realm, CallBridge calls) {
        this.realm = realm;
        this.calls = calls;
    }

    /** An engine function handed to JS by a Java embedder (usable as an import as is), or null. */
    @HostAccess.Export
    public WasmFunction engineFunction(Value v) {
        return v != null && v.isHostObject() && v.asHostObject() instanceof WasmFunction f ? f : null;
    }

    /** The host function for JS function import {@code importIndex}, called through {@code trampoline}. */
    @HostAccess.Export
    public WasmFunction hostFunction(WasmModule m, int importIndex, int hostIndex, Value trampoline) {
        ExternType.Func type = (ExternType.Func) m.imports().get(importIndex).type();
        ImportedFunction f = new ImportedFunction(type.type(), realm, calls, trampoline);
        realm.peers.nameFunction(f, hostIndex);
        return f;
    }

    @HostAccess.Export
    public Instance instantiate(WasmModule m, Value externs, String where) {
        int n = (int) externs.getArraySize();
        List<Object> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(externs.getArrayElement(i).asHostObject());
        }
        Instance instance;
        try {
            instance = m.instantiate(values);
        } catch (LinkException e) {
            throw realm.raise("LinkError", where + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            throw realm.errors.toJs(e);
        }
        WasmFunction[] functions = instance.functions;
        for (int i = m.module().importedFunctionCount(); i < functions.length; i++) {
            realm.peers.nameFunction(functions[i], i);
        }
        return instance;
    }

    /** The JS value of export {@code i}: an Exported Function, or the Memory/Table/Global/Tag object. */
    @HostAccess.Export
    public Object exportValue(Instance instance, WasmModule m, int i) {
        Export e = m.exports().get(i);
        return switch (e.kind()) {
            case FUNC -> realm.function(instance.functions[e.index()]);
            case TABLE -> realm.table(instance.tables[e.index()]);
            case MEMORY -> realm.memory(instance.memories[e.index()]);
            case GLOBAL -> realm.global(instance.globals[e.index()]);
            case TAG -> realm.tag(instance.tags[e.index()]);
        };
    }
}
