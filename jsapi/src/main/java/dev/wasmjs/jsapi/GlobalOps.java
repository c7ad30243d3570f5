package dev.wasmjs.jsapi;

import dev.wasmjs.engine.WasmModule;
import dev.wasmjs.engine.runtime.Global;
import dev.wasmjs.engine.types.GlobalType;
import dev.wasmjs.engine.types.ValType;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code WebAssembly.Global} for webassembly.js, and the immutable globals made for numbers and references given
 * as global imports.
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public final class GlobalOps {
    private final JsRealm realm;

    GlobalOps(JsRealm realm) {
        this.realm = realm;
    }

    @HostAccess.Export
    public Global create(String type, boolean mutable, boolean isNull, Value value, Value object) {
        Global g = new Global(new GlobalType(TypeCodes.fromName(type), mutable));
        store(g, isNull, value);
        realm.peers.of(g).js = object;
        return g;
    }

    /** An immutable global of import {@code i}'s value type holding a JS value given as that import. */
    @HostAccess.Export
    public Global importValue(WasmModule m, int i, boolean isNull, Value value) {
        GlobalType declared = (GlobalType) m.imports().get(i).type();
        Global g = new Global(new GlobalType(declared.type(), false));
        store(g, isNull, value);
        return g;
    }

    private void store(Global g, boolean isNull, Value value) {
        ValType t = g.type().type();
        if (t.isRef()) {
            g.ref = realm.values.reference(t, isNull, value);
        } else {
            g.bits = realm.values.numberBits(t, value);
        }
    }

    @HostAccess.Export
    public Object get(Global g) {
        char code = TypeCodes.of(g.type().type());
        if (code == 'v' || code == 'x') {
            throw realm.raise("TypeError", "WebAssembly.Global.value: type incompatibility when transforming from/to JS");
        }
        return realm.values.toJs(g.type().type(), g.bits, g.ref);
    }

    @HostAccess.Export
    public void set(Global g, boolean isNull, Value value) {
        store(g, isNull, value);
    }

    @HostAccess.Export
    public String code(Global g) {
        return String.valueOf(TypeCodes.of(g.type().type()));
    }

    @HostAccess.Export
    public boolean mutable(Global g) {
        return g.type().mutable();
    }
}
