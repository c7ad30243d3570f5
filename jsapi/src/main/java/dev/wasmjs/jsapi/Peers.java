package dev.wasmjs.jsapi;

import dev.wasmjs.engine.runtime.Global;
import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.runtime.Table;
import dev.wasmjs.engine.runtime.Tag;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.runtime.WasmThrow;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The JS API's object caches (the spec's Exported Function cache, Memory object cache, ...): each engine object has
 * at most one {@link Peer} per context. The peer lives in the engine object's {@code embedderData} slot, so the
 * cache costs no lookup and is collected together with the engine object. When the slot is already taken (the same
 * engine object shown to a second context, or used by another embedder), a map of this context holds the peer.
 */
final class Peers {
    private final JsRealm realm;
    private final Map<Object, Peer> elsewhere = new IdentityHashMap<>();

    Peers(JsRealm realm) {
        this.realm = realm;
    }

    /** The peer of an engine function, memory, table, global, tag or exception, created if needed. */
    Peer of(Object engineObject) {
        if (engineObject == JsTag.TAG) {
            // Shared by every context of the JVM: a peer in its slot would keep the first context alive.
            return elsewhere.computeIfAbsent(engineObject, k -> new Peer(realm));
        }
        Object slot = slot(engineObject);
        if (slot instanceof Peer p && p.realm == realm) {
            return p;
        }
        if (slot == null) {
            Peer p = new Peer(realm);
            setSlot(engineObject, p);
            return p;
        }
        return elsewhere.computeIfAbsent(engineObject, k -> {
            Peer p = new Peer(realm);
            if (slot instanceof Peer other) {
                p.functionIndex = other.functionIndex;
            }
            return p;
        });
    }

    /** Records the index that names a function (its position in the instance that defines it). */
    void nameFunction(WasmFunction f, int index) {
        Peer p = of(f);
        if (p.functionIndex < 0) {
            p.functionIndex = index;
        }
    }

    private static Object slot(Object o) {
        return switch (o) {
            case WasmFunction f -> f.embedderData;
            case Memory m -> m.embedderData;
            case Table t -> t.embedderData;
            case Global g -> g.embedderData;
            case Tag t -> t.embedderData;
            case WasmThrow x -> x.embedderData;
            default -> throw new IllegalArgumentException("not an engine object: " + o);
        };
    }

    private static void setSlot(Object o, Peer p) {
        switch (o) {
            case WasmFunction f -> f.embedderData = p;
            case Memory m -> m.embedderData = p;
            case Table t -> t.embedderData = p;
            case Global g -> g.embedderData = p;
            case Tag t -> t.embedderData = p;
            case WasmThrow x -> x.embedderData = p;
            default -> throw new IllegalArgumentException("not an engine object: " + o);
        }
    }
}
