package dev.wasmjs.jsapi;

import dev.wasmjs.engine.runtime.ResourceLimitException;
import dev.wasmjs.engine.runtime.Table;
import dev.wasmjs.engine.types.Limits;
import dev.wasmjs.engine.types.TableType;
import dev.wasmjs.engine.types.ValType;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code WebAssembly.Table} for webassembly.js. Indexes and sizes arrive as u64 bits in a long (already range
 * checked as [EnforceRange] or BigInt in JS); element values as converted references.
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public final class TableOps {
    private final JsRealm realm;

    TableOps(JsRealm realm) {
        this.realm = realm;
    }

    @HostAccess.Export
    public Table create(String element, long initial, boolean hasMaximum, long maximum, boolean address64,
            boolean isNull, Value init, Value object) {
        ValType type = TypeCodes.fromName(element);
        if (hasMaximum && Long.compareUnsigned(maximum, initial) < 0) {
            throw realm.raise("RangeError", "WebAssembly.Table(): Property 'maximum': value " + Long.toUnsignedString(maximum)
                    + " is below the lower bound " + Long.toUnsignedString(initial));
        }
        Object ref = realm.values.reference(type, isNull, init);
        Table t;
        try {
            t = new Table(new TableType(type, hasMaximum ? new Limits(initial, maximum) : Limits.atLeast(initial), address64), ref);
        } catch (ResourceLimitException | OutOfMemoryError e) {
            throw realm.raise("RangeError", "WebAssembly.Table(): " + e.getMessage());
        }
        realm.peers.of(t).js = object;
        return t;
    }

    @HostAccess.Export
    public long length(Table t) {
        return t.size();
    }

    @HostAccess.Export
    public boolean address64(Table t) {
        return t.type().address64();
    }

    @HostAccess.Export
    public String elementCode(Table t) {
        return String.valueOf(TypeCodes.of(t.type().elementType()));
    }

    @HostAccess.Export
    public long grow(Table t, long delta, boolean isNull, Value init) {
        Object ref = realm.values.reference(t.type().elementType(), isNull, init);
        long old = t.grow(delta, ref);
        if (old < 0) {
            throw realm.raise("RangeError", "WebAssembly.Table.grow(): failed to grow table by " + Long.toUnsignedString(delta));
        }
        return old;
    }

    @HostAccess.Export
    public void set(Table t, long index, boolean isNull, Value value) {
        Object ref = realm.values.reference(t.type().elementType(), isNull, value);
        if (index < 0 || index >= t.size()) {
            throw realm.raise("RangeError", "WebAssembly.Table.set(): invalid address " + Long.toUnsignedString(index)
                    + " in table of size " + t.size());
        }
        t.set(index, ref);
    }

    @HostAccess.Export
    public Object get(Table t, long index) {
        if (index < 0 || index >= t.size()) {
            throw realm.raise("RangeError", "WebAssembly.Table.get(): invalid address " + Long.toUnsignedString(index)
                    + " in table of size " + t.size());
        }
        return realm.values.referenceToJs(t.get(index));
    }
}
