package dev.wasmjs.jsapi;

import dev.wasmjs.engine.runtime.Memory;
import dev.wasmjs.engine.runtime.Table;
import dev.wasmjs.engine.runtime.Tag;
import dev.wasmjs.engine.runtime.ValueStack;
import dev.wasmjs.engine.runtime.WasmFunction;
import dev.wasmjs.engine.runtime.WasmThrow;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.graalvm.polyglot.Value;

/**
 * The JS API installed in one context: the internals webassembly.js returned (how Java makes JS objects, raises
 * JS errors and converts thrown values), the JS object of each engine object ({@link Peers}), and the 8-byte buffer
 * through which i64 values cross as BigInts.
 */
final class JsRealm {
    final HostEventLoop loop;
    final Peers peers = new Peers(this);
    final JsValues values = new JsValues(this);
    final ErrorMapping errors = new ErrorMapping(this);
    /** The value stack of the thread that last ran wasm in this context (a context runs on one thread at a time). */
    private Thread stackOwner;
    private ValueStack stack;
    /** Shared with JS as a BigInt64Array; written just before JS reads it, so nested calls cannot interfere. */
    final ByteBuffer i64Scratch = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());

    private Value wrapFunction;
    private Value newMemory;
    private Value newTable;
    private Value newGlobal;
    private Value newTag;
    private Value newException;
    private Value wrapGcObject;
    private Value raise;
    private Value makeError;
    private Value rethrow;
    private Value bigint;
    private Value array;
    private Value arrayBuffer;
    private Value detach;
    private Value toWasmThrow;

    JsRealm(HostEventLoop loop) {
        this.loop = loop;
    }

    /** The calling thread's value stack, without a ThreadLocal lookup when the thread did not change. */
    ValueStack stack() {
        Thread t = Thread.currentThread();
        if (t != stackOwner) {
            stack = ValueStack.current();
            stackOwner = t;
        }
        return stack;
    }

    /** Takes the internals object webassembly.js returned. */
    void bind(Value internals) {
        wrapFunction = internals.getMember("wrapFunction");
        newMemory = internals.getMember("newMemory");
        newTable = internals.getMember("newTable");
        newGlobal = internals.getMember("newGlobal");
        newTag = internals.getMember("newTag");
        newException = internals.getMember("newException");
        wrapGcObject = internals.getMember("wrapGcObject");
        raise = internals.getMember("raise");
        makeError = internals.getMember("makeError");
        rethrow = internals.getMember("rethrow");
        bigint = internals.getMember("bigint");
        array = internals.getMember("array");
        arrayBuffer = internals.getMember("arrayBuffer");
        Value d = internals.getMember("detach");
        detach = d == null || d.isNull() ? null : d;
        toWasmThrow = internals.getMember("toWasmThrow");
    }

    /**
     * Throws a new JS error of {@code kind} ("CompileError", "LinkError", "RuntimeError", "TypeError",
     * "RangeError", "Error"). Declared to return an exception so callers can write {@code throw realm.raise(...)}.
     */
    RuntimeException raise(String kind, String message) {
        raise.executeVoid(kind, message);
        throw new IllegalStateException("raise returned normally");
    }

    /** A new JS error object, not thrown (to reject a promise with). */
    Value error(String kind, String message) {
        return makeError.execute(kind, message);
    }

    /** Throws {@code value} (a JS value or engine-held reference) as a JS exception, unchanged. */
    RuntimeException rethrow(Object value) {
        rethrow.executeVoid(value);
        throw new IllegalStateException("rethrow returned normally");
    }

    Value bigint(long bits) {
        return bigint.execute((int) (bits >>> 32), (int) bits);
    }

    Value array(Object... values) {
        return array.execute(values);
    }

    /** A JS ArrayBuffer over {@code buffer}'s bytes (no copy). */
    Value arrayBuffer(ByteBuffer buffer) {
        return arrayBuffer.execute(buffer);
    }

    /** Detaches a buffer created by {@link #arrayBuffer}; false if this context cannot (see WebAssemblyJs). */
    boolean detach(Value buffer) {
        if (detach == null) {
            return false;
        }
        detach.executeVoid(buffer);
        return true;
    }

    /** The engine exception wasm sees for a value thrown by JS code. */
    WasmThrow toWasmThrow(Value thrown) {
        return (WasmThrow) toWasmThrow.execute(thrown).asHostObject();
    }

    // ---- JS objects of engine objects (one per engine object, see Peers) -------------------------------------

    Value function(WasmFunction f) {
        Peer p = peers.of(f);
        if (p.js == null) {
            String name = Integer.toString(Math.max(p.functionIndex, 0));
            p.js = wrapFunction.execute(new ExportedFunction(this, f), f, TypeCodes.signature(f.funcType()), name);
        }
        return p.js;
    }

    Value memory(Memory m) {
        Peer p = peers.of(m);
        if (p.js == null) {
            p.js = newMemory.execute(m);
        }
        return p.js;
    }

    Value table(Table t) {
        Peer p = peers.of(t);
        if (p.js == null) {
            p.js = newTable.execute(t);
        }
        return p.js;
    }

    Value global(dev.wasmjs.engine.runtime.Global g) {
        Peer p = peers.of(g);
        if (p.js == null) {
            p.js = newGlobal.execute(g);
        }
        return p.js;
    }

    Value tag(Tag t) {
        Peer p = peers.of(t);
        if (p.js == null) {
            p.js = newTag.execute(t);
        }
        return p.js;
    }

    /** The Exported GC Object of a struct or array (cached in JS, see webassembly.js). */
    Value gcObject(Object structOrArray) {
        return wrapGcObject.execute(structOrArray);
    }

    Value exception(WasmThrow x) {
        Peer p = peers.of(x);
        if (p.js == null) {
            p.js = newException.execute(x);
        }
        return p.js;
    }
}
