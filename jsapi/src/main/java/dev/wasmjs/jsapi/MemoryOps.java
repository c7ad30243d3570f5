package dev.wasmjs.jsapi;

import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.runtime.ResourceLimitException;
import dev.wasmjs.engine.types.Limits;
import dev.wasmjs.engine.types.MemoryType;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * {@code WebAssembly.Memory} for webassembly.js. {@code buffer} is a zero-copy ArrayBuffer over the engine memory,
 * the same object until the memory grows (from JS or from wasm's {@code memory.grow}, including by 0 pages); then
 * it is detached (byteLength 0, views over it length 0) and the next {@code buffer} is a new one over the new size.
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public final class MemoryOps {
    /** Pages a 32-bit memory may have in JS (4 GiB), and a 64-bit one (2^37 - 1, per the JS API's limits). */
    static final long MAX_PAGES_32 = 65536;
    static final long MAX_PAGES_64 = (1L << 37) - 1;

    private final JsRealm realm;

    MemoryOps(JsRealm realm) {
        this.realm = realm;
    }

    @HostAccess.Export
    public Memory create(long initial, boolean hasMaximum, long maximum, boolean address64, boolean shared, Value object) {
        String where = "WebAssembly.Memory()";
        long cap = address64 ? MAX_PAGES_64 : MAX_PAGES_32;
        if (Long.compareUnsigned(initial, cap) > 0) {
            throw realm.raise("RangeError", where + ": Property 'initial': value " + Long.toUnsignedString(initial)
                    + " is above the upper bound " + cap);
        }
        if (hasMaximum && Long.compareUnsigned(maximum, cap) > 0) {
            throw realm.raise("RangeError", where + ": Property 'maximum': value " + Long.toUnsignedString(maximum)
                    + " is above the upper bound " + cap);
        }
        if (hasMaximum && Long.compareUnsigned(maximum, initial) < 0) {
            throw realm.raise("RangeError", where + ": Property 'maximum': value " + maximum
                    + " is below the lower bound " + initial);
        }
        if (shared && !hasMaximum) {
            throw realm.raise("TypeError", where + ": If shared is true, maximum property should be defined.");
        }
        Memory m;
        try {
            m = new Memory(new MemoryType(hasMaximum ? new Limits(initial, maximum) : Limits.atLeast(initial), address64, shared));
        } catch (ResourceLimitException | OutOfMemoryError e) {
            throw realm.raise("RangeError", where + ": could not allocate memory: " + e.getMessage());
        }
        realm.peers.of(m).js = object;
        return m;
    }

    @HostAccess.Export
    public boolean address64(Memory m) {
        return m.type().address64();
    }

    /** Grows by {@code delta} pages (u64 bits); returns the old size in pages. */
    @HostAccess.Export
    public long grow(Memory m, long delta) {
        listen(m);
        long old = m.grow(delta);
        if (old < 0) {
            throw realm.raise("RangeError", "WebAssembly.Memory.grow(): Unable to grow instance memory");
        }
        return old;
    }

    @HostAccess.Export
    public Value buffer(Memory m) {
        Peer p = listen(m);
        if (p.buffer == null) {
            try {
                p.bufferBytes = m.byteBuffer();
            } catch (ResourceLimitException e) {
                throw realm.raise("RangeError", "WebAssembly.Memory.buffer: " + e.getMessage());
            }
            p.buffer = realm.arrayBuffer(p.bufferBytes);
        }
        return p.buffer;
    }

    /** The memory's peer, subscribed to its growth so that the buffer handed out is refreshed. */
    private Peer listen(Memory m) {
        Peer p = realm.peers.of(m);
        if (!p.listening) {
            p.listening = true;
            m.addGrowListener(() -> refresh(p));
        }
        return p;
    }

    /** After a grow: detaches the buffer handed out so far (the next {@code buffer} makes a new one). */
    private void refresh(Peer p) {
        Value old = p.buffer;
        if (old == null) {
            return;
        }
        p.buffer = null;
        try {
            if (realm.detach(old)) {
                return;
            }
        } catch (PolyglotException | IllegalStateException e) {
            // The context is closed or busy elsewhere: its buffer can no longer be observed anyway.
        }
        // Not configured for detaching: at least make the old buffer report byteLength 0.
        p.bufferBytes.limit(0);
    }
}
