package dev.wasmjs.jsapi;

import dev.wasmjs.engine.runtime.Tag;
import dev.wasmjs.engine.runtime.WasmThrow;
import dev.wasmjs.engine.types.FuncType;
import dev.wasmjs.engine.types.TagType;
import dev.wasmjs.engine.types.ValType;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code WebAssembly.Tag}, {@code WebAssembly.Exception} and {@code WebAssembly.JSTag} for webassembly.js. An
 * Exception is an engine {@link WasmThrow}: the same object wasm code catches, rethrows and hands back.
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public final class ExceptionOps {
    private final JsRealm realm;

    ExceptionOps(JsRealm realm) {
        this.realm = realm;
    }

    /** A new tag with the given ValueType names (comma-separated) as parameters. */
    @HostAccess.Export
    public Tag createTag(String names, Value object) {
        List<ValType> params = new ArrayList<>();
        if (!names.isEmpty()) {
            for (String n : names.split(",", -1)) {
                params.add(TypeCodes.fromName(n));
            }
        }
        Tag t = new Tag(new TagType(JsTag.canonicalType(params)));
        realm.peers.of(t).js = object;
        return t;
    }

    @HostAccess.Export
    public Value jsTag() {
        return realm.tag(JsTag.TAG);
    }

    @HostAccess.Export
    public boolean isJsTag(Tag t) {
        return t == JsTag.TAG;
    }

    @HostAccess.Export
    public String parameterCodes(Tag t) {
        return TypeCodes.of(t.type().funcType().params());
    }

    /** A new exception of tag {@code t}; its arguments are then set one by one (JS has converted them all). */
    @HostAccess.Export
    public WasmThrow create(Tag t) {
        int slots = t.type().funcType().paramSlots();
        return new WasmThrow(t, new long[slots], new Object[slots]);
    }

    @HostAccess.Export
    public void setArgument(WasmThrow x, int i, boolean isNull, Value value) {
        List<ValType> params = x.tag().type().funcType().params();
        realm.values.store(params.get(i), isNull, value, x.bits(), x.refs(), slotOf(params, i));
    }

    @HostAccess.Export
    public void register(WasmThrow x, Value object) {
        realm.peers.of(x).js = object;
    }

    @HostAccess.Export
    public Tag tagOf(WasmThrow x) {
        return x.tag();
    }

    @HostAccess.Export
    public int argumentCount(WasmThrow x) {
        return x.tag().type().funcType().params().size();
    }

    @HostAccess.Export
    public Object argument(WasmThrow x, int i) {
        FuncType f = x.tag().type().funcType();
        ValType t = f.params().get(i);
        char code = TypeCodes.of(t);
        if (code == 'v' || code == 'x') {
            throw realm.raise("TypeError", "WebAssembly.Exception.getArg(): type incompatibility when transforming from/to JS");
        }
        int slot = slotOf(f.params(), i);
        return realm.values.toJs(t, x.bits()[slot], x.refs()[slot]);
    }

    /** The JSTag exception carrying a value thrown by JS code ({@code isNull}: the value is JS null). */
    @HostAccess.Export
    public WasmThrow jsException(boolean isNull, Value value) {
        Object payload = isNull ? null : value.isHostObject() ? value.asHostObject() : value;
        return new WasmThrow(JsTag.TAG, new long[1], new Object[] {payload});
    }

    private static int slotOf(List<ValType> params, int index) {
        int slot = 0;
        for (int k = 0; k < index; k++) {
            slot += params.get(k).slots();
        }
        return slot;
    }
}
