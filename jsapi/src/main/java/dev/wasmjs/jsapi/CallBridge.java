package dev.wasmjs.jsapi;

import dev.wasmjs.engine.runtime.I31;
import dev.wasmjs.engine.runtime.ValueStack;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What the trampoline of an imported JS function reads and writes while wasm calls it: the arguments of the call in
 * progress ({@code g*}) and its results ({@code s*}), on the thread's value stack. {@link ImportedFunction} points
 * this bridge at the call before running the trampoline and restores it afterwards, so a JS function that calls
 * back into wasm (and so into other imports) finds its own call again when it stores its results.
 *
 * <p>Public only because GraalJS host access requires it; not an API.
 */
public final class CallBridge {
    private final JsRealm realm;
    ValueStack stack;
    int base;
    ImportedFunction current;

    CallBridge(JsRealm realm) {
        this.realm = realm;
    }

    /** The 8 bytes through which i64 values cross as BigInts (JS views them as a BigInt64Array). */
    @HostAccess.Export
    public ByteBuffer scratch() {
        return realm.i64Scratch;
    }

    /** The i31 reference of a JS number webassembly.js found to be a 31-bit integer. */
    @HostAccess.Export
    public Object i31(int v) {
        return I31.of(v);
    }

    @HostAccess.Export
    public int gi(int k) {
        return (int) stack.slots[base + k];
    }

    @HostAccess.Export
    public void gl(int k) {
        realm.i64Scratch.putLong(0, stack.slots[base + k]);
    }

    @HostAccess.Export
    public double gf(int k) {
        return JsValues.f32(stack.slots[base + k]);
    }

    @HostAccess.Export
    public double gd(int k) {
        return JsValues.f64(stack.slots[base + k]);
    }

    @HostAccess.Export
    public Object gr(int k) {
        return realm.values.referenceToJs(stack.refs[base + k]);
    }

    @HostAccess.Export
    public void si(int k, int v) {
        stack.slots[base + k] = JsValues.i32Bits(v);
    }

    @HostAccess.Export
    public void sl(int k, long v) {
        stack.slots[base + k] = v;
    }

    @HostAccess.Export
    public void sf(int k, double v) {
        stack.slots[base + k] = JsValues.f32Bits(v);
    }

    @HostAccess.Export
    public void sd(int k, double v) {
        stack.slots[base + k] = JsValues.f64Bits(v);
    }

    @HostAccess.Export
    public void sr(int k, boolean isNull, Value v) {
        Object ref = realm.values.reference(current.funcType().results().get(k), isNull, v);
        stack.slots[base + k] = 0;
        stack.refs[base + k] = ref;
    }
}
